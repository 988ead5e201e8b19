package io.postmortem.forge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.postmortem.forge.installations.ForgeInstallation;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import tools.jackson.databind.JsonNode;

/**
 * Forge Invocation Tokens over real HTTP: a good one registers the installation (tenant, API base, site address, the
 * system token with its expiry); forged, expired, wrong-audience, HS256, unknown-key, wrong-issuer and
 * wrong-environment tokens are refused with 401 and store nothing (no installation, no delivery, no job, no call to
 * Atlassian); a FIT opens only the Forge endpoints and the post-mortem API.
 */
class ForgeAuthenticationTest extends ForgeHttpTestBase {

    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        SITE.start();
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    @BeforeEach
    void site() {
        SITE.resetAll();
        stubRegistration(SITE, null);
        site(SITE);
    }

    static String resolvedEvent() {
        return "{\"eventType\":\"avi:jira:updated:issue\",\"atlassianId\":\"" + JiraJson.DANA + "\",\"issue\":{\"id\":\"10231\","
                + "\"key\":\"INC-231\",\"fields\":{\"issuetype\":{\"id\":\"10010\",\"name\":\"Incident\"},\"project\":{\"id\":\"10000\","
                + "\"key\":\"INC\"},\"status\":{\"id\":\"10004\",\"name\":\"Resolved\",\"statusCategory\":{\"key\":\"done\"}}}},"
                + "\"changelog\":{\"id\":\"55120\",\"items\":[{\"field\":\"status\",\"fieldId\":\"status\",\"from\":\"3\","
                + "\"fromString\":\"In Progress\",\"to\":\"10004\",\"toString\":\"Resolved\"}]}}";
    }

    @Test
    void aGoodTokenRegistersTheInstallationWithItsSystemToken() {
        HttpResponse<String> r = forge("POST", "/forge/tick", fit().sign(), "{}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        ForgeInstallation stored = forgeInstallations.find(installationId).orElseThrow();
        assertThat(stored.tenant()).isEqualTo(installationId); // the site never used the app through Connect
        assertThat(stored.connectClientKey()).isNull();
        assertThat(stored.cloudId()).isEqualTo(cloudId);
        assertThat(stored.apiBaseUrl()).isEqualTo(FORGE.apiBaseUrl(cloudId));
        assertThat(stored.siteUrl()).isEqualTo("https://acme.atlassian.net");
        assertThat(stored.environmentType()).isEqualTo("PRODUCTION");
        assertThat(stored.systemToken()).isEqualTo(systemToken);
        assertThat(stored.systemTokenExpiresAt()).isAfter(io.postmortem.testsupport.TestClock.now().plusSeconds(50 * 60));
        assertThat(stored.lastTickAt()).isNotNull();
        assertThat(stored.toString()).doesNotContain(systemToken);
        // the two registration calls went to the API base with the system token, and are valid Jira requests
        assertThat(FORGE.apiCalls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.getRequest().getUrl()).startsWith("/ex/jira/" + cloudId + "/rest/");
            assertThat(call.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + systemToken);
        });
        OpenApiRecordedRequests.assertAllRequestsValid(SITE);
    }

    @Test
    void everyBadTokenIsRefusedWith401AndStoresNothing() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("forged (another key under Forge's kid)", fit().forgedSignature().sign());
        bad.put("expired", fit().expiresIn(-120).sign());
        bad.put("wrong audience", fit().audience("ari:cloud:ecosystem::app/11111111-1111-4111-8111-111111111111").sign());
        bad.put("HS256", fit().hs256("a-secret-anyone-could-choose-32bytes!".getBytes(StandardCharsets.UTF_8)).sign());
        bad.put("unknown key id", fit().unknownKey("rotated-away").sign());
        bad.put("wrong issuer", fit().issuer("someone-else").sign());
        bad.put("not a JWT", "not-a-token");
        long keyFetchesBefore = FORGE.keySetFetches();

        for (Map.Entry<String, String> token : bad.entrySet()) {
            for (String path : new String[] {"/forge/events/issue-updated", "/forge/lifecycle", "/forge/tick"}) {
                HttpResponse<String> r = forge("POST", path, token.getValue(), resolvedEvent());
                assertThat(r.statusCode()).as(token.getKey() + " on " + path + ": " + r.body()).isEqualTo(401);
                assertThat(r.body()).as(token.getKey()).doesNotContain(token.getValue());
                JsonNode error = JSON.readTree(r.body());
                assertThat(error.path("error").asString()).as(token.getKey()).isNotBlank();
            }
        }
        HttpResponse<String> none = forge("POST", "/forge/events/issue-updated", null, resolvedEvent());
        assertThat(none.statusCode()).isEqualTo(401);

        assertThat(count("forge_installation")).isZero();
        assertThat(count("intake_change_seen")).isZero();
        assertThat(count("intake_webhook_seen")).isZero();
        assertThat(count("intake_job")).isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name like 'intake-webhook%'").query(Long.class).single())
                .isZero();
        assertThat(FORGE.apiCalls()).as("no call reached Atlassian").isEmpty();
        // 21 unknown-key tokens cost at most one look at Forge's key set (cool-down: 1 h here)
        assertThat(FORGE.keySetFetches() - keyFetchesBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void aForgeTokenOpensOnlyTheForgeEndpointsAndThePostMortemApi() {
        String user = fit().user(JiraJson.DANA, "INC-7").sign();
        // a Connect webhook endpoint (request-bound Connect JWT only)
        HttpResponse<String> connect = forge("POST", "/connect/webhooks/issue-updated", user, resolvedEvent());
        assertThat(connect.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(connect.body()).path("error").asString()).contains("Forge endpoints and the post-mortem API");
        // the post-mortem API: the token's own issue (no draft yet: 404), another issue: 403
        assertThat(forge("GET", "/api/postmortems/INC-7", user, null).statusCode()).isEqualTo(404);
        assertThat(forge("GET", "/api/postmortems/INC-8", user, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aConnectTokenDoesNotOpenTheForgeEndpoints() {
        HttpResponse<String> r = forge("POST", "/forge/tick", null, "{}");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(count("forge_installation")).isZero();
    }
}
