package io.postmortem.evidence;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The incident issue itself, mapped from {@code GET /rest/api/3/issue/{key}} ({@code fields.*}).
 *
 * @param key               {@code key}, e.g. {@code INC-231}
 * @param id                {@code id}
 * @param summary           {@code fields.summary}
 * @param created           {@code fields.created} (ticket creation: the fallback for "detected", basis INFERRED)
 * @param resolutionDate    {@code fields.resolutiondate}, null when unresolved (fallback for "resolved", INFERRED)
 * @param statusId          {@code fields.status.id}
 * @param statusCategoryKey {@code fields.status.statusCategory.key}: {@code new}, {@code indeterminate}, {@code done}
 * @param reporter          {@code fields.reporter}, may be null
 * @param assignee          {@code fields.assignee}, may be null
 * @param labels            {@code fields.labels}
 * @param components        {@code fields.components[].name}
 * @param description       {@code fields.description} as ADF (v3), may be null
 * @param issueLinks        {@code fields.issuelinks}, already reduced to the other issue
 */
public record IssueFacts(String key, String id, String summary, Instant created, Instant resolutionDate,
                         String statusId, String statusCategoryKey, Person reporter, Person assignee,
                         List<String> labels, List<String> components, JsonNode description,
                         List<IssueLink> issueLinks) {
    public IssueFacts {
        labels = labels == null ? List.of() : List.copyOf(labels);
        components = components == null ? List.of() : List.copyOf(components);
        issueLinks = issueLinks == null ? List.of() : List.copyOf(issueLinks);
    }

    /** The project part of the key ({@code INC} of {@code INC-231}), or "" when unknown. */
    public String projectKey() {
        if (key == null) return "";
        int dash = key.lastIndexOf('-');
        return dash > 0 ? key.substring(0, dash) : key;
    }
}
