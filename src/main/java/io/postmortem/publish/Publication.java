package io.postmortem.publish;

import java.time.Instant;

/**
 * The publish process of one incident, as stored in table {@code publication}.
 *
 * @param state          PENDING, RUNNING, DONE or FAILED (contract section 4); DONE may carry {@code error}
 *                       summarising per-item failures (each item's own message is on the draft's action item)
 * @param step           the last step reached: PAGE, ITEMS, INCIDENT, EXTERNAL, FINISH
 * @param itemsAttempted a bulk create was sent at least once, so Jira may hold issues whose keys were not saved
 */
public record Publication(String clientKey, String issueKey, State state, String step, String pageId, String pageUrl,
                          Integer pageVersion, String pageTitle, String externalPageId, boolean itemsAttempted,
                          String error, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt) {

    public enum State { PENDING, RUNNING, DONE, FAILED }
}
