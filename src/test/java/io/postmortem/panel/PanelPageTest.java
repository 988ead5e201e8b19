package io.postmortem.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.ConnectFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The iframe pages: verified like any Jira iframe, served as escaped HTML carrying a session token. */
class PanelPageTest extends PanelHttpTestBase {

    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"pm-bootstrap\">(.*?)</script>", Pattern.DOTALL);

    @Autowired
    DraftRepository drafts;

    String clientKey;
    String secret;

    @BeforeEach
    void install() {
        clientKey = "panel-page-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, "https://acme.atlassian.net", secret);
    }

    private HttpResponse<String> iframe(String pathAndQuery) {
        String jwt = ConnectFixtures.requestJwt(clientKey, secret, "GET", pathAndQuery, "557058:alex");
        return get(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "jwt=" + jwt, null);
    }

    private static JsonNode boot(HttpResponse<String> page) {
        Matcher m = BOOT.matcher(page.body());
        assertThat(m.find()).as("bootstrap data in the page").isTrue();
        return io.postmortem.testsupport.TestJson.MAPPER.readTree(m.group(1));
    }

    @Test
    void theGlancePanelIsServedWithASessionTokenForItsIssueOnly() {
        drafts.insert(clientKey, PanelFixtures.draft("INC-7"));
        HttpResponse<String> page = iframe("/panel?issueKey=INC-7");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self' https://connect-cdn.atl-paas.net").doesNotContain("unsafe-eval");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/panel/panel.js\"></script>")
                .contains("class=\"ac-content\"")
                .doesNotContain("connect-cdn.atl-paas.net"); // outside Jira: no all.js
        JsonNode boot = boot(page);
        assertThat(boot.get("issueKey").asString()).isEqualTo("INC-7");
        assertThat(boot.get("mode").asString()).isEqualTo("panel");
        assertThat(boot.get("questions").size()).isEqualTo(10);
        assertThat(boot.get("questions").get(6).get("text").asString()).contains("slightly different");

        String token = boot.get("token").asString();
        assertThat(get("/api/postmortems/INC-7", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/postmortems/INC-8", token).statusCode()).isEqualTo(403);
    }

    @Test
    void insideJiraThePageLoadsAllJs() {
        HttpResponse<String> page = iframe("/panel?issueKey=INC-7&xdm_e=https%3A%2F%2Facme.atlassian.net&xdm_c=channel-x&cp=&lic=active&cv=1001.0.0");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"https://connect-cdn.atl-paas.net/all.js\" async");
    }

    @Test
    void thePanelRequiresAJwtBoundToItsOwnUrl() {
        assertThat(get("/panel?issueKey=INC-7", null).statusCode()).isEqualTo(401);
        // a token Jira signed for INC-7 does not open INC-8
        String forSeven = ConnectFixtures.requestJwt(clientKey, secret, "GET", "/panel?issueKey=INC-7", "557058:alex");
        HttpResponse<String> swapped = get("/panel?issueKey=INC-8&jwt=" + forSeven, null);
        assertThat(swapped.statusCode()).isEqualTo(401);
        assertThat(swapped.body()).startsWith("{\"error\"");
        // a context token is not an iframe token
        String ctx = ConnectFixtures.contextJwt(clientKey, secret, "557058:alex", "INC-7");
        assertThat(get("/panel?issueKey=INC-7", ctx).statusCode()).isEqualTo(401);
        assertThat(iframe("/panel?issueKey=%3Cimg%3E").statusCode()).isEqualTo(400);
        assertThat(iframe("/panel").statusCode()).isEqualTo(400);
    }

    @Test
    void theFullPageTakesTheIssueFromTheQueryOrTheContext() {
        HttpResponse<String> signed = iframe("/panel/full?issueKey=INC-7");
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(boot(signed).get("mode").asString()).isEqualTo("full");

        String ctx = ConnectFixtures.contextJwt(clientKey, secret, "557058:alex", "INC-9");
        HttpResponse<String> fromContext = get("/panel/full", ctx);
        assertThat(fromContext.statusCode()).isEqualTo(200);
        assertThat(boot(fromContext).get("issueKey").asString()).isEqualTo("INC-9");
        assertThat(get("/panel/full?issueKey=INC-7", ctx).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutAnIssueTheFullPageListsThisInstallationsPostMortems() {
        drafts.insert(clientKey, PanelFixtures.draft("INC-7"));
        drafts.insert("someone-else", PanelFixtures.draft("SECRET-1"));
        HttpResponse<String> page = iframe("/panel/full");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"https://acme.atlassian.net/browse/INC-7\"").doesNotContain("SECRET-1");
    }
}
