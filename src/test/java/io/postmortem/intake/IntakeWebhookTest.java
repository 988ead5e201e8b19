package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.postmortem.intake.IntakeTestSupport.await;
import static io.postmortem.intake.IntakeTestSupport.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.micrometer.core.instrument.MeterRegistry;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.intake.IntakeJob.State;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intake end to end: a real HTTP webhook signed like Jira's, the durable job, WireMock answering as Jira Cloud
 * does, and the draft in the real database. Every request the app sent to "Jira" is checked against the official
 * OpenAPI file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntakeTestSupport.FastRetries.class)
class IntakeWebhookTest {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());

    static {
        JIRA.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String p : Databases.springProperties("h2")) put(registry, p);
        for (String p : IntakeTestSupport.properties()) put(registry, p);
    }

    static void put(DynamicPropertyRegistry registry, String p) {
        int eq = p.indexOf('=');
        registry.add(p.substring(0, eq), () -> p.substring(eq + 1));
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    @LocalServerPort int port;
    @Autowired InstallationRepository installations;
    @Autowired DraftRepository drafts;
    @Autowired IntakeJobRepository jobs;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired MeterRegistry meters;
    @Autowired Reconciler reconciler;

    String clientKey;
    String secret;

    @BeforeEach
    void install() {
        JIRA.resetAll();
        clientKey = "jira-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, JIRA.baseUrl(), secret);
    }

    @Test
    void resolvedIncidentGetsADraftWithCommentsAndStatusChangesAndStateOnTheIssue() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-231", "10231", 3, 10);

        HttpResponse<String> answer = deliver(port, clientKey, secret, Webhooks.resolved("INC-231", "10231", "55120").toString(), "wh-1", null);

        assertThat(answer.statusCode()).isEqualTo(204);
        PostMortem draft = awaitDraft("INC-231");
        assertThat(draft.issueId()).isEqualTo("10231");
        assertThat(draft.header().incidentId()).isEqualTo("INC-2026-0231");
        assertThat(draft.header().title()).isEqualTo("Checkout API 5xx spike");
        assertThat(draft.header().severity()).hasToString("P1");
        // the engine drops pure noise ("Update #1"); the rich first comment and the transition to Resolved stay
        assertThat(draft.timeline()).extracting(TimelineEntry::source).contains("comment:30000", "changelog:55009");
        assertThat(draft.timeline()).anyMatch(r -> r.source().equals("changelog:55009") && r.event().contains("Resolved"));
        assertThat(draft.timeline()).anyMatch(r -> r.source().equals("comment:30000") && r.event().contains("rolled back"));
        // nothing in these comments states a key time: the ticket's creation and its transition are offered, not chosen
        assertThat(draft.keyTimes().detected().at()).isNull();
        assertThat(draft.keyTimes().detected().candidates()).anySatisfy(c -> assertThat(c.at()).isEqualTo(JiraJson.T0));
        assertThat(draft.keyTimes().resolved().candidates()).anySatisfy(c -> assertThat(c.source()).isEqualTo("changelog:55009"));
        assertThat(draft.supportingEvidence()).extracting(EvidenceLink::kind).contains("CHAT", "RELATED_INCIDENT");
        assertThat(draft.suggestions()).containsKey("recurrence");

        await("job DONE", Duration.ofSeconds(10), () -> jobs.find(clientKey, "INC-231").map(j -> j.state() == State.DONE).orElse(false));
        JIRA.verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-231/properties/postmortem"))
                .withRequestBody(matchingJsonPath("$.state", equalTo("DRAFT")))
                .withRequestBody(matchingJsonPath("$.draftVersion", equalTo("1"))));
        // the client percent-encodes ':' in the path segment; Jira decodes it to the same property key
        JIRA.verify(putRequestedFor(urlPathMatching("/rest/api/3/issue/INC-231/properties/com\\.atlassian\\.jira\\.issue(:|%3A)"
                + "postmortem-facilitator(:|%3A)postmortem-glance(:|%3A)status"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("lozenge")))
                .withRequestBody(matchingJsonPath("$.value.label", equalTo("Draft 0/10"))));

        HttpResponse<String> status = IntakeTestSupport.getIntake(port, ConnectFixtures.contextJwt(clientKey, secret, JiraJson.DANA, "INC-231"), "INC-231");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json.readTree(status.body()).path("state").asString()).isEqualTo("DONE");
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    @Test
    void resolvedAgainAfterAReopenRefreshesTheDraftAndKeepsEveryHumanEdit() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-235", "10235", 3, 10);
        deliver(port, clientKey, secret, Webhooks.resolved("INC-235", "10235", "61001").toString(), "wh-r1", null);
        PostMortem first = awaitDraft("INC-235");
        await("first job DONE", Duration.ofSeconds(10), () -> jobs.find(clientKey, "INC-235").map(j -> j.state() == State.DONE).orElse(false));

        // a person works on the draft in the panel
        PostMortem edited = drafts.update(clientKey, first.toBuilder()
                .answers(first.answers().with(io.postmortem.postmortem.Question.FIX, "Rolled back checkout 4.2.1"))
                .timeline(new ArrayList<>(first.timeline()) {{
                    add(new TimelineEntry(JiraJson.T0.plusSeconds(90), "Sam", "Support saw failed payments", "manual", false));
                }}).build(), first.version());

        // reopened, then resolved again: Jira now has one more comment
        JiraJson.stubCommentPages(JIRA, "INC-235", 4, 100, 0);
        deliver(port, clientKey, secret, Webhooks.resolved("INC-235", "10235", "61002").toString(), "wh-r2", null);

        await("refreshed draft", Duration.ofSeconds(20), () -> drafts.find(clientKey, "INC-235").map(d -> d.version() > edited.version()).orElse(false));
        PostMortem refreshed = drafts.find(clientKey, "INC-235").orElseThrow();
        assertThat(refreshed.answers().fix()).isEqualTo("Rolled back checkout 4.2.1");
        assertThat(refreshed.timeline()).anyMatch(r -> r.manual() && r.event().equals("Support saw failed payments"));
        assertThat(refreshed.timeline()).filteredOn(r -> r.source().equals("comment:30000")).hasSize(1);
        assertThat(refreshed.version()).isEqualTo(edited.version() + 1);
    }

    @Test
    void nonResolvingEditAndNonIncidentMakeNoDraft() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-232", "10232", 1, 1);
        IntakeTestSupport.stubIncident(JIRA, "INC-233", "10233", 1, 1);

        assertThat(deliver(port, clientKey, secret, Webhooks.priorityEdit("INC-232", "10232", "60001").toString(), "wh-edit", null).statusCode()).isEqualTo(204);
        assertThat(deliver(port, clientKey, secret, Webhooks.resolvedOfType("INC-233", "10233", "60002", "Task").toString(), "wh-task", null).statusCode()).isEqualTo(204);

        awaitWebhookJobsDone();
        assertThat(drafts.exists(clientKey, "INC-232")).isFalse();
        assertThat(drafts.exists(clientKey, "INC-233")).isFalse();
        assertThat(jobs.find(clientKey, "INC-232")).isEmpty();
        assertThat(jobs.find(clientKey, "INC-233")).isEmpty();
        JIRA.verify(0, getRequestedFor(urlPathMatching("/rest/api/3/issue/INC-23[23].*")));
    }

    @Test
    void resolvedToClosedDoesNotFireAgainEvenWithNothingRemembered() throws Exception {
        // a fresh installation: this app instance has seen none of its statuses, as after a restart
        IntakeTestSupport.stubIncident(JIRA, "INC-236", "10236", 1, 1);
        var webhook = Webhooks.resolved("INC-236", "10236", "60010");
        ObjectNode item = (ObjectNode) webhook.path("changelog").path("items").get(1);
        item.put("from", "10004").put("fromString", "Resolved").put("to", "6").put("toString", "Closed");
        ((ObjectNode) webhook.path("issue").path("fields").path("status")).put("id", "6").put("name", "Closed");

        assertThat(deliver(port, clientKey, secret, webhook.toString(), "wh-closed", null).statusCode()).isEqualTo(204);

        awaitWebhookJobsDone();
        assertThat(drafts.exists(clientKey, "INC-236")).isFalse();
        assertThat(jobs.find(clientKey, "INC-236")).isEmpty();
        JIRA.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/status/10004")));
        JIRA.verify(0, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-236")));
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    @Test
    void eventsCausedByTheAppItselfAreIgnored() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-234", "10234", 1, 1);
        var webhook = Webhooks.resolved("INC-234", "10234", "60003");
        webhook.set("user", JiraJson.user(IntakeTestSupport.APP_ACCOUNT, "Post-Mortem Facilitator", "app"));

        assertThat(deliver(port, clientKey, secret, webhook.toString(), "wh-own", null).statusCode()).isEqualTo(204);

        awaitWebhookJobsDone();
        assertThat(drafts.exists(clientKey, "INC-234")).isFalse();
        JIRA.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/myself")));
    }

    @Test
    void everyCommentAndChangelogEntryArrivesAcrossPages() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-240", "10240", 0, 0);
        IntakeTestSupport.stubDistinctPages(JIRA, "INC-240", 120, 250);

        deliver(port, clientKey, secret, Webhooks.resolved("INC-240", "10240", "70001").toString(), "wh-paged", null);

        PostMortem draft = awaitDraft("INC-240");
        assertThat(draft.timeline().stream().filter(r -> r.source().startsWith("comment:")).map(TimelineEntry::source).distinct())
                .hasSize(120);
        assertThat(draft.timeline().stream().filter(r -> r.source().startsWith("changelog:")).map(TimelineEntry::source).distinct())
                .hasSize(250);
        JIRA.verify(3, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-240/changelog")));
        JIRA.verify(2, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-240/comment")));
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    @Test
    void rateLimitWithRetryAfterThenSuccess() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-250", "10250", 2, 2);
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-250")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("RateLimit-Reason", "jira-burst-based").withHeader("Content-Type", "application/json")
                        .withBody(JiraJson.errors("Rate limit exceeded.").toString()))
                .willSetStateTo("ok"));
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-250")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(JiraJson.issue("INC-250", "10250").toString())));
        IntakeTestSupport.FastRetries.WAITS.clear();

        deliver(port, clientKey, secret, Webhooks.resolved("INC-250", "10250", "70002").toString(), "wh-429", null);

        PostMortem draft = awaitDraft("INC-250");
        assertThat(draft.header().title()).isEqualTo("Checkout API 5xx spike");
        assertThat(IntakeTestSupport.FastRetries.WAITS).anyMatch(d -> d.compareTo(Duration.ofSeconds(1)) >= 0);
        JIRA.verify(2, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-250")));
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    @Test
    void threeServiceUnavailableThenSuccess() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-251", "10251", 2, 2);
        String state = STARTED;
        for (int i = 1; i <= 3; i++) {
            JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-251/comment")).inScenario("503").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")).willSetStateTo("fail" + i));
            state = "fail" + i;
        }
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-251/comment")).inScenario("503").whenScenarioStateIs(state)
                .willReturn(okJson(JiraJson.commentPage(0, 100, 2).toString())));

        deliver(port, clientKey, secret, Webhooks.resolved("INC-251", "10251", "70003").toString(), "wh-503", null);

        PostMortem draft = awaitDraft("INC-251");
        assertThat(draft.timeline()).extracting(TimelineEntry::source).contains("comment:30000");
        JIRA.verify(4, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-251/comment")));
    }

    @Test
    void aBuildThatStillFailsAfterTheClientRetriesIsRetriedLaterByTheJob() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-252", "10252", 2, 2);
        // 5 answers of 503 exhaust the client's 4 retries (attempt 1 of the job fails), then Jira recovers
        String state = STARTED;
        for (int i = 1; i <= 5; i++) {
            JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-252/remotelink")).inScenario("down").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("down" + i));
            state = "down" + i;
        }
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-252/remotelink")).inScenario("down").whenScenarioStateIs(state)
                .willReturn(okJson(JiraJson.remoteLinks().toString())));

        deliver(port, clientKey, secret, Webhooks.resolved("INC-252", "10252", "70007").toString(), "wh-down", null);

        awaitDraft("INC-252");
        await("job DONE", Duration.ofSeconds(10), () -> jobs.find(clientKey, "INC-252").map(j -> j.state() == State.DONE).orElse(false));
        assertThat(jobs.find(clientKey, "INC-252").orElseThrow().attempts()).isEqualTo(2);
        JIRA.verify(6, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-252/remotelink")));
    }

    @Test
    void unauthorizedFromJiraFailsTheJobVisiblyWithAClearMessage() throws Exception {
        JIRA.stubFor(get(urlPathMatching("/rest/api/3/.*")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(JiraJson.errors("Client must be authenticated to access this resource.").toString())));
        JIRA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching("/rest/api/3/.*"))
                .willReturn(aResponse().withStatus(401)));

        assertThat(deliver(port, clientKey, secret, Webhooks.resolved("INC-260", "10260", "70004").toString(), "wh-401", null).statusCode()).isEqualTo(204);

        await("job FAILED", Duration.ofSeconds(15), () -> jobs.find(clientKey, "INC-260").map(j -> j.state() == State.FAILED).orElse(false));
        IntakeJob job = jobs.find(clientKey, "INC-260").orElseThrow();
        assertThat(job.lastError()).contains("refused the app's credentials (401)");
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(drafts.exists(clientKey, "INC-260")).isFalse();

        HttpResponse<String> status = IntakeTestSupport.getIntake(port, ConnectFixtures.contextJwt(clientKey, secret, JiraJson.DANA, "INC-260"), "INC-260");
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(status.body());
        assertThat(body.path("state").asString()).isEqualTo("FAILED");
        assertThat(body.path("lastError").asString()).contains("Jira refused the app's credentials (401)");

        HttpResponse<String> otherIssue = IntakeTestSupport.getIntake(port, ConnectFixtures.contextJwt(clientKey, secret, JiraJson.DANA, "INC-999"), "INC-260");
        assertThat(otherIssue.statusCode()).isEqualTo(403);
        assertThat(json.readTree(otherIssue.body()).has("error")).isTrue();
        // a token without the issue in its context sees nothing of the job either (contract: 403), as on every
        // /api/postmortems endpoint: a context token of no issue, and a request-bound token
        HttpResponse<String> noIssue = IntakeTestSupport.getIntake(port, ConnectFixtures.contextJwt(clientKey, secret, JiraJson.DANA, null), "INC-260");
        assertThat(noIssue.statusCode()).as(noIssue.body()).isEqualTo(403);
        assertThat(json.readTree(noIssue.body()).path("error").asString()).contains("carries no issue");
        assertThat(noIssue.body()).doesNotContain("FAILED").doesNotContain("refused the app's credentials");
        HttpResponse<String> requestBound = IntakeTestSupport.getIntake(port,
                ConnectFixtures.requestJwt(clientKey, secret, "GET", "/api/postmortems/INC-260/intake"), "INC-260");
        assertThat(requestBound.statusCode()).as(requestBound.body()).isEqualTo(403);
        assertThat(requestBound.body()).doesNotContain("FAILED");
    }

    @Test
    void tenConcurrentDeliveriesAndARetryMakeOneJobAndOneDraft() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-270", "10270", 2, 2);
        String body = Webhooks.resolved("INC-270", "10270", "70005").toString();
        double dedupBefore = meters.counter("postmortem.webhooks.deduplicated").count();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<HttpResponse<String>> call = () -> deliver(port, clientKey, secret, body, "wh-270", null);
            answers.add(pool.submit(call));
        }
        for (Future<HttpResponse<String>> f : answers) assertThat(f.get().statusCode()).isEqualTo(204);
        pool.shutdown();
        assertThat(deliver(port, clientKey, secret, body, "wh-270", 1).statusCode()).isEqualTo(204);
        // the same change delivered under another identifier (e.g. a second registration) is also recognised
        assertThat(deliver(port, clientKey, secret, body, "wh-270-other", null).statusCode()).isEqualTo(204);

        PostMortem draft = awaitDraft("INC-270");
        await("job DONE", Duration.ofSeconds(10), () -> jobs.find(clientKey, "INC-270").map(j -> j.state() == State.DONE).orElse(false));
        awaitWebhookJobsDone();
        Thread.sleep(500); // a second job, if one had been stored, would run within the poll interval
        assertThat(drafts.find(clientKey, "INC-270").orElseThrow().version()).isEqualTo(draft.version()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ? and issue_id = '10270'").param(clientKey)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(meters.counter("postmortem.webhooks.deduplicated").count() - dedupBefore).isEqualTo(11);
        JIRA.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-270")));
    }

    @Test
    void reconciliationQueuesRecentlyResolvedIncidentsThatHaveNoDraft() throws Exception {
        IntakeTestSupport.stubIncident(JIRA, "INC-290", "10290", 1, 1);
        JIRA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("resolved >= -2d")).atPriority(1)
                .willReturn(okJson(JiraJson.searchPage(List.of(JiraJson.foundIssue("10290", "INC-290", null, null)), null).toString())));

        assertThat(reconciler.reconcile(clientKey)).isEqualTo(1);

        awaitDraft("INC-290");
        await("job DONE", Duration.ofSeconds(10), () -> jobs.find(clientKey, "INC-290").map(j -> j.state() == State.DONE).orElse(false));
        assertThat(jobs.find(clientKey, "INC-290").orElseThrow().cause()).isEqualTo("RECONCILE");
        assertThat(reconciler.reconcile(clientKey)).as("the incident has its draft now").isZero();
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    @Test
    void badDeliveriesAreRefusedAndNothingIsStored() throws Exception {
        int seenBefore = count("intake_webhook_seen");
        int tasksBefore = count("scheduled_tasks");
        String good = Webhooks.resolved("INC-280", "10280", "70006").toString();

        HttpResponse<String> unknown = deliver(port, "no-such-installation", secret, good, "wh-x1", null);
        assertThat(unknown.statusCode()).isEqualTo(401);
        HttpResponse<String> badJwt = deliver(port, clientKey, ConnectFixtures.randomSecret(), good, "wh-x2", null);
        assertThat(badJwt.statusCode()).isEqualTo(401);
        HttpResponse<String> malformed = deliver(port, clientKey, secret, "{\"issue\": {\"key\": ", "wh-x3", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).path("error").asString()).contains("Malformed webhook");
        HttpResponse<String> notAWebhook = deliver(port, clientKey, secret, "[1,2,3]", "wh-x4", null);
        assertThat(notAWebhook.statusCode()).isEqualTo(400);
        String huge = "{\"issue\":{\"key\":\"INC-280\"},\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        HttpResponse<String> tooLarge = deliver(port, clientKey, secret, huge, "wh-x5", null);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).path("error").asString()).contains("too large");
        HttpResponse<String> tooLargeChunked = deliver(port, clientKey, secret, chunked(huge), "wh-x6", null);
        assertThat(tooLargeChunked.statusCode()).as("no Content-Length: counted while read").isEqualTo(413);

        assertThat(count("intake_webhook_seen")).isEqualTo(seenBefore);
        assertThat(count("scheduled_tasks")).isEqualTo(tasksBefore);
        assertThat(JIRA.getAllServeEvents()).isEmpty();
    }

    @Test
    void identifiersThatDoNotFitTheirColumnsAre400OnEveryRetryAndNothingIsStored() throws Exception {
        int seenBefore = count("intake_webhook_seen");
        int changesBefore = count("intake_change_seen");
        int tasksBefore = count("scheduled_tasks");
        String longIssueId = Webhooks.resolved("INC-283", "1".repeat(33), "70008").toString();
        String longChangelogId = Webhooks.resolved("INC-283", "10283", "7".repeat(33)).toString();
        String longKey = Webhooks.resolved("INC-" + "9".repeat(61), "10283", "70009").toString();
        String controlInId = Webhooks.resolved("INC-283", "102\u000083", "70010").toString();

        for (int retry = 0; retry < 2; retry++) { // Jira retries: the same clear answer every time
            HttpResponse<String> issueId = deliver(port, clientKey, secret, longIssueId, "wh-long-1", retry == 0 ? null : retry);
            assertThat(issueId.statusCode()).as(issueId.body()).isEqualTo(400);
            assertThat(issueId.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            JsonNode error = json.readTree(issueId.body());
            assertThat(error.path("error").asString()).contains("Malformed webhook");
            assertThat(error.path("details").toString()).contains("issue.id: at most 32 characters (got 33)");
            assertThat(issueId.body()).doesNotContain("Exception").doesNotContain("at io.postmortem");

            HttpResponse<String> changelogId = deliver(port, clientKey, secret, longChangelogId, "wh-long-2", retry == 0 ? null : retry);
            assertThat(changelogId.statusCode()).isEqualTo(400);
            assertThat(json.readTree(changelogId.body()).path("details").toString()).contains("changelog.id: at most 32 characters (got 33)");
        }
        HttpResponse<String> key = deliver(port, clientKey, secret, longKey, "wh-long-3", null);
        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(json.readTree(key.body()).path("details").toString()).contains("issue.key: at most 64 characters (got 65)");
        HttpResponse<String> control = deliver(port, clientKey, secret, controlInId, "wh-long-4", null);
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(json.readTree(control.body()).path("details").toString()).contains("issue.id: must not contain spaces or control characters");

        assertThat(count("intake_webhook_seen")).isEqualTo(seenBefore);
        assertThat(count("intake_change_seen")).isEqualTo(changesBefore);
        assertThat(count("scheduled_tasks")).isEqualTo(tasksBefore);

        // at the limits: accepted and stored, with an identifier too long to keep treated as absent
        stubIncidentForDedupOnly();
        String fits = Webhooks.startedWork("INC-" + "9".repeat(60), "1".repeat(32), "7".repeat(32)).toString();
        HttpResponse<String> accepted = deliver(port, clientKey, secret, fits, "w".repeat(300), null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ? and changelog_id = ?")
                .params(clientKey, "7".repeat(32)).query(Integer.class).single()).isEqualTo(1);
    }

    /** Work starting on an incident starts no build; nothing needs answering from Jira beyond the app's own account. */
    private void stubIncidentForDedupOnly() {
        IntakeTestSupport.stubCommon(JIRA);
    }

    @Test
    void aDeliveryWithoutAChangelogIdIsDeduplicatedByItsIdentifier() throws Exception {
        String body = Webhooks.startedWork("INC-282", "10282", null).toString();
        double dedupBefore = meters.counter("postmortem.webhooks.deduplicated").count();

        assertThat(deliver(port, clientKey, secret, body, "wh-282", null).statusCode()).isEqualTo(204);
        assertThat(deliver(port, clientKey, secret, body, "wh-282", 1).statusCode()).as("Jira's retry").isEqualTo(204);
        assertThat(deliver(port, clientKey, secret, body, "wh-282-b", null).statusCode()).isEqualTo(204);

        assertThat(meters.counter("postmortem.webhooks.deduplicated").count() - dedupBefore).as("the retry only").isEqualTo(1);
        assertThat(jdbc.sql("select webhook_id from intake_webhook_seen where client_key = ? and webhook_id like 'wh-282%' order by webhook_id")
                .param(clientKey).query(String.class).list()).containsExactly("wh-282", "wh-282-b");
    }

    @Test
    void irrelevantDeliveriesAreAnswered204AndLeaveNoJobAndNoRow() throws Exception {
        double ignoredBefore = meters.counter("postmortem.webhooks.ignored", "reason", "irrelevant").count();
        ObjectNode commented = Webhooks.base("INC-284", "10284", "Incident", "3", "In Progress", "indeterminate")
                .put("issue_event_type_name", "issue_commented");
        commented.putObject("comment").put("id", "40001").put("body", "Rolled back the deploy");
        List<String> irrelevant = List.of(
                Webhooks.priorityEdit("INC-284", "10284", "71001").toString(), // an incident, but no status change
                commented.toString(), // no changelog at all
                Webhooks.resolvedOfType("TASK-9", "10900", "71002", "Task").toString(), // a status change, not an incident
                // an assignee change of an issue that is no published action item
                Webhooks.base("TASK-10", "10901", "Task", "3", "In Progress", "indeterminate")
                        .set("changelog", Webhooks.F.objectNode().put("id", "71003").set("items", Webhooks.F.arrayNode()
                                .add(JiraJson.changeItem("assignee", "assignee", null, null, JiraJson.DANA, "Dana Ops")))).toString());
        int n = 0;
        for (String body : irrelevant) {
            assertThat(deliver(port, clientKey, secret, body, "wh-irrelevant-" + n++, null).statusCode()).isEqualTo(204);
        }

        // this installation's rows only: jobs of earlier tests may still be finishing meanwhile
        assertThat(jdbc.sql("select count(*) from intake_webhook_seen where client_key = ?").param(clientKey).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ?").param(clientKey).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where substr(task_instance, 1, ?) = ?")
                .params(clientKey.length() + 1, clientKey + "|").query(Integer.class).single()).isZero();
        assertThat(meters.counter("postmortem.webhooks.ignored", "reason", "irrelevant").count() - ignoredBefore).isEqualTo(4);
        // decided without asking Jira (the WireMock is shared: a job of an earlier test may still be calling it)
        assertThat(JIRA.getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
                .noneMatch(url -> url.contains("INC-284") || url.contains("TASK-9") || url.contains("TASK-10")
                        || url.contains("10284") || url.contains("1090"));
    }

    @Test
    void aDeliveryWithoutContentLengthIsReadToItsEnd() throws Exception {
        // 100 KB after the ids: a body read only in part would not parse, and would be answered 400
        String body = Webhooks.startedWork("INC-281", "10281", "70007").put("pad", "y".repeat(100_000)).toString();

        HttpResponse<String> response = deliver(port, clientKey, secret, chunked(body), "wh-chunked-1", null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from intake_change_seen where client_key = ? and changelog_id = '70007'").param(clientKey)
                .query(Integer.class).single()).as("accepted and stored").isEqualTo(1);
    }

    /** A body sent chunked (the client does not know its length in advance). */
    private static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private PostMortem awaitDraft(String issueKey) throws InterruptedException {
        await("draft of " + issueKey, Duration.ofSeconds(20), () -> drafts.exists(clientKey, issueKey));
        return drafts.find(clientKey, issueKey).orElseThrow();
    }

    private void awaitWebhookJobsDone() throws InterruptedException {
        await("webhook jobs of the installation to finish", Duration.ofSeconds(10), () -> jdbc.sql(
                "select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(io.postmortem.webhooks.WebhookTasks.WEBHOOK, clientKey + "|%").query(Integer.class).single() == 0);
    }
}
