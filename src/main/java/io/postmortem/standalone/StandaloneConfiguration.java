package io.postmortem.standalone;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SitesProperties.class)
public class StandaloneConfiguration {
}
