package io.postmortem.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.ConnectFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input and exposure on the post-mortem API, over real HTTP: values that do not fit the database, control
 * and bidi characters, tokens in URLs, and the headers every answer carries.
 */
class PanelHardeningTest extends PanelHttpTestBase {

    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @Autowired
    DraftRepository drafts;

    String clientKey;
    String secret;
    String issueKey;

    @BeforeEach
    void install() {
        clientKey = "harden-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, ATLASSIAN.baseUrl(), secret);
        issueKey = "INC-" + (100 + (int) (Math.random() * 100000));
    }

    private String ctx(String issue) {
        return ConnectFixtures.contextJwt(clientKey, secret, "557058:alex", issue);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        return send(method, path, token == null ? null : "JWT " + token, body);
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    // ---- headers

    @Test
    void everyApiAnswerIsNotCachedAndNotSniffedErrorsIncluded() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        HttpResponse<String> ok = call("GET", "/api/postmortems/" + issueKey, ctx(issueKey), null);
        HttpResponse<String> export = call("GET", "/api/postmortems/" + issueKey + "/export.md", ctx(issueKey), null);
        HttpResponse<String> forbidden = call("GET", "/api/postmortems/INC-1", ctx(issueKey), null);
        HttpResponse<String> unauthorized = call("GET", "/api/postmortems/" + issueKey, null, null);
        HttpResponse<String> unknown = call("GET", "/api/nothing/here", null, null);
        HttpResponse<String> invalid = call("PUT", "/api/postmortems/" + issueKey, ctx(issueKey), "{\"version\": ");
        for (HttpResponse<String> r : java.util.List.of(ok, export, forbidden, unauthorized, unknown, invalid)) {
            assertThat(r.headers().allValues("Cache-Control")).as(r.uri() + " " + r.statusCode()).containsExactly("no-store");
            assertThat(r.headers().allValues("X-Content-Type-Options")).as(r.uri().toString()).containsExactly("nosniff");
        }
        assertThat(java.util.List.of(ok.statusCode(), export.statusCode(), forbidden.statusCode(), unauthorized.statusCode(),
                unknown.statusCode(), invalid.statusCode())).containsExactly(200, 200, 403, 401, 404, 400);
        // a static file may be cached, but is not sniffed either
        HttpResponse<String> css = call("GET", "/panel/panel.css", null, null);
        assertThat(css.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    // ---- tokens in URLs

    @Test
    void theApiTakesItsTokenFromTheHeaderOnlyNeverFromTheUrl() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        String token = ctx(issueKey);
        assertThat(call("GET", "/api/postmortems/" + issueKey, token, null).statusCode()).isEqualTo(200);

        for (String path : new String[] {"/api/postmortems/" + issueKey, "/api/postmortems/" + issueKey + "/export.md",
                "/api/postmortems/" + issueKey + "/publication", "/api/postmortems/" + issueKey + "/intake", "/api/users?query=da",
                "/api/settings", "/%61pi/postmortems/" + issueKey}) { // an escaped /api is still /api
            String url = path + (path.contains("?") ? "&" : "?") + "jwt=" + token;
            HttpResponse<String> inUrl = call("GET", url, null, null);
            assertThat(inUrl.statusCode()).as(url + " " + inUrl.body()).isEqualTo(401);
            assertThat(json(inUrl).get("error").asString()).contains("JWT in the URL is not accepted on /api");
            assertThat(inUrl.body()).doesNotContain("SAML certificate expiry");
            HttpResponse<String> both = call("GET", url, token, null);
            assertThat(both.statusCode()).as("the header does not make the URL's copy acceptable: " + url).isEqualTo(401);
        }
        // a dot-segment detour does not lead to the API with the token either
        assertThat(call("GET", "/panel/../api/postmortems/" + issueKey + "?jwt=" + token, null, null).statusCode()).isIn(401, 404);
        HttpResponse<String> none = call("GET", "/api/postmortems/" + issueKey, null, null);
        assertThat(json(none).get("error").asString()).isEqualTo("Missing JWT (Authorization: JWT <token>)");
    }

    @Test
    void thePanelPageConnectLoadsStillTakesItsTokenFromTheUrl() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        String pathAndQuery = "/panel?issueKey=" + issueKey + "&xdm_e=https%3A%2F%2Facme.atlassian.net";
        HttpResponse<String> page = call("GET", pathAndQuery + "&jwt=" + ConnectFixtures.requestJwt(clientKey, secret, "GET", pathAndQuery,
                "557058:alex"), null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    // ---- control characters and bidi overrides

    static final String HOSTILE = "Rolled back\u0000 at 14:02\u001b[2J\u0007, the fix was \u202Edevorppa ton\u202C\u2066 approved\u2069\u0085";

    @Test
    void aSaveStoresNoControlCharactersOrBidiOverridesAndFoldsASummaryOntoOneLine() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        ObjectNode doc = (ObjectNode) json(call("GET", "/api/postmortems/" + issueKey, ctx(issueKey), null));
        ((ObjectNode) doc.get("answers")).put("fix", HOSTILE + "\r\nSecond line\tkept");
        ((ObjectNode) doc.get("header")).put("title", "SAML\ncertificate \u202Eexpiry");
        doc.put("summary", "Staff logins failed\u0007 for 90 minutes.");
        ((tools.jackson.databind.node.ArrayNode) doc.get("wentBadly")).add("Nobody\u001b read the mailbox");
        ObjectNode item = (ObjectNode) doc.get("actionItems").get(0);
        item.put("summary", "Alert on certificate expiry\nbelow 14 days\u0000");
        item.put("description", "Page on-call\n\u202Eand\u202C the owner");
        ((ObjectNode) doc.get("timeline").get(0)).put("event", "First SAML assertion rejected\u0007").put("who", "Okta\nbot");

        HttpResponse<String> r = call("PUT", "/api/postmortems/" + issueKey, ctx(issueKey), doc.toString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode saved = json(r);
        assertThat(saved.get("answers").get("fix").asString())
                .isEqualTo("Rolled back at 14:02[2J, the fix was devorppa ton approved\nSecond line\tkept");
        assertThat(saved.get("header").get("title").asString()).isEqualTo("SAML certificate expiry");
        assertThat(saved.get("summary").asString()).isEqualTo("Staff logins failed for 90 minutes.");
        assertThat(saved.get("wentBadly").toString()).contains("Nobody read the mailbox");
        assertThat(saved.get("actionItems").get(0).get("summary").asString()).isEqualTo("Alert on certificate expiry below 14 days");
        assertThat(saved.get("actionItems").get(0).get("description").asString()).isEqualTo("Page on-call\nand the owner");
        assertThat(saved.get("timeline").get(0).get("event").asString()).isEqualTo("First SAML assertion rejected");
        assertThat(saved.get("timeline").get(0).get("who").asString()).isEqualTo("Okta bot");

        var stored = drafts.find(clientKey, issueKey).orElseThrow();
        assertThat(stored.actionItems().get(0).summary()).isEqualTo("Alert on certificate expiry below 14 days");
        assertClean(JSON.writeValueAsString(stored));
        HttpResponse<String> markdown = call("GET", "/api/postmortems/" + issueKey + "/export.md", ctx(issueKey), null);
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertClean(markdown.body());
        assertThat(markdown.body()).contains("Staff logins failed for 90 minutes.").contains("Alert on certificate expiry below 14 days")
                .contains("# Post-Mortem: SAML certificate expiry");
    }

    @Test
    void pastedThreadsAndExportsAreStoredWithoutControlCharactersOrBidiOverrides() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        String path = "/api/postmortems/" + issueKey + "/evidence?tz=UTC";
        String thread = "2026-11-20 10:15 UTC - Dana: restarted the IdP\u001b[0m \u202Enot\u202C\u0007\n"
                + "2026-11-20 10:40 UTC - Sam: logins work again \u2067ok\u2069";
        HttpResponse<String> text = paste(path, ctx(issueKey), "text/plain", thread);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
        assertThat(json(text).get("timeline").toString()).contains("restarted the IdP").contains("logins work again");

        String export = "[{\"type\":\"message\",\"ts\":\"1795170600.000100\",\"user\":\"U1\",\"user_profile\":{\"real_name\":\"Ana\\u202e\"},"
                + "\"text\":\"rolled back \\u001b[31m the \\u202edeploy\\u202c\\u0000 now\"}]";
        HttpResponse<String> slack = paste(path, ctx(issueKey), "application/json", export);
        assertThat(slack.statusCode()).as(slack.body()).isEqualTo(200);
        assertThat(json(slack).get("timeline").toString()).contains("rolled back [31m the deploy now");

        var stored = drafts.find(clientKey, issueKey).orElseThrow();
        assertThat(stored.timeline()).hasSizeGreaterThanOrEqualTo(4);
        assertClean(JSON.writeValueAsString(stored));
    }

    @Test
    void aStoredPasteReadAgainByARebuildIsStillClean() {
        io.postmortem.testsupport.JiraJson.stubIncident(ATLASSIAN, issueKey, "10042", 3, 2);
        ATLASSIAN.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/rest/api/3/myself"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        io.postmortem.testsupport.JiraJson.user("557058:app", "Post-Mortem Facilitator", "app").toString())));
        ATLASSIAN.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        io.postmortem.testsupport.JiraJson.searchPage(java.util.List.of(), null).toString())));
        ATLASSIAN.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/rest/api/3/issue/[^/]+/properties/.+"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
        assertThat(call("POST", "/api/postmortems/" + issueKey, ctx(issueKey), null).statusCode()).isEqualTo(201);
        String thread = "Dana Ops  9:44 AM\nPagerDuty paged me\u0007, checkout errors since 9:38\u001b[0m \u202Eyltnerruc\n"
                + "Dana Ops  10:40 AM\nrollback done\u2066, error rate back to baseline\u2069. all-clear sent\n";
        HttpResponse<String> pasted = paste("/api/postmortems/" + issueKey + "/evidence?tz=UTC", ctx(issueKey), "text/plain", thread);
        assertThat(pasted.statusCode()).as(pasted.body()).isEqualTo(200);
        assertThat(pasted.body()).contains("rollback done");
        assertClean(pasted.body());

        HttpResponse<String> rebuilt = call("POST", "/api/postmortems/" + issueKey, ctx(issueKey), null);
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.body()).contains("rollback done");
        assertClean(rebuilt.body());
        assertClean(JSON.writeValueAsString(drafts.find(clientKey, issueKey).orElseThrow()));
    }

    // ---- pastes at the limits

    @Test
    void aPasteThatWouldOverflowTheTimelineIs413AndAddsNothing() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        long t0 = io.postmortem.testsupport.TestClock.now().minus(java.time.Duration.ofDays(30)).getEpochSecond();
        StringBuilder export = new StringBuilder("[");
        for (int i = 0; i < 2100; i++) { // 2,100 distinct events ten minutes apart: 2,100 rows
            if (i > 0) export.append(',');
            export.append("{\"ts\":\"").append(t0 + i * 600L).append(".000100\",\"user\":\"U").append(i % 9)
                    .append("\",\"user_profile\":{\"real_name\":\"Person ").append(i % 9).append("\"},\"text\":\"restarted worker shard ")
                    .append(i).append(" after its queue depth alarm fired\"}");
        }
        HttpResponse<String> r = paste("/api/postmortems/" + issueKey + "/evidence", ctx(issueKey), "application/json",
                export.append(']').toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(json(r).get("error").asString()).startsWith("Paste too large for the timeline: it would add 2,")
                .contains("the limit is 2,000").contains("Nothing was added").contains("incident's window only");
        var stored = drafts.find(clientKey, issueKey).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.timeline()).hasSize(1);
    }

    @Test
    void whatAPasteAddsCanAlwaysBeSavedAgainFromThePanel() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        String longName = "Dana " + "Ops".repeat(150);      // 455 characters: more than a saved name may have
        String longTs = "1795170600." + "0".repeat(400);    // a valid number, a 417-character source
        long t0 = io.postmortem.testsupport.TestClock.now().minus(java.time.Duration.ofDays(3)).getEpochSecond();
        String export = "[{\"ts\":\"" + t0 + ".000100\",\"user\":\"U1\",\"user_profile\":{\"real_name\":\"" + longName
                + "\"},\"text\":\"rolled back the deploy of checkout\"},"
                + "{\"ts\":\"" + t0 + "." + "0".repeat(400) + "\",\"username\":\"Datadog\",\"subtype\":\"bot_message\",\"text\":\"Triggered: 5xx above 5%\"}]";
        assertThat(longTs).hasSizeGreaterThan(300);
        HttpResponse<String> pasted = paste("/api/postmortems/" + issueKey + "/evidence?tz=UTC", ctx(issueKey), "application/json", export);
        assertThat(pasted.statusCode()).as(pasted.body()).isEqualTo(200);
        JsonNode doc = json(pasted);
        for (JsonNode row : doc.get("timeline")) {
            assertThat(row.get("who").asString().length()).isLessThanOrEqualTo(300);
            assertThat(row.get("source").asString().length()).isLessThanOrEqualTo(300);
        }
        assertThat(doc.get("timeline").toString()).contains("Dana OpsOps").contains("…");

        HttpResponse<String> saved = call("PUT", "/api/postmortems/" + issueKey, ctx(issueKey), doc.toString());
        assertThat(saved.statusCode()).as("the panel's next autosave: " + saved.body()).isEqualTo(200);
    }

    @Test
    void anExportWithATimestampNoInstantHoldsIsReadNotA500() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        long t0 = io.postmortem.testsupport.TestClock.now().minus(java.time.Duration.ofDays(3)).getEpochSecond();
        String export = "[{\"ts\":\"99999999999999999\",\"user\":\"U1\",\"text\":\"from the far future\"},"
                + "{\"ts\":\"" + t0 + ".000100\",\"user\":\"U2\",\"text\":\"rolled back the deploy of checkout\"}]";
        HttpResponse<String> r = paste("/api/postmortems/" + issueKey + "/evidence", ctx(issueKey), "application/json", export);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("timeline").toString()).contains("rolled back the deploy of checkout").doesNotContain("far future");
    }

    /** No control character but tab and line feed, no bidi embedding, override or isolate, escaped or not. */
    private static void assertClean(String text) {
        String decoded = text.contains("\\u") ? JSON.readTree(JSON.writeValueAsString(java.util.Map.of("t", text))).get("t").asString() : text;
        for (String s : new String[] {text, decoded}) {
            assertThat(s.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)).boxed().toList()).as(s).isEmpty();
        }
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("\\u0000").doesNotContain("\\u001b").doesNotContain("\\u0007")
                .doesNotContain("\\u202e").doesNotContain("\\u2066").doesNotContain("\\u2069");
    }

    // ---- values that do not fit their columns

    @Test
    void anIssueKeyLongerThanItsColumnIsNotFoundInsteadOfFailingTheInsert() {
        String longKey = "A" + "B".repeat(44) + "-" + "1".repeat(19); // 65 characters, the pattern's shape otherwise
        HttpResponse<String> r = call("POST", "/api/postmortems/" + longKey, ctx(longKey), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(json(r).get("error").asString()).startsWith("No post-mortem for");
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void anActionItemIdLongerThanItsColumnIsAFieldError() {
        drafts.insert(clientKey, PanelFixtures.draft(issueKey));
        ObjectNode doc = (ObjectNode) json(call("GET", "/api/postmortems/" + issueKey, ctx(issueKey), null));
        ((ObjectNode) doc.get("actionItems").get(0)).put("id", "i".repeat(65));
        HttpResponse<String> r = call("PUT", "/api/postmortems/" + issueKey, ctx(issueKey), doc.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("details").toString()).contains("actionItems[0].id: at most 64 characters (got 65)");
        assertThat(drafts.find(clientKey, issueKey).orElseThrow().version()).isEqualTo(1);
    }
}
