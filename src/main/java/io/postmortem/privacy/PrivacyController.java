package io.postmortem.privacy;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.web.ApiError;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/privacy/postmortems/{issueKey}/export}: everything the app stores about one post-mortem, as JSON,
 * for a Jira administrator of the installation (checked on the site, permissions/check ADMINISTER): the draft
 * document, the pasted threads as pasted (with who added them), the publication record, the action-item issues and
 * the draft-build status. 403 for anyone else, 404 when the installation has no such post-mortem.
 */
@RestController
@ContextJwt
public class PrivacyController {

    private final DraftRepository drafts;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final java.time.Clock clock;

    public PrivacyController(DraftRepository drafts, JdbcClient jdbc, JsonMapper json, AtlassianSites sites,
            AtlassianClients clients, java.time.Clock clock) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.json = json;
        this.sites = sites;
        this.clients = clients;
        this.clock = clock;
    }

    @GetMapping(path = "/api/privacy/postmortems/{issueKey}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> export(Caller caller, @PathVariable String issueKey) {
        boolean admin;
        try {
            admin = caller.accountId() != null && clients.jira(sites.jira(caller.clientKey())).isJiraAdministrator(caller.accountId());
        } catch (AtlassianApiException e) {
            return error(HttpStatus.BAD_GATEWAY, "Could not ask Jira whether you are an administrator", List.of(e.getMessage()));
        }
        if (!admin) {
            return error(HttpStatus.FORBIDDEN, "Only a Jira administrator may export a post-mortem's data", List.of());
        }
        String clientKey = caller.clientKey();
        var draft = drafts.find(clientKey, issueKey);
        if (draft.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "No post-mortem for " + issueKey + " in this installation", List.of());
        }
        ObjectNode out = json.createObjectNode();
        out.put("issueKey", issueKey).put("exportedAt", clock.instant().toString()).put("exportedBy", caller.accountId());
        out.set("draft", json.valueToTree(draft.get()));
        ArrayNode pastes = out.putArray("pastes");
        jdbc.sql("select seq, is_json, zone, reference_date, anchor_at, body, added_by, added_at from postmortem_paste "
                        + "where client_key = ? and issue_key = ? order by seq").params(clientKey, issueKey)
                .query((rs, n) -> pastes.addObject().put("seq", rs.getInt("seq")).put("json", rs.getBoolean("is_json"))
                        .put("zone", rs.getString("zone")).put("referenceDate", string(rs.getDate("reference_date")))
                        .put("anchorAt", instant(rs.getTimestamp("anchor_at"))).put("body", rs.getString("body"))
                        .put("addedBy", rs.getString("added_by")).put("addedAt", instant(rs.getTimestamp("added_at")))).list();
        jdbc.sql("select state, step, page_id, page_url, external_page_id, error, requested_by, requested_at, finished_at "
                        + "from publication where client_key = ? and issue_key = ?").params(clientKey, issueKey)
                .query((rs, n) -> out.putObject("publication").put("state", rs.getString("state")).put("step", rs.getString("step"))
                        .put("pageId", rs.getString("page_id")).put("pageUrl", rs.getString("page_url"))
                        .put("externalPageId", rs.getString("external_page_id")).put("error", rs.getString("error"))
                        .put("requestedBy", rs.getString("requested_by")).put("requestedAt", instant(rs.getTimestamp("requested_at")))
                        .put("finishedAt", instant(rs.getTimestamp("finished_at")))).list();
        ArrayNode items = out.putArray("actionItemIssues");
        jdbc.sql("select jira_key, item_id, summary, owner_account_id, due from action_item_issue where client_key = ? and incident_key = ? "
                        + "order by jira_key").params(clientKey, issueKey)
                .query((rs, n) -> items.addObject().put("jiraKey", rs.getString("jira_key")).put("itemId", rs.getString("item_id"))
                        .put("summary", rs.getString("summary")).put("ownerAccountId", rs.getString("owner_account_id"))
                        .put("due", string(rs.getDate("due")))).list();
        jdbc.sql("select state, cause, attempts, last_error, created_at, updated_at from intake_job where client_key = ? and issue_key = ?")
                .params(clientKey, issueKey)
                .query((rs, n) -> out.putObject("intakeJob").put("state", rs.getString("state")).put("cause", rs.getString("cause"))
                        .put("attempts", rs.getInt("attempts")).put("lastError", rs.getString("last_error"))
                        .put("createdAt", instant(rs.getTimestamp("created_at"))).put("updatedAt", instant(rs.getTimestamp("updated_at")))).list();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"postmortem-" + issueKey.replaceAll("[^A-Za-z0-9-]", "") + ".json\"")
                .contentType(MediaType.APPLICATION_JSON).body(out);
    }

    private static String instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }

    private static String string(java.sql.Date d) {
        return d == null ? null : d.toLocalDate().toString();
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<String> details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(message, details));
    }
}
