package io.postmortem.webhooks;

import tools.jackson.databind.JsonNode;

/**
 * Receives every accepted, de-duplicated {@code jira:issue_updated} webhook (after JWT verification), off the
 * request thread. Intake itself listens for incidents moving to Resolved; publish listens for changes to
 * action-item issues so the draft and the panel track their status, assignee and due date.
 */
public interface IssueEventListener {

    void onIssueUpdated(String clientKey, JsonNode webhook);

    /**
     * Asked on the request thread, before anything is stored: could {@link #onIssueUpdated} act on this change at
     * all? A delivery no listener wants is answered 204 with no job and no row. Must be cheap (no call to
     * Atlassian; a primary-key lookup at most) and must never say no to an event it would act on. The default, yes,
     * is the safe answer.
     */
    default boolean interestedIn(String clientKey, IssueChange change) {
        return true;
    }
}
