package io.postmortem.connect.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.ConnectHttpTestBase;

/**
 * Outbound calls reach a WireMock Jira/Confluence that checks what Atlassian checks: HS256 with the installation's
 * secret, iss = app key, exp at most 3 minutes, qsh over the request as received (Confluence relative to /wiki).
 */
class ConnectSitesTest extends ConnectHttpTestBase {

    private static WireMockServer site;
    /** Every installation this class made on its one site: retired before each test so pairing is unambiguous. */
    private static final List<String> INSTALLED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Autowired
    AtlassianSites sites;

    private final String jiraKey = "jira-" + UUID.randomUUID();
    private final String confluenceKey = "conf-" + UUID.randomUUID();
    private final String jiraSecret = ConnectFixtures.randomSecret();
    private final String confluenceSecret = ConnectFixtures.randomSecret();

    @BeforeAll
    static void startSite() {
        site = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        site.start();
    }

    @AfterAll
    static void stopSite() {
        site.stop();
    }

    @BeforeEach
    void install() {
        site.resetAll();
        site.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        INSTALLED.forEach(installations::markUninstalled);
        INSTALLED.add(jiraKey);
        INSTALLED.add(confluenceKey);
        ConnectFixtures.install(installations, jiraKey, site.baseUrl(), jiraSecret, Product.JIRA);
        ConnectFixtures.install(installations, confluenceKey, site.baseUrl() + "/wiki", confluenceSecret, Product.CONFLUENCE);
    }

    @Test
    void jiraCallsCarryAFreshQshBoundJwtIncludingSpacesAndRepeatedParameters() {
        AtlassianSite jira = sites.jira(jiraKey);
        assertThat(jira.product()).isEqualTo(Product.JIRA);
        assertThat(jira.baseUrl()).isEqualTo(site.baseUrl());

        jira.restClient().get().uri("/rest/api/3/issue/{key}", "INC-7").retrieve().toBodilessEntity();
        jira.restClient().get().uri("/rest/api/3/label/{name}?expand=b&expand=a&q={q}", "needs review", "a b*c").retrieve()
                .toBodilessEntity();
        jira.restClient().post().uri("/rest/api/3/issue").body("{\"fields\":{}}").header("Content-Type", "application/json")
                .retrieve().toBodilessEntity();

        List<LoggedRequest> requests = site.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(3);
        requests.forEach(r -> assertSignedFor(r, "", jiraSecret, ConnectHttpTestBase.APP_KEY));

        // independent of our canonicalizer: the canonical request written out by hand (connect-protocol.md section 3)
        LoggedRequest label = requests.get(1);
        assertThat(label.getUrl()).startsWith("/rest/api/3/label/needs%20review?");
        assertThat(qshOf(label)).isEqualTo(QueryStringHash.sha256Hex("GET&/rest/api/3/label/needs%20review&expand=a,b&q=a%20b%2Ac"));
        assertThat(qshOf(requests.get(2))).isEqualTo(QueryStringHash.sha256Hex("POST&/rest/api/3/issue&"));
    }

    @Test
    void confluenceCallsAreHashedRelativeToWikiAndSignedWithTheConfluenceAppKey() {
        AtlassianSite confluence = sites.confluenceFor(jiraKey).orElseThrow();
        assertThat(confluence.clientKey()).isEqualTo(confluenceKey);
        assertThat(confluence.product()).isEqualTo(Product.CONFLUENCE);

        confluence.restClient().get().uri("/api/v2/spaces?keys={k}&limit=5", "PM").retrieve().toBodilessEntity();

        LoggedRequest request = site.findAll(anyRequestedFor(anyUrl())).get(0);
        assertThat(request.getUrl()).isEqualTo("/wiki/api/v2/spaces?keys=PM&limit=5");
        assertSignedFor(request, "/wiki", confluenceSecret, ConnectHttpTestBase.APP_KEY + ".confluence");
        assertThat(qshOf(request)).isEqualTo(QueryStringHash.sha256Hex("GET&/api/v2/spaces&keys=PM&limit=5"));
    }

