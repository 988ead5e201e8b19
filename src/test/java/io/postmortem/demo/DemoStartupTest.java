package io.postmortem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo profile starts a fake site on a random port, installs the app into it through the real signed-install
 * endpoint, and the production outbound clients then reach it with their own JWTs (which the site verifies).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demostartup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class DemoStartupTest {

    @LocalServerPort int port;
    @Autowired ConnectProperties properties;
    @Autowired FakeAtlassianSite site;
    @Autowired InstallationRepository installations;
    @Autowired SettingsRepository settings;
    @Autowired AtlassianSites sites;
    @Autowired JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLandingPageLinksTheRunningDemoAndCountsTheInstalledSites() throws Exception {
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"pm-demo-link\" href=\"demo\"").doesNotContain("pm-demo-command")
                .contains("1 Jira site(s), 1 Confluence site(s)");
    }

    @Test
    void baseUrlFollowsTheRealPortAndInstallKeysComeFromTheFakeSite() {
        assertThat(properties.normalizedBaseUrl()).isEqualTo("http://localhost:" + port);
        assertThat(properties.connect().installKeysUrl()).isEqualTo(site.installKeysUrl());
        assertThat(site.port()).isNotEqualTo(port);
    }

    @Test
    void startupInstalledJiraAndConfluencePairedAndStoredTheDemoSettings() {
        Installation jira = installations.findActive(FakeAtlassianSite.JIRA_CLIENT_KEY).orElseThrow();
        Installation confluence = installations.findActive(FakeAtlassianSite.CONFLUENCE_CLIENT_KEY).orElseThrow();
        assertThat(jira.baseUrl()).isEqualTo(site.baseUrl());
        assertThat(confluence.baseUrl()).isEqualTo(site.confluenceBaseUrl());
        assertThat(jira.site()).isEqualTo(confluence.site());
        assertThat(jira.sharedSecret()).isEqualTo(site.sharedSecret(false));
        assertThat(confluence.sharedSecret()).isEqualTo(site.sharedSecret(true)).isNotEqualTo(jira.sharedSecret());
        assertThat(sites.confluenceFor(FakeAtlassianSite.JIRA_CLIENT_KEY)).isPresent();
        assertThat(settings.get(FakeAtlassianSite.JIRA_CLIENT_KEY).confluenceSpaceKey()).isEqualTo("PM");
        assertThat(settings.get(FakeAtlassianSite.JIRA_CLIENT_KEY).actionItemProject()).isEqualTo("OPS");
    }

    @Test
    void productionClientsReachTheFakeSiteWithTheirOwnSignedRequests() {
        AtlassianSite jira = sites.jira(FakeAtlassianSite.JIRA_CLIENT_KEY);
        JsonNode issue = json.readTree(jira.restClient().get().uri("/rest/api/3/issue/{key}?fields=summary,status", "INC-42")
                .retrieve().body(String.class));
        assertThat(issue.path("fields").path("status").path("statusCategory").path("key").asString()).isEqualTo("done");
        JsonNode comments = json.readTree(jira.restClient().get().uri("/rest/api/3/issue/INC-42/comment?startAt=5&maxResults=5&orderBy=created")
                .retrieve().body(String.class));
        assertThat(comments.path("total").asInt()).isBetween(15, 25);
        assertThat(comments.path("comments").size()).isEqualTo(5);

        AtlassianSite wiki = sites.confluenceFor(FakeAtlassianSite.JIRA_CLIENT_KEY).orElseThrow();
        JsonNode spaces = json.readTree(wiki.restClient().get().uri("/api/v2/spaces?keys=PM").retrieve().body(String.class));
        assertThat(spaces.path("results").get(0).path("id").asString()).isEqualTo("98306");
    }

    @Test
    void theFakeSiteRefusesUnsignedCalls() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/rest/api/3/issue/INC-42")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void demoPageFramesThePanelWithAQshBoundJwtLikeJira() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("INC-42", "Staff cannot log in via SSO", "Looks like the IdP is down");
        Matcher src = Pattern.compile("<iframe[^>]*src=\"([^\"]+)\"").matcher(page.body());
        assertThat(src.find()).isTrue();
        String url = unescapeHtml(src.group(1));
        assertThat(url).startsWith("http://localhost:" + port + "/panel?issueKey=INC-42&").contains("&jwt=", "xdm_e=");
        String query = url.substring(url.indexOf('?') + 1);
        String jwt = query.substring(query.indexOf("jwt=") + 4);
        com.nimbusds.jwt.JWTClaimsSet claims = com.nimbusds.jwt.SignedJWT.parse(jwt).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(FakeAtlassianSite.JIRA_CLIENT_KEY);
        assertThat(claims.getClaim("qsh")).isEqualTo(io.postmortem.connect.jwt.QueryStringHash.compute("GET", "/panel", query));
        assertThat(com.nimbusds.jwt.SignedJWT.parse(jwt).verify(new com.nimbusds.jose.crypto.MACVerifier(
                site.sharedSecret(false).getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isTrue();
    }

    /** In a real browser, the framed panel authenticates with the iframe URL's JWT and shows the incident. */
    @Test
    void theFramedPanelLoadsInARealBrowser() throws Exception {
        java.io.File chromium = new java.io.File("/usr/bin/chromium");
        java.io.File chromedriver = new java.io.File("/usr/bin/chromedriver");
        boolean present = chromium.canExecute() && chromedriver.canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires /usr/bin/chromium and /usr/bin/chromedriver");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "Skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + java.nio.file.Files.createTempDirectory("demo-chromium"), "--window-size=1400,1000");
        org.openqa.selenium.chrome.ChromeDriverService service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        org.openqa.selenium.WebDriver driver = new org.openqa.selenium.chrome.ChromeDriver(service, options);
        try {
            driver.get("http://localhost:" + port + "/demo");
            assertThat(driver.getTitle()).contains("INC-42");
            driver.switchTo().frame("postmortem-panel");
            String text = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(d -> {
                        String body = d.findElement(org.openqa.selenium.By.tagName("body")).getText();
                        return body.contains("INC-42") ? body : null;
                    });
            assertThat(text).doesNotContain("Missing JWT", "Invalid JWT", "qsh does not match");
        } finally {
            driver.quit();
        }
    }

    /** The few entities Mustache writes into attribute values. */
    static String unescapeHtml(String s) {
        Matcher m = Pattern.compile("&#(\\d+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
        }
        m.appendTail(b);
        return b.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
