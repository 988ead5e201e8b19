package io.postmortem.intake;

import java.io.Serializable;

/** Task data of a draft build: which incident of which installation, and why it was queued. */
public record BuildRequest(String clientKey, String issueKey, String issueId, String cause) implements Serializable {

    /** The db-scheduler instance id: one pending build per incident, so duplicates coalesce. */
    public String instanceId() {
        return clientKey + "|" + issueKey;
    }
}
