package io.postmortem.publish;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the HTTP helper shared by publishing and the settings checks. */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    @Bean
    AtlassianHttp atlassianHttp(JsonMapper json,
                                @Value("${postmortem.publish.initial-backoff:1s}") Duration initialBackoff) {
        return new AtlassianHttp(json, d -> Thread.sleep(d.toMillis()), initialBackoff);
    }

    @Bean
    SiteCalls siteCalls(AtlassianHttp http, JsonMapper json) {
        return new SiteCalls(http, json);
    }
}
