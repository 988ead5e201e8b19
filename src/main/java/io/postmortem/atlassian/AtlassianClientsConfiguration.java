package io.postmortem.atlassian;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans: one {@link AtlassianCallPolicy} (metrics on the application's {@link MeterRegistry} when there is one) and
 * one {@link AtlassianClients}. Tunables: {@code postmortem.atlassian.max-concurrent-per-site} (default 16) and
 * {@code postmortem.atlassian.paging-threads} (default 16).
 *
 * <p>Why 16: a large incident (1,000 comments, 500 changelog entries) has 13 pages left once the first pages gave
 * the totals; with 16 they all go in one round trip, with 8 they need two ({@code DraftBuildBenchmark}). Sixteen
 * calls in flight stay well under Jira's per-endpoint burst limit (about 100 requests a second) because each call
 * takes tens to hundreds of milliseconds, and a 429 is honoured anyway ({@link AtlassianCallPolicy}).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(AtlassianProperties.class)
public class AtlassianClientsConfiguration {

    @Bean
    AtlassianCallPolicy atlassianCallPolicy(ObjectProvider<MeterRegistry> meters, AtlassianProperties properties,
            java.time.Clock clock, JsonMapper json) {
        return AtlassianCallPolicy.builder()
                .clock(clock)
                .json(json)
                .meterRegistry(meters.getIfAvailable())
                .maxConcurrentPerSite(properties.maxConcurrentPerSite())
                .build();
    }

    @Bean(destroyMethod = "close")
    AtlassianClients atlassianClients(AtlassianCallPolicy policy, AtlassianProperties properties) {
        return new AtlassianClients(policy, properties.pagingThreads());
    }
}
