package io.postmortem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Post-Mortem Facilitator: a resolved Jira incident becomes a blameless post-mortem and owned action items. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PostmortemApplication {
    public static void main(String[] args) {
        SpringApplication.run(PostmortemApplication.class, args);
    }
}
