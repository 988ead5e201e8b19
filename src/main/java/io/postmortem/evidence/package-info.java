/**
 * Evidence intake: Jira comments (ADF), changelog, issue and remote links, and pasted Slack/Teams threads or Slack
 * exports become a draft UTC timeline, the three key times, responders and questionnaire suggestions.
 * <p>
 * Integration point (plain Java, no Spring, no HTTP):
 * <ol>
 * <li>Map the typed Jira client's output onto {@link io.postmortem.evidence.IssueFacts},
 * {@link io.postmortem.evidence.JiraComment}, {@link io.postmortem.evidence.ChangelogEntry} /
 * {@link io.postmortem.evidence.ChangeItem}, {@link io.postmortem.evidence.IssueLink} and
 * {@link io.postmortem.evidence.RemoteLink} (or use {@link io.postmortem.evidence.JiraJson} on raw v3 JSON).</li>
 * <li>Parse pastes with {@link io.postmortem.evidence.chat.PasteParser#parse}; it throws
 * {@link io.postmortem.evidence.chat.PasteRefused} (a message for the person, with its reason, e.g. asking for a time
 * zone) and nothing else.</li>
 * <li>Call {@link io.postmortem.evidence.EvidenceEngine#analyze} with an {@link io.postmortem.evidence.EvidenceInput}.</li>
 * <li>Merge the result's timeline into an existing draft with {@link io.postmortem.evidence.TimelineMerge#merge}: it
 * keeps every existing row (manual ones included) and adds only new, non-duplicate rows.</li>
 * </ol>
 * Sources on timeline rows: {@code comment:<id>}, {@code changelog:<id>}, {@code issue:<key>} (ticket creation),
 * {@code slack:<ts>}, {@code teams:<n>}, {@code paste:<line>}.
 */
package io.postmortem.evidence;
