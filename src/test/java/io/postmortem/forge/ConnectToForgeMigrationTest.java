package io.postmortem.forge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.forge.installations.ForgeInstallation;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A site that used the app through Connect moves to Forge and loses nothing: its Forge installation keeps its data
 * under the Connect clientKey (learned from Jira's app property, or from the Connect {@code installed} callback that
 * carries the installation id), so its drafts, settings and publications are all there for a FIT-authenticated user,
 * and from then on the app calls the site through Forge (Bearer system token), not with Connect JWTs. A Forge-only
 * installation of another site sees none of it.
 */
class ConnectToForgeMigrationTest extends ForgeHttpTestBase {

    static final FakeAtlassianSite ATLASSIAN = FakeAtlassianSite.forTests();
    static final String INCIDENT = "INC-42";
    static final String USER = SeedExample.DANA;

    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;

    String clientKey;
    String secret;
    PostMortem connectDraft;

    @BeforeEach
    void aConnectSiteWithItsData() {
        ATLASSIAN.reset();
        site(ATLASSIAN.server());
        clientKey = "jira-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, ATLASSIAN.baseUrl(), secret);
        settings.save(clientKey, ForgePublishTest.configured(), USER);
        connectDraft = drafts.insert(clientKey, ForgePublishTest.unpublishedSeed());
    }

    HttpResponse<String> forgeInstalled() {
        return forge("POST", "/forge/lifecycle", fit().sign(),
                "{\"eventType\":\"avi:forge:upgraded:app\",\"app\":{\"id\":\"" + FakeForge.APP_ID + "\",\"version\":\"8\"}}");
    }

    @Test
    void theForgeInstallationContinuesTheConnectClientKeyJiraKeeps() throws Exception {
        stubRegistration(ATLASSIAN.server(), clientKey);

        HttpResponse<String> installed = forgeInstalled();

        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(200);
        assertThat(JSON.readTree(installed.body()).path("continuesConnect").asBoolean()).isTrue();
        ForgeInstallation forge = forgeInstallations.find(installationId).orElseThrow();
        assertThat(forge.tenant()).isEqualTo(clientKey);
        assertThat(forge.connectClientKey()).isEqualTo(clientKey);
        assertTheSiteKeptEverything();
    }

    @Test
    void aConnectInstalledCallbackCarryingTheInstallationIdLinksItToo() throws Exception {
        stubRegistration(ATLASSIAN.server(), null); // Jira's property is gone (e.g. after Connect's end of support)
        ConnectFixtures.SignedInstaller atlassian = new ConnectFixtures.SignedInstaller(FORGE.server, INSTALL_KEYS_PATH);
        ObjectNode body = (ObjectNode) JSON.readTree(ConnectFixtures.lifecycleBody("installed", "postmortem-facilitator", clientKey,
                ATLASSIAN.baseUrl(), secret, "jira"));
        body.put("installationId", installationId);
        HttpResponse<String> connectInstalled = ConnectFixtures.SignedInstaller.post("http://localhost:" + port, "/connect/installed",
                body.toString(), "JWT " + atlassian.token("https://postmortem.test", clientKey, "POST", "/connect/installed"));
        assertThat(connectInstalled.statusCode()).as(connectInstalled.body()).isEqualTo(204);

        assertThat(forgeInstalled().statusCode()).isEqualTo(200);

        assertThat(forgeInstallations.find(installationId).orElseThrow().tenant()).isEqualTo(clientKey);
        assertTheSiteKeptEverything();
    }

    @Test
    void aForgeOnlySiteStartsEmptyAndSeesNoOtherSitesData() {
        stubRegistration(ATLASSIAN.server(), null);
        assertThat(forgeInstalled().statusCode()).isEqualTo(200);
        assertThat(forgeInstallations.find(installationId).orElseThrow().tenant()).isEqualTo(installationId);
        assertThat(forge("GET", "/api/postmortems/" + INCIDENT, fit().user(USER, INCIDENT).sign(), null).statusCode()).isEqualTo(404);
        assertThat(settings.get(installationId).confluenceSpaceKey()).isNotEqualTo(FakeAtlassianSite.SPACE_KEY);
    }

