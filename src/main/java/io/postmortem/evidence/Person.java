package io.postmortem.evidence;

/**
 * A Jira user as the intake sees it ({@code fields.assignee}, {@code fields.reporter}, a comment's {@code author}).
 *
 * @param accountId   Atlassian account id (may be null for anonymised or deleted users)
 * @param displayName display name at fetch time
 */
public record Person(String accountId, String displayName) {
}
