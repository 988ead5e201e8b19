package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.postmortem.intake.IntakeTestSupport.await;
import static io.postmortem.intake.IntakeTestSupport.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.PostmortemApplication;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.intake.IntakeJob.State;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;

/**
 * An accepted webhook survives the app being stopped before its job ran, and duplicate deliveries racing each other
 * store one job - on H2 (a file database under target/) and on PostgreSQL.
 */
class IntakeDurabilityTest {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());

    @BeforeAll
    static void start() {
        JIRA.start();
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    static List<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void acceptedWebhookBecomesADraftAfterARestartAndDuplicatesStoreOneJob(String kind) throws Exception {
        JIRA.resetAll();
        List<String> database = kind.equals("h2")
                ? List.of("spring.datasource.url=jdbc:h2:file:./target/intake-restart-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                : Databases.springProperties("postgresql");
        String clientKey = "jira-" + UUID.randomUUID();
        String secret = ConnectFixtures.randomSecret();
        IntakeTestSupport.stubIncident(JIRA, "INC-300", "10300", 5, 12);
        String body = Webhooks.resolved("INC-300", "10300", "80001").toString();

        // 1. the app accepts the webhook (ten racing deliveries and a retry) but is stopped before any job runs
        try (ConfigurableApplicationContext first = start(database, false)) {
            ConnectFixtures.installJira(first.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), secret);
            int port = port(first);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> deliver(port, clientKey, secret, body, "wh-300", null)));
            }
            for (Future<HttpResponse<String>> f : answers) assertThat(f.get().statusCode()).isEqualTo(204);
            pool.shutdown();
            assertThat(deliver(port, clientKey, secret, body, "wh-300", 2).statusCode()).isEqualTo(204);

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                    .params(io.postmortem.webhooks.WebhookTasks.WEBHOOK, clientKey + "|%").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ?").param(clientKey)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(first.getBean(DraftRepository.class).exists(clientKey, "INC-300")).isFalse();
        }
        assertThat(JIRA.getAllServeEvents()).as("nothing called Jira before the restart").isEmpty();

        // 2. after a restart on the same database the stored job runs and the draft appears
        try (ConfigurableApplicationContext second = start(database, true)) {
            DraftRepository drafts = second.getBean(DraftRepository.class);
            IntakeJobRepository jobs = second.getBean(IntakeJobRepository.class);
            await("draft after restart", Duration.ofSeconds(30), () -> drafts.exists(clientKey, "INC-300"));
            await("job DONE", Duration.ofSeconds(10), () -> jobs.find(clientKey, "INC-300").map(j -> j.state() == State.DONE).orElse(false));
            PostMortem draft = drafts.find(clientKey, "INC-300").orElseThrow();
            assertThat(draft.version()).isEqualTo(1);
            assertThat(draft.timeline()).anyMatch(r -> r.source().startsWith("comment:"));
            JIRA.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-300")));
        }
    }

    static ConfigurableApplicationContext start(List<String> database, boolean runJobs) {
        return start(database, runJobs, List.of());
    }

    /** An instance that runs its jobs, with extra application properties. */
    static ConfigurableApplicationContext startWith(List<String> database, List<String> extra) {
        return start(database, true, extra);
    }

    static ConfigurableApplicationContext start(List<String> database, boolean runJobs, List<String> extra) {
        List<String> props = new ArrayList<>(database);
        props.addAll(extra);
        props.addAll(IntakeTestSupport.properties());
        props.add("server.port=0");
        props.add("postmortem.jobs.auto-start=" + runJobs);
        // as command-line arguments: they override application.properties (builder defaults would not)
        return new SpringApplicationBuilder(PostmortemApplication.class, IntakeTestSupport.FastRetries.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
