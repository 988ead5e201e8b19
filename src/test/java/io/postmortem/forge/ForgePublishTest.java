package io.postmortem.forge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.JsonNode;

/**
 * The panel's API through Forge: the Custom UI's transport ({@code POST /forge/ui/call}, a user's FIT) reads the
 * draft, exports it, and publishes it: the page goes to Confluence through the Confluence API base, the action items
 * to Jira through the installation's API base, every call with the Bearer system token, every request valid against
 * the OpenAPI files. A FIT opens only its own issue; the settings need a Jira administrator.
 */
class ForgePublishTest extends ForgeHttpTestBase {

    static final FakeAtlassianSite ATLASSIAN = FakeAtlassianSite.forTests();
    static final String INCIDENT = "INC-42";
    static final String USER = SeedExample.DANA;

    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;
    @Autowired
    io.postmortem.followup.FollowUpReminders reminders;

    static Settings configured() {
        return new Settings(FakeAtlassianSite.SPACE_KEY, null, FakeAtlassianSite.PROJECT, "Task", List.of("postmortem-action"),
                "Relates", 30, List.of("Incident"), null, List.of(), "UTC", Map.of());
    }

    /** The seed example before anything was published: no Jira keys yet. */
    static PostMortem unpublishedSeed() {
        PostMortem seed = SeedExample.seedExample();
        return seed.toBuilder().status(PostMortem.Status.DRAFT).confluencePage(null)
                .actionItems(seed.actionItems().stream().map(a -> new ActionItem(a.id(), a.summary(), a.description(),
                        a.ownerAccountId(), a.ownerDisplayName(), a.due(), a.preventsRecurrence(), "Open", null, null)).toList())
                .build();
    }

    @BeforeEach
    void installedThroughForge() {
        ATLASSIAN.reset();
        stubRegistration(ATLASSIAN.server(), null);
        site(ATLASSIAN.server());
        HttpResponse<String> installed = forge("POST", "/forge/lifecycle", fit().sign(),
                "{\"eventType\":\"avi:forge:installed:app\",\"id\":\"e-1\",\"app\":{\"id\":\"" + FakeForge.APP_ID + "\",\"version\":\"7\"}}");
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(200);
        assertThat(JSON.readTree(installed.body()).path("continuesConnect").asBoolean()).isFalse();
        settings.save(installationId, configured(), USER);
        drafts.insert(installationId, unpublishedSeed());
        FORGE.server.resetRequests();
        ATLASSIAN.server().resetRequests();
    }

    String user() {
        return fit().user(USER, INCIDENT).sign();
    }

