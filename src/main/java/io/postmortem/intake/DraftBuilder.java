package io.postmortem.intake;

import io.postmortem.postmortem.PostMortem;

/**
 * Builds (or refreshes) an incident's draft from its evidence on the Jira site, now. Used by the durable
 * intake job and by {@code POST /api/postmortems/{issueKey}} for a missed webhook.
 *
 * <p>Refreshing keeps every human edit and replaces only the machine-derived parts (timeline rows from
 * evidence, key-time suggestions, evidence links).
 */
public interface DraftBuilder {

    /** @return the stored draft after the build */
    PostMortem build(String clientKey, String issueKey);
}
