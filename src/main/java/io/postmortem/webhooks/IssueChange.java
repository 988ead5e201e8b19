package io.postmortem.webhooks;

import java.util.Locale;
import java.util.Set;

/**
 * What a {@code jira:issue_updated} delivery says about the issue and the change, read on the request thread without
 * building a tree ({@link WebhookFacts}): enough for each {@link IssueEventListener} to say whether it could act on
 * the event at all. A delivery no listener could act on is answered 204 and never stored.
 *
 * @param changedFields the changelog items' {@code fieldId} (else their {@code field}, lower-cased); empty when the
 *                      delivery carries no changelog (a comment, say)
 */
public record IssueChange(String issueId, String issueKey, String issueTypeId, String issueTypeName, String projectId,
                          String projectKey, Set<String> changedFields) {

    public IssueChange {
        changedFields = Set.copyOf(changedFields);
    }

    /** True when the changelog has an item for one of these field ids (compared lower-case). */
    public boolean changes(Set<String> fieldIds) {
        for (String f : changedFields) {
            if (fieldIds.contains(f.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
