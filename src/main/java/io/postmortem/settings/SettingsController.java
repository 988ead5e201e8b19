package io.postmortem.settings;

import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.web.ApiError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/settings} (contract section 4): any user of the installation may read the settings; only a
 * Jira administrator (checked on the site with permissions/check ADMINISTER) may write them, and only values the
 * site confirms (space, project, issue type, link type) are saved.
 */
@RestController
@ContextJwt
@RequestMapping(path = "/api/settings", produces = MediaType.APPLICATION_JSON_VALUE)
public class SettingsController {

    private final SettingsRepository settings;
    private final SettingsValidator validator;
    private final AtlassianSites sites;
    private final AtlassianClients clients;

    private final org.springframework.context.ApplicationEventPublisher events;

    public SettingsController(SettingsRepository settings, SettingsValidator validator, AtlassianSites sites, AtlassianClients clients,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.validator = validator;
        this.sites = sites;
        this.clients = clients;
    }

    @GetMapping
    public Settings get(Caller caller) {
        return settings.get(caller.clientKey());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> put(Caller caller, @RequestBody Settings body) {
        boolean admin;
        try {
            admin = isAdmin(caller);
        } catch (AtlassianApiException e) {
            return error(HttpStatus.BAD_GATEWAY, "Could not ask Jira whether you are an administrator", List.of(e.getMessage()));
        }
        if (!admin) {
            return error(HttpStatus.FORBIDDEN, "Only a Jira administrator may change the post-mortem settings", List.of());
        }
        List<String> problems;
        try {
            problems = validator.problems(caller.clientKey(), body);
        } catch (AtlassianApiException e) {
            return error(HttpStatus.BAD_GATEWAY, "Could not check the settings against the site", List.of(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "Some settings do not match the site", problems);
        }
        Settings saved = settings.save(caller.clientKey(), body, caller.accountId());
        events.publishEvent(new SettingsChanged(caller.clientKey()));
        return ResponseEntity.ok(saved);
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<String> details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(message, details));
    }

    private boolean isAdmin(Caller caller) {
        if (caller.service()) return true; // the operator's automation key for its own site
        return caller.accountId() != null && clients.jira(sites.jira(caller.clientKey())).isJiraAdministrator(caller.accountId());
    }
}
