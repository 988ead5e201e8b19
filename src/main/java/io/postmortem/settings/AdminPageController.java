package io.postmortem.settings;

import com.github.mustachejava.Mustache;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.SessionTokens;
import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
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
 * {@code /api/settings} with a session token issued here (or a fresh context token from {@code AP}).
 */
@RestController
public class AdminPageController {

    private final Mustache page;
    private final SessionTokens tokens;
    private final AtlassianSites sites;
    private final AtlassianClients clients;

    public AdminPageController(SessionTokens tokens, AtlassianSites sites, AtlassianClients clients,
            io.postmortem.web.PageTemplates templates) {
        this.page = templates.get("settings/configure.mustache");
        this.tokens = tokens;
        this.sites = sites;
        this.clients = clients;
    }

    @GetMapping(path = "/admin/configure", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> configure(Caller caller) {
        Map<String, Object> model = new HashMap<>();
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
                .header("Cache-Control", "no-store").body(out.toString());
    }

    private boolean isAdmin(Caller caller) {
        return caller.accountId() != null && clients.jira(sites.jira(caller.clientKey())).isJiraAdministrator(caller.accountId());
    }
}
