package io.postmortem.intake;

import io.postmortem.testsupport.JiraJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code jira:issue_updated} bodies in the shape Jira Cloud sends them (connect-protocol.md section 5). */
public final class Webhooks {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    public static final String ACTOR = JiraJson.DANA;

    private Webhooks() {
    }

    /** The incident moved from In Progress (3) to Resolved (10004, category done). */
    public static ObjectNode resolved(String issueKey, String issueId, String changelogId) {
        ObjectNode w = base(issueKey, issueId, "Incident", "10004", "Resolved", "done");
        ObjectNode changelog = w.putObject("changelog").put("id", changelogId);
        ArrayNode items = changelog.putArray("items");
        items.add(JiraJson.changeItem("resolution", "resolution", null, null, "10000", "Done"));
        items.add(JiraJson.changeItem("status", "status", "3", "In Progress", "10004", "Resolved"));
        w.put("issue_event_type_name", "issue_generic");
        return w;
    }

    /** A priority edit of a resolved incident: no status change. */
    public static ObjectNode priorityEdit(String issueKey, String issueId, String changelogId) {
        ObjectNode w = base(issueKey, issueId, "Incident", "10004", "Resolved", "done");
        ObjectNode changelog = w.putObject("changelog").put("id", changelogId);
        changelog.putArray("items").add(JiraJson.changeItem("priority", "priority", "3", "Medium", "1", "Highest"));
        w.put("issue_event_type_name", "issue_updated");
        return w;
    }

    /**
     * The incident moved from Open (1) to In Progress (3): a status change of an incident, so it is accepted and
     * stored (it could have been a resolution), but it builds nothing. {@code changelogId} may be null.
     */
    public static ObjectNode startedWork(String issueKey, String issueId, String changelogId) {
        ObjectNode w = base(issueKey, issueId, "Incident", "3", "In Progress", "indeterminate");
        ObjectNode changelog = w.putObject("changelog");
        if (changelogId != null) changelog.put("id", changelogId);
        changelog.putArray("items").add(JiraJson.changeItem("status", "status", "1", "Open", "3", "In Progress"));
        w.put("issue_event_type_name", "issue_generic");
        return w;
    }

    /** The same transition on an issue of another type. */
    public static ObjectNode resolvedOfType(String issueKey, String issueId, String changelogId, String issueType) {
        ObjectNode w = resolved(issueKey, issueId, changelogId);
        ((ObjectNode) w.path("issue").path("fields").path("issuetype")).put("name", issueType).put("id", "10001");
        return w;
    }

    public static ObjectNode base(String issueKey, String issueId, String issueType, String statusId, String statusName,
            String category) {
        ObjectNode w = F.objectNode();
        w.put("timestamp", 1763647512000L).put("webhookEvent", "jira:issue_updated");
        w.set("user", JiraJson.user(ACTOR, "Dana Ops"));
        ObjectNode issue = w.putObject("issue").put("id", issueId).put("key", issueKey)
                .put("self", "https://acme.atlassian.net/rest/api/3/issue/" + issueId);
        ObjectNode fields = issue.putObject("fields").put("summary", "Checkout API 5xx spike");
        fields.putObject("issuetype").put("id", "10010").put("name", issueType);
        fields.putObject("project").put("id", "10000").put("key", issueKey.substring(0, issueKey.indexOf('-')));
        ObjectNode status = fields.putObject("status").put("id", statusId).put("name", statusName);
        status.putObject("statusCategory").put("id", 3).put("key", category).put("name", "Done");
        return w;
    }
}
