package io.postmortem.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;

/**
 * "Sign in with Atlassian" for a Cloud site with no app: Atlassian 3LO against a fake authorization server and API
 * gateway (WireMock): the authorization request carries {@code audience=api.atlassian.com}, {@code prompt=consent} and
 * the 3LO scopes, the code is exchanged with the client's credentials, {@code /me} names the person by
 * {@code account_id}, and the person's permissions on the incident are read through the gateway with their own token
 * (that request valid against the OpenAPI file).
 */
class StandaloneCloudLoginTest extends StandaloneHttpTestBase {

    static final WireMockServer ATLASSIAN_AUTH = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String CLOUD_ID = "11111111-2222-4333-8444-555555555555";
    static final String ACCOUNT = "712020:4c1e0000-aaaa-bbbb-cccc-000000000000";

    static {
        ATLASSIAN_AUTH.start();
    }

    @AfterAll
    static void stop() {
        ATLASSIAN_AUTH.stop();
    }

    @DynamicPropertySource
    static void threeLo(DynamicPropertyRegistry registry) {
        registry.add("postmortem.sites.acme.type", () -> "cloud");
        registry.add("postmortem.sites.acme.jira-base-url", () -> "https://acme.atlassian.net");
        registry.add("postmortem.sites.acme.email", () -> "bot@acme.example");
        registry.add("postmortem.sites.acme.api-token", () -> "ATATT-acme");
        registry.add("postmortem.sites.acme.cloud-id", () -> CLOUD_ID);
        registry.add("postmortem.sites.acme.api-gateway-url", ATLASSIAN_AUTH::baseUrl);
        registry.add("postmortem.sites.acme.login-auth-url", ATLASSIAN_AUTH::baseUrl);
        registry.add("postmortem.sites.acme.login-client-id", () -> "threelo-client");
        registry.add("postmortem.sites.acme.login-client-secret", () -> "threelo-secret");
    }

    @Autowired
    DraftRepository drafts;

    @Test
    void aPersonSignsInWithAtlassianAndTheirOwnTokenDecides() throws Exception {
        drafts.insert("site:acme", SeedExample.seedExample().toBuilder().issueKey("INC-9").build());
        ATLASSIAN_AUTH.resetAll();
        ATLASSIAN_AUTH.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
                "{\"access_token\":\"3lo-access-dana\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"read:me read:jira-work read:jira-user\"}")));
        ATLASSIAN_AUTH.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("Bearer 3lo-access-dana")).willReturn(okJson(
                "{\"account_id\":\"" + ACCOUNT + "\",\"email\":\"dana@acme.example\",\"name\":\"Dana Ops\",\"account_type\":\"atlassian\",\"account_status\":\"active\"}")));
        ATLASSIAN_AUTH.stubFor(get(urlPathEqualTo("/ex/jira/" + CLOUD_ID + "/rest/api/3/mypermissions"))
                .withHeader("Authorization", equalTo("Bearer 3lo-access-dana")).willReturn(okJson(
                        "{\"permissions\":{\"BROWSE_PROJECTS\":{\"key\":\"BROWSE_PROJECTS\",\"havePermission\":true},"
                                + "\"EDIT_ISSUES\":{\"key\":\"EDIT_ISSUES\",\"havePermission\":true}}}")));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> toLogin = visit(browser, "http://localhost:" + port + "/postmortems/acme/INC-9");
        HttpResponse<String> toAtlassian = visit(browser, toLogin.headers().firstValue("Location").orElseThrow());
        URI authorize = URI.create(toAtlassian.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(ATLASSIAN_AUTH.baseUrl() + "/authorize?");
        Map<String, String> q = StandaloneLoginTest.query(authorize.getRawQuery());
        assertThat(q).containsEntry("audience", "api.atlassian.com").containsEntry("prompt", "consent")
                .containsEntry("client_id", "threelo-client").containsEntry("response_type", "code")
                .containsEntry("scope", "read:me read:jira-work read:jira-user");
        HttpResponse<String> back = visit(browser, q.get("redirect_uri") + "?code=c-1&state=" + q.get("state"));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        HttpResponse<String> page = visit(browser, back.headers().firstValue("Location").orElseThrow());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("INC-9");

        var permissionCall = ATLASSIAN_AUTH.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("/mypermissions")).findFirst().orElseThrow();
        String jiraPath = permissionCall.getRequest().getUrl().substring(("/ex/jira/" + CLOUD_ID).length());
        assertThat(jiraPath).startsWith("/rest/api/3/mypermissions?issueKey=INC-9");
        assertThat(OpenApiRecordedRequests.errorsFor("GET", jiraPath, null)).isEmpty();
        assertThat(ATLASSIAN_AUTH.getAllServeEvents()).anySatisfy(e -> {
            assertThat(e.getRequest().getUrl()).isEqualTo("/oauth/token");
            assertThat(e.getRequest().getBodyAsString()).contains("client_secret=threelo-secret").contains("code=c-1");
        });
    }

    static HttpResponse<String> visit(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
