package io.postmortem.drafts;

/**
 * A person changed a published post-mortem's review dates (recorded a review, or moved the next one): what the page
 * says about them is out of date. A Spring application event; the follow-through brings the page up to date.
 */
public record ReviewRecorded(String clientKey, String issueKey) {
}
