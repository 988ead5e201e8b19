package io.postmortem.publish;

/**
 * A published action item took new values from its Jira issue (status, assignee or due date): the draft changed,
 * so what was published about it (the Confluence page's action-item table) is out of date. A Spring application
 * event, published by {@link ActionItemTracker} after the draft was saved; the follow-through feature brings the
 * page up to date.
 */
public record ActionItemChanged(String clientKey, String incidentKey, String itemId, String jiraKey) {
}
