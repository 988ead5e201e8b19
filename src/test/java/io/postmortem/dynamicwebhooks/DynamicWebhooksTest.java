package io.postmortem.dynamicwebhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.postmortem.PostmortemApplication;
import io.postmortem.connect.installations.InstallationChanged;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.dynamicwebhooks.DynamicWebhookRepository.State;
import io.postmortem.dynamicwebhooks.DynamicWebhooks.Outcome;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsController;
import io.postmortem.connect.auth.Caller;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.TestClock;
import io.postmortem.testsupport.TestJson;
import io.postmortem.webhooks.IssueUpdatedWebhookController;
import io.postmortem.webhooks.WebhookTasks;
import tools.jackson.databind.JsonNode;

/**
 * Dynamic webhooks against a WireMock Jira (every request checked against the official OpenAPI file, and the answers
 * it gives too), on H2 and PostgreSQL: registration after an install with the site's own filter, nothing done when
 * nothing changed, re-registration when the settings change (the old ones deleted), refresh before the expiry (strays
 * deleted), re-registration when Jira no longer has them, retries after 429, 5xx and a refused filter with the stored
 * state kept, the uninstall forgetting it, the feature switched off deleting what was registered; and a change
 * delivered by both the static and the dynamic webhook is accepted once.
 */
class DynamicWebhooksTest {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String HOOKS = "/rest/api/3/webhook";

