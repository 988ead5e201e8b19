package io.postmortem.webhooks;

import tools.jackson.databind.JsonNode;

/**
 * Receives every accepted, de-duplicated {@code jira:issue_updated} webhook (after JWT verification), off the
 * request thread. Intake itself listens for incidents moving to Resolved; publish listens for changes to
 * action-item issues so the draft and the panel track their status, assignee and due date.
 */
public interface IssueEventListener {

    void onIssueUpdated(String clientKey, JsonNode webhook);
}
