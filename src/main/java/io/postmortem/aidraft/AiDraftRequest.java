package io.postmortem.aidraft;

import java.io.Serializable;

/** Task data of an AI draft: which incident of which installation. */
public record AiDraftRequest(String clientKey, String issueKey) implements Serializable {

    /** One pending AI draft per incident: a second build before it ran replaces it. */
    public String instanceId() {
        return clientKey + "|" + issueKey;
    }
}
