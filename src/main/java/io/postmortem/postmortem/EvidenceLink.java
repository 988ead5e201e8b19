package io.postmortem.postmortem;

/**
 * Supporting evidence (section 10).
 *
 * @param kind DASHBOARD, TICKET, VENDOR_CASE, RELATED_INCIDENT, CHAT, STATUS_PAGE or OTHER
 */
public record EvidenceLink(String label, String url, String kind) {
}
