package io.postmortem.followup;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.ActionItemTracker;
import tools.jackson.databind.JsonNode;

/**
 * The reconciler's half of "status that stays true": the open action items of every published post-mortem are read
 * from Jira in batches ({@code key in (...)}, status, assignee and due date) on each follow-through run, so an item
 * changed while its webhook was lost is caught within the run's interval, not only when a reminder falls due. Changes
 * go through {@link ActionItemTracker#follow}, as the webhook path's do, and so reach the page (debounced).
 */
@Component
public class ItemReconciler {

    private static final Logger log = LoggerFactory.getLogger(ItemReconciler.class);
    /** Keys per search (a JQL {@code key in} list; Jira answers at most 100 issues a page). */
    static final int BATCH = 50;

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final DraftRepository drafts;
    private final ActionItemTracker tracker;

    public ItemReconciler(AtlassianSites sites, AtlassianClients clients, DraftRepository drafts, ActionItemTracker tracker) {
        this.sites = sites;
        this.clients = clients;
        this.drafts = drafts;
        this.tracker = tracker;
    }

    /** Every active Jira installation; one failing site does not stop the others. */
    public int reconcileAll() {
        int changed = 0;
        for (String clientKey : sites.jiraTenants()) {
            try (var a = org.slf4j.MDC.putCloseable("clientKey", clientKey)) {
                changed += reconcile(clientKey);
            } catch (RuntimeException e) {
                log.warn("Reconciling action items failed for an installation: {}", e.getMessage());
            }
        }
        return changed;
    }

    /** @return how many items took new values from Jira */
    public int reconcile(String clientKey) {
        List<String> open = new ArrayList<>();
        for (String key : drafts.issueKeys(clientKey)) {
            drafts.find(clientKey, key).filter(d -> d.status() == PostMortem.Status.PUBLISHED).ifPresent(doc -> {
                for (ActionItem item : doc.actionItems()) {
                    if (item.jiraKey() != null && !item.jiraKey().isBlank() && !ReminderPlan.isClosed(item)) open.add(item.jiraKey());
                }
            });
        }
        if (open.isEmpty()) return 0;
        JiraClient jira = clients.jira(sites.jira(clientKey));
        int changed = 0;
        for (int i = 0; i < open.size(); i += BATCH) {
            List<String> batch = open.subList(i, Math.min(open.size(), i + BATCH));
            List<FoundIssue> found = jira.search("key in (" + String.join(",", batch) + ")",
                    List.of("status", "assignee", "duedate"), List.of(), List.of(), batch.size());
            for (FoundIssue issue : found) {
                JsonNode f = issue.fields();
                String status = text(f.path("status").path("name"));
                String ownerId = text(f.path("assignee").path("accountId"));
                String ownerName = text(f.path("assignee").path("displayName"));
                // read as the webhook path reads it: the same tracker takes both
                if (tracker.follow(clientKey, issue.key(), status, ownerId, ownerName,
                        ActionItemTracker.dueDate(text(f.path("duedate"))))) {
                    changed++;
                }
            }
        }
        if (changed > 0) log.info("Action items reconciled from Jira: {} of {} open items had changed", changed, open.size());
        return changed;
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || n.asString().isBlank() ? null : n.asString();
    }
}
