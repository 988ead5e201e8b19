package io.postmortem.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.postmortem.atlassian.AtlassianCallPolicy;
import io.postmortem.atlassian.AtlassianProperties;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.Dialect;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.standalone.SitesProperties.Site;
import io.postmortem.standalone.SitesProperties.Type;
import io.postmortem.standalone.sites.StandaloneSites;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.TestClock;

/**
 * How a configured site is reached: a Cloud service account's token comes from the token endpoint once and is used as
 * Bearer through the API gateway; a DC site speaks the DC dialect; configuration mistakes fail at start with the
 * property named; tenants are {@code site:<id>} and only those are served.
 */
class StandaloneSitesTest {

    WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static Site site(Type type, String jira, String email, String token, String clientId, String clientSecret, String pat,
            String cloudId, String gateway, String tokenUrl) {
        return new Site(type, URI.create(jira), null, email, token, clientId, clientSecret, pat, cloudId,
                gateway == null ? URI.create("https://api.atlassian.com") : URI.create(gateway),
                tokenUrl == null ? URI.create("https://auth.atlassian.com/oauth/token") : URI.create(tokenUrl),
                null, List.of(), null, null, URI.create("https://auth.atlassian.com"));
    }

    StandaloneSites sites(Map<String, Site> configured) {
        return new StandaloneSites(new SitesProperties(configured), TestClock.clock(),
                new StaticListableBeanFactory().getBeanProvider(RestClient.Builder.class),
                new AtlassianProperties(4, 4, Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    @Test
    void aServiceAccountFetchesItsTokenOnceAndCallsThroughTheGatewayWithIt() {
        server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
                "{\"access_token\":\"sa-access-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"read:jira-work\"}")));
        server.stubFor(get(urlPathEqualTo("/ex/jira/cloud-123/rest/api/3/myself"))
                .willReturn(okJson(JiraJson.user("712020:sa", "Post-mortem service account", "app").toString())));
        StandaloneSites sites = sites(Map.of("svc", site(Type.CLOUD, "https://acme.atlassian.net", null, null, "client-a",
                "secret-a", null, "cloud-123", server.baseUrl(), server.baseUrl() + "/oauth/token")));
        AtlassianSite jira = sites.jira("site:svc");
        assertThat(jira.baseUrl()).isEqualTo("https://acme.atlassian.net");
        assertThat(jira.dialect()).isEqualTo(Dialect.CLOUD);
        JiraClient client = new JiraClient(jira, AtlassianCallPolicy.builder().clock(TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).build(),
                Runnable::run);
        assertThat(client.myself().accountId()).isEqualTo("712020:sa");
        assertThat(client.myself().displayName()).isEqualTo("Post-mortem service account");
        server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("grant_type=client_credentials")));
        server.verify(2, getRequestedFor(urlPathEqualTo("/ex/jira/cloud-123/rest/api/3/myself"))
                .withHeader("Authorization", equalTo("Bearer sa-access-1")));
    }

    @Test
    void onlySiteTenantsAreServedAndAnUnknownSiteIsRefused() {
        StandaloneSites sites = sites(Map.of("dc", site(Type.DATACENTER, "https://jira.acme.internal/jira", null, null,
                null, null, "pat-1", null, null, null)));
        assertThat(sites.serves("site:dc")).isTrue();
        assertThat(sites.serves("jira-0b5c")).isFalse();
        assertThat(sites.jiraTenants()).containsExactly("site:dc");
        assertThat(sites.jira("site:dc").dialect()).isEqualTo(Dialect.DATA_CENTER);
        assertThat(sites.jira("site:dc").baseUrl()).isEqualTo("https://jira.acme.internal/jira");
        assertThat(sites.confluenceFor("site:dc")).isEmpty();
        assertThatThrownBy(() -> sites.jira("site:other")).isInstanceOf(io.postmortem.atlassian.AtlassianSites.UnknownSiteException.class);
    }

    @Test
    void configurationMistakesFailWithThePropertyNamed() {
        assertThatThrownBy(() -> new SitesProperties(Map.of("dc", site(Type.DATACENTER, "https://jira.acme.internal", null,
                null, null, null, null, null, null, null)))).hasMessageContaining("postmortem.sites.dc.personal-access-token");
        assertThatThrownBy(() -> new SitesProperties(Map.of("main", site(Type.CLOUD, "https://acme.atlassian.net",
                "bot@acme.example", null, null, null, null, null, null, null)))).hasMessageContaining("api-token");
        assertThatThrownBy(() -> new SitesProperties(Map.of("Main_1", site(Type.DATACENTER, "https://j", null, null, null,
                null, "p", null, null, null)))).hasMessageContaining("a site id is");
        Site badKey = new Site(Type.DATACENTER, URI.create("https://jira.acme.internal"), null, null, null, null, null, "p",
                null, URI.create("https://api.atlassian.com"), URI.create("https://auth.atlassian.com/oauth/token"), "s",
                List.of("not-hex"), null, null, URI.create("https://auth.atlassian.com"));
        assertThatThrownBy(() -> new SitesProperties(Map.of("dc", badKey))).hasMessageContaining("api-key-sha256");
    }
}
