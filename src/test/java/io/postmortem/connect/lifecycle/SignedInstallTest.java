package io.postmortem.connect.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.jwt.QueryStringHash;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.ConnectFixtures.SignedInstaller;
import io.postmortem.testsupport.ConnectHttpTestBase;

/** Signed install (RS256) over real HTTP; the keys come from a WireMock standing in for Atlassian's key service. */
class SignedInstallTest extends ConnectHttpTestBase {

    private final SignedInstaller atlassian = new SignedInstaller(ATLASSIAN, INSTALL_KEYS_PATH);
    private final String clientKey = "client-" + UUID.randomUUID();
    private final String siteUrl = "https://acme-" + UUID.randomUUID().toString().substring(0, 8) + ".atlassian.net";
    private final String secret = ConnectFixtures.randomSecret();

    @Test
    void signedInstallIsStoredAndUninstallKeepsTheRowInactive() {
        HttpResponse<String> response = atlassian.install(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, secret, "jira");
        assertThat(response.statusCode()).isEqualTo(204);

        Installation stored = installations.findByClientKey(clientKey).orElseThrow();
        assertThat(stored.installed()).isTrue();
        assertThat(stored.product()).isEqualTo(Product.JIRA);
        assertThat(stored.baseUrl()).isEqualTo(siteUrl);
        assertThat(stored.sharedSecret()).isEqualTo(secret);
        assertThat(stored.toString()).doesNotContain(secret).contains("sharedSecret=***");

        HttpResponse<String> uninstall = atlassian.uninstall(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, "jira");
        assertThat(uninstall.statusCode()).isEqualTo(204);
        Installation after = installations.findByClientKey(clientKey).orElseThrow();
        assertThat(after.installed()).isFalse();
        assertThat(after.uninstalledAt()).isNotNull();
        assertThat(after.sharedSecret()).isEqualTo(secret);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void aReinstallOrUninstallTellsEveryPerInstallationCacheToForget() {
        java.util.List<io.postmortem.connect.installations.InstallationChanged> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        var listener = org.springframework.context.ApplicationListener.forPayload(
                (io.postmortem.connect.installations.InstallationChanged e) -> seen.add(e));
        var context = (org.springframework.context.ConfigurableApplicationContext) events;
        context.addApplicationListener(listener);
        try {
            assertThat(atlassian.install(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, secret, "jira").statusCode()).isEqualTo(204);
            assertThat(atlassian.uninstall(appUrl(), APP_BASE_URL, APP_KEY, clientKey, siteUrl, "jira").statusCode()).isEqualTo(204);
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(seen).containsExactly(new io.postmortem.connect.installations.InstallationChanged(clientKey, true),
                new io.postmortem.connect.installations.InstallationChanged(clientKey, false));
    }

    @Test
    void confluenceInstallIsRecognisedFromTheBody() {
        String confluenceKey = clientKey + "-c";
        HttpResponse<String> response = atlassian.install(appUrl(), APP_BASE_URL, APP_KEY + ".confluence", confluenceKey,
                siteUrl + "/wiki", secret, "confluence");
        assertThat(response.statusCode()).isEqualTo(204);
        Installation stored = installations.findByClientKey(confluenceKey).orElseThrow();
        assertThat(stored.product()).isEqualTo(Product.CONFLUENCE);
        assertThat(stored.baseUrl()).isEqualTo(siteUrl + "/wiki");
    }

    @Test
    void unsignedInstallIsRefused() {
        assertRefused(null, body(), 401);
    }

    @Test
    void hs256SignedInstallIsRefused() {
        String hs = ConnectFixtures.hs256(claims().build(), secret);
        assertRefused("JWT " + hs, body(), 401);
    }

    @Test
    void algNoneIsRefused() {
        String none = new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims().build()).serialize();
        assertRefused("JWT " + none, body(), 401);
        // a "none" header in front of a real RS256 signature
        String[] parts = atlassian.token(claims().build()).split("\\.");
        String forgedHeader = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + atlassian.kid() + "\"}").toString();
        assertRefused("JWT " + forgedHeader + "." + parts[1] + "." + parts[2], body(), 401);
    }

    @Test
    void unknownKidIsRefused() {
        String token = SignedInstaller.token(claims().build(), privateKey(SignedInstaller.newKeyPair()), "kid-" + UUID.randomUUID());
        assertRefused("JWT " + token, body(), 401);
    }

    @Test
    void signatureByAnotherKeyIsRefused() {
        String token = SignedInstaller.token(claims().build(), privateKey(SignedInstaller.newKeyPair()), atlassian.kid());
        assertRefused("JWT " + token, body(), 401);
    }

    @Test
    void wrongAudienceIsRefused() {
        assertRefused("JWT " + atlassian.token(claims().audience("https://other-app.example.com").build()), body(), 401);
    }

