package io.postmortem.publish;

import io.postmortem.atlassian.AtlassianClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires publish's own bulk-create call onto the shared call policy. */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    @Bean
    JiraBulkCreate jiraBulkCreate(AtlassianClients clients, JsonMapper json) {
        return new JiraBulkCreate(clients.policy(), json);
    }
}
