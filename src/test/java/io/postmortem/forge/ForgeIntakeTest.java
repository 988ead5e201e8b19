package io.postmortem.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.intake.IntakeJob;
import io.postmortem.intake.IntakeJobRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.TestClock;
import tools.jackson.databind.node.ObjectNode;

/**
 * Forge's {@code avi:jira:updated:issue} trigger end to end: the event for a resolved incident is answered at once,
 * the same durable intake job as the Connect webhook builds the draft under the installation's tenant, and every call
 * to Jira goes to the installation's {@code apiBaseUrl} with {@code Authorization: Bearer <system token>} and is
 * valid against the official OpenAPI file. Forge's retries are no second job; a job whose token expired waits for
 * the next tick instead of failing.
 */
class ForgeIntakeTest extends ForgeHttpTestBase {

    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String APP_ACCOUNT = "557058:forge-app-postmortem";

    static {
        SITE.start();
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    @Autowired
    DraftRepository drafts;
    @Autowired
    IntakeJobRepository jobs;
    @Autowired
    io.postmortem.atlassian.TenantSites tenantSites;

    @BeforeEach
    void site() {
        SITE.resetAll();
        stubRegistration(SITE, null);
        site(SITE);
    }

    /** Everything the intake reads and writes for one resolved incident, as Jira Cloud answers. */
    static void stubIncident(String key, String id) {
        JiraJson.stubIncident(SITE, key, id, 3, 10);
        SITE.stubFor(get(urlPathEqualTo("/rest/api/3/myself"))
                .willReturn(okJson(JiraJson.user(APP_ACCOUNT, "Post-Mortem Facilitator", "app").toString())));
        SITE.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(okJson(JiraJson.searchPage(List.of(), null).toString())));
        SITE.stubFor(put(urlPathMatching("/rest/api/3/issue/[^/]+/properties/.+")).willReturn(aResponse().withStatus(200)));
        for (String[] st : new String[][] {{"1", "Open", "new"}, {"3", "In Progress", "indeterminate"},
                {"10004", "Resolved", "done"}, {"6", "Closed", "done"}}) {
            SITE.stubFor(get(urlPathEqualTo("/rest/api/3/status/" + st[0]))
                    .willReturn(okJson(JiraJson.status(st[0], st[1], st[2]).toString())));
        }
    }

    /** Forge's event for "INC-x moved from In Progress to Resolved" (the shape of Forge's Jira issue events). */
    static String resolvedEvent(String key, String id, String changelogId) {
        ObjectNode event = JSON.createObjectNode().put("eventType", "avi:jira:updated:issue").put("atlassianId", JiraJson.DANA);
        ObjectNode issue = event.putObject("issue").put("id", id).put("key", key);
        ObjectNode fields = issue.putObject("fields").put("summary", "Checkout API 5xx spike");
        fields.putObject("issuetype").put("id", "10010").put("name", "Incident");
        fields.putObject("project").put("id", "10000").put("key", key.substring(0, key.indexOf('-')));
        fields.putObject("status").put("id", "10004").put("name", "Resolved").putObject("statusCategory").put("key", "done");
        ObjectNode changelog = event.putObject("changelog");
        if (changelogId != null) changelog.put("id", changelogId);
        changelog.putArray("items").add(JiraJson.changeItem("status", "status", "3", "In Progress", "10004", "Resolved"));
        return event.toString();
    }

