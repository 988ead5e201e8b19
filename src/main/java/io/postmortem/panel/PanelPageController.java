package io.postmortem.panel;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.github.mustachejava.Mustache;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.connect.auth.SessionTokens;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages Jira shows in its iframe: the issue glance's panel ({@code /panel?issueKey=...}, verified with the
 * qsh-bound iframe JWT) and the full-width general page ({@code /panel/full}). Both carry a session token so the
 * page's JavaScript can call the API with or without Atlassian's {@code AP}.
 */
@RestController
public class PanelPageController {

    static final String ALL_JS = "https://connect-cdn.atl-paas.net/all.js";

    /**
     * Defence in depth behind the escaping: no inline or foreign script runs (only our modules and Atlassian's
     * all.js), the page talks only to this app. Not framing-restricted: Jira sites live under configurable hosts.
     */
    static final String CSP = "default-src 'self'; script-src 'self' https://connect-cdn.atl-paas.net; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private final SessionTokens sessionTokens;
    private final ConnectProperties properties;
    private final InstallationRepository installations;
    private final DraftRepository drafts;
    private final PanelBootstrap bootstrap;
    private final JsonMapper json;
    private final Mustache panelTemplate;
    private final Mustache chooseTemplate;

    public PanelPageController(SessionTokens sessionTokens, ConnectProperties properties, InstallationRepository installations,
            DraftRepository drafts, PanelBootstrap bootstrap, JsonMapper json,
            io.postmortem.web.PageTemplates templates) {
        this.bootstrap = bootstrap;
        this.sessionTokens = sessionTokens;
        this.properties = properties;
        this.installations = installations;
        this.drafts = drafts;
        this.json = json;
        this.panelTemplate = templates.get("panel/panel.mustache");
        this.chooseTemplate = templates.get("panel/choose.mustache");
    }

    /** The issue glance's web panel. The issue key is part of the URL Jira signed (qsh). */
    @GetMapping("/panel")
    public ResponseEntity<String> panel(Caller caller, @RequestParam(required = false) String issueKey, HttpServletRequest request) {
        if (!PanelAccess.validIssueKey(issueKey)) {
            throw PanelException.badRequest("Missing or invalid issueKey", List.of("issueKey: a Jira issue key such as INC-7"));
        }
        return page(caller, issueKey.toUpperCase(java.util.Locale.ROOT), "panel", request);
    }

    /**
     * The full-width page: the issue from the (signed) query, or from the context of a context token. Without an
     * issue it lists this installation's post-mortems, each linking to its incident in Jira.
     */
    @GetMapping("/panel/full")
    @ContextJwt
    public ResponseEntity<String> full(Caller caller, @RequestParam(required = false) String issueKey, HttpServletRequest request) {
        String key = issueKey;
        if (caller.contextToken()) {
            // a context token's qsh does not cover the query: only its own issue may be opened
            if (key != null && (caller.issueKey() == null || !caller.issueKey().equalsIgnoreCase(key))) {
                throw PanelException.forbidden("This token does not open " + key);
            }
            key = caller.issueKey();
        }
        if (key == null || key.isBlank()) {
            return choose(caller, request);
        }
        if (!PanelAccess.validIssueKey(key)) {
            throw PanelException.badRequest("Invalid issueKey", List.of("issueKey: a Jira issue key such as INC-7"));
        }
        return page(caller, key.toUpperCase(java.util.Locale.ROOT), "full", request);
    }

    private ResponseEntity<String> page(Caller caller, String issueKey, String mode, HttpServletRequest request) {
        return page(caller, issueKey, mode, installations.findActive(caller.clientKey()).map(i -> i.baseUrl()).orElse(null),
                sessionTokens.issue(caller.clientKey(), caller.accountId(), issueKey), inJira(request));
    }

    /**
     * The full-width panel page for a caller another way in signed in (an operator-configured site's page): the same
     * page, with that way in's token for the panel's API calls and the site's address for its links.
     */
    public ResponseEntity<String> fullPage(Caller caller, String issueKey, String siteBaseUrl, String token) {
        return page(caller, issueKey, "full", siteBaseUrl, token, false);
    }

    private ResponseEntity<String> page(Caller caller, String issueKey, String mode, String siteBaseUrl, String token,
            boolean inJira) {
        Map<String, Object> boot = bootstrap.bootstrap(caller, issueKey, mode, properties.basePath(), siteBaseUrl);
        boot.put("token", token);

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("issueKey", issueKey);
        model.put("mode", mode);
        model.put("assetBase", properties.basePath());
        model.put("inJira", inJira);
        model.put("allJs", ALL_JS);
        model.put("fullPage", "full".equals(mode));
        model.put("bootstrapJson", scriptSafeJson(boot));
        return html(render(panelTemplate, model));
    }

    private ResponseEntity<String> choose(Caller caller, HttpServletRequest request) {
        String host = installations.findActive(caller.clientKey()).map(i -> i.baseUrl()).orElse("");
        List<Map<String, String>> items = new ArrayList<>();
        for (String key : drafts.issueKeys(caller.clientKey())) {
            items.add(Map.of("issueKey", key, "url", host + "/browse/" + key));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("assetBase", properties.basePath());
        model.put("inJira", inJira(request));
        model.put("allJs", ALL_JS);
        model.put("drafts", items);
        model.put("none", items.isEmpty());
        return html(render(chooseTemplate, model));
    }

    /** Loaded only inside Jira (the iframe URL carries xdm_e), so tests and the demo never reach for the CDN. */
    private static boolean inJira(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("xdm_e=") || query.contains("&xdm_e="));
    }

    /**
     * JSON that is safe inside {@code <script type="application/json">}: {@code <}, {@code >} and {@code &} become
     * {@code \u003c} etc. (so {@code </script>} in data cannot end the element), as do the JavaScript line separators.
     */
    String scriptSafeJson(Object value) {
        return escapeForScript(json.writeValueAsString(value));
    }

    static String escapeForScript(String jsonText) {
        StringBuilder out = new StringBuilder(jsonText.length() + 16);
        for (int i = 0; i < jsonText.length(); i++) {
            char c = jsonText.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String render(Mustache template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CSP)
                .body(body);
    }
}
