/**
 * Typed Jira Cloud and Confluence Cloud clients over the outbound seam {@link io.postmortem.atlassian.AtlassianSite}.
 *
 * <ul>
 * <li>{@link io.postmortem.atlassian.AtlassianClients} (Spring bean): {@code jira(site)}, {@code confluence(site)}.</li>
 * <li>{@link io.postmortem.atlassian.JiraClient}: issue, all comments and the full changelog (parallel paging),
 * remote links, JQL search ({@code /search/jql}), issue properties and property search, users, permission check,
 * bulk create (50 per call, per-element results), edit, issue links, project / issue type / link type checks.</li>
 * <li>{@link io.postmortem.atlassian.ConfluenceClient}: space by key, page create / read / update / find by title,
 * child pages, v1 labels; {@link io.postmortem.atlassian.ConfluenceTitleConflictException} and
 * {@link io.postmortem.atlassian.ConfluenceVersionConflictException} for the two conflicts publish handles.</li>
 * <li>{@link io.postmortem.atlassian.AtlassianCallPolicy}: 429 / 5xx / no-answer retries (at most 4), per-installation
 * concurrency gate and pause, human-readable {@link io.postmortem.atlassian.AtlassianApiException}s, Micrometer
 * metrics; waits go through an injectable {@link io.postmortem.atlassian.Sleeper}.</li>
 * </ul>
 * No Connect or JWT knowledge lives here: the site's {@link org.springframework.web.client.RestClient} authenticates.
 */
package io.postmortem.atlassian;