    static {
        JIRA.start();
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    static ConfigurableApplicationContext start(String kind, String... extra) {
        return start(Databases.springProperties(kind), extra);
    }

    /** An application on {@code database} (the spring.datasource properties of {@link Databases#springProperties}). */
    static ConfigurableApplicationContext start(List<String> database, String... extra) {
        List<String> props = new ArrayList<>(database);
        props.add("server.port=0");
        if (List.of(extra).stream().noneMatch(p -> p.startsWith("postmortem.jobs.auto-start="))) {
            props.add("postmortem.jobs.auto-start=false"); // the test runs the job's pass itself
        }
        props.add("postmortem.base-url=https://postmortem.example.com");
        props.add("postmortem.connect.allowed-base-urls=http://127.0.0.1:*,http://localhost:*");
        if (List.of(extra).stream().noneMatch(p -> p.startsWith("postmortem.dynamic-webhooks.enabled="))) {
            props.add("postmortem.dynamic-webhooks.enabled=true");
        }
        props.addAll(List.of(extra));
        return new SpringApplicationBuilder(PostmortemApplication.class).run(props.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    static String install(ConfigurableApplicationContext app) {
        String clientKey = "jira-" + UUID.randomUUID();
        ConnectFixtures.installJira(app.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), ConnectFixtures.randomSecret());
        app.publishEvent(new InstallationChanged(clientKey, true)); // what the installed callback announces
        return clientKey;
    }

    static Settings settings(List<String> incidentTypes, List<String> incidentProjects, String actionItemProject) {
        return new Settings("PM", null, actionItemProject, null, null, null, null, incidentTypes, incidentProjects, null, null, null);
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void registeredAfterInstallReplacedOnASettingsChangeRefreshedReRegisteredWhenGoneAndForgottenOnUninstall(String kind) {
        try (ConfigurableApplicationContext app = start(kind)) {
            DynamicWebhooks webhooks = app.getBean(DynamicWebhooks.class);
            DynamicWebhookRepository rows = app.getBean(DynamicWebhookRepository.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            SettingsRepository settings = app.getBean(SettingsRepository.class);
            String clientKey;

            // 1. an install: the site's own incident types and projects, and its action-item project
            JIRA.resetAll();
            clientKey = "jira-" + UUID.randomUUID();
            settings.save(clientKey, settings(List.of("Major Incident", "10042"), List.of("INC"), "OPS"), "admin");
            ConnectFixtures.installJira(app.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), ConnectFixtures.randomSecret());
            app.publishEvent(new InstallationChanged(clientKey, true));
            assertThat(rows.find(clientKey)).get().extracting(State::checkDue).isEqualTo(true);
            stubList();
            stubRegister(101, 102);

            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.REGISTERED);

            JsonNode registration = onlyBody(postRequestedFor(urlPathEqualTo(HOOKS)));
            assertThat(registration.path("url").asString()).isEqualTo("https://postmortem.example.com" + IssueUpdatedWebhookController.DYNAMIC_PATH);
            JsonNode incidents = registration.path("webhooks").get(0);
            assertThat(incidents.path("events").get(0).asString()).isEqualTo("jira:issue_updated");
            assertThat(incidents.path("jqlFilter").asString()).isEqualTo("issuetype IN (10042, \"Major Incident\") AND project IN (\"INC\")");
            assertThat(strings(incidents.path("fieldIdsFilter"))).containsExactly("status");
            JsonNode items = registration.path("webhooks").get(1);
            assertThat(items.path("jqlFilter").asString()).isEqualTo("project IN (\"OPS\")");
            assertThat(strings(items.path("fieldIdsFilter"))).containsExactly("status", "assignee", "duedate");
            State registered = rows.find(clientKey).orElseThrow();
            assertThat(registered.ids()).containsExactly(101L, 102L);
            assertThat(registered.checkDue()).isFalse();
            assertThat(registered.expiresAt()).isEqualTo(registered.registeredAt().plus(Duration.ofDays(30)));
            assertThat(TestJson.MAPPER.readTree(registered.registration()).path("url").asString())
                    .as("the delivery URL is part of what is compared").isEqualTo(registration.path("url").asString());
            validateAndReset();

            // 2. nothing changed: no call at all
            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.UP_TO_DATE);
            assertThat(JIRA.getAllServeEvents()).isEmpty();

            // 3. an action item was published in another project, and the settings change the incident types (saved
            // through the settings API, checked against the site, which announces the change)
            jdbc.sql("insert into action_item_issue (client_key, jira_key, incident_key, item_id) values (?, 'SRE-7', 'INC-1', 'a1')")
                    .param(clientKey).update();
            JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/project/OPS")).willReturn(okJson(JiraJson.project("10100", "OPS", "Task").toString())));
            JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issueLinkType")).willReturn(okJson(JiraJson.issueLinkTypes().toString())));
            var saved = app.getBean(SettingsController.class).put(Caller.service(clientKey),
                    new Settings(null, null, "OPS", null, null, null, null, List.of("Incident"), List.of(), null, null, null));
            assertThat(saved.getStatusCode().value()).as(String.valueOf(saved.getBody())).isEqualTo(200);
            assertThat(rows.find(clientKey).orElseThrow().checkDue()).as("the save asked for a check").isTrue();
            validateAndReset();
            stubList(101, 102);
            stubRegister(201, 202);
            stubDelete();

            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.REGISTERED);

            JsonNode second = onlyBody(postRequestedFor(urlPathEqualTo(HOOKS)));
            assertThat(second.path("webhooks").get(0).path("jqlFilter").asString()).isEqualTo("issuetype IN (\"Incident\")");
            assertThat(second.path("webhooks").get(1).path("jqlFilter").asString()).isEqualTo("project IN (\"OPS\", \"SRE\")");
            assertThat(ids(onlyBody(deleteRequestedFor(urlPathEqualTo(HOOKS))))).as("the replaced ones").containsExactly(101L, 102L);
            assertThat(rows.find(clientKey).orElseThrow().ids()).containsExactly(201L, 202L);
            validateAndReset();

            // 4. a week later the refresh is due: Jira still has them (and a stray of an earlier install)
            age(jdbc, clientKey, Duration.ofDays(7).plusMinutes(1));
            long expiry = TestClock.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
            stubList(99, 201, 202);
            JIRA.stubFor(put(urlPathEqualTo(HOOKS + "/refresh")).willReturn(okJson("{\"expirationDate\":" + expiry + "}")));
            stubDelete();

            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.REFRESHED);

            assertThat(ids(onlyBody(putRequestedFor(urlPathEqualTo(HOOKS + "/refresh"))))).containsExactly(201L, 202L);
            assertThat(ids(onlyBody(deleteRequestedFor(urlPathEqualTo(HOOKS))))).as("the stray").containsExactly(99L);
            assertThat(JIRA.findAll(postRequestedFor(urlPathEqualTo(HOOKS)))).isEmpty();
            State refreshed = rows.find(clientKey).orElseThrow();
            assertThat(refreshed.expiresAt()).isEqualTo(Instant.ofEpochMilli(expiry));
            assertThat(refreshed.ids()).containsExactly(201L, 202L);
            validateAndReset();

            // 5. the next refresh finds them gone (expired, or deleted by someone): registered again
            age(jdbc, clientKey, Duration.ofDays(8));
            stubList();
            stubRegister(301, 302);
            stubDelete();

            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.REGISTERED);

