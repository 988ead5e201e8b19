package io.postmortem.home;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import io.postmortem.connect.ConnectProperties;

/**
 * Ends the start-up log with one block that says where to go: the app's local URL, the two descriptor URLs to
 * install, and the demo (its page when the demo profile runs, else the command that starts it).
 */
@Component
public class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final ConnectProperties properties;
    private final Environment environment;

    public StartupBanner(ConnectProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        log.info(text());
    }

    String text() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String local = "http://localhost:" + port + "/";
        String base = properties.normalizedBaseUrl();
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        String line = "=".repeat(78);
        StringBuilder b = new StringBuilder("\n").append(line).append('\n')
                .append("  Post-Mortem Facilitator is running: ").append(local).append('\n')
                .append("  Jira descriptor:       ").append(base).append("/atlassian-connect.json\n")
                .append("  Confluence descriptor: ").append(base).append("/atlassian-connect-confluence.json\n");
        if (demo) {
            b.append("  Demo (fake Atlassian site, nothing to install): ").append(local).append("demo\n");
        } else {
            b.append("  Try it without an Atlassian site: ./mvnw spring-boot:test-run\n");
        }
        if (!base.startsWith("https://")) {
            b.append("  To install into a real site, set postmortem.base-url to the app's public HTTPS URL (README: Install)\n");
        }
        return b.append(line).toString();
    }
}
