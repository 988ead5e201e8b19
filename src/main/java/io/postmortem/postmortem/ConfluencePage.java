package io.postmortem.postmortem;

/** The Confluence page a post-mortem was published to. */
public record ConfluencePage(String id, String title, String url, int version, String externalPageId) {
}
