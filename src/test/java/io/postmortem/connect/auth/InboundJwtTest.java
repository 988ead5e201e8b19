package io.postmortem.connect.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jwt.JWTClaimsSet;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.jwt.QueryStringHash;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.ConnectFixtures.SignedInstaller;
import io.postmortem.testsupport.ConnectHttpTestBase;
import io.postmortem.testsupport.TenantRecordsTestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Inbound HS256 verification over real HTTP, against the test-only controller. */
class InboundJwtTest extends ConnectHttpTestBase {

    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @Autowired
    SessionTokens sessionTokens;

    private final String clientA = "client-a-" + UUID.randomUUID();
    private final String clientB = "client-b-" + UUID.randomUUID();
    private final String secretA = ConnectFixtures.randomSecret();
    private final String secretB = ConnectFixtures.randomSecret();

    @BeforeEach
    void installTwoTenants() {
        ConnectFixtures.install(installations, clientA, "https://a-" + UUID.randomUUID().toString().substring(0, 8) + ".atlassian.net",
                secretA, Product.JIRA);
        ConnectFixtures.install(installations, clientB, "https://b-" + UUID.randomUUID().toString().substring(0, 8) + ".atlassian.net",
                secretB, Product.JIRA);
        TenantRecordsTestController.RECORDS.put(clientA, Map.of("rec-a", "A's data"));
        TenantRecordsTestController.RECORDS.put(clientB, Map.of("rec-b", "B's data"));
    }

