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

    /**
     * A RestClient builder on one JDK HttpClient (and its connection pool) with both timeouts and no redirects
     * followed: what every way in (Connect, Forge, standalone) calls its sites with, unless the application provides
     * a builder of its own.
     */
    public org.springframework.web.client.RestClient.Builder restClientBuilder() {
        org.springframework.http.client.JdkClientHttpRequestFactory factory = new org.springframework.http.client.JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout)
                        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build());
        factory.setReadTimeout(readTimeout);
        return org.springframework.web.client.RestClient.builder().requestFactory(factory);
    }
}