    @Test
    void issuerOtherThanBodyClientKeyIsRefused() {
        assertRefused("JWT " + atlassian.token(claims().issuer("someone-else").build()), body(), 403);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = io.postmortem.testsupport.TestClock.now().minusSeconds(600);
        assertRefused("JWT " + atlassian.token(claims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(180)))
                .build()), body(), 401);
    }

    @Test
    void tokenIssuedInTheFutureBeyondLeewayIsRefused() {
        Instant future = io.postmortem.testsupport.TestClock.now().plusSeconds(120);
        assertRefused("JWT " + atlassian.token(claims().issueTime(Date.from(future)).expirationTime(Date.from(future.plusSeconds(180)))
                .build()), body(), 401);
    }

    @Test
    void missingOrWrongQshIsRefused() {
        assertRefused("JWT " + atlassian.token(claims().claim("qsh", null).build()), body(), 401);
        assertRefused("JWT " + atlassian.token(claims().claim("qsh", QueryStringHash.compute("POST", "/connect/uninstalled", null))
                .build()), body(), 401);
        assertRefused("JWT " + atlassian.token(claims().claim("qsh", "context-qsh").build()), body(), 401);
    }

    @Test
    void baseUrlOutsideAllowListIsRefused() {
        String body = ConnectFixtures.lifecycleBody("installed", APP_KEY, clientKey, "https://evil.example.com", secret, "jira");
        assertRefused("JWT " + atlassian.token(claims().build()), body, 403);
        String nested = ConnectFixtures.lifecycleBody("installed", APP_KEY, clientKey, "https://a.b.atlassian.net", secret, "jira");
        assertRefused("JWT " + atlassian.token(claims().build()), nested, 403);
    }

    @Test
    void malformedJsonBodyIsRefusedWithJson400() {
        HttpResponse<String> response = SignedInstaller.post(appUrl(), "/connect/installed", "{\"clientKey\": ",
                "JWT " + atlassian.token(claims().build()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\"").doesNotContain("Exception").doesNotContain("<html");
        assertThat(installations.findByClientKey(clientKey)).isEmpty();
    }

    @Test
    void fieldsLongerThanTheirColumnsAreRefusedWithJson400AndNothingIsStored() {
        String[][] cases = {{"displayUrl", "https://acme.atlassian.net/" + "x".repeat(230), "displayUrl too long"},
                {"sharedSecret", "s".repeat(513), "sharedSecret too long"},
                {"oauthClientId", "o".repeat(256), "oauthClientId too long"}};
        for (String[] c : cases) {
            tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode)
                    io.postmortem.testsupport.TestJson.MAPPER.readTree(body());
            body.put(c[0], c[1]);
            HttpResponse<String> response = SignedInstaller.post(appUrl(), "/connect/installed", body.toString(),
                    "JWT " + atlassian.token(claims().build()));
            assertThat(response.statusCode()).as(c[0] + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            assertThat(response.body()).contains(c[2]).doesNotContain("Exception").doesNotContain("<html");
            assertThat(installations.findByClientKey(clientKey)).as("nothing stored").isEmpty();
        }
        // at the limits: stored
        tools.jackson.databind.node.ObjectNode fits = (tools.jackson.databind.node.ObjectNode)
                io.postmortem.testsupport.TestJson.MAPPER.readTree(body());
        fits.put("sharedSecret", "s".repeat(512)).put("oauthClientId", "o".repeat(255))
                .put("displayUrl", "https://acme.atlassian.net/" + "x".repeat(228)); // 255 characters
        HttpResponse<String> response = SignedInstaller.post(appUrl(), "/connect/installed", fits.toString(),
                "JWT " + atlassian.token(claims().build()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(installations.findByClientKey(clientKey).orElseThrow().sharedSecret()).hasSize(512);
    }

    @Test
    void uninstallCannotBeForgedWithHs256() {
        installations.install(clientKey, Product.JIRA, siteUrl, null, secret, null);
        String body = ConnectFixtures.lifecycleBody("uninstalled", APP_KEY, clientKey, siteUrl, null, "jira");
        JWTClaimsSet claims = claims().claim("qsh", QueryStringHash.compute("POST", "/connect/uninstalled", null)).build();
        HttpResponse<String> response = SignedInstaller.post(appUrl(), "/connect/uninstalled", body,
                "JWT " + ConnectFixtures.hs256(claims, secret));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(installations.findByClientKey(clientKey).orElseThrow().installed()).isTrue();
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = io.postmortem.testsupport.TestClock.now();
        return new JWTClaimsSet.Builder().issuer(clientKey).audience(APP_BASE_URL)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(180)))
                .claim("qsh", QueryStringHash.compute("POST", "/connect/installed", null));
    }

    private String body() {
        return ConnectFixtures.lifecycleBody("installed", APP_KEY, clientKey, siteUrl, secret, "jira");
    }

    private void assertRefused(String authorization, String body, int status) {
        HttpResponse<String> response = SignedInstaller.post(appUrl(), "/connect/installed", body, authorization);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"error\"");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("JWT realm=\"postmortem-facilitator\"");
        assertThat(installations.findByClientKey(clientKey)).as("nothing stored").isEmpty();
    }

    private static RSAPrivateKey privateKey(KeyPair pair) {
        return (RSAPrivateKey) pair.getPrivate();
    }

    @SuppressWarnings("unused")
    private static JWSHeader rs256(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build();
    }
}