    @Test
    void urlsOutsideTheInstallationAreNeverSigned() {
        AtlassianSite jira = sites.jira(jiraKey);
        assertThatThrownBy(() -> jira.restClient().get().uri("http://evil.example.com/rest/api/3/myself").retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(rootOrSelf(e)).isInstanceOf(JwtSigningInterceptor.SigningRefusedException.class));
        String otherPort = site.baseUrl().replace(String.valueOf(site.port()), String.valueOf(port));
        assertThatThrownBy(() -> jira.restClient().get().uri(otherPort + "/rest/api/3/myself").retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(rootOrSelf(e)).isInstanceOf(JwtSigningInterceptor.SigningRefusedException.class));

        AtlassianSite confluence = sites.confluenceFor(jiraKey).orElseThrow();
        assertThatThrownBy(() -> confluence.restClient().get().uri(site.baseUrl() + "/rest/api/3/myself").retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(rootOrSelf(e)).isInstanceOf(JwtSigningInterceptor.SigningRefusedException.class));
        assertThat(site.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void unknownOrUninstalledInstallationsHaveNoSite() {
        assertThatThrownBy(() -> sites.jira("nobody")).isInstanceOf(AtlassianSites.UnknownSiteException.class);
        assertThatThrownBy(() -> sites.jira(confluenceKey)).isInstanceOf(AtlassianSites.UnknownSiteException.class);
        installations.markUninstalled(confluenceKey);
        assertThat(sites.confluenceFor(jiraKey)).isEmpty();

        AtlassianSite jira = sites.jira(jiraKey);
        installations.markUninstalled(jiraKey);
        assertThatThrownBy(() -> jira.restClient().get().uri("/rest/api/3/myself").retrieve().toBodilessEntity())
                .isInstanceOf(AtlassianSites.UnknownSiteException.class);
        assertThatThrownBy(() -> sites.jira(jiraKey)).isInstanceOf(AtlassianSites.UnknownSiteException.class);
    }

    private static void assertSignedFor(LoggedRequest request, String basePath, String secret, String issuer) {
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("JWT ");
        assertThat(request.getUrl()).doesNotContain("jwt=");
        SignedJWT jwt = Hs256.parse(authorization.substring(4));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(Hs256.verify(jwt, secret)).as("signed with the installation's secret").isTrue();
        JWTClaimsSet claims = claims(jwt);
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        Instant iat = claims.getIssueTime().toInstant();
        Instant exp = claims.getExpirationTime().toInstant();
        Instant now = io.postmortem.testsupport.TestClock.now();
        assertThat(iat).as("dated by the application clock").isBetween(now.minusSeconds(60), now.plusSeconds(1));
        assertThat(exp).isAfter(iat).isBeforeOrEqualTo(iat.plusSeconds(180));
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? null : url.substring(q + 1);
        assertThat(claims.getClaim("qsh")).isEqualTo(QueryStringHash.compute(request.getMethod().getName(),
                QueryStringHash.stripBasePath(path, basePath), query));
    }

    @Test
    void aSiteThatStopsAnsweringFailsTheCallAfterTheReadTimeoutInsteadOfHangingIt(
            @Autowired io.postmortem.connect.ConnectProperties properties) {
        site.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(5_000).withBody("{}")));
        ConnectSites shortTimeouts = new ConnectSites(installations, properties, new org.springframework.beans.factory.support
                .StaticListableBeanFactory().getBeanProvider(org.springframework.web.client.RestClient.Builder.class),
                new io.postmortem.atlassian.AtlassianProperties(16, 16, java.time.Duration.ofSeconds(1), java.time.Duration.ofMillis(300)),
                io.postmortem.testsupport.TestClock.clock());
        long start = System.nanoTime();
        assertThatThrownBy(() -> shortTimeouts.jira(jiraKey).restClient().get().uri("/rest/api/3/myself").retrieve().toBodilessEntity())
                .isInstanceOf(org.springframework.web.client.ResourceAccessException.class)
                .hasMessageContaining("/rest/api/3/myself");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(3));
    }

    private static String qshOf(LoggedRequest request) {
        return (String) claims(Hs256.parse(request.getHeader("Authorization").substring(4))).getClaim("qsh");
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static Throwable rootOrSelf(Throwable e) {
        Throwable t = e;
        while (!(t instanceof JwtSigningInterceptor.SigningRefusedException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
