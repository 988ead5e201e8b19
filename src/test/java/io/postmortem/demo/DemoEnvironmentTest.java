package io.postmortem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.mock.env.MockEnvironment;

/** The ports the demo fixes before the context binds the Connect properties, and nothing outside the demo profile. */
class DemoEnvironmentTest {

    final DemoEnvironment processor = new DemoEnvironment();

    @Test
    void randomServerPortBecomesAFixedPortThatTheDefaultBaseUrlFollows() {
        MockEnvironment env = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("postmortem.base-url", "http://localhost:8080");
        env.setActiveProfiles("demo");
        processor.postProcessEnvironment(env, null);
        int port = env.getProperty("server.port", Integer.class);
        assertThat(port).isPositive();
        assertThat(env.getProperty("postmortem.base-url")).isEqualTo("http://localhost:" + port);
        int site = env.getProperty("postmortem.demo.site-port", Integer.class);
        assertThat(site).isPositive().isNotEqualTo(port);
        assertThat(env.getProperty("postmortem.connect.install-keys-url")).isEqualTo("http://127.0.0.1:" + site + "/install-keys");
    }

    @Test
    void anExplicitBaseUrlAndSitePortAreKept() {
        MockEnvironment env = new MockEnvironment().withProperty("server.port", "9090")
                .withProperty("postmortem.base-url", "https://pm.example.ngrok.app").withProperty("postmortem.demo.site-port", "8990");
        env.setActiveProfiles("demo");
        processor.postProcessEnvironment(env, null);
        assertThat(env.getProperty("server.port")).isEqualTo("9090");
        assertThat(env.getProperty("postmortem.base-url")).isEqualTo("https://pm.example.ngrok.app");
        assertThat(env.getProperty("postmortem.connect.install-keys-url")).isEqualTo("http://127.0.0.1:8990/install-keys");
    }

    @Test
    void withoutTheDemoProfileNothingChanges() {
        MockEnvironment env = new MockEnvironment().withProperty("server.port", "0");
        processor.postProcessEnvironment(env, null);
        assertThat(env.getProperty("server.port")).isEqualTo("0");
        assertThat(env.getProperty("postmortem.connect.install-keys-url")).isNull();
        assertThat(env.getPropertySources().contains(DemoEnvironment.SOURCE)).isFalse();
    }

    @Test
    void everyDemoBeanExistsOnlyInTheDemoProfile() {
        for (Class<?> type : new Class<?>[] {DemoConfiguration.class, DemoBootstrap.class, DemoController.class}) {
            assertThat(type.getAnnotation(Profile.class)).as(type.getSimpleName()).isNotNull();
            assertThat(type.getAnnotation(Profile.class).value()).containsExactly("demo");
        }
    }
}
