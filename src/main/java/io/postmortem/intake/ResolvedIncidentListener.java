package io.postmortem.intake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.postmortem.settings.SettingsRepository;
import tools.jackson.databind.JsonNode;

/**
 * Intake's own {@link IssueEventListener}: when an incident moves into a resolved status (see
 * {@link ResolvedTrigger}), queue the draft build for it. Learns, per installation, which status ids are in
 * category {@code done} from the issues it sees, so a move between two resolved statuses does not fire twice.
 */
@Component
@Order(0)
public class ResolvedIncidentListener implements IssueEventListener {

    private static final Logger log = LoggerFactory.getLogger(ResolvedIncidentListener.class);

    private final SettingsRepository settings;
    private final IntakeJobs jobs;
    private final ConcurrentHashMap<String, Set<String>> doneStatuses = new ConcurrentHashMap<>();

    public ResolvedIncidentListener(SettingsRepository settings, IntakeJobs jobs) {
        this.settings = settings;
        this.jobs = jobs;
    }

    @Override
    public void onIssueUpdated(String clientKey, JsonNode webhook) {
        Set<String> done = doneStatuses.computeIfAbsent(clientKey, k -> ConcurrentHashMap.newKeySet());
        ResolvedTrigger.Decision decision = ResolvedTrigger.evaluate(webhook, settings.get(clientKey), done::contains);
        JsonNode status = webhook.path("issue").path("fields").path("status");
        if ("done".equals(status.path("statusCategory").path("key").asString(null)) && status.hasNonNull("id") && done.size() < 1000) {
            done.add(status.path("id").asString());
        }
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
