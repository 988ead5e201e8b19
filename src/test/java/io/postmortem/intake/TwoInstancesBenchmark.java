package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.postmortem.intake.IntakeTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;

/**
 * Draft-building throughput with one instance and with two on one PostgreSQL schema (issue 22): {@code bench.webhooks}
 * (default 1,000) deliveries for {@code bench.incidents} (default 200) incidents, five per incident as in
 * {@link TwoInstancesTest} (work started, resolved, Jira's retry, the same change under a second identifier, an
 * irrelevant edit), spread over the instances by 16 senders, against a WireMock Jira answering every call after
 * {@code bench.delayMs} (default 50 ms, a cloud site's latency). Measured: from the first delivery until every
 * incident's draft-build job is DONE, each run on a fresh schema; prints both times and the ratio (goal: two
 * instances at least 1.7 times one). Each instance runs {@code postmortem.jobs.threads} (default 4) job threads.
 * Needs PostgreSQL. Run with {@code ./mvnw -B test -Dtest=TwoInstancesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TwoInstancesBenchmark {

    static final int WEBHOOKS = Integer.getInteger("bench.webhooks", 1_000);
    static final int INCIDENTS = Integer.getInteger("bench.incidents", 200);
    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);

    @Test
    void twoInstancesBuildAboutTwiceAsFast() throws Exception {
        WireMockServer jira = new WireMockServer(options().dynamicPort().containerThreads(200).asynchronousResponseEnabled(true));
        jira.start();
        try {
            for (int n = 0; n < INCIDENTS; n++) IntakeTestSupport.stubIncident(jira, "INC-" + (1000 + n), Integer.toString(20000 + n), 2, 3);
            jira.setGlobalFixedDelay(DELAY_MS);
            run(jira, 1, true); // warm-up of the JVM: the first run is not counted
            double one = run(jira, 1, false);
            double two = run(jira, 2, false);
            System.out.printf("[two-instances] %,d webhooks for %,d incidents, Jira %d ms per call: one instance %.1f s "
                            + "(%.1f drafts/s), two instances %.1f s (%.1f drafts/s): ratio %.2f (goal >= 1.7) on %d cores%n",
                    WEBHOOKS, INCIDENTS, DELAY_MS, one, INCIDENTS / one, two, INCIDENTS / two, one / two,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            jira.stop();
        }
    }

    /** @return seconds until every draft-build job is DONE */
    private static double run(WireMockServer jira, int instances, boolean warmup) throws Exception {
        List<String> database = Databases.springProperties("postgresql");
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                apps.add(IntakeDurabilityTest.startWith(database, List.of("logging.level.io.postmortem=WARN")));
            }
            String clientKey = "bench-" + UUID.randomUUID();
            String secret = ConnectFixtures.randomSecret();
            ConnectFixtures.installJira(apps.get(0).getBean(InstallationRepository.class), clientKey, jira.baseUrl(), secret);
            jira.resetRequests();
            int incidents = warmup ? Math.min(20, INCIDENTS) : INCIDENTS;
            List<Callable<Integer>> deliveries = new ArrayList<>();
            int perIncident = Math.max(1, WEBHOOKS / INCIDENTS);
            for (int n = 0; n < incidents; n++) {
                String key = "INC-" + (1000 + n), id = Integer.toString(20000 + n);
                String resolved = Webhooks.resolved(key, id, Integer.toString(300000 + n)).toString();
                String[] bodies = {Webhooks.startedWork(key, id, Integer.toString(200000 + n)).toString(), resolved, resolved, resolved,
                        Webhooks.priorityEdit(key, id, Integer.toString(400000 + n)).toString()};
                String[] ids = {"-0", "-1", "-1", "-2", "-3"};
                for (int d = 0; d < perIncident; d++) {
                    int port = IntakeDurabilityTest.port(apps.get((n + d) % instances));
                    String body = bodies[d % 5], webhookId = "wh-" + key + ids[d % 5];
                    Integer retry = d == 2 ? 1 : null;
                    deliveries.add(() -> IntakeTestSupport.deliver(port, clientKey, secret, body, webhookId, retry).statusCode());
                }
            }
            Collections.shuffle(deliveries, new java.util.Random(1));
            IntakeJobRepository jobs = apps.get(0).getBean(IntakeJobRepository.class);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            long t0 = System.nanoTime();
            try {
                for (Future<Integer> status : pool.invokeAll(deliveries)) assertThat(status.get()).isEqualTo(204);
            } finally {
                pool.shutdown();
            }
            int total = incidents;
            await("all drafts built", Duration.ofMinutes(10), () -> jobs.countByState().get(IntakeJob.State.DONE) >= total);
            double seconds = (System.nanoTime() - t0) / 1e9;
            DraftRepository drafts = apps.get(0).getBean(DraftRepository.class);
            JdbcClient jdbc = apps.get(0).getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from postmortem_draft where client_key = ? and version = 1").param(clientKey)
                    .query(Integer.class).single()).as("each built once").isEqualTo(total);
            assertThat(drafts.exists(clientKey, "INC-1000")).isTrue();
            return seconds;
        } finally {
            for (ConfigurableApplicationContext app : apps) app.close();
        }
    }
}
