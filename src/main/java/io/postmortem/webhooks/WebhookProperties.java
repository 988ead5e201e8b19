package io.postmortem.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxWebhookBytes larger webhook bodies are refused with 413 and not stored ({@code postmortem.jobs.max-webhook-bytes})
 * @param groupCommit     deliveries arriving together are stored in one transaction ({@link AcceptanceBatcher}, the
 *                        default); false stores each in its own, on its request thread. The benchmark comparing the two
 *                        is in the README (Benchmarks, WebhookAckBenchmark)
 */
@ConfigurationProperties("postmortem.jobs")
public record WebhookProperties(@DefaultValue("5242880") long maxWebhookBytes, @DefaultValue("true") boolean groupCommit) {
}
