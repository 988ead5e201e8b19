package io.postmortem.intake;

import io.postmortem.webhooks.IssueEventListener;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.postmortem.settings.SettingsRepository;
import tools.jackson.databind.JsonNode;

/**
 * Intake's own {@link IssueEventListener}: when an incident moves into a resolved status (see
 * {@link ResolvedTrigger}), queue the draft build for it. Whether the status it came from was already resolved is
 * asked of {@link StatusCategories} (Jira's own status categories, cached), so a move between two resolved statuses
 * does not fire again, also after a restart.
 */
@Component
@Order(0)
public class ResolvedIncidentListener implements IssueEventListener {

    private static final Logger log = LoggerFactory.getLogger(ResolvedIncidentListener.class);

    private final SettingsRepository settings;
    private final IntakeJobs jobs;
    private final StatusCategories categories;

    public ResolvedIncidentListener(SettingsRepository settings, IntakeJobs jobs, StatusCategories categories) {
        this.settings = settings;
        this.jobs = jobs;
        this.categories = categories;
    }

    /** Only a status change of an incident (by the installation's settings) can fire. */
    @Override
    public boolean interestedIn(String clientKey, io.postmortem.webhooks.IssueChange change) {
        return change.changes(java.util.Set.of("status"))
                && ResolvedTrigger.isIncident(change.issueTypeId(), change.issueTypeName(), change.projectId(),
                        change.projectKey(), settings.get(clientKey));
    }

    @Override
    public void onIssueUpdated(String clientKey, JsonNode webhook) {
        JsonNode status = webhook.path("issue").path("fields").path("status");
        categories.learn(clientKey, status.path("id").asString(null), status.path("statusCategory").path("key").asString(null));
        ResolvedTrigger.Decision decision = ResolvedTrigger.evaluate(webhook, settings.get(clientKey),
                id -> categories.isDone(clientKey, id));
        if (!decision.fires()) {
            log.debug("No draft: {}", decision.reason());
            return;
        }
        String issueKey = webhook.path("issue").path("key").asString(null);
        String issueId = webhook.path("issue").path("id").asString(null);
        if (issueKey == null) {
            log.warn("Resolved webhook without issue key; ignored");
            return;
        }
        log.info("Incident resolved ({}); queueing its draft", decision.reason());
        jobs.enqueue(clientKey, issueKey, issueId, "WEBHOOK");
    }
}
