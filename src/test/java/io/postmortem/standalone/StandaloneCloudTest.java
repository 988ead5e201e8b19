package io.postmortem.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Jira Cloud site with no app installed ({@code postmortem.sites.cloud.*}): Jira's admin webhook, signed with the
 * site's secret, builds the draft under the tenant {@code site:cloud}; every call to the site carries Basic
 * {@code email:token} and is valid against the OpenAPI file; the incident gets a remote link to the draft's page.
 * Unsigned, forged, wrongly signed and replayed webhooks store nothing more. Automation keys open the site's API.
 */
class StandaloneCloudTest extends StandaloneHttpTestBase {

    static final String TENANT = "site:cloud";

    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;

    @BeforeEach
    void incident() {
        CLOUD.incident("INC-231"); // the site holds the incidents; their reads are stubbed below as Jira answers them
        CLOUD.incident("INC-232");
        JiraJson.stubIncident(CLOUD.server(), "INC-231", "10231", 3, 10);
        JiraJson.stubIncident(CLOUD.server(), "INC-232", "10232", 1, 1);
        CLOUD.server().stubFor(get(urlPathEqualTo("/rest/api/3/myself"))
                .willReturn(okJson(JiraJson.user("712020:service-account", "Post-mortem bot").toString())));
        for (String[] st : new String[][] {{"1", "Open", "new"}, {"3", "In Progress", "indeterminate"},
                {"10004", "Resolved", "done"}, {"6", "Closed", "done"}}) {
            CLOUD.server().stubFor(get(urlPathEqualTo("/rest/api/3/status/" + st[0]))
                    .willReturn(okJson(JiraJson.status(st[0], st[1], st[2]).toString())));
        }
        settings.save(TENANT, new Settings(FakeAtlassianSite.SPACE_KEY, null, FakeAtlassianSite.PROJECT, "Task", List.of("postmortem-action"),
                "Relates", 30, List.of("Incident"), null, List.of(), "UTC", Map.of()), null);
    }

    /** Jira Cloud's {@code jira:issue_updated} admin webhook body: "INC-231 moved from In Progress to Resolved". */
    static String resolved(String key, String id, String changelogId) {
        ObjectNode w = JSON.createObjectNode().put("timestamp", 1_700_000_000_000L).put("webhookEvent", "jira:issue_updated")
                .put("issue_event_type_name", "issue_generic");
        w.set("user", JiraJson.user(JiraJson.DANA, "Dana Ops"));
        ObjectNode issue = w.putObject("issue").put("id", id).put("key", key);
        ObjectNode fields = issue.putObject("fields").put("summary", "Checkout API 5xx spike");
        fields.putObject("issuetype").put("id", "10010").put("name", "Incident");
        fields.putObject("project").put("id", "10000").put("key", key.substring(0, key.indexOf('-')));
        fields.putObject("status").put("id", "10004").put("name", "Resolved").putObject("statusCategory").put("key", "done");
        ObjectNode changelog = w.putObject("changelog");
        if (changelogId != null) changelog.put("id", changelogId);
        changelog.putArray("items").add(JiraJson.changeItem("status", "status", "3", "In Progress", "10004", "Resolved"));
        return w.toString();
    }