    @Test
    void publishingThroughTheForgeTransportCreatesThePageAndTheItems() throws Exception {
        JsonNode read = viaTransport(user(), "GET", "/api/postmortems/" + INCIDENT, null, null);
        assertThat(read.path("status").asInt()).as(read.toString()).isEqualTo(200);
        assertThat(read.path("contentType").asString()).startsWith("application/json");
        JsonNode doc = JSON.readTree(read.path("body").asString());
        assertThat(doc.path("issueKey").asString()).isEqualTo(INCIDENT);

        JsonNode started = viaTransport(user(), "POST", "/api/postmortems/" + INCIDENT + "/publish", null, null);
        assertThat(started.path("status").asInt()).as(started.toString()).isEqualTo(202);
        JsonNode[] publication = new JsonNode[1];
        await("publication DONE", Duration.ofSeconds(30), () -> {
            JsonNode p = JSON.readTree(viaTransport(user(), "GET", "/api/postmortems/" + INCIDENT + "/publication", null, null)
                    .path("body").asString());
            publication[0] = p;
            return List.of("DONE", "FAILED").contains(p.path("state").asString());
        });
        assertThat(publication[0].path("state").asString()).as(publication[0].toString()).isEqualTo("DONE");
        assertThat(publication[0].path("error").isNull() || publication[0].path("error").isMissingNode()).isTrue();

        long items = unpublishedSeed().actionItems().stream().filter(a -> a.summary() != null && !a.summary().isBlank()).count();
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize((int) items)
                .allSatisfy(issue -> assertThat(issue.linkedTo()).contains(INCIDENT));
        assertThat(ATLASSIAN.pages().values()).anySatisfy(page -> {
            assertThat(page.spaceId()).isEqualTo(FakeAtlassianSite.SPACE_ID);
            assertThat(page.body()).contains(INCIDENT);
        });
        assertThat(publication[0].path("pageId").asString()).isIn(ATLASSIAN.pages().keySet());
        assertThat(publication[0].path("actionItems")).hasSize((int) items)
                .allSatisfy(item -> assertThat(item.path("jiraKey").asString()).startsWith(FakeAtlassianSite.PROJECT + "-"));

        // every call went through the API gateway of this installation, with the system token
        List<ServeEvent> calls = FORGE.apiCalls();
        assertThat(calls).extracting(c -> c.getRequest().getUrl())
                .anyMatch(u -> u.startsWith("/ex/confluence/" + cloudId + "/wiki/api/v2/pages"))
                .anyMatch(u -> u.startsWith("/ex/jira/" + cloudId + "/rest/api/3/issue/bulk"));
        assertThat(calls).allSatisfy(call -> {
            String url = call.getRequest().getUrl();
            assertThat(url.startsWith("/ex/jira/" + cloudId + "/rest/") || url.startsWith("/ex/confluence/" + cloudId + "/wiki/"))
                    .as(url).isTrue();
            assertThat(call.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + systemToken);
        });
        assertThat(ATLASSIAN.server().getAllServeEvents()).hasSameSizeAs(calls);
        OpenApiRecordedRequests.assertAllRequestsValid(ATLASSIAN.server());

        // the follow-through works through Forge too: with a week's notice, the items due within it are reminded
        // once, through the gateway with the system token
        settings.save(installationId, configured().withFollowUp(
                new io.postmortem.settings.FollowUpSettings(true, 7, false, null, null)), USER);
        java.time.LocalDate inAWeek = io.postmortem.testsupport.TestClock.today().plusDays(7);
        long dueSoon = drafts.find(installationId, INCIDENT).orElseThrow().actionItems().stream()
                .filter(a -> a.jiraKey() != null && a.due() != null && !a.due().isAfter(inAWeek)).count();
        assertThat(dueSoon).isPositive();
        FORGE.server.resetRequests();
        assertThat(reminders.run(installationId).sent()).isEqualTo((int) dueSoon);
        assertThat(reminders.run(installationId).sent()).isZero();
        assertThat(ATLASSIAN.notifications).hasSize((int) dueSoon);
        assertThat(FORGE.apiCalls()).anyMatch(c -> c.getRequest().getUrl().matches("/ex/jira/" + cloudId + "/rest/api/3/issue/[A-Z]+-\\d+/notify"))
                .allSatisfy(c -> assertThat(c.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + systemToken));
    }

    @Test
    void theTransportCarriesEveryAnswerAsItIs() {
        JsonNode markdown = viaTransport(user(), "GET", "/api/postmortems/" + INCIDENT + "/export.md", null, null);
        assertThat(markdown.path("status").asInt()).isEqualTo(200);
        assertThat(markdown.path("contentType").asString()).startsWith("text/markdown");
        assertThat(markdown.path("body").asString()).contains(INCIDENT);

        JsonNode stale = viaTransport(user(), "PUT", "/api/postmortems/" + INCIDENT, "application/json",
                JSON.readTree(viaTransport(user(), "GET", "/api/postmortems/" + INCIDENT, null, null).path("body").asString())
                        .deepCopy().toString().replaceFirst("\"version\":\\d+", "\"version\":0"));
        assertThat(stale.path("status").asInt()).isEqualTo(409);

        JsonNode pasted = viaTransport(user(), "POST", "/api/postmortems/" + INCIDENT + "/evidence?tz=Europe/Berlin", "text/plain",
                "Dana Ops  9:58 AM\nrolled back the checkout deploy, errors dropping");
        assertThat(pasted.path("status").asInt()).as(pasted.toString()).isEqualTo(200);
        assertThat(JSON.readTree(pasted.path("body").asString()).path("timeline").toString()).contains("rolled back the checkout deploy");
        // the query string travels with the path: without ?tz the same paste is refused
        JsonNode noZone = viaTransport(user(), "POST", "/api/postmortems/" + INCIDENT + "/evidence", "text/plain",
                "Dana Ops  10:02 AM\nerror rate back to normal");
        assertThat(noZone.path("status").asInt()).isEqualTo(400);
        assertThat(noZone.path("body").asString()).contains("ZONE_REQUIRED");

        JsonNode bootstrap = viaTransport(user(), "GET", "/forge/ui/bootstrap", null, null);
        assertThat(bootstrap.path("status").asInt()).isEqualTo(200);
        JsonNode boot = JSON.readTree(bootstrap.path("body").asString());
        assertThat(boot.path("issueKey").asString()).isEqualTo(INCIDENT);
        assertThat(boot.path("mode").asString()).isEqualTo("forge");
        assertThat(boot.path("questions")).hasSize(10);
        assertThat(boot.has("token")).isFalse();
    }

