package io.postmortem.atlassian;

/**
 * Which REST dialect a site speaks. The typed clients ({@link JiraClient}, {@link ConfluenceClient}) are one client per
 * product; this is their only switch.
 *
 * <ul>
 * <li>{@link #CLOUD}: Jira {@code /rest/api/3} (ADF bodies, {@code accountId}s, paged {@code /changelog},
 * {@code /search/jql}), Confluence {@code /wiki/api/v2}.</li>
 * <li>{@link #DATA_CENTER}: Jira {@code /rest/api/2} (wiki-markup text bodies, users by {@code name},
 * {@code ?expand=changelog}, {@code /search}), Confluence {@code /rest/api/content} with storage format. Answers are
 * read into the same records: a DC user's {@code name} is its {@code accountId}, a space's key its {@code id}.</li>
 * </ul>
 */
public enum Dialect {
    CLOUD, DATA_CENTER
}