    @Test
    void theBriefsSignatureVectorPasses() {
        byte[] body = "Hello World!".getBytes(StandardCharsets.UTF_8);
        String expected = "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9";
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.sign("It's a Secret to Everybody", body)).isEqualTo(expected);
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("It's a Secret to Everybody", body, expected)).isTrue();
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("It's a Secret to Everybody", body, expected.toUpperCase().replace("SHA256", "sha256"))).isTrue();
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("It's a Secret to Everybody", body, "sha1=" + expected.substring(7))).isFalse();
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("another secret", body, expected)).isFalse();
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("It's a Secret to Everybody", "Hello World?".getBytes(StandardCharsets.UTF_8), expected)).isFalse();
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("It's a Secret to Everybody", body, "sha256=zz")).isFalse();
        assertThat(io.postmortem.standalone.webhooks.WebhookSignature.verify("It's a Secret to Everybody", body, "sha256")).isFalse();
    }

    @Test
    void aSignedWebhookBuildsTheDraftWithBasicAuthOnEveryCallAndLinksTheIncidentToItsPage() throws Exception {
        String body = resolved("INC-231", "10231", "55120");
        HttpResponse<String> answer = webhook("cloud", body, sign(CLOUD_SECRET, body), "b1f2c3d4-0000-4000-8000-000000000001");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);

        await("the draft", Duration.ofSeconds(20), () -> drafts.exists(TENANT, "INC-231"));
        PostMortem draft = drafts.find(TENANT, "INC-231").orElseThrow();
        assertThat(draft.header().title()).isEqualTo("Checkout API 5xx spike");
        await("the remote link", Duration.ofSeconds(10), () -> !CLOUD.remoteLinks("INC-231").isEmpty());
        JsonNode link = CLOUD.remoteLinks("INC-231").values().iterator().next();
        assertThat(link.path("globalId").asString()).isEqualTo(DraftLinks.globalId(TENANT, "INC-231"));
        assertThat(link.path("object").path("title").asString()).isEqualTo("Post-mortem draft");
        assertThat(link.path("object").path("url").asString()).isEqualTo("https://postmortem.test/postmortems/cloud/INC-231");

        String basic = "Basic " + Base64.getEncoder().encodeToString((CLOUD_EMAIL + ":" + CLOUD_TOKEN).getBytes(StandardCharsets.UTF_8));
        List<ServeEvent> calls = CLOUD.server().getAllServeEvents();
        assertThat(calls).extracting(c -> c.getRequest().getUrl()).anyMatch(u -> u.startsWith("/rest/api/3/issue/INC-231/changelog"))
                .anyMatch(u -> u.startsWith("/rest/api/3/issue/INC-231/remotelink"));
        assertThat(calls).allSatisfy(c -> assertThat(c.getRequest().getHeader("Authorization")).isEqualTo(basic));
        OpenApiRecordedRequests.assertAllRequestsValid(CLOUD.server());
    }

    @Test
    void unsignedForgedAndReplayedWebhooksAreRefusedOrDroppedAndStoreNothing() throws Exception {
        String body = resolved("INC-232", "10232", "55200");
        HttpResponse<String> unsigned = webhook("cloud", body, null, "id-unsigned");
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(unsigned.body()).path("error").asString()).isEqualTo("Unsigned webhook");
        // signed with another secret, or with the right secret over another body
        assertThat(webhook("cloud", body, sign("guessed secret", body), "id-forged").statusCode()).isEqualTo(401);
        assertThat(webhook("cloud", body, sign(CLOUD_SECRET, body.replace("INC-232", "INC-233")), "id-swapped").statusCode()).isEqualTo(401);
        assertThat(webhook("cloud", body, "sha1=" + sign(CLOUD_SECRET, body).substring(7), "id-sha1").statusCode()).isEqualTo(401);
        // the DC site's secret does not open the Cloud site, and an unknown site has none
        assertThat(webhook("cloud", body, sign(DC_SECRET, body), "id-other-site").statusCode()).isEqualTo(401);
        assertThat(webhook("nosuchsite", body, sign(CLOUD_SECRET, body), "id-unknown").statusCode()).isEqualTo(401);
        assertThat(count("intake_job") + count("intake_webhook_seen") + count("intake_change_seen")).isZero();
        assertThat(drafts.exists(TENANT, "INC-232")).isFalse();

        // accepted once; Jira's retry (same identifier) and a replay under another identifier (same change) are dropped
        assertThat(webhook("cloud", body, sign(CLOUD_SECRET, body), "id-1").statusCode()).isEqualTo(204);
        assertThat(webhook("cloud", body, sign(CLOUD_SECRET, body), "id-1").statusCode()).isEqualTo(204);
        assertThat(webhook("cloud", body, sign(CLOUD_SECRET, body), "id-2").statusCode()).isEqualTo(204);
        assertThat(count("intake_change_seen")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'intake-build-draft'").query(Long.class).single())
                .isLessThanOrEqualTo(1);
        // without a changelog id the identifier de-duplicates
        String noChange = resolved("INC-232", "10232", null);
        assertThat(webhook("cloud", noChange, sign(CLOUD_SECRET, noChange), "id-3").statusCode()).isEqualTo(204);
        assertThat(webhook("cloud", noChange, sign(CLOUD_SECRET, noChange), "id-3").statusCode()).isEqualTo(204);
        assertThat(count("intake_webhook_seen")).isEqualTo(1);
        // a signed body that is no issue event is a 400 and stores nothing
        String notAnEvent = "{\"webhookEvent\":\"jira:issue_updated\"}";
        assertThat(webhook("cloud", notAnEvent, sign(CLOUD_SECRET, notAnEvent), "id-4").statusCode()).isEqualTo(400);
        assertThat(count("intake_webhook_seen")).isEqualTo(1);
    }

    @Test
    void anAutomationKeyOpensItsOwnSitesPostMortemsAndSettingsOnly() throws Exception {
        drafts.insert(TENANT, io.postmortem.testsupport.SeedExample.seedExample().toBuilder().issueKey("INC-231").build());

        HttpResponse<String> read = api("GET", "/api/postmortems/INC-231", CLOUD_KEY, null, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("issueKey").asString()).isEqualTo("INC-231");
        HttpResponse<String> markdown = api("GET", "/api/postmortems/INC-231/export.md", CLOUD_KEY, null, null);
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.body()).startsWith("# Post-Mortem:");
        assertThat(markdown.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("INC-231.md"));

        JsonNode current = JSON.readTree(api("GET", "/api/settings", CLOUD_KEY, null, null).body());
        assertThat(current.path("confluenceSpaceKey").asString()).isEqualTo(FakeAtlassianSite.SPACE_KEY);
        String changed = current.toString().replace("\"defaultDueDays\":30", "\"defaultDueDays\":21");
        HttpResponse<String> saved = api("PUT", "/api/settings", CLOUD_KEY, "application/json", changed);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(settings.get(TENANT).defaultDueDays()).isEqualTo(21);

        // a wrong key, the DC site's key (another tenant: not found), a key outside /api, no key
        assertThat(api("GET", "/api/postmortems/INC-231", "pmk_wrong", null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/postmortems/INC-231", DC_KEY, null, null).statusCode()).isEqualTo(404);
        assertThat(api("POST", "/connect/webhooks/issue-updated", CLOUD_KEY, "application/json", "{}").statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/postmortems/INC-231", null, null, null).statusCode()).isEqualTo(401);
        OpenApiRecordedRequests.assertAllRequestsValid(CLOUD.server());
    }

    @Test
    void secretsNeverShowInTheSitesDescription() {
        var site = new io.postmortem.standalone.SitesProperties.Site(io.postmortem.standalone.SitesProperties.Type.CLOUD,
                java.net.URI.create("https://acme.atlassian.net"), null, CLOUD_EMAIL, CLOUD_TOKEN, null, "client-secret-x",
                null, null, null, null, CLOUD_SECRET, List.of(sha256(CLOUD_KEY)), "login-client", "login-secret-y", null);
        assertThat(site.toString()).doesNotContain(CLOUD_TOKEN).doesNotContain(CLOUD_SECRET).doesNotContain("client-secret-x").doesNotContain("login-secret-y")
                .doesNotContain(sha256(CLOUD_KEY)).contains("apiToken=***");
    }
}
