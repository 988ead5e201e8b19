package io.postmortem.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.TestClock;

/**
 * The panel outside Jira for a Data Center site: {@code /postmortems/dc/INC-7} sends a visitor to Jira DC's OAuth 2.0
 * authorization endpoint (the fake DC plays the authorization server: code for token, {@code /myself} for who), back
 * on the app's redirection endpoint the page opens for a person Jira lets edit the incident, and its session token
 * opens that issue's API only. A person who may only browse gets a 403; the Connect and API paths are untouched by
 * Spring Security.
 */
class StandaloneLoginTest extends StandaloneHttpTestBase {

    static final String INCIDENT = "INC-7";

    @Autowired
    DraftRepository drafts;

    HttpClient browser;

    @BeforeEach
    void incidentWithDraft() {
        java.time.Instant created = TestClock.now().minus(Duration.ofHours(6));
        DC.incident(INCIDENT, "10007", created, created.plus(Duration.ofHours(2)));
        drafts.insert("site:dc", SeedExample.seedExample().toBuilder().issueKey(INCIDENT).build());
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> visit(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : "http://localhost:" + port + url))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs {@code user} in the way a browser would, and returns the page's answer after the redirect back. */
    HttpResponse<String> signInAndOpen(String user) throws Exception {
        HttpResponse<String> first = visit("/postmortems/dc/" + INCIDENT);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/dc");
        HttpResponse<String> toJira = visit(first.headers().firstValue("Location").orElseThrow());
        assertThat(toJira.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toJira.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(DC.jiraBaseUrl() + "/rest/oauth2/latest/authorize?");
        Map<String, String> q = query(authorize.getRawQuery());
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", FakeDataCenter.CLIENT_ID)
                .containsEntry("scope", "READ").containsKey("state");
        // Jira shows its consent screen, the person allows, Jira redirects back with a code
        HttpResponse<String> back = visit(q.get("redirect_uri") + "?code=" + user + "&state=" + q.get("state"));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).contains("/postmortems/dc/" + INCIDENT);
        return visit(back.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aPersonWhoMayEditTheIncidentSignsInThroughJiraAndGetsThePanel() throws Exception {
        DC.editors.add("dana");
        HttpResponse<String> page = signInAndOpen("dana");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains(INCIDENT);
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> doc = api("GET", "/api/postmortems/" + INCIDENT, null, null, null, "JWT " + token.group(1));
        assertThat(doc.statusCode()).as(doc.body() + " with " + token.group(1)).isEqualTo(200);
        assertThat(JSON.readTree(doc.body()).path("issueKey").asString()).isEqualTo(INCIDENT);
        // the panel renews its token from each answer: a fresh standalone token, not a Connect one
        String fresh = doc.headers().firstValue(io.postmortem.panel.PostMortemApiController.SESSION_TOKEN_HEADER).orElseThrow();
        assertThat(api("GET", "/api/postmortems/" + INCIDENT, null, null, null, "JWT " + fresh).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/postmortems/INC-8", null, null, null, "JWT " + token.group(1)).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/postmortems/" + INCIDENT, null, null, null, "JWT " + token.group(1) + "x").statusCode()).isEqualTo(401);
        // the person's own token asked Jira who they are and what they may do; the PAT was not used for that
        assertThat(DC.server.getAllServeEvents()).anySatisfy(e -> {
            assertThat(e.getRequest().getUrl()).startsWith("/jira/rest/api/2/mypermissions?issueKey=" + INCIDENT);
            assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + FakeDataCenter.USER_TOKEN_PREFIX + "dana");
        });
    }

    @Test
    void aPersonWhoMayOnlyBrowseIsRefusedAndTheOtherPathsKeepTheirOwnAuthentication() throws Exception {
        HttpResponse<String> page = signInAndOpen("viewer");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(page.body()).path("error").asString()).contains("may not edit");
        // outside the sign-in paths nothing changed: no session opens the API, Connect still answers for itself
        assertThat(api("GET", "/api/postmortems/" + INCIDENT, null, null, null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/postmortems/" + INCIDENT, DC_KEY, null, null).statusCode()).isEqualTo(200);
        assertThat(visit("/atlassian-connect.json").statusCode()).isEqualTo(200);
        assertThat(visit("/postmortems/nosuchsite/" + INCIDENT).statusCode()).isEqualTo(404);
    }

    protected HttpResponse<String> api(String method, String path, String key, String contentType, String body, String authorization) {
        if (authorization == null) return api(method, path, key, contentType, body);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}