    @Test
    void aReinstallOnTheSameSiteKeepsTheSitesData() {
        stubRegistration(ATLASSIAN.server(), null);
        assertThat(forgeInstalled().statusCode()).isEqualTo(200);
        drafts.insert(installationId, ForgePublishTest.unpublishedSeed());
        // uninstalled, then installed again: Forge gives the new installation a new id
        assertThat(forge("POST", "/forge/uninstalling", fit().sign(), "{}").statusCode()).isEqualTo(200);
        String first = installationId;
        installationId = FakeForge.installationId(UUID.randomUUID().toString());
        assertThat(forgeInstalled().statusCode()).isEqualTo(200);

        assertThat(forgeInstallations.find(installationId).orElseThrow().tenant()).isEqualTo(first);
        assertThat(forgeInstallations.find(first).orElseThrow().installed()).isFalse();
        assertThat(forge("GET", "/api/postmortems/" + INCIDENT, fit().user(USER, INCIDENT).sign(), null).statusCode()).isEqualTo(200);
    }

    private void assertTheSiteKeptEverything() throws Exception {
        String user = fit().user(USER, INCIDENT).sign();
        // the draft, as Connect left it
        HttpResponse<String> draft = forge("GET", "/api/postmortems/" + INCIDENT, user, null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(draft.body());
        assertThat(doc.path("version").asLong()).isEqualTo(connectDraft.version());
        assertThat(doc.path("summary").asString()).isEqualTo(connectDraft.summary());
        assertThat(doc.path("actionItems")).hasSize(connectDraft.actionItems().size());
        // the settings
        HttpResponse<String> s = forge("GET", "/api/settings", fit().user(USER, null).sign(), null);
        assertThat(JSON.readTree(s.body()).path("confluenceSpaceKey").asString()).isEqualTo(FakeAtlassianSite.SPACE_KEY);
        // a save through Forge lands on the same draft
        ObjectNode edited = (ObjectNode) doc.deepCopy();
        edited.withObject("answers").put("worry", "The expiry reminder still goes to a shared mailbox.");
        HttpResponse<String> saved = forge("PUT", "/api/postmortems/" + INCIDENT, user, edited.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(drafts.find(clientKey, INCIDENT).orElseThrow().answers().worry()).contains("shared mailbox");

        // the save writes the glance status off the request thread: let that call finish before counting calls
        await("the glance write after the save", Duration.ofSeconds(10), () -> {
            int site = ATLASSIAN.server().getAllServeEvents().size();
            int gateway = FORGE.apiCalls().size();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return ATLASSIAN.server().getAllServeEvents().size() == site && FORGE.apiCalls().size() == gateway;
        });
        // publishing now goes through Forge: every call to the site carries the system token, none a Connect JWT
        ATLASSIAN.server().resetRequests();
        FORGE.server.resetRequests();
        assertThat(forge("POST", "/api/postmortems/" + INCIDENT + "/publish", user, null).statusCode()).isEqualTo(202);
        await("publication DONE", Duration.ofSeconds(30), () -> List.of("DONE", "FAILED").contains(JSON.readTree(
                forge("GET", "/api/postmortems/" + INCIDENT + "/publication", user, null).body()).path("state").asString()));
        assertThat(JSON.readTree(forge("GET", "/api/postmortems/" + INCIDENT + "/publication", user, null).body())
                .path("state").asString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).isNotEmpty();
        assertThat(ATLASSIAN.server().getAllServeEvents()).isNotEmpty().allSatisfy(call ->
                assertThat(call.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + systemToken));
        assertThat(FORGE.apiCalls()).hasSameSizeAs(ATLASSIAN.server().getAllServeEvents());
        OpenApiRecordedRequests.assertAllRequestsValid(ATLASSIAN.server());

        // while Connect still runs on the site, its tokens reach the same data
        HttpResponse<String> viaConnect = ConnectFixtures.send("GET", "http://localhost:" + port + "/api/postmortems/" + INCIDENT,
                "JWT " + ConnectFixtures.contextJwt(clientKey, secret, USER, INCIDENT), null);
        assertThat(viaConnect.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(viaConnect.body()).path("answers").path("worry").asString()).contains("shared mailbox");
    }
}
