package io.postmortem.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Jira and Confluence Data Center pair ({@code postmortem.sites.dc.*}, personal access token, context paths) from
 * the signed webhook to the published page: the draft is built from v2 answers (wiki-markup comments read as text,
 * users by name, the changelog by {@code ?expand=changelog}), the automation key saves action items and publishes,
 * the page goes to {@code /rest/api/content} in storage format, the action items to {@code /rest/api/2/issue/bulk}
 * with wiki-text descriptions and assignees by name, linked to the incident. Every request carries the PAT; none goes
 * to a Cloud path.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class StandaloneDataCenterTest extends StandaloneHttpTestBase {

    static final String TENANT = "site:dc";
    static final String INCIDENT = "INC-7";

    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;
    @Autowired
    io.postmortem.followup.FollowUpReminders reminders;
    @Autowired
    io.postmortem.privacy.PersonalDataReporter personalData;

    @BeforeEach
    void incident() {
        Instant created = TestClock.now().minus(Duration.ofHours(6));
        DC.incident(INCIDENT, "10007", created, created.plus(Duration.ofHours(2)));
        settings.save(TENANT, new Settings(FakeDataCenter.SPACE_KEY, null, FakeDataCenter.PROJECT, "Task",
                List.of("postmortem-action"), "Relates", 30, List.of("Incident"), null, List.of(), "UTC", Map.of()), null);
    }

    @Test
    void aDataCenterIncidentGoesFromWebhookToPublishedPageWithLinkedActionItems(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String body = DC.resolvedWebhook(INCIDENT, "70001");
        HttpResponse<String> answer = webhook("dc", body, sign(DC_SECRET, body), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        await("the draft", Duration.ofSeconds(20), () -> drafts.exists(TENANT, INCIDENT));

        PostMortem draft = drafts.find(TENANT, INCIDENT).orElseThrow();
        assertThat(draft.header().title()).isEqualTo("Checkout API 5xx spike");
        assertThat(draft.timeline()).extracting(TimelineEntry::source).contains("comment:40000", "comment:40001");
        String timeline = draft.timeline().toString();
        assertThat(timeline).contains("Rolled back checkout 4.2, errors dropping").doesNotContain("*checkout 4.2*")
                .doesNotContain("[~dana]");
        assertThat(draft.supportingEvidence()).extracting(io.postmortem.postmortem.EvidenceLink::url)
                .contains("https://chat.example/room/42");
        await("the remote link", Duration.ofSeconds(10), () -> !DC.remoteLinks.getOrDefault(INCIDENT, Map.of()).isEmpty());
        assertThat(DC.remoteLinks.get(INCIDENT).values()).anySatisfy(link -> assertThat(link.path("object").path("url").asString())
                .isEqualTo("https://postmortem.test/postmortems/dc/" + INCIDENT));

        // the automation key adds two owned, due action items and publishes
        ObjectNode doc = (ObjectNode) JSON.readTree(api("GET", "/api/postmortems/" + INCIDENT, DC_KEY, null, null).body());
        doc.put("summary", "Card payments failed for two hours after the checkout 4.2 deploy. Rolling back restored "
                + "service. A connection pool limit lowered in 4.2 exhausted under peak load. Recurrence risk is medium until a canary stage exists.");
        ((ObjectNode) doc.path("rootCause")).put("sentence", "The 4.2 release lowered the database connection pool limit, "
                + "which was exhausted under peak checkout load.");
        ArrayNode items = doc.putArray("actionItems");
        // due within the reminder window (3 days by default), so the follow-through has something to say at once
        String due = TestClock.today().plusDays(2).toString();
        items.addObject().put("id", "a1").put("summary", "Alert on checkout 5xx rate above 2% for 5 minutes")
                .put("description", "Page the payments on-call; runbook link in the alert")
                .put("ownerAccountId", "dana").put("ownerDisplayName", "Dana Ops").put("due", due)
                .put("preventsRecurrence", "DETECTS_ONLY").put("status", "Open");
        items.addObject().put("id", "a2").put("summary", "Add a canary stage to the checkout deploy pipeline")
                .put("description", "Roll out to 5% first and stop on error budget burn")
                .put("ownerAccountId", "mia").put("ownerDisplayName", "Mia Krystof").put("due", due)
                .put("preventsRecurrence", "YES").put("status", "Open");
        HttpResponse<String> saved = api("PUT", "/api/postmortems/" + INCIDENT, DC_KEY, "application/json", doc.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        HttpResponse<String> started = api("POST", "/api/postmortems/" + INCIDENT + "/publish", DC_KEY, null, null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode[] publication = new JsonNode[1];
        await("publication DONE", Duration.ofSeconds(30), () -> {
            publication[0] = JSON.readTree(api("GET", "/api/postmortems/" + INCIDENT + "/publication", DC_KEY, null, null).body());
            return List.of("DONE", "FAILED").contains(publication[0].path("state").asString());
        });
        assertThat(publication[0].path("state").asString()).as(publication[0].toString()).isEqualTo("DONE");

        assertThat(DC.pages.values()).anySatisfy(page -> assertThat(page.body()).contains(INCIDENT));
        assertThat(publication[0].path("pageId").asString()).isIn(DC.pages.keySet());
        assertThat(DC.actionItems()).hasSize(2).allSatisfy(issue -> {
            assertThat(issue.linkedTo()).contains(INCIDENT);
            assertThat(issue.fields().path("description").isString()).isTrue();
            assertThat(issue.fields().path("duedate").asString()).isEqualTo(due);
        });
        assertThat(DC.actionItems()).extracting(i -> i.fields().path("assignee").path("name").asString())
                .containsExactlyInAnyOrder("dana", "mia");
        assertThat(publication[0].path("actionItems")).hasSize(2)
                .allSatisfy(item -> assertThat(item.path("jiraKey").asString()).startsWith(FakeDataCenter.PROJECT + "-"));

        // the DC dialect only, with the PAT on every request (the fake refuses anything else with 401/404)
        var urls = DC.server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList();
        assertThat(urls).anyMatch(u -> u.startsWith("/jira/rest/api/2/issue/" + INCIDENT + "?") && u.contains("expand=changelog"))
                .anyMatch(u -> u.startsWith("/jira/rest/api/2/issue/bulk"))
                .anyMatch(u -> u.startsWith("/confluence/rest/api/content"))
                .noneMatch(u -> u.contains("/rest/api/3/") || u.contains("/api/v2/"));
        assertThat(DC.server.getAllServeEvents()).allSatisfy(e -> {
            assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + PAT);
            assertThat(e.getResponse().getStatus()).as(e.getRequest().getUrl()).isLessThan(400);
        });
        // the follow-through reaches the owners through Data Center's notify, by user name, once
        assertThat(reminders.run(TENANT).sent()).isEqualTo(2);
        assertThat(reminders.run(TENANT).sent()).isZero();
        assertThat(DC.actionItems()).allSatisfy(issue -> assertThat(DC.notifications.get(issue.key())).singleElement()
                .satisfies(n -> assertThat(n.path("to").path("users").get(0).path("name").asString()).isIn("dana", "mia")));
        assertThat(DC.server.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain("/rest/api/3/"));

        // a site reached without an app has no personal data reporting API to call (its accounts are the operator's)
        personalData.reportAll();
        assertThat(DC.server.getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("report-accounts"));

        // the site's secrets never reach the logs
        assertThat(output.getAll()).doesNotContain(PAT).doesNotContain(DC_SECRET).doesNotContain(DC_KEY);
    }

    @Test
    void aWebhookSignedWithAnotherSecretIsRefusedAndNothingIsStored() {
        String body = DC.resolvedWebhook(INCIDENT, "70002");
        assertThat(webhook("dc", body, sign(CLOUD_SECRET, body), null).statusCode()).isEqualTo(401);
        assertThat(webhook("dc", body, null, null).statusCode()).isEqualTo(401);
        assertThat(count("intake_job") + count("intake_change_seen") + count("intake_webhook_seen")).isZero();
    }
}
