/**
 * The draft's one home: everything that creates or changes a post-mortem draft goes through
 * {@link io.postmortem.drafts.DraftService}, whoever asks (the durable build job in {@code intake}, the panel's API,
 * the Forge and standalone ways in, which reach the panel's API through their own authenticators).
 *
 * <ul>
 * <li>build or refresh from the Jira issue's evidence: {@code DraftBuild} reads the issue, comments, changelog, remote
 * links and stored pastes in parallel, runs the evidence engine, and {@link io.postmortem.drafts.DraftRefresh} keeps
 * every human edit while replacing the machine-derived parts;</li>
 * <li>a person's save: {@code DraftEdits} decides what the server keeps (identity, status, the page, suggestions,
 * key-time candidates, each item's Jira key), checked against the version the person started from;</li>
 * <li>pasted evidence: {@code PasteMerge} reads a chat thread or Slack export and merges its rows and key-time
 * statements; the paste is stored ({@link io.postmortem.drafts.PastedEvidenceRepository}) and read again by every
 * rebuild;</li>
 * <li>the review: {@link io.postmortem.drafts.DraftReview} runs the facilitator's rules (also publishing's check);</li>
 * <li>state on the issue: {@link io.postmortem.drafts.IssueState} writes the {@code postmortem} issue property and the
 * glance.</li>
 * </ul>
 * Storage is {@link io.postmortem.drafts.DraftRepository} (JSON document, optimistic versions); the sizes a draft may
 * reach are {@link io.postmortem.drafts.DraftLimits}.
 */
package io.postmortem.drafts;
