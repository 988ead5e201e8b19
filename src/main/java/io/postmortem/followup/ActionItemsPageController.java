package io.postmortem.followup;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.web.PageTemplates;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The full-page Jira view of open and overdue action items (Connect {@code generalPages} module
 * {@code postmortem-action-items}): the {@link ActionItemOverview} as an HTML table, rendered on the server with
 * Mustache's escaping; links open Jira and Confluence in the top window.
 */
@Controller
@ContextJwt
public class ActionItemsPageController {

    static final String CSP = "default-src 'self'; script-src 'self' https://connect-cdn.atl-paas.net; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private final ActionItemOverview overview;
    private final PageTemplates templates;
    private final ConnectProperties properties;

    public ActionItemsPageController(ActionItemOverview overview, PageTemplates templates, ConnectProperties properties) {
        this.overview = overview;
        this.templates = templates;
        this.properties = properties;
    }

    @GetMapping("/followup/actionitems")
    public ResponseEntity<String> page(Caller caller, @RequestParam(required = false) String state, HttpServletRequest request) {
        ActionItemOverview.State s = ActionItemOverview.State.parse(state);
        if (s == null) {
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", CSP)
                    .body("<!DOCTYPE html><title>Unknown state</title><p>state: open or overdue</p>");
        }
        ActionItemOverview.Overview o = overview.overview(caller.clientKey(), s);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("assetBase", properties.basePath());
        model.put("state", o.state());
        model.put("today", o.today());
        model.put("count", o.count());
        model.put("items", o.items());
        model.put("none", o.items().isEmpty());
        model.put("jql", o.jql());
        model.put("jqlUrl", o.jqlUrl());
        model.put("keysJqlUrl", o.keysJqlUrl());
        String query = request.getQueryString();
        model.put("inJira", query != null && (query.startsWith("xdm_e=") || query.contains("&xdm_e=")));
        StringWriter out = new StringWriter();
        templates.get("followup/actionitems.mustache").execute(out, model);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CSP).body(out.toString());
    }
}
