package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.PostmortemApplication;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.testsupport.ConnectFixtures;

/**
 * Webhook acknowledgement latency under 200 concurrent deliveries (each a distinct, JWT-signed resolved-incident
 * webhook: verify, parse, de-duplicate and store the durable job in one transaction, answer 204), beside an empty
 * Spring endpoint measured in the same run, with the same client. Jobs are stored but not run (the scheduler is
 * off) so only the acknowledgement is measured. Goal: p99 < 50 ms. Run with
 * {@code ./mvnw -B test -Dtest=WebhookAckBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WebhookAckBenchmark {

    static final int CONCURRENCY = 200;
    static final int ROUNDS = 6;
    static final int WARMUP_ROUNDS = 2;

    /** The empty endpoint to compare with; only registered in this benchmark's context. */
    @RestController
    @IgnoreJwt
    @ConditionalOnProperty("postmortem.benchmark.empty-endpoint")
    static class EmptyEndpoint {
        @PostMapping("/benchmark/empty")
        ResponseEntity<Void> empty() {
            return ResponseEntity.noContent().build();
        }
    }

    /** The same empty endpoint behind Connect's JWT check, to show what share of the ack is the verification. */
    @RestController
    @ConditionalOnProperty("postmortem.benchmark.empty-endpoint")
    static class EmptyJwtEndpoint {
        @PostMapping("/benchmark/empty-jwt")
        ResponseEntity<Void> empty() {
            return ResponseEntity.noContent().build();
        }
    }

    @Test
    void acknowledgementLatencyBesideAnEmptyEndpoint() throws Exception {
        WireMockServer jira = new WireMockServer(options().dynamicPort());
        jira.start();
        List<String> props = new ArrayList<>(List.of("spring.datasource.url=jdbc:h2:mem:ack" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "server.port=0", "postmortem.jobs.auto-start=false", "postmortem.benchmark.empty-endpoint=true",
                "server.tomcat.threads.max=200", "logging.level.io.postmortem.intake=WARN"));
        props.addAll(IntakeTestSupport.properties());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PostmortemApplication.class, EmptyEndpoint.class, EmptyJwtEndpoint.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String clientKey = "bench-" + UUID.randomUUID();
            String secret = ConnectFixtures.randomSecret();
            ConnectFixtures.installJira(app.getBean(InstallationRepository.class), clientKey, jira.baseUrl(), secret);
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();

            List<Long> webhook = new ArrayList<>();
            List<Long> empty = new ArrayList<>();
            List<Long> emptyJwt = new ArrayList<>();
            int seq = 0;
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                List<HttpRequest> webhooks = new ArrayList<>();
                List<HttpRequest> empties = new ArrayList<>();
                List<HttpRequest> emptiesJwt = new ArrayList<>();
                for (int i = 0; i < CONCURRENCY; i++, seq++) {
                    String body = Webhooks.resolved("INC-" + (1000 + seq), Integer.toString(20000 + seq), Integer.toString(90000 + seq)).toString();
                    webhooks.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + IntakeTestSupport.WEBHOOK_PATH))
                            .header("Content-Type", "application/json").header("X-Atlassian-Webhook-Identifier", "ack-" + seq)
                            .header("Authorization", "JWT " + ConnectFixtures.requestJwt(clientKey, secret, "POST", IntakeTestSupport.WEBHOOK_PATH))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                    empties.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/benchmark/empty"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
                    emptiesJwt.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/benchmark/empty-jwt"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "JWT " + ConnectFixtures.requestJwt(clientKey, secret, "POST", "/benchmark/empty-jwt"))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                }
                List<Long> w = burst(http, webhooks);
                List<Long> e = burst(http, empties);
                List<Long> j = burst(http, emptiesJwt);
                if (round >= WARMUP_ROUNDS) {
                    webhook.addAll(w);
                    empty.addAll(e);
                    emptyJwt.addAll(j);
                }
            }
            Collections.sort(webhook);
            Collections.sort(empty);
            Collections.sort(emptyJwt);
            double wp50 = pct(webhook, 50), wp99 = pct(webhook, 99), ep50 = pct(empty, 50), ep99 = pct(empty, 99);
            System.out.printf("%nWebhookAckBenchmark: %d rounds of %d concurrent deliveries (after %d warm-up rounds)%n",
                    ROUNDS, CONCURRENCY, WARMUP_ROUNDS);
            System.out.printf("  machine: %d CPUs, load average %.1f (other work on the machine inflates both columns)%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("  webhook ack : p50 %6.1f ms   p99 %6.1f ms   (goal: p99 < 50 ms) %s%n", wp50, wp99, wp99 < 50 ? "MET" : "NOT MET");
            System.out.printf("  empty POST  : p50 %6.1f ms   p99 %6.1f ms%n", ep50, ep99);
            System.out.printf("  empty POST with Connect JWT check: p50 %6.1f ms   p99 %6.1f ms (the verification's share)%n",
                    pct(emptyJwt, 50), pct(emptyJwt, 99));
            var timer = app.getBean(io.micrometer.core.instrument.MeterRegistry.class).get("postmortem.webhooks.ack").timer();
            var snapshot = timer.takeSnapshot();
            for (var v : snapshot.percentileValues()) {
                System.out.printf("  server side, controller entry to answer (all rounds): p%.0f %6.1f ms%n", v.percentile() * 100,
                        v.value(java.util.concurrent.TimeUnit.MILLISECONDS));
            }
            System.out.printf("  ratio webhook/empty: p50 %.2fx   p99 %.2fx%n", wp50 / ep50, wp99 / ep99);
            Integer stored = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select count(*) from scheduled_tasks where task_name = ?").param(IntakeTasks.WEBHOOK).query(Integer.class).single();
            System.out.printf("  durable jobs stored: %d of %d deliveries%n", stored, seq);
            assertThat(stored).isEqualTo(seq);
        } finally {
            jira.stop();
        }
    }

    /** Fires all requests at once (released together) and returns each one's latency in microseconds. */
    static List<Long> burst(HttpClient http, List<HttpRequest> requests) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (HttpRequest r : requests) {
                results.add(senders.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    HttpResponse<Void> response = http.send(r, HttpResponse.BodyHandlers.discarding());
                    long micros = (System.nanoTime() - start) / 1000;
                    if (response.statusCode() != 204) throw new IllegalStateException("HTTP " + response.statusCode());
                    return micros;
                }));
            }
            go.countDown();
            List<Long> out = new ArrayList<>();
            for (Future<Long> f : results) out.add(f.get());
            return out;
        } finally {
            senders.shutdown();
        }
    }

    static double pct(List<Long> sortedMicros, int p) {
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, Math.min(i, sortedMicros.size() - 1))) / 1000.0;
    }

    static Duration ms(double v) {
        return Duration.ofNanos((long) (v * 1_000_000));
    }
}
