package io.postmortem.intake;

import java.time.Instant;

/**
 * The visible state of the draft-building job of one incident.
 *
 * @param cause     what queued it: WEBHOOK, RECONCILE or MANUAL
 * @param attempts  how many times the build ran (a failing job is retried with backoff up to the configured maximum)
 * @param lastError a message a person can act on, e.g. "Jira refused the app's credentials (401)..."; null when none
 */
public record IntakeJob(String clientKey, String issueKey, String issueId, State state, String cause, int attempts,
                        String lastError, Instant createdAt, Instant updatedAt) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }
}
