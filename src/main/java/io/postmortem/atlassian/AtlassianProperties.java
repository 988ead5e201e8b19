package io.postmortem.atlassian;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the calls to Atlassian sites ({@code postmortem.atlassian.*}).
 *
 * @param maxConcurrentPerSite calls in flight to one site at most (see {@link AtlassianClientsConfiguration})
 * @param pagingThreads        the shared pool that fetches later pages of paged lists in parallel
 * @param connectTimeout       how long a call may wait to connect before it fails (and is retried)
 * @param readTimeout          how long a call may wait for its answer
 */
@ConfigurationProperties("postmortem.atlassian")
public record AtlassianProperties(@DefaultValue("16") int maxConcurrentPerSite, @DefaultValue("16") int pagingThreads,
                                  @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
}
