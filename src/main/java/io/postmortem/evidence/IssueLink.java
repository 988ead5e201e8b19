package io.postmortem.evidence;

/**
 * One entry of {@code fields.issuelinks}: Jira returns only the <em>other</em> issue, as {@code inwardIssue} or
 * {@code outwardIssue}.
 *
 * @param id                     the link id ({@code "20011"}); becomes the source {@code link:<id>}
 * @param label                  {@code type.inward} when the other issue is the inward one, else {@code type.outward}
 *                               ("relates to", "is caused by", "duplicates"...)
 * @param otherKey               the other issue's key ({@code OPS-77}, {@code INC-180})
 * @param otherSummary           the other issue's summary
 * @param otherStatusCategoryKey the other issue's {@code status.statusCategory.key} (new/indeterminate/done), may be null
 */
public record IssueLink(String id, String label, String otherKey, String otherSummary, String otherStatusCategoryKey) {
}
