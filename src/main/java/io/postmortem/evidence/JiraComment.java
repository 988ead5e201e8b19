package io.postmortem.evidence;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One Jira comment, mapped from {@code GET /rest/api/3/issue/{key}/comment} ({@code comments[]}).
 *
 * @param id                the comment id ({@code "30101"}); becomes the timeline source {@code comment:30101}
 * @param authorAccountId   {@code author.accountId}
 * @param authorDisplayName {@code author.displayName}
 * @param created           {@code created} parsed to an instant (Jira sends {@code 2026-11-20T14:05:12.000+0000})
 * @param adfBody           {@code body} as returned by v3: an ADF document ({@code {"type":"doc",...}}). A plain
 *                          text node (v2 wiki string) is also accepted and read as text. May be null.
 */
public record JiraComment(String id, String authorAccountId, String authorDisplayName, Instant created, JsonNode adfBody) {
}
