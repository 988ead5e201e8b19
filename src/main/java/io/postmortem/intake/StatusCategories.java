package io.postmortem.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraModel;

/**
 * Which workflow statuses of an installation are in category {@code done}, from
 * {@code GET /rest/api/3/status/{id}} (atlassian-rest.md section 6: map status id to category and cache it; names
 * are localised and renameable). Lets the resolved trigger tell Resolved -> Closed from In Progress -> Resolved
 * without configured status ids, also right after a restart. Called from the intake job, never on a request thread.
 * Answers are kept for an hour (a workflow edit can move a status to another category).
 */
@Component
public class StatusCategories {

    private static final Logger log = LoggerFactory.getLogger(StatusCategories.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 10_000;

    private record Known(boolean done, Instant until) {
    }

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final Clock clock;
    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

    public StatusCategories(AtlassianSites sites, AtlassianClients clients, Clock clock) {
        this.sites = sites;
        this.clients = clients;
        this.clock = clock;
    }

    /** Remembers what a webhook showed (the current status and its category), saving a call later. */
    public void learn(String clientKey, String statusId, String categoryKey) {
        if (statusId == null || categoryKey == null) return;
        put(clientKey, statusId, "done".equals(categoryKey));
    }

    /**
     * Whether the status is in category {@code done}. When Jira cannot tell now (an error, a deleted status), false:
     * the move is then treated as a first resolution, as before this lookup existed, and the log says so.
     */
    public boolean isDone(String clientKey, String statusId) {
        if (statusId == null) return false;
        Known k = known.get(key(clientKey, statusId));
        if (k != null && k.until().isAfter(clock.instant())) return k.done();
        try {
            JiraModel.Status status = clients.jira(sites.jira(clientKey)).status(statusId);
            boolean done = status != null && status.statusCategory() != null && "done".equals(status.statusCategory().key());
            put(clientKey, statusId, done);
            return done;
        } catch (RuntimeException e) {
            log.warn("Could not read the category of status {}: {}; treating it as not resolved", statusId, e.getMessage());
            return false;
        }
    }

    private void put(String clientKey, String statusId, boolean done) {
        if (known.size() >= MAX_ENTRIES) known.clear();
        known.put(key(clientKey, statusId), new Known(done, clock.instant().plus(KEEP)));
    }

    private static String key(String clientKey, String statusId) {
        return clientKey + "\n" + statusId;
    }
}