    @Test
    void requestBoundTokenInHeaderOrQueryIsAccepted() {
        String path = "/test/caller?b=2&a=x%20y&a=1";
        HttpResponse<String> response = get(path, ConnectFixtures.requestJwt(clientA, secretA, "GET", path, "user-1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode caller = JSON.readTree(response.body());
        assertThat(caller.get("clientKey").asString()).isEqualTo(clientA);
        assertThat(caller.get("accountId").asString()).isEqualTo("user-1");
        assertThat(caller.get("contextToken").asBoolean()).isFalse();

        String iframe = "/test/caller?issueKey=INC-7&xdm_e=https%3A%2F%2Fa.atlassian.net&lic=none";
        String jwt = ConnectFixtures.requestJwt(clientA, secretA, "GET", iframe);
        HttpResponse<String> viaQuery = get(iframe + "&jwt=" + jwt, null);
        assertThat(viaQuery.statusCode()).as(viaQuery.body()).isEqualTo(200);

        HttpResponse<String> post = send("POST", "/test/caller", "JWT " + ConnectFixtures.requestJwt(clientA, secretA, "POST", "/test/caller"),
                "{}");
        assertThat(post.statusCode()).isEqualTo(200);
    }

    @Test
    void missingTokenIsRefusedWithJsonAndChallenge() {
        HttpResponse<String> response = get("/test/caller", null);
        assertRefused(response, 401);
    }

    @Test
    void unknownClientKeyIsRefused() {
        assertRefused(get("/test/caller", ConnectFixtures.requestJwt("nobody-" + UUID.randomUUID(), secretA, "GET", "/test/caller")), 401);
    }

    @Test
    void wrongSecretIsRefused() {
        assertRefused(get("/test/caller", ConnectFixtures.requestJwt(clientA, secretB, "GET", "/test/caller")), 401);
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = ConnectFixtures.requestJwt(clientA, secretA, "GET", "/test/caller", "user-1").split("\\.");
        String otherPayload = ConnectFixtures.requestJwt(clientA, secretA, "GET", "/test/caller", "admin").split("\\.")[1];
        assertRefused(get("/test/caller", null, "JWT " + parts[0] + "." + otherPayload + "." + parts[2]), 401);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = io.postmortem.testsupport.TestClock.now().minusSeconds(600);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientA).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(180))).claim("qsh", QueryStringHash.compute("GET", "/test/caller", null)).build();
        assertRefused(get("/test/caller", ConnectFixtures.hs256(claims, secretA)), 401);
    }

    @Test
    void wrongQshIsRefused() {
        assertRefused(get("/test/caller?x=1", ConnectFixtures.requestJwt(clientA, secretA, "GET", "/test/caller?x=2")), 401);
        assertRefused(get("/test/caller", ConnectFixtures.requestJwt(clientA, secretA, "POST", "/test/caller")), 401);
    }

    @Test
    void rs256OrNoneIsRefusedOnHs256Endpoints() {
        SignedInstaller rsa = new SignedInstaller(null);
        assertRefused(get("/test/caller", rsa.token(APP_BASE_URL, clientA, "GET", "/test/caller")), 401);
    }

    @Test
    void twoDifferentTokensAreRefused() {
        String a = ConnectFixtures.requestJwt(clientA, secretA, "GET", "/test/caller");
        String b = ConnectFixtures.requestJwt(clientB, secretB, "GET", "/test/caller");
        assertRefused(send("GET", "/test/caller?jwt=" + b, "JWT " + a, null), 401);
    }

    @Test
    void contextTokenOnlyWhereTheEndpointOptedIn() {
        String ctx = ConnectFixtures.contextJwt(clientA, secretA, "user-1", "INC-7");
        assertRefused(get("/test/caller", ctx), 401);

        HttpResponse<String> response = get("/test/context-caller", ctx);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode caller = JSON.readTree(response.body());
        assertThat(caller.get("clientKey").asString()).isEqualTo(clientA);
        assertThat(caller.get("accountId").asString()).isEqualTo("user-1");
        assertThat(caller.get("issueKey").asString()).isEqualTo("INC-7");
        assertThat(caller.get("contextToken").asBoolean()).isTrue();
    }

    @Test
    void aSubLongerThanAnAtlassianAccountIdIsRefused() {
        // the account id is stored as who saved or published (128 characters, Atlassian's own maximum)
        assertThat(get("/test/context-caller", ConnectFixtures.contextJwt(clientA, secretA, "u".repeat(128), "INC-7")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = get("/test/context-caller", ConnectFixtures.contextJwt(clientA, secretA, "u".repeat(129), "INC-7"));
        assertRefused(refused, 401);
        assertThat(refused.body()).contains("not an Atlassian account id");
    }

    @Test
    void requestBoundTokenAlsoWorksOnContextEndpoints() {
        HttpResponse<String> response = get("/test/context-caller", ConnectFixtures.requestJwt(clientA, secretA, "GET", "/test/context-caller"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("contextToken").asBoolean()).isFalse();
    }

    @Test
    void sessionTokenIssuedByTheAppIsAcceptedOnContextEndpointsOnly() {
        String session = sessionTokens.issue(clientA, "user-9", "INC-9");
        HttpResponse<String> response = get("/test/context-caller", session);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode caller = JSON.readTree(response.body());
        assertThat(caller.get("clientKey").asString()).isEqualTo(clientA);
        assertThat(caller.get("accountId").asString()).isEqualTo("user-9");
        assertThat(caller.get("issueKey").asString()).isEqualTo("INC-9");
        assertRefused(get("/test/caller", session), 401);

        // a session token naming tenant B but signed with A's secret is refused
        Instant now = io.postmortem.testsupport.TestClock.now();
        JWTClaimsSet forged = new JWTClaimsSet.Builder().issuer(APP_KEY).audience(APP_KEY).claim("clientKey", clientB)
                .claim("qsh", "context-qsh").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60))).build();
        assertRefused(get("/test/context-caller", ConnectFixtures.hs256(forged, secretA)), 401);
    }

    @Test
    void tokenOfInstallationAReachesOnlyAsData() {
        String ctxA = ConnectFixtures.contextJwt(clientA, secretA, "user-1", null);
        HttpResponse<String> own = get("/test/records/rec-a", ctxA);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("clientKey").asString()).isEqualTo(clientA);

        HttpResponse<String> other = get("/test/records/rec-b", ctxA);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("\"error\"").doesNotContain("B's data");
    }

    @Test
    void aContextTokenOpensOnlyItsOwnIssue() {
        String ctx = ConnectFixtures.contextJwt(clientA, secretA, "user-1", "INC-7");
        assertThat(get("/test/issues/INC-7", ctx).statusCode()).isEqualTo(200);
        assertRefused(get("/test/issues/INC-8", ctx), 403);
        assertRefused(get("/test/issues/INC-7", ConnectFixtures.contextJwt(clientA, secretA, "user-1", null)), 403);
    }

    @Test
    void publicEndpointsNeedNoToken() {
        assertThat(get("/test/public", null).statusCode()).isEqualTo(200);
        assertThat(get("/atlassian-connect.json", null).statusCode()).isEqualTo(200);
        assertThat(get("/static/icon.svg", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void reinstallWithNewSecretRetiresTheOldOne() {
        String siteUrl = "https://re-" + UUID.randomUUID().toString().substring(0, 8) + ".atlassian.net";
        String clientKey = "client-re-" + UUID.randomUUID();
        String oldSecret = ConnectFixtures.randomSecret();
        String newSecret = ConnectFixtures.randomSecret();
        SignedInstaller atlassian = new SignedInstaller(ATLASSIAN, INSTALL_KEYS_PATH);

        assertThat(atlassian.install(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, oldSecret, "jira").statusCode()).isEqualTo(204);
        // warm the lookup cache with the old secret
        assertThat(get("/test/caller", ConnectFixtures.requestJwt(clientKey, oldSecret, "GET", "/test/caller")).statusCode()).isEqualTo(200);

        assertThat(atlassian.install(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, newSecret, "jira").statusCode()).isEqualTo(204);
        assertRefused(get("/test/caller", ConnectFixtures.requestJwt(clientKey, oldSecret, "GET", "/test/caller")), 401);
        assertThat(get("/test/caller", ConnectFixtures.requestJwt(clientKey, newSecret, "GET", "/test/caller")).statusCode()).isEqualTo(200);

        assertThat(atlassian.uninstall(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, "jira").statusCode()).isEqualTo(204);
        assertRefused(send("POST", "/test/caller", "JWT " + ConnectFixtures.requestJwt(clientKey, newSecret, "POST", "/test/caller"), "{}"), 401);
        assertRefused(get("/test/context-caller", ConnectFixtures.contextJwt(clientKey, newSecret, "u", "INC-1")), 401);
    }

    @Test
    void enabledNeedsHs256AndDisabledWithoutJwtIsIgnored() {
        HttpResponse<String> enabled = send("POST", "/connect/enabled",
                "JWT " + ConnectFixtures.requestJwt(clientA, secretA, "POST", "/connect/enabled"), "{\"eventType\":\"enabled\"}");
        assertThat(enabled.statusCode()).isEqualTo(204);
        assertRefused(send("POST", "/connect/enabled", null, "{}"), 401);
        assertThat(send("POST", "/connect/disabled", null, "{\"eventType\":\"disabled\"}").statusCode()).isEqualTo(204);
        assertThat(installations.findByClientKey(clientA).orElseThrow().installed()).isTrue();
    }

    @Test
    void malformedJsonBodyAfterValidJwtIs400Json() {
        HttpResponse<String> response = send("PUT", "/test/payload",
                "JWT " + ConnectFixtures.requestJwt(clientA, secretA, "PUT", "/test/payload"), "{\"name\": \"x\", \"count\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asString()).isNotBlank();
        assertThat(error.get("details").isArray()).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    private HttpResponse<String> get(String path, String jwt, String authorization) {
        return send("GET", path, authorization, null);
    }

    private static void assertRefused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("JWT realm=\"postmortem-facilitator\"");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asString()).isNotBlank();
        assertThat(error.get("details").isArray()).isTrue();
    }
}
