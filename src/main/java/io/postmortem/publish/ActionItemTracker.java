package io.postmortem.publish;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.webhooks.IssueEventListener;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.publish.ActionItemIssueRepository.Row;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Keeps published action items in step with their Jira issues: when an action-item issue (looked up in
 * {@code action_item_issue}) changes status, assignee or due date, the draft's item takes the new values, so the
 * panel shows them. The values written are also remembered as "last written to Jira", so re-publishing does not
 * echo them back. Idempotent (deliveries are at least once): an event that changes nothing writes nothing. A change
 * is announced as {@link ActionItemChanged}, so the published page can follow too.
 */
@Component
public class ActionItemTracker implements IssueEventListener {

    private static final Logger log = LoggerFactory.getLogger(ActionItemTracker.class);
    private static final Set<String> TRACKED = Set.of("status", "assignee", "duedate");

    private final ActionItemIssueRepository itemIssues;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;

    public ActionItemTracker(ActionItemIssueRepository itemIssues, DraftRepository drafts, ApplicationEventPublisher events) {
        this.itemIssues = itemIssues;
        this.drafts = drafts;
        this.events = events;
    }

    /** Only a change of status, assignee or due date of an issue published as an action item. */
    @Override
    public boolean interestedIn(String clientKey, io.postmortem.webhooks.IssueChange change) {
        return change.issueKey() != null && change.changes(TRACKED) && itemIssues.find(clientKey, change.issueKey()).isPresent();
    }

    @Override
    public void onIssueUpdated(String clientKey, JsonNode webhook) {
        String key = webhook.path("issue").path("key").asString(null);
        if (key == null || !touchesTrackedField(webhook)) return;
        Optional<Row> row = itemIssues.find(clientKey, key);
        if (row.isEmpty()) return;
        JsonNode fields = webhook.path("issue").path("fields");
        String status = fields.path("status").path("name").asString(null);
        JsonNode assignee = fields.path("assignee");
        String ownerId = assignee.isObject() ? assignee.path("accountId").asString(null) : null;
        String ownerName = assignee.isObject() ? assignee.path("displayName").asString(null) : null;
        LocalDate due = dueDate(fields.path("duedate").asString(null));
        follow(clientKey, key, row.get(), status, ownerId, ownerName, due);
    }

    /**
     * The draft's item of the action-item issue {@code jiraKey} takes these values (read from Jira by someone else,
     * e.g. the follow-up reminders before they remind); false when the issue is not one of ours or nothing changed.
     */
    public boolean follow(String clientKey, String jiraKey, String status, String ownerId, String ownerName, LocalDate due) {
        Optional<Row> row = itemIssues.find(clientKey, jiraKey);
        return row.isPresent() && follow(clientKey, jiraKey, row.get(), status, ownerId, ownerName, due);
    }

    private boolean follow(String clientKey, String key, Row r, String status, String ownerId, String ownerName, LocalDate due) {
        if (!drafts.exists(clientKey, r.incidentKey())) return false;
        boolean[] changed = {false};
        drafts.find(clientKey, r.incidentKey()).ifPresent(doc -> doc.actionItems().stream()
                .filter(a -> a.id().equals(r.itemId())).findFirst().ifPresent(a -> changed[0] =
                        (status != null && !status.equals(a.status())) || !Objects.equals(ownerId, a.ownerAccountId())
                                || (ownerName != null && !ownerName.equals(a.ownerDisplayName())) || !Objects.equals(due, a.due())));
        if (!changed[0]) return false;
        drafts.modify(clientKey, r.incidentKey(), d -> d.toBuilder().actionItems(d.actionItems().stream()
                .map(a -> !a.id().equals(r.itemId()) ? a : new ActionItem(a.id(), a.summary(), a.description(), ownerId,
                        ownerId == null ? null : ownerName != null ? ownerName : a.ownerDisplayName(), due,
                        a.preventsRecurrence(), status != null ? status : a.status(), key, a.publishError()))
                .toList()).build());
        itemIssues.save(new Row(clientKey, key, r.incidentKey(), r.itemId(), r.summary(), ownerId, due));
        log.info("Action item {} of {} follows its Jira issue", r.itemId(), r.incidentKey());
        events.publishEvent(new ActionItemChanged(clientKey, r.incidentKey(), r.itemId(), key));
        return true;
    }

    private static boolean touchesTrackedField(JsonNode webhook) {
        JsonNode items = webhook.path("changelog").path("items");
        if (!items.isArray() || items.isEmpty()) return false;
        for (JsonNode item : items) {
            String field = item.path("fieldId").asString(item.path("field").asString(""));
            if (TRACKED.contains(field)) return true;
        }
        return false;
    }

    /** Jira's {@code duedate} ({@code 2026-12-10}, or a longer timestamp); null when absent or unreadable. */
    public static LocalDate dueDate(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
