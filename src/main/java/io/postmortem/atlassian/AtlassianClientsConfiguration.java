package io.postmortem.atlassian;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans: one {@link AtlassianCallPolicy} (metrics on the application's {@link MeterRegistry} when there is one) and
 * one {@link AtlassianClients}. Tunables: {@code postmortem.atlassian.max-concurrent-per-site} (default 8) and
 * {@code postmortem.atlassian.paging-threads} (default 8).
 */
@Configuration(proxyBeanMethods = false)
public class AtlassianClientsConfiguration {

    @Bean
    AtlassianCallPolicy atlassianCallPolicy(ObjectProvider<MeterRegistry> meters,
            @Value("${postmortem.atlassian.max-concurrent-per-site:8}") int maxConcurrentPerSite) {
        return AtlassianCallPolicy.builder()
                .meterRegistry(meters.getIfAvailable())
                .maxConcurrentPerSite(maxConcurrentPerSite)
                .build();
    }

    @Bean(destroyMethod = "close")
    AtlassianClients atlassianClients(AtlassianCallPolicy policy,
            @Value("${postmortem.atlassian.paging-threads:8}") int pagingThreads) {
        return new AtlassianClients(policy, pagingThreads);
    }
}
