package io.postmortem.standalone.login;

import java.net.URI;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.panel.PanelAccess;
import io.postmortem.panel.PanelPageController;
import io.postmortem.standalone.SitesProperties;
import io.postmortem.standalone.SitesProperties.Site;
import io.postmortem.web.ApiError;
import tools.jackson.databind.JsonNode;

/**
 * The panel outside Jira: {@code /postmortems/<siteId>/<issueKey>}, the same page as the full-width panel, for a
 * person signed in through the site itself (Spring Security's OAuth 2.0 login, {@link LoginSecurity}). Who may open
 * it follows Jira: the person's own token asks Jira for their permissions on the incident
 * ({@code mypermissions?issueKey=}); {@code EDIT_ISSUES} opens the post-mortem, anything less is a 403, an incident
 * Jira does not show them a 404. The page's API calls carry a {@link StandaloneSessions} token for that person and
 * that issue only.
 */
@RestController
@IgnoreJwt
public class PostMortemPageController {

    private final SitesProperties sites;
    private final OAuth2AuthorizedClientService authorizedClients;
    private final StandaloneSessions sessions;
    private final PanelPageController panel;
    private final RestClient http;

    public PostMortemPageController(SitesProperties sites, OAuth2AuthorizedClientService authorizedClients,
            StandaloneSessions sessions, PanelPageController panel,
            org.springframework.beans.factory.ObjectProvider<RestClient.Builder> builder) {
        this.sites = sites;
        this.authorizedClients = authorizedClients;
        this.sessions = sessions;
        this.panel = panel;
        this.http = builder.getIfAvailable(RestClient::builder).clone().build();
    }

    @GetMapping("/postmortems/{siteId}/{issueKey}")
    public ResponseEntity<?> page(@PathVariable String siteId, @PathVariable String issueKey) {
        Optional<Site> configured = sites.site(siteId).filter(Site::login);
        if (configured.isEmpty() || !PanelAccess.validIssueKey(issueKey)) {
            return error(HttpStatus.NOT_FOUND, "No post-mortem page here");
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof OAuth2AuthenticationToken token) || !siteId.equals(token.getAuthorizedClientRegistrationId())) {
            // signed in to another site (or not at all): sign in to this one
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/oauth2/authorization/" + siteId)).build();
        }
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(siteId, token.getName());
        if (client == null) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/oauth2/authorization/" + siteId)).build();
        }
        Site site = configured.get();
        String key = issueKey.toUpperCase(java.util.Locale.ROOT);
        JsonNode permissions;
        try {
            permissions = http.get().uri(permissionsUrl(site, key)).header("Authorization", "Bearer " + client.getAccessToken().getTokenValue())
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 404 || e.getStatusCode().value() == 400) {
                return error(HttpStatus.NOT_FOUND, "Jira shows you no issue " + key);
            }
            return error(HttpStatus.BAD_GATEWAY, "Jira could not tell your permissions on " + key + " (" + e.getStatusCode().value() + ")");
        }
        if (permissions == null || !permissions.path("permissions").path("EDIT_ISSUES").path("havePermission").asBoolean(false)) {
            return error(HttpStatus.FORBIDDEN, "You may not edit " + key + " in Jira, so not its post-mortem either");
        }
        String accountId = token.getName();
        Caller caller = new Caller(SitesProperties.tenant(siteId), accountId, key, true);
        return panel.fullPage(caller, key, site.jiraBaseUrl().toString().replaceAll("/+$", ""),
                sessions.issue(siteId, accountId, key));
    }

    /** The signed-in person's permissions on the incident: Cloud through the API gateway (3LO tokens), DC on the site. */
    private static URI permissionsUrl(Site site, String issueKey) {
        String base = site.dataCenter() ? site.jiraBaseUrl().toString().replaceAll("/+$", "") + "/rest/api/2"
                : site.apiGatewayUrl().toString().replaceAll("/+$", "") + "/ex/jira/" + site.cloudId() + "/rest/api/3";
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(base + "/mypermissions")
                .queryParam("issueKey", issueKey).queryParam("permissions", "BROWSE_PROJECTS,EDIT_ISSUES")
                .build().encode().toUri();
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(message));
    }
}
