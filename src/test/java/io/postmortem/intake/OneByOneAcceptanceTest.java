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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;

/**
 * Webhook acceptance with the machinery the benchmarks compare switched off (README, Benchmarks): each delivery stored
 * in its own transaction on its request thread ({@code postmortem.jobs.group-commit=false}) and the job written with
 * db-scheduler's Java serialization ({@code postmortem.jobs.compact-task-data=false}). Concurrent duplicates and a
 * retry still make one job and one draft: the switches change cost, not behaviour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneByOneAcceptanceTest {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());

    static {
        JIRA.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        List<String> all = new ArrayList<>(Databases.springProperties("h2"));
        all.addAll(IntakeTestSupport.properties());
        all.add("postmortem.jobs.group-commit=false");
        all.add("postmortem.jobs.compact-task-data=false");
        for (String p : all) {
            int eq = p.indexOf('=');
            registry.add(p.substring(0, eq), () -> p.substring(eq + 1));
        }
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    @LocalServerPort int port;
    @Autowired InstallationRepository installations;
    @Autowired DraftRepository drafts;
    @Autowired JdbcClient jdbc;

    @Test
    void concurrentDuplicatesAndARetryMakeOneJobAndOneDraft() throws Exception {
        String clientKey = "jira-" + UUID.randomUUID();
        String secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, JIRA.baseUrl(), secret);
        IntakeTestSupport.stubIncident(JIRA, "INC-271", "10271", 2, 2);
        String body = Webhooks.resolved("INC-271", "10271", "70006").toString();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) answers.add(pool.submit(() -> deliver(port, clientKey, secret, body, "wh-271", null)));
        for (Future<HttpResponse<String>> f : answers) assertThat(f.get().statusCode()).isEqualTo(204);
        pool.shutdown();
        assertThat(deliver(port, clientKey, secret, body, "wh-271", 1).statusCode()).isEqualTo(204);

        await("draft of INC-271", Duration.ofSeconds(20), () -> drafts.exists(clientKey, "INC-271"));
        // the stored job was Java-serialized (no compact marker) and still ran
        await("webhook jobs to finish", Duration.ofSeconds(10), () -> jdbc.sql(
                "select count(*) from scheduled_tasks where task_instance like ?").param(clientKey + "|%")
                .query(Integer.class).single() == 0);
        Thread.sleep(500); // a second job, had one been stored, would run within the poll interval
        PostMortem draft = drafts.find(clientKey, "INC-271").orElseThrow();
        assertThat(draft.version()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ? and issue_id = '10271'")
                .param(clientKey).query(Integer.class).single()).isEqualTo(1);
        JIRA.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-271")));
    }
}
