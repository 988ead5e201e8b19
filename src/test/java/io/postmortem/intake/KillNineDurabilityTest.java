package io.postmortem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.TestClock;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The embedded default keeps what it acknowledged when the process is killed (SIGKILL) the moment the answer
 * arrives: the app runs as a separate JVM on its default H2 file database (./data/postmortem under a fresh working
 * directory, WRITE_DELAY=0 from application.properties), receives a webhook, a save and a publish request, and is
 * killed right after each answer; the database, opened again, holds each write. (H2's own default, a 500 ms write
 * delay, lost such writes in most trials.)
 */
class KillNineDurabilityTest {

    static final String CK = "jira-kill";
    static final String SECRET = ConnectFixtures.randomSecret();
    static final String INCIDENT = "INC-42";
    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @TempDir
    Path work;

    @Test
    void anAcknowledgedWebhookSaveAndPublishSurviveAKillNineTheMomentTheyAreAnswered() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("data/postmortem") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
        seed(url);

        // 1. a webhook answered 204
        try (Child app = Child.start(work)) {
            HttpResponse<String> ack = IntakeTestSupport.deliver(app.port, CK, SECRET,
                    Webhooks.resolved("INC-301", "10301", "90001").toString(), "wh-kill-1", null);
            assertThat(ack.statusCode()).as(ack.body()).isEqualTo(204);
            app.kill();
        }
        assertThat(count(url, "select count(*) from scheduled_tasks where task_name = '" + io.postmortem.webhooks.WebhookTasks.WEBHOOK
                + "' and task_instance like '" + CK + "|%'")).as("the acknowledged webhook's job").isEqualTo(1);

        // 2. a save answered 200
        try (Child app = Child.start(work)) {
            ObjectNode body = (ObjectNode) JSON.readTree(get(app, "/api/postmortems/" + INCIDENT).body());
            body.put("summary", "Saved just before the process was killed.");
            HttpResponse<String> saved = send(app, "PUT", "/api/postmortems/" + INCIDENT, body.toString());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            app.kill();
        }
        PostMortem afterSave = drafts(url).find(CK, INCIDENT).orElseThrow();
        assertThat(afterSave.summary()).isEqualTo("Saved just before the process was killed.");
        assertThat(afterSave.version()).isEqualTo(2);

        // 3. a publish request answered 202
        try (Child app = Child.start(work)) {
            HttpResponse<String> accepted = send(app, "POST", "/api/postmortems/" + INCIDENT + "/publish", null);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            app.kill();
        }
        assertThat(count(url, "select count(*) from publication where client_key = '" + CK + "' and state = 'PENDING'"))
                .as("the accepted publication").isEqualTo(1);
        assertThat(count(url, "select count(*) from scheduled_tasks where task_name = 'postmortem-publish'"))
                .as("its durable job").isEqualTo(1);
    }

    /** Installations, settings and an unpublished draft, written while no app runs on the file. */
    private static void seed(String url) {
        DataSource ds = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        InstallationRepository installations = new InstallationRepository(jdbc, TestClock.clock());
        ConnectFixtures.install(installations, CK, "http://127.0.0.1:9", SECRET, Product.JIRA);
        ConnectFixtures.install(installations, "conf-kill", "http://127.0.0.1:9/wiki", ConnectFixtures.randomSecret(), Product.CONFLUENCE);
        new SettingsRepository(jdbc, JSON, TestClock.clock()).save(CK, new Settings("PM", null, "OPS", "Task",
                List.of("postmortem-action"), "Relates", 30, List.of("Incident"), null, List.of(), "UTC", Map.of()), SeedExample.DANA);
        PostMortem seed = SeedExample.seedExample();
        new DraftRepository(jdbc, JSON, TestClock.clock()).insert(CK, seed.toBuilder().version(1).status(PostMortem.Status.DRAFT)
                .confluencePage(null).actionItems(seed.actionItems().stream().map(a -> new ActionItem(a.id(), a.summary(),
                        a.description(), a.ownerAccountId(), a.ownerDisplayName(), a.due(), a.preventsRecurrence(), "Open",
                        null, null)).toList()).build());
    }

    private static DraftRepository drafts(String url) {
        return new DraftRepository(JdbcClient.create(new DriverManagerDataSource(url, "sa", "")), JSON, TestClock.clock());
    }

    private static long count(String url, String sql) {
        return JdbcClient.create(new DriverManagerDataSource(url, "sa", "")).sql(sql).query(Long.class).single();
    }

    private static HttpResponse<String> get(Child app, String path) throws Exception {
        return send(app, "GET", path, null);
    }

    private static HttpResponse<String> send(Child app, String method, String path, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "JWT " + ConnectFixtures.contextJwt(CK, SECRET, SeedExample.DANA, INCIDENT))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) r.header("Content-Type", "application/json");
        return IntakeTestSupport.HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The app in its own JVM, started in {@code dir} with its default database, its jobs not running. */
    static final class Child implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        private Child(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Child start(Path dir) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String cp = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                            .split(File.pathSeparator))
                    .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                    .collect(Collectors.joining(File.pathSeparator));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", cp, "io.postmortem.PostmortemApplication",
                    "--server.port=" + port, "--postmortem.jobs.auto-start=false", "--postmortem.base-url=https://postmortem.test",
                    "--management.server.port=-1"));
            String offset = System.getProperty("postmortem.clock.offset");
            if (offset != null) command.add("--postmortem.clock.offset=" + offset);
            Path log = dir.resolve("app-" + UUID.randomUUID() + ".log");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Child child = new Child(p, port, log);
            try {
                child.awaitHealthy();
            } catch (Exception | Error e) {
                child.kill(); // never leave a stray app behind
                throw e;
            }
            return child;
        }

        private void awaitHealthy() throws Exception { // answering its descriptor means the web server runs
            long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() - end < 0) {
                if (!process.isAlive()) throw new IllegalStateException("the app exited: " + tail());
                try {
                    HttpResponse<String> r = IntakeTestSupport.HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/atlassian-connect.json")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) return;
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("the app did not become healthy: " + tail());
        }

        /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) kill();
        }
    }
}
