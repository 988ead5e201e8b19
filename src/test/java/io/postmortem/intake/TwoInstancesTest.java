package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.postmortem.intake.IntakeTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.PostmortemApplication;
import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the app, one PostgreSQL schema (issue 22): two Spring application contexts on two ports, both
 * running their job scheduler, share a WireMock Jira. Webhooks for many incidents, with Jira's duplicate deliveries
 * (a retry under the same identifier, the same change under a second identifier) and irrelevant updates, are spread
 * over both: every draft is built exactly once, nothing is lost, no job runs twice. Then the same post-mortem is
 * published from both at the same instant: one page, one issue per action item.
 *
 * <p>Runs on PostgreSQL only (what several instances share in production); skipped without it, failed under CI.
 */
class TwoInstancesTest {

    static final int INCIDENTS = 40;
    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort().containerThreads(64));
    static final FakeAtlassianSite SITE = FakeAtlassianSite.forTests();
    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        JIRA.start();
        List<String> database = Databases.springProperties("postgresql"); // one schema for both
        a = IntakeDurabilityTest.startWith(database, List.of("postmortem.base-url=https://postmortem.test",
                "postmortem.publish.retry-backoff=200ms"));
        b = IntakeDurabilityTest.startWith(database, List.of("postmortem.base-url=https://postmortem.test",
                "postmortem.publish.retry-backoff=200ms"));
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
        if (a != null) a.close();
        JIRA.stop();
        SITE.close();
    }

    @Test
    void webhooksSpreadOverTwoInstancesBuildEachDraftExactlyOnce() throws Exception {
        String clientKey = "jira-" + UUID.randomUUID();
        String secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(a.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), secret);
        List<Callable<Integer>> deliveries = new ArrayList<>();
        int[] ports = {IntakeDurabilityTest.port(a), IntakeDurabilityTest.port(b)};
        for (int n = 0; n < INCIDENTS; n++) {
            String key = "INC-" + (500 + n);
            String id = Integer.toString(10500 + n);
            IntakeTestSupport.stubIncident(JIRA, key, id, 2, 3);
            String resolved = Webhooks.resolved(key, id, Integer.toString(95000 + n)).toString();
            String started = Webhooks.startedWork(key, id, Integer.toString(94000 + n)).toString();
            String irrelevant = Webhooks.priorityEdit(key, id, Integer.toString(96000 + n)).toString();
            int first = n % 2; // which instance gets the first delivery
            deliveries.add(deliver(ports[first], clientKey, secret, started, "wh-" + key + "-0", null));
            deliveries.add(deliver(ports[first], clientKey, secret, resolved, "wh-" + key + "-1", null));
            deliveries.add(deliver(ports[1 - first], clientKey, secret, resolved, "wh-" + key + "-1", 1)); // Jira's retry
            deliveries.add(deliver(ports[1 - first], clientKey, secret, resolved, "wh-" + key + "-2", null)); // second identifier
            deliveries.add(deliver(ports[first], clientKey, secret, irrelevant, "wh-" + key + "-3", null));
        }
        Collections.shuffle(deliveries, new java.util.Random(22));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Integer> status : pool.invokeAll(deliveries)) assertThat(status.get()).isEqualTo(204);
        } finally {
            pool.shutdown();
        }

        DraftRepository drafts = b.getBean(DraftRepository.class);
        IntakeJobRepository jobs = b.getBean(IntakeJobRepository.class);
        await("every draft built and its job DONE", Duration.ofSeconds(90), () -> {
            for (int n = 0; n < INCIDENTS; n++) {
                String key = "INC-" + (500 + n);
                if (!jobs.find(clientKey, key).map(j -> j.state() == IntakeJob.State.DONE).orElse(false)) return false;
            }
            return true;
        });
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        await("no webhook or build job left", Duration.ofSeconds(30), () -> jdbc.sql(
                "select count(*) from scheduled_tasks where task_name in (?, ?)").params(io.postmortem.webhooks.WebhookTasks.WEBHOOK,
                IntakeTasks.BUILD).query(Integer.class).single() == 0);
        Thread.sleep(500); // a second build, if one had been queued, would start within the poll interval
        for (int n = 0; n < INCIDENTS; n++) {
            String key = "INC-" + (500 + n);
            PostMortem draft = drafts.find(clientKey, key).orElseThrow(() -> new AssertionError("lost: " + key));
            assertThat(draft.version()).as(key + " built once").isEqualTo(1);
            JIRA.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/" + key))); // no build ran twice
        }
        // two changes per incident were accepted (work started, resolved); their duplicates and the edit stored nothing
        assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ?").param(clientKey).query(Integer.class)
                .single()).isEqualTo(2 * INCIDENTS);
        assertThat(jdbc.sql("select count(*) from intake_webhook_seen where client_key = ?").param(clientKey).query(Integer.class)
                .single()).isZero();
        // both instances took deliveries and both ran draft builds: the work was really shared
        double builtByA = finished(a), builtByB = finished(b);
        System.out.printf("[two instances] draft builds run by A: %.0f, by B: %.0f%n", builtByA, builtByB);
        assertThat(builtByA + builtByB).isGreaterThanOrEqualTo(INCIDENTS);
        assertThat(builtByA).isPositive();
        assertThat(builtByB).isPositive();
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    private static double finished(ConfigurableApplicationContext app) {
        var counter = app.getBean(io.micrometer.core.instrument.MeterRegistry.class).find("postmortem.jobs.finished")
                .tag("outcome", "done").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void publishingFromBothInstancesAtOnceMakesOnePageAndNoDuplicateIssue() throws Exception {
        SITE.reset();
        String clientKey = "jira-pub-" + UUID.randomUUID();
        String secret = ConnectFixtures.randomSecret();
        InstallationRepository installations = a.getBean(InstallationRepository.class);
        ConnectFixtures.install(installations, clientKey, SITE.baseUrl(), secret, Product.JIRA);
        ConnectFixtures.install(installations, "conf-" + clientKey, SITE.baseUrl() + "/wiki", ConnectFixtures.randomSecret(), Product.CONFLUENCE);
        a.getBean(SettingsRepository.class).save(clientKey, new Settings(FakeAtlassianSite.SPACE_KEY, null, FakeAtlassianSite.PROJECT,
                "Task", List.of("postmortem-action"), "Relates", 30, List.of("Incident"), null, List.of(), "UTC",
                java.util.Map.of()), SeedExample.DANA);
        PostMortem seed = SeedExample.seedExample();
        PostMortem draft = seed.toBuilder().status(PostMortem.Status.DRAFT).confluencePage(null)
                .actionItems(seed.actionItems().stream().map(i -> new ActionItem(i.id(), i.summary(), i.description(),
                        i.ownerAccountId(), i.ownerDisplayName(), i.due(), i.preventsRecurrence(), "Open", null, null)).toList())
                .build();
        a.getBean(DraftRepository.class).insert(clientKey, draft);
        String incident = draft.issueKey();
        String token = ConnectFixtures.contextJwt(clientKey, secret, SeedExample.DANA, incident);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (ConfigurableApplicationContext app : List.of(a, b)) {
            int port = IntakeDurabilityTest.port(app);
            answers.add(pool.submit(() -> {
                go.await();
                return call(port, "POST", "/api/postmortems/" + incident + "/publish", token);
            }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> answer : answers) assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(202);
        pool.shutdown();

        JsonNode[] publication = new JsonNode[1];
        await("published", Duration.ofSeconds(60), () -> {
            publication[0] = JSON.readTree(call(IntakeDurabilityTest.port(b), "GET", "/api/postmortems/" + incident + "/publication", token).body());
            return List.of("DONE", "FAILED").contains(publication[0].path("state").asString());
        });
        assertThat(publication[0].path("state").asString()).as(publication[0].toString()).isEqualTo("DONE");
        assertThat(SITE.pages().values().stream().filter(p -> p.parentId() == null)).as("one page").hasSize(1);
        List<FakeAtlassianSite.Issue> issues = SITE.issuesOf(incident);
        assertThat(issues).hasSize(draft.actionItems().size());
        assertThat(issues.stream().map(i -> i.properties().get(io.postmortem.publish.PublishProcess.ITEM_PROPERTY).path("itemId").asString()))
                .as("each item exactly once").doesNotHaveDuplicates();
        OpenApiRecordedRequests.assertAllRequestsValid(SITE.server());
    }

    /**
     * Per-instance caches that must not make the two disagree: a reinstall stored through one instance (a new
     * secret) is accepted by the other at once, not after its installation cache expires; and the glance label each
     * instance remembers is not trusted once the other instance saved the draft in between.
     */
    @Test
    void aReinstallAndAGlanceChangeMadeThroughOneInstanceAreSeenByTheOther() throws Exception {
        IntakeTestSupport.stubCommon(JIRA);
        String clientKey = "jira-" + UUID.randomUUID();
        String oldSecret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(a.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), oldSecret);
        int portA = IntakeDurabilityTest.port(a), portB = IntakeDurabilityTest.port(b);
        String irrelevant = Webhooks.priorityEdit("INC-901", "10901", "97001").toString();
        assertThat(IntakeTestSupport.deliver(portB, clientKey, oldSecret, irrelevant, "wh-901-1", null).statusCode()).isEqualTo(204);
        Thread.sleep(2_100); // B's cached row is now older than the re-read guard, well within its cache time
        String newSecret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(a.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), newSecret);
        assertThat(IntakeTestSupport.deliver(portB, clientKey, newSecret, irrelevant, "wh-901-2", null).statusCode())
                .as("B reads the new secret").isEqualTo(204);
        assertThat(IntakeTestSupport.deliver(portB, clientKey, oldSecret, irrelevant, "wh-901-3", null).statusCode())
                .as("and refuses the old one").isEqualTo(401);

        String issueKey = "INC-902";
        a.getBean(DraftRepository.class).insert(clientKey, PostMortem.newDraft(issueKey));
        String token = ConnectFixtures.contextJwt(clientKey, newSecret, SeedExample.DANA, issueKey);
        JsonNode v2 = save(portA, issueKey, token, (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                call(portA, "GET", "/api/postmortems/" + issueKey, token).body()), "unknown");
        awaitGlanceWrites(issueKey, "Draft 1/10", 1);
        JsonNode v3 = save(portB, issueKey, token, (tools.jackson.databind.node.ObjectNode) v2, "");
        awaitGlanceWrites(issueKey, "Draft 0/10", 1);
        save(portA, issueKey, token, (tools.jackson.databind.node.ObjectNode) v3, "unknown");
        // A last wrote "Draft 1/10" itself, but B has written since: A writes again rather than trusting its memory
        awaitGlanceWrites(issueKey, "Draft 1/10", 2);
    }

    private static JsonNode save(int port, String issueKey, String token, tools.jackson.databind.node.ObjectNode doc, String nearMiss)
            throws Exception {
        ((tools.jackson.databind.node.ObjectNode) doc.get("answers")).put("nearMiss", nearMiss);
        HttpResponse<String> r = IntakeTestSupport.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/postmortems/" + issueKey)).timeout(Duration.ofSeconds(20))
                .PUT(HttpRequest.BodyPublishers.ofString(doc.toString())).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "JWT " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static void awaitGlanceWrites(String issueKey, String label, int count) throws InterruptedException {
        var writes = com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/rest/api/3/issue/" + issueKey
                                + "/properties/com\\.atlassian\\.jira\\.issue(:|%3A)postmortem-facilitator(:|%3A)postmortem-glance(:|%3A)status"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.value.label",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(label)));
        await(count + " glance write(s) of " + label, Duration.ofSeconds(10), () -> JIRA.findAll(writes).size() >= count);
    }

    private static Callable<Integer> deliver(int port, String clientKey, String secret, String body, String id, Integer retry) {
        return () -> IntakeTestSupport.deliver(port, clientKey, secret, body, id, retry).statusCode();
    }

    private static HttpResponse<String> call(int port, String method, String path, String token) {
        try {
            return IntakeTestSupport.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json").header("Authorization", "JWT " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
