package io.postmortem.webhooks;

import java.io.Serializable;

/**
 * An accepted {@code jira:issue_updated} delivery as stored in the durable job (db-scheduler task data).
 *
 * @param webhookId X-Atlassian-Webhook-Identifier, or a generated id when Jira sent none
 * @param body      the webhook JSON as received
 */
public record WebhookEvent(String clientKey, String webhookId, String body) implements Serializable {
}
