package io.postmortem.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.json.JsonMapper;

/** Profile {@code demo}: the embedded fake Atlassian site, started with the context and stopped with it. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean(destroyMethod = "close")
    FakeAtlassianSite fakeAtlassianSite(ConnectProperties properties, @Value("${postmortem.demo.site-port:0}") int port,
            JsonMapper json, java.time.Clock clock) {
        FakeAtlassianSite site = new FakeAtlassianSite(properties.appKey(), port, json, clock).start();
        if (!site.installKeysUrl().equals(properties.connect().installKeysUrl())) {
            log.warn("postmortem.connect.install-keys-url is {}, not the fake site's {}: signed installs will be refused",
                    properties.connect().installKeysUrl(), site.installKeysUrl());
        }
        log.info("Fake Atlassian site: Jira at {}, Confluence at {}", site.baseUrl(), site.confluenceBaseUrl());
        return site;
    }
}
