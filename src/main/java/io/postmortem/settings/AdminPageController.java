package io.postmortem.settings;

import com.github.mustachejava.Mustache;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.SessionTokens;
import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.connect.ConnectProperties;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The descriptor's {@code configurePage} ({@code /admin/configure}), loaded by Jira in an iframe with a JWT bound
 * to this request (checked by default). Only Jira administrators get the form; its script reads and writes
 * {@code /api/settings} with a session token issued here (or a fresh context token from {@code AP}). Its script and
 * styles are files ({@code /settings/configure.js}, {@code .css}), so the page's Content-Security-Policy allows no
 * inline script; {@code X-Content-Type-Options} comes with every answer ({@code io.postmortem.web.SecurityHeadersFilter}).
 */
@RestController
public class AdminPageController {

    /** Scripts from the app and Connect's all.js only; the form posts nowhere but here; no plugins, no base. */
    static final String CSP = "default-src 'none'; script-src 'self' https://connect-cdn.atl-paas.net; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";

    private final Mustache page;
    private final SessionTokens tokens;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final ConnectProperties properties;

    public AdminPageController(SessionTokens tokens, AtlassianSites sites, AtlassianClients clients,
            io.postmortem.web.PageTemplates templates, ConnectProperties properties) {
        this.page = templates.get("settings/configure.mustache");
        this.tokens = tokens;
        this.sites = sites;
        this.clients = clients;
        this.properties = properties;
    }

    @GetMapping(path = "/admin/configure", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> configure(Caller caller) {
        Map<String, Object> model = new HashMap<>();
        model.put("assetBase", properties.basePath());
        HttpStatus status = HttpStatus.OK;
        try {
            if (isAdmin(caller)) {
                model.put("admin", true);
                model.put("token", tokens.issue(caller.clientKey(), caller.accountId(), null));
            } else {
                status = HttpStatus.FORBIDDEN;
                model.put("message", "Only Jira administrators can configure Post-Mortem Facilitator.");
            }
        } catch (AtlassianApiException e) {
            status = HttpStatus.BAD_GATEWAY;
            model.put("message", "Jira could not be asked whether you are an administrator: " + e.getMessage());
        }
        StringWriter out = new StringWriter();
        page.execute(out, model);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", CSP)
                .body(out.toString());
    }

    private boolean isAdmin(Caller caller) {
        return caller.accountId() != null && clients.jira(sites.jira(caller.clientKey())).isJiraAdministrator(caller.accountId());
    }
}
