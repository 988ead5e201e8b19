package io.postmortem.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.postmortem.connect.ConnectProperties;

class StartupBannerTest {

    private static ConnectProperties properties(String baseUrl) {
        return new ConnectProperties(baseUrl, new ConnectProperties.Connect("postmortem-facilitator", null, null, null));
    }

    @Test
    void withoutTheDemoTheBlockNamesTheUrlTheDescriptorsAndTheDemoCommand() {
        MockEnvironment env = new MockEnvironment().withProperty("local.server.port", "8080");
        String text = new StartupBanner(properties("http://localhost:8080"), env).text();
        assertThat(text).contains("Post-Mortem Facilitator is running: http://localhost:8080/")
                .contains("Jira descriptor:       http://localhost:8080/atlassian-connect.json")
                .contains("Confluence descriptor: http://localhost:8080/atlassian-connect-confluence.json")
                .contains("./mvnw spring-boot:test-run")
                .contains("set postmortem.base-url to the app's public HTTPS URL");
    }

    @Test
    void withTheDemoItPointsAtTheDemoPage() {
        MockEnvironment env = new MockEnvironment().withProperty("local.server.port", "9123");
        env.setActiveProfiles("demo");
        String text = new StartupBanner(properties("https://pm.example.com"), env).text();
        assertThat(text).contains("http://localhost:9123/demo").contains("https://pm.example.com/atlassian-connect.json")
                .doesNotContain("spring-boot:test-run").doesNotContain("public HTTPS URL");
    }
}
