package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.PostmortemApplication;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.retention.Purge;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.TestClock;

/**
 * A big, busy Jira site (issue 22). Two figures:
 *
 * <ol>
 * <li><b>Irrelevant webhooks</b>: {@code bench.irrelevant} (default 100,000) signed {@code jira:issue_updated}
 * deliveries that no listener can act on (priority edits of incidents, status changes of tasks, comments), sent over
 * {@code bench.connections} (default 32) keep-alive connections in bursts ({@link RawHttpBurst}) after
 * {@code bench.warmup} (default 20,000) of the same: acceptance throughput, p50/p99, and the rows stored in every
 * table the intake writes (goal: at least 5,000 per second per instance, p99 under 50 ms, no row).</li>
 * <li><b>A busy week</b>: seven simulated days of a site with {@code bench.relevantPerDay} (default 20,000)
 * accepted changes a day (status changes of incidents and action items: one {@code intake_change_seen} row each),
 * {@code bench.noIdPerDay} (default 2,000) deliveries without a changelog id (one {@code intake_webhook_seen} row
 * each) and {@code bench.incidentsPerDay} (default 100) draft builds (one {@code intake_job} row each), with the
 * retention purge run every simulated hour on the simulated time: the table sizes at the end, beside what they would
 * be with no purge.</li>
 * </ol>
 * {@code -Dbench.database=postgresql} runs on the PostgreSQL server (and prints the tables' sizes on disk). Run with
 * {@code ./mvnw -B test -Dtest=BusySiteBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BusySiteBenchmark {

    static final int IRRELEVANT = Integer.getInteger("bench.irrelevant", 100_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 20_000);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
    static final List<String> TABLES = List.of("intake_webhook_seen", "intake_change_seen", "intake_job", "scheduled_tasks",
            "postmortem_draft");

    @Test
    void irrelevantWebhooksStoreNothingAndABusyWeekStaysBounded() throws Exception {
        WireMockServer jira = new WireMockServer(options().dynamicPort());
        jira.start();
        String database = System.getProperty("bench.database", "h2");
        List<String> props = new ArrayList<>(Databases.springProperties(database));
        props.addAll(List.of("server.port=0", "postmortem.jobs.auto-start=false", "logging.level.io.postmortem=WARN"));
        props.addAll(IntakeTestSupport.properties());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PostmortemApplication.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String clientKey = "busy-" + UUID.randomUUID();
            String secret = ConnectFixtures.randomSecret();
            ConnectFixtures.installJira(app.getBean(InstallationRepository.class), clientKey, jira.baseUrl(), secret);

            // 1. irrelevant webhooks
            Map<String, Long> before = counts(jdbc);
            int seq = 0;
            try (RawHttpBurst http = new RawHttpBurst("127.0.0.1", port, CONNECTIONS)) {
                seq = send(http, port, clientKey, secret, seq, WARMUP, null);
                List<Long> latencies = new ArrayList<>(IRRELEVANT);
                long cpu0 = WebhookAckBenchmark.processCpu();
                long t0 = System.nanoTime();
                send(http, port, clientKey, secret, seq, IRRELEVANT, latencies);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuPer = (WebhookAckBenchmark.processCpu() - cpu0) / 1e6 / IRRELEVANT;
                latencies.sort(null);
                Map<String, Long> after = counts(jdbc);
                System.out.printf("[busy-site %s] %,d irrelevant webhooks over %d connections: %,.0f per second, p50 %.2f ms, "
                                + "p99 %.2f ms, max %.1f ms; process CPU %.3f ms per webhook (server and load generator share %d cores)%n",
                        database, IRRELEVANT, CONNECTIONS, IRRELEVANT / seconds, WebhookAckBenchmark.pct(latencies, 50),
                        WebhookAckBenchmark.pct(latencies, 99), latencies.get(latencies.size() - 1) / 1000.0, cpuPer,
                        Runtime.getRuntime().availableProcessors());
                long stored = 0;
                for (String table : TABLES) stored += after.get(table) - before.get(table);
                System.out.printf("[busy-site %s] rows stored per 100,000 irrelevant webhooks: %d (%s)%n", database,
                        stored * 100_000 / (IRRELEVANT + WARMUP), after);
                assertThat(stored).as("no row for an irrelevant webhook").isZero();
            }

            // 2. a busy week, purged every simulated hour
            List<Purge> purges = app.getBeanProvider(Purge.class).orderedStream().toList();
            int relevantPerDay = Integer.getInteger("bench.relevantPerDay", 20_000);
            int noIdPerDay = Integer.getInteger("bench.noIdPerDay", 2_000);
            int incidentsPerDay = Integer.getInteger("bench.incidentsPerDay", 100);
            Instant end = TestClock.now();
            Instant start = end.minus(Duration.ofDays(7));
            long change = 0, noId = 0, incident = 0;
            long t0 = System.nanoTime();
            for (int hour = 0; hour < 7 * 24; hour++) {
                Instant h = start.plus(Duration.ofHours(hour));
                List<Object[]> changes = new ArrayList<>();
                for (int i = 0; i < relevantPerDay / 24; i++, change++) {
                    changes.add(new Object[] {clientKey, Long.toString(100_000 + change % 5_000), Long.toString(change),
                            Timestamp.from(h.plusSeconds(i % 3600))});
                }
                batch(app, "insert into intake_change_seen (client_key, issue_id, changelog_id, received_at) values (?, ?, ?, ?)", changes);
                List<Object[]> seen = new ArrayList<>();
                for (int i = 0; i < noIdPerDay / 24; i++, noId++) {
                    seen.add(new Object[] {clientKey, "delivery-" + noId, Timestamp.from(h.plusSeconds(i % 3600))});
                }
                batch(app, "insert into intake_webhook_seen (client_key, webhook_id, received_at) values (?, ?, ?)", seen);
                List<Object[]> jobs = new ArrayList<>();
                for (int i = 0; i < Math.max(1, incidentsPerDay / 24); i++, incident++) {
                    Timestamp at = Timestamp.from(h.plusSeconds(i * 60L));
                    jobs.add(new Object[] {clientKey, "INC-" + incident, Long.toString(incident), "DONE", "WEBHOOK", 1, at, at});
                }
                batch(app, "insert into intake_job (client_key, issue_key, issue_id, state, cause, attempts, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", jobs);
                Instant purgeAt = h.plus(Duration.ofHours(1));
                for (Purge p : purges) p.purge(purgeAt);
            }
            Map<String, Long> week = counts(jdbc);
            System.out.printf("[busy-site %s] a busy week (%,d accepted changes, %,d deliveries without a changelog id, %,d draft "
                            + "builds a day; purge every hour; simulated in %.1f s): %s%n", database, relevantPerDay, noIdPerDay,
                    incidentsPerDay, (System.nanoTime() - t0) / 1e9, week);
            System.out.printf("[busy-site %s] without the purge the same week would leave: intake_change_seen %,d, "
                    + "intake_webhook_seen %,d, intake_job %,d (and grow by as much every week)%n", database, change, noId, incident);
            if (database.equals("postgresql")) {
                for (String table : TABLES) {
                    System.out.printf("[busy-site postgresql] %s: %s on disk (table and indexes)%n", table,
                            jdbc.sql("select pg_size_pretty(pg_total_relation_size(?::regclass))").param(table).query(String.class).single());
                }
            }
            assertThat(week.get("intake_change_seen")).isLessThanOrEqualTo(2L * relevantPerDay + relevantPerDay / 24);
        } finally {
            jira.stop();
        }
    }

    /** Sends {@code n} irrelevant deliveries in bursts of one per connection; adds latencies when given a list. */
    private static int send(RawHttpBurst http, int port, String clientKey, String secret, int seq, int n, List<Long> latencies)
            throws Exception {
        String jwt = null;
        long jwtAt = 0;
        for (int sent = 0; sent < n; sent += CONNECTIONS) {
            if (jwt == null || System.nanoTime() - jwtAt > 60_000_000_000L) { // the token lives 3 minutes
                jwt = ConnectFixtures.requestJwt(clientKey, secret, "POST", IntakeTestSupport.WEBHOOK_PATH);
                jwtAt = System.nanoTime();
            }
            List<RawHttpBurst.Request> burst = new ArrayList<>(CONNECTIONS);
            for (int i = 0; i < CONNECTIONS; i++, seq++) {
                burst.add(RawHttpBurst.Request.post("127.0.0.1", port, IntakeTestSupport.WEBHOOK_PATH, Map.of(
                        "Content-Type", "application/json", "X-Atlassian-Webhook-Identifier", "busy-" + seq,
                        "Authorization", "JWT " + jwt), irrelevant(seq)));
            }
            List<Long> micros = http.burst(burst, 204);
            if (latencies != null) latencies.addAll(micros);
        }
        return seq;
    }

    private static final String PRIORITY = Webhooks.priorityEdit("INC-7770001", "7770002", "7770003").toString();
    private static final String TASK = Webhooks.resolvedOfType("TASK-7770001", "7770002", "7770003", "Task").toString();

    /** Two of three a priority edit of an incident, one of three a task moving to done. */
    private static String irrelevant(int seq) {
        String template = seq % 3 == 2 ? TASK : PRIORITY;
        return template.replace("7770001", Integer.toString(1000 + seq % 50_000)).replace("7770002", Integer.toString(20_000 + seq % 50_000))
                .replace("7770003", Integer.toString(90_000 + seq));
    }

    private static void batch(ConfigurableApplicationContext app, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).batchUpdate(sql, rows);
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        return counts;
    }
}