    @Test
    void aResolvedIncidentGetsItsDraftThroughForgeWithTheSystemTokenOnEveryCall() throws Exception {
        stubIncident("INC-231", "10231");

        HttpResponse<String> answer = forge("POST", "/forge/events/issue-updated", fit().sign(),
                resolvedEvent("INC-231", "10231", "55120"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("outcome").asString()).isEqualTo("ACCEPTED");
        await("the draft", Duration.ofSeconds(20), () -> drafts.exists(installationId, "INC-231"));
        PostMortem draft = drafts.find(installationId, "INC-231").orElseThrow();
        assertThat(draft.issueId()).isEqualTo("10231");
        assertThat(draft.header().title()).isEqualTo("Checkout API 5xx spike");
        assertThat(draft.timeline()).extracting(TimelineEntry::source).contains("comment:30000");
        // links people open point at the site, not at the API gateway
        assertThat(draft.supportingEvidence()).extracting(io.postmortem.postmortem.EvidenceLink::url).filteredOn(u -> u != null)
                .isNotEmpty().noneMatch(u -> u.contains("/ex/jira/"));
        await("job DONE", Duration.ofSeconds(10), () -> jobs.find(installationId, "INC-231")
                .map(j -> j.state() == IntakeJob.State.DONE).orElse(false));

        List<ServeEvent> calls = FORGE.apiCalls();
        assertThat(calls).extracting(c -> c.getRequest().getUrl()).anyMatch(u -> u.contains("/rest/api/3/issue/INC-231"))
                .anyMatch(u -> u.contains("/rest/api/3/issue/INC-231/comment"))
                .anyMatch(u -> u.contains("/rest/api/3/issue/INC-231/changelog"));
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.getRequest().getUrl()).startsWith("/ex/jira/" + cloudId + "/rest/");
            assertThat(call.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + systemToken);
        });
        assertThat(SITE.getAllServeEvents()).hasSameSizeAs(calls);
        OpenApiRecordedRequests.assertAllRequestsValid(SITE);
    }

    @Test
    void forgesRetriesOfAnEventAreNoSecondJob() {
        stubIncident("INC-240", "10240");
        String event = resolvedEvent("INC-240", "10240", "55240");
        String noChangelogId = resolvedEvent("INC-240", "10240", null);

        assertThat(JSON.readTree(forge("POST", "/forge/events/issue-updated", fit().sign(), event).body())
                .path("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(JSON.readTree(forge("POST", "/forge/events/issue-updated", fit().sign(), event).body())
                .path("outcome").asString()).isEqualTo("DUPLICATE");
        // without a changelog id the body itself identifies the delivery
        assertThat(JSON.readTree(forge("POST", "/forge/events/issue-updated", fit().sign(), noChangelogId).body())
                .path("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(JSON.readTree(forge("POST", "/forge/events/issue-updated", fit().sign(), noChangelogId).body())
                .path("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(count("intake_change_seen")).isEqualTo(1);
        assertThat(count("intake_webhook_seen")).isEqualTo(1);
    }

    @Test
    void aMalformedEventIsRefusedWith400AndStoresNothingButTheInstallation() {
        HttpResponse<String> r = forge("POST", "/forge/events/issue-updated", fit().sign(), "{\"eventType\":\"avi:jira:updated:issue\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").asString()).contains("issue");
        assertThat(count("intake_job")).isZero();
        assertThat(count("intake_webhook_seen") + count("intake_change_seen")).isZero();
    }

    @Test
    void aJobWhoseTokenExpiredWaitsForTheNextTickInsteadOfFailing() throws Exception {
        stubIncident("INC-250", "10250");
        assertThat(forge("POST", "/forge/tick", fit().sign(), "{}").statusCode()).isEqualTo(200);
        // the token Forge sent an hour ago has expired, and this event comes without one (as from a misconfigured endpoint)
        jdbc.sql("update forge_installation set system_token_expires_at = :past where installation_id = :id")
                .param("past", java.time.OffsetDateTime.ofInstant(TestClock.now().minusSeconds(60), java.time.ZoneOffset.UTC))
                .param("id", installationId).update();
        forgeInstallations.clearCache();
        String expiredToken = systemToken;
        systemToken = null;
        FORGE.server.resetRequests();

        assertThat(forge("POST", "/forge/events/issue-updated", fit().sign(), resolvedEvent("INC-250", "10250", "55250"))
                .statusCode()).isEqualTo(200);

        await("the build to wait for a token", Duration.ofSeconds(20), () -> jobs.find(installationId, "INC-250")
                .map(j -> j.lastError() != null && j.lastError().contains("system token")).orElse(false));
        IntakeJob job = jobs.find(installationId, "INC-250").orElseThrow();
        assertThat(job.state()).isEqualTo(IntakeJob.State.QUEUED); // waiting, not FAILED
        assertThat(job.lastError()).contains("next scheduled trigger");
        Instant next = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'intake-build-draft'"
                        + " and task_instance like :incident").param("incident", "%INC-250%")
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(next).isAfter(TestClock.now().plus(Duration.ofMinutes(50))); // about one tick from the last one
        // (background jobs of other features may call other installations meanwhile; none may call for this one)
        assertThat(FORGE.apiCalls()).as("nothing was sent without a token")
                .noneMatch(c -> c.getRequest().getUrl().contains("/ex/jira/" + cloudId + "/")
                        || c.getRequest().getUrl().contains("/ex/confluence/" + cloudId + "/"));

        // the reconciler skips a tenant without a token (nothing to call it with) rather than fail on it
        assertThat(tenantSites.jiraTenants()).doesNotContain(installationId);

        // the next tick brings a fresh token: it is kept for the job's next attempt
        systemToken = "forge-system-token-fresh";
        assertThat(forge("POST", "/forge/tick", fit().sign(), "{}").statusCode()).isEqualTo(200);
        assertThat(forgeInstallations.find(installationId).orElseThrow().systemToken()).isEqualTo("forge-system-token-fresh")
                .isNotEqualTo(expiredToken);
        assertThat(forgeInstallations.find(installationId).orElseThrow().tokenValidAt(TestClock.now())).isTrue();
        assertThat(tenantSites.jiraTenants()).contains(installationId);
    }
}
