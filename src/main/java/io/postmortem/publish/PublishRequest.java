package io.postmortem.publish;

import java.io.Serializable;

/** The data of a durable publish job (db-scheduler stores it in {@code scheduled_tasks}). */
public record PublishRequest(String clientKey, String issueKey) implements Serializable {

    /** One job per incident and installation: a second request while one is queued coalesces into it. */
    public String instanceId() {
        return clientKey + "|" + issueKey;
    }
}
