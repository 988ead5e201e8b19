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

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