    @Test
    void aForgeTokenOpensOnlyItsOwnIssueAndItsOwnInstallation() {
        assertThat(viaTransport(fit().user(USER, "INC-43").sign(), "GET", "/api/postmortems/" + INCIDENT, null, null)
                .path("status").asInt()).isEqualTo(403);
        assertThat(forge("GET", "/api/postmortems/" + INCIDENT, fit().user(USER, "INC-43").sign(), null).statusCode()).isEqualTo(403);
        // another site's installation with its own token: the draft is not there
        String otherInstallation = FakeForge.installationId(java.util.UUID.randomUUID().toString());
        String otherCloud = java.util.UUID.randomUUID().toString();
        FORGE.route(otherCloud, ATLASSIAN.server());
        HttpResponse<String> other = forge("GET", "/api/postmortems/" + INCIDENT,
                FORGE.fit(otherInstallation, otherCloud).user(USER, INCIDENT).sign(), null);
        assertThat(other.statusCode()).isEqualTo(404);
        // the transport reaches the post-mortem API only
        for (String path : List.of("/forge/tick", "/connect/webhooks/issue-updated", "/admin/configure", "/api/../forge/tick",
                "/api/%2e%2e/forge/tick", "/actuator/health")) {
            assertThat(viaTransport(user(), "POST", path, null, null).path("status").asInt()).as(path).isEqualTo(400);
        }
        // an event or tick token (no user) cannot use the UI endpoints
        assertThat(forge("POST", "/forge/ui/call", fit().sign(), "{\"method\":\"GET\",\"path\":\"/api/settings\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theSettingsPageWorksForAdministratorsOnly() {
        String admin = fit().user(USER, null).sign();
        JsonNode read = viaTransport(admin, "GET", "/api/settings", null, null);
        assertThat(read.path("status").asInt()).isEqualTo(200);
        JsonNode current = JSON.readTree(read.path("body").asString());
        assertThat(current.path("confluenceSpaceKey").asString()).isEqualTo(FakeAtlassianSite.SPACE_KEY);

        String changed = current.deepCopy().toString().replace("\"defaultDueDays\":30", "\"defaultDueDays\":21");
        assertThat(viaTransport(admin, "PUT", "/api/settings", "application/json", changed).path("status").asInt()).isEqualTo(403);
        ATLASSIAN.admins.add(USER);
        JsonNode saved = viaTransport(admin, "PUT", "/api/settings", "application/json", changed);
        assertThat(saved.path("status").asInt()).as(saved.toString()).isEqualTo(200);
        assertThat(settings.get(installationId).defaultDueDays()).isEqualTo(21);
        assertThat(FORGE.apiCalls()).extracting(c -> c.getRequest().getUrl())
                .contains("/ex/jira/" + cloudId + "/rest/api/3/permissions/check");
        OpenApiRecordedRequests.assertAllRequestsValid(ATLASSIAN.server());
    }
}
