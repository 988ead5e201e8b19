package io.postmortem.postmortem;

/**
 * A person who took part in the response.
 *
 * @param role commander, comms, scribe, subject expert, exec sponsor, reporter, assignee, responder
 */
public record Responder(String displayName, String accountId, String role, String source) {
}
