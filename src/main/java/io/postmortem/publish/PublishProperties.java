package io.postmortem.publish;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of publishing ({@code postmortem.publish.*}).
 *
 * @param maxAttempts   attempts of a publish job stopped by rate limits or outages before it is FAILED
 * @param retryBackoff  first wait before such a retry (then doubled)
 * @param parallelCalls independent Atlassian calls of one publication made at the same time
 */
@ConfigurationProperties("postmortem.publish")
public record PublishProperties(@DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration retryBackoff,
                                   @DefaultValue("4") int parallelCalls) {
}
