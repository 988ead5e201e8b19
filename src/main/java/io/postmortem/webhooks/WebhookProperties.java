package io.postmortem.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxWebhookBytes larger webhook bodies are refused with 413 and not stored ({@code postmortem.jobs.max-webhook-bytes}) */
@ConfigurationProperties("postmortem.jobs")
public record WebhookProperties(@DefaultValue("5242880") long maxWebhookBytes) {
}
