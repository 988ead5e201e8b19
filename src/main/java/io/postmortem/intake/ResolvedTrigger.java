package io.postmortem.intake;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.postmortem.evidence.StatusMove;
import io.postmortem.settings.Settings;
import tools.jackson.databind.JsonNode;

/**
 * Decides, from a {@code jira:issue_updated} body alone, whether an incident just moved INTO a resolved status
 * FROM one that was not resolved (atlassian-rest.md section 6). No I/O of its own (the predicate may ask Jira).
 *
 * <ul>
 * <li>The issue must be an incident: its type's name (case-insensitive) or id is in {@code incidentIssueTypes}, and
 * its project is in {@code incidentProjects} when that list is not empty.</li>
 * <li>The move is judged by {@link StatusMove}, the rule the evidence engine uses too. A changelog item with {@code fieldId == "status"} must go to a resolved status: one of {@code resolvedStatusIds}
 * when configured, else the issue's current status when its category is {@code done}.</li>
 * <li>Its {@code from} must not be resolved: not in {@code resolvedStatusIds}, or (no ids configured) not a status
 * in category {@code done} as {@code knownDoneStatus} tells (the caller asks Jira), so Resolved -> Closed does not
 * fire again. The predicate is only asked about a status when the answer matters.</li>
 * </ul>
 * Names of statuses ({@code fromString}/{@code toString}) are never used: they are localised and renameable.
 */
public final class ResolvedTrigger {

    public record Decision(boolean fires, String reason) {
        static Decision no(String reason) {
            return new Decision(false, reason);
        }
    }

    private ResolvedTrigger() {
    }

    public static Decision evaluate(JsonNode webhook, Settings settings, Predicate<String> knownDoneStatus) {
        JsonNode fields = webhook.path("issue").path("fields");
        if (!isIncident(fields, settings)) {
            return Decision.no("not an incident issue");
        }
        Set<String> resolvedIds = Set.copyOf(settings.resolvedStatusIds());
        String currentId = text(fields.path("status").path("id"));
        String currentCategory = text(fields.path("status").path("statusCategory").path("key"));
        for (JsonNode item : webhook.path("changelog").path("items")) {
            String fieldId = text(item.path("fieldId"));
            String field = text(item.path("field"));
            boolean statusItem = "status".equals(fieldId) || (fieldId == null && "status".equalsIgnoreCase(field));
            if (!statusItem) continue;
            String to = text(item.path("to"));
            String from = text(item.path("from"));
            // the webhook shows the current status's category; only another status needs asking
            Predicate<String> isDone = id -> currentCategory != null && (id.equals(currentId) || (currentId == null && id.equals(to)))
                    ? "done".equals(currentCategory) : knownDoneStatus.test(id);
            switch (StatusMove.of(from, to, resolvedIds, isDone)) {
                case INTO_RESOLVED -> {
                    return new Decision(true, "status " + from + " -> " + to);
                }
                case WITHIN_RESOLVED -> {
                    return Decision.no("moved between resolved statuses");
                }
                case NOT_RESOLVED -> {
                }
            }
        }
        return Decision.no("no move into a resolved status");
    }

    static boolean isIncident(JsonNode fields, Settings settings) {
        return isIncident(text(fields.path("issuetype").path("id")), text(fields.path("issuetype").path("name")),
                text(fields.path("project").path("id")), text(fields.path("project").path("key")), settings);
    }

    /** The same test on the issue's type and project as read from the body without a tree. */
    static boolean isIncident(String typeId, String typeName, String projectId, String projectKey, Settings settings) {
        boolean typeMatches = settings.incidentIssueTypes().stream().anyMatch(t ->
                t.equals(typeId) || (typeName != null && t.toLowerCase(Locale.ROOT).equals(typeName.toLowerCase(Locale.ROOT))));
        if (!typeMatches) return false;
        if (settings.incidentProjects().isEmpty()) return true;
        return settings.incidentProjects().stream().anyMatch(p -> p.equals(projectKey) || p.equals(projectId));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return null;
        String s = node.asString();
        return s == null || s.isEmpty() ? null : s;
    }
}
