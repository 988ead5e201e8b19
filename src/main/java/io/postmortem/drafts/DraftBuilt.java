package io.postmortem.drafts;

/**
 * Published (as a Spring application event) after a draft was built from Jira and stored: a way in can add what its
 * sites need (an operator-configured site gets a remote link to the draft's page). Listeners run on the building
 * job's thread and must not throw.
 */
public record DraftBuilt(String tenant, String issueKey) {
}
