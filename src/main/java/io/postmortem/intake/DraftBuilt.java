package io.postmortem.intake;

/**
 * Published after a draft build saved the incident's draft (its deterministic section drafts included), in the
 * build job's thread. Listeners that queue follow-up work (the optional AI draft) do it from here.
 */
public record DraftBuilt(String clientKey, String issueKey) {
}