            assertThat(JIRA.findAll(putRequestedFor(urlPathEqualTo(HOOKS + "/refresh")))).isEmpty();
            assertThat(rows.find(clientKey).orElseThrow().ids()).containsExactly(301L, 302L);
            validateAndReset();

            // 6. the recurring job's pass covers every installation
            assertThat(webhooks.syncAll()).containsEntry(clientKey, Outcome.UP_TO_DATE);

            // 7. uninstalled: forgotten, and no call to a site the app can no longer reach
            app.getBean(InstallationRepository.class).markUninstalled(clientKey);
            app.publishEvent(new InstallationChanged(clientKey, false));
            assertThat(rows.find(clientKey)).isEmpty();
            assertThat(webhooks.syncAll()).doesNotContainKey(clientKey);
            assertThat(JIRA.getAllServeEvents()).isEmpty();
        }
    }

    /**
     * With the scheduler running: the recurring job is stored, and an install moves its next run to now, so the site's
     * webhooks are registered at once, not at the next interval (an hour here).
     */
    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void anInstallRunsTheRecurringJobAtOnce(String kind) throws Exception {
        JIRA.resetAll();
        stubList();
        stubRegister(31);
        try (ConfigurableApplicationContext app = start(kind, "postmortem.jobs.auto-start=true", "postmortem.jobs.poll-interval=200ms",
                "postmortem.dynamic-webhooks.check-interval=1h")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            io.postmortem.testsupport.Await.until("the first run of the job", Duration.ofSeconds(20), () ->
                    jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and last_success is not null")
                            .param(DynamicWebhookTasks.TASK).query(Integer.class).single() == 1);
            String clientKey = install(app);
            DynamicWebhookRepository rows = app.getBean(DynamicWebhookRepository.class);
            io.postmortem.testsupport.Await.until("registered by the job", Duration.ofSeconds(20), () ->
                    rows.find(clientKey).map(State::ids).orElse(List.of()).equals(List.of(31L)));
            assertThat(JIRA.findAll(postRequestedFor(urlPathEqualTo(HOOKS)))).hasSize(1);
            validateAndReset();
        }
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void aFailedRegistrationWaitsIsTriedAgainAndKeepsWhatIsRegistered(String kind) {
        try (ConfigurableApplicationContext app = start(kind)) {
            DynamicWebhooks webhooks = app.getBean(DynamicWebhooks.class);
            DynamicWebhookRepository rows = app.getBean(DynamicWebhookRepository.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            JIRA.resetAll();
            String clientKey = install(app);
            Instant now = TestClock.now();

            // 429 for longer than the call policy waits: the job waits what Jira asked for
            stubList();
            JIRA.stubFor(post(urlPathEqualTo(HOOKS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                    .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"Rate limit exceeded\"],\"errors\":{}}")));
            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.FAILED);
            State first = rows.find(clientKey).orElseThrow();
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.ids()).isEmpty();
            assertThat(first.checkDue()).isTrue();
            assertThat(first.lastError()).contains("429");
            assertThat(first.nextAttemptAt()).isBetween(now.plus(Duration.ofMinutes(59)), now.plus(Duration.ofMinutes(61)));
            io.micrometer.core.instrument.MeterRegistry meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
            assertThat(meters.get("postmortem.dynamic_webhooks.failing").gauge().value()).isEqualTo(1.0);
            assertThat(meters.get("postmortem.dynamic_webhooks.runs").tag("outcome", "failed").counter().count()).isEqualTo(1.0);
            int calls = JIRA.getAllServeEvents().size();
            assertThat(webhooks.sync(clientKey)).as("not before the wait").isEqualTo(Outcome.WAITING);
            assertThat(JIRA.getAllServeEvents()).hasSize(calls);
            validateAndReset();

            // then a 503 (a registration is not retried inside the call: it could register twice): a doubled wait
            due(jdbc, clientKey);
            stubList();
            JIRA.stubFor(post(urlPathEqualTo(HOOKS)).willReturn(aResponse().withStatus(503)));
            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.FAILED);
            State second = rows.find(clientKey).orElseThrow();
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.lastError()).contains("503");
            assertThat(Duration.between(TestClock.now(), second.nextAttemptAt())).isBetween(Duration.ofSeconds(100), Duration.ofMinutes(2));
            validateAndReset();

            // then Jira refuses one of the two filters (200 with errors): the one it created is deleted again
            due(jdbc, clientKey);
            app.getBean(SettingsRepository.class).save(clientKey, settings(List.of("Incident"), List.of(), "OPS"), "admin");
            stubList();
            JIRA.stubFor(post(urlPathEqualTo(HOOKS)).willReturn(okJson(
                    "{\"webhookRegistrationResult\":[{\"createdWebhookId\":7},{\"errors\":[\"The clause watchCount is unsupported\"]}]}")));
            stubDelete();
            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.FAILED);
            assertThat(ids(onlyBody(deleteRequestedFor(urlPathEqualTo(HOOKS))))).containsExactly(7L);
            assertThat(rows.find(clientKey).orElseThrow().lastError()).contains("watchCount is unsupported");
            assertThat(rows.find(clientKey).orElseThrow().ids()).isEmpty();
            validateAndReset();

            // finally it works: registered, the failure count cleared
            due(jdbc, clientKey);
            stubList();
            stubRegister(11, 12);
            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.REGISTERED);
            State ok = rows.find(clientKey).orElseThrow();
            assertThat(ok.ids()).containsExactly(11L, 12L);
            assertThat(ok.attempts()).isZero();
            assertThat(ok.lastError()).isNull();
            assertThat(meters.get("postmortem.dynamic_webhooks.failing").gauge().value()).isZero();
            validateAndReset();

            // a failed refresh keeps the registered ids (a 401: the site no longer takes the app's token)
            age(jdbc, clientKey, Duration.ofDays(8));
            JIRA.stubFor(get(urlPathEqualTo(HOOKS)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                    .withBody("{\"errorMessages\":[\"Unauthorized\"],\"errors\":{}}")));
            assertThat(webhooks.sync(clientKey)).isEqualTo(Outcome.FAILED);
            assertThat(rows.find(clientKey).orElseThrow().ids()).containsExactly(11L, 12L);
            assertThat(rows.find(clientKey).orElseThrow().lastError()).contains("401");
            JIRA.resetAll();
        }
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void switchedOffTheRegisteredWebhooksAreDeletedAndTheDescriptorKeepsItsStaticWebhook(String kind) throws Exception {
        String clientKey;
        List<String> database = Databases.springProperties(kind); // one database for both runs
        JIRA.resetAll();
        try (ConfigurableApplicationContext on = start(database)) {
            clientKey = install(on);
            on.getBean(SettingsRepository.class).save(clientKey, settings(List.of("Incident"), List.of(), "OPS"), "admin");
            stubList();
            stubRegister(21, 22);
            assertThat(on.getBean(DynamicWebhooks.class).sync(clientKey)).isEqualTo(Outcome.REGISTERED);
            JsonNode descriptor = descriptor(on);
            assertThat(descriptor.path("modules").has("webhooks")).as("on: no static webhook in the descriptor").isFalse();
            assertThat(descriptor.path("modules").has("jiraEntityProperties")).isTrue();
            validateAndReset();
        }
        try (ConfigurableApplicationContext off = start(database, "postmortem.dynamic-webhooks.enabled=false")) {
            stubDelete();
            assertThat(off.getBean(DynamicWebhooks.class).syncAll()).containsEntry(clientKey, Outcome.DELETED);
            assertThat(ids(onlyBody(deleteRequestedFor(urlPathEqualTo(HOOKS))))).containsExactly(21L, 22L);
            assertThat(off.getBean(DynamicWebhookRepository.class).find(clientKey)).isEmpty();
            assertThat(descriptor(off).path("modules").path("webhooks").get(0).path("filter").asString()).contains("issuetype = Incident");
            validateAndReset();
        }
    }

    /** The same change from the descriptor's webhook and from a dynamic one (other identifiers): one job, one build. */
    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void aChangeDeliveredByTheStaticAndTheDynamicWebhookIsAcceptedOnce(String kind) throws Exception {
        try (ConfigurableApplicationContext app = start(kind)) {
            String clientKey = "jira-" + UUID.randomUUID();
            String secret = ConnectFixtures.randomSecret();
            ConnectFixtures.installJira(app.getBean(InstallationRepository.class), clientKey, JIRA.baseUrl(), secret);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String body = io.postmortem.intake.Webhooks.resolved("INC-9", "10009", "77001").toString();
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(deliver(port, "/connect/webhooks/issue-updated", clientKey, secret, body, "static-1").statusCode()).isEqualTo(204);
            assertThat(deliver(port, IssueUpdatedWebhookController.DYNAMIC_PATH, clientKey, secret, body, "dynamic-1").statusCode()).isEqualTo(204);
            assertThat(deliver(port, IssueUpdatedWebhookController.DYNAMIC_PATH, clientKey, secret, body, "dynamic-1").statusCode()).isEqualTo(204);

            assertThat(jdbc.sql("select task_instance from scheduled_tasks where task_name = ?").param(WebhookTasks.WEBHOOK)
                    .query(String.class).list()).containsExactly(clientKey + "|static-1");
            assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ?").param(clientKey).query(Integer.class).single()).isEqualTo(1);

            // the dynamic path is checked like the static one: no token, no delivery
            HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + IssueUpdatedWebhookController.DYNAMIC_PATH))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unsigned.statusCode()).isEqualTo(401);
            String otherSecret = ConnectFixtures.randomSecret();
            assertThat(deliver(port, IssueUpdatedWebhookController.DYNAMIC_PATH, clientKey, otherSecret,
                    io.postmortem.intake.Webhooks.resolved("INC-10", "10010", "77002").toString(), "dynamic-2").statusCode()).isEqualTo(401);
        }
    }

    static HttpResponse<String> deliver(int port, String path, String clientKey, String secret, String body, String id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "JWT " + ConnectFixtures.requestJwt(clientKey, secret, "POST", path))
                .header("X-Atlassian-Webhook-Identifier", id)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode descriptor(ConfigurableApplicationContext app) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        return TestJson.MAPPER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/atlassian-connect.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Jira's list of the app's webhooks on the site, as {@code GET /rest/api/3/webhook} answers it. */
    static void stubList(long... ids) {
        StringBuilder values = new StringBuilder();
        for (long id : ids) {
            if (!values.isEmpty()) values.append(',');
            values.append("{\"id\":").append(id).append(",\"events\":[\"jira:issue_updated\"],\"jqlFilter\":\"project = X\",")
                    .append("\"url\":\"https://postmortem.example.com/connect/webhooks/dynamic/issue-updated\",\"expirationDate\":")
                    .append(TestClock.now().plus(Duration.ofDays(20)).toEpochMilli()).append('}');
        }
        JIRA.stubFor(get(urlPathEqualTo(HOOKS)).willReturn(okJson("{\"isLast\":true,\"maxResults\":100,\"startAt\":0,\"total\":"
                + ids.length + ",\"values\":[" + values + "]}")));
    }

    static void stubRegister(long... created) {
        StringBuilder results = new StringBuilder();
        for (long id : created) {
            if (!results.isEmpty()) results.append(',');
            results.append("{\"createdWebhookId\":").append(id).append('}');
        }
        JIRA.stubFor(post(urlPathEqualTo(HOOKS)).willReturn(okJson("{\"webhookRegistrationResult\":[" + results + "]}")));
    }

    static void stubDelete() {
        JIRA.stubFor(delete(urlPathEqualTo(HOOKS)).willReturn(aResponse().withStatus(202)));
    }

    static JsonNode onlyBody(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = JIRA.findAll(pattern);
        assertThat(requests).hasSize(1);
        return TestJson.MAPPER.readTree(requests.get(0).getBodyAsString());
    }

    static List<Long> ids(JsonNode body) {
        List<Long> ids = new ArrayList<>();
        body.path("webhookIds").forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    static void validateAndReset() {
        OpenApiRecordedRequests.assertAllInteractionsValid(JIRA);
        JIRA.resetAll();
    }

    /** The last registration or refresh happened {@code ago}. */
    static void age(JdbcClient jdbc, String clientKey, Duration ago) {
        jdbc.sql("update dynamic_webhook set refreshed_at = ? where client_key = ?")
                .params(Timestamp.from(TestClock.now().minus(ago)), clientKey).update();
    }

    /** The wait after a failure is over. */
    static void due(JdbcClient jdbc, String clientKey) {
        jdbc.sql("update dynamic_webhook set next_attempt_at = ? where client_key = ?")
                .params(Timestamp.from(TestClock.now().minusSeconds(1)), clientKey).update();
    }
}
