package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.testsupport.ConnectFixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** GET/PUT /api/settings and the admin configure page, against the fake site. */
class SettingsApiTest extends PublishTestBase {

    static final String ADMIN = "557058:admin-0000";
    static final String MEMBER = "557058:member-0000";

    private String token(String accountId) {
        return ConnectFixtures.contextJwt(CK, secret, accountId, null); // a context token without an issue
    }

    private ObjectNode body() {
        return (ObjectNode) JSON.valueToTree(configured());
    }

    @Test
    void anyUserReadsTheSettings() {
        HttpResponse<String> r = call("GET", "/api/settings", token(MEMBER), null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode s = JSON.readTree(r.body());
        assertThat(s.path("confluenceSpaceKey").asString()).isEqualTo("PM");
        assertThat(s.path("linkType").asString()).isEqualTo("Relates");
    }

    @Test
    void aNonAdministratorCannotWrite() {
        HttpResponse<String> r = call("PUT", "/api/settings", token(MEMBER), body().put("defaultDueDays", 10).toString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(r.body()).path("error").asString()).contains("Jira administrator");
        assertThat(settings.get(CK).defaultDueDays()).isEqualTo(30);
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void anUnknownSpaceProjectIssueTypeOrLinkTypeIsAFieldError() {
        ATLASSIAN.admins.add(ADMIN);
        ObjectNode bad = body().put("confluenceSpaceKey", "NOPE").put("actionItemIssueType", "Epic").put("linkType", "Causes");
        HttpResponse<String> r = call("PUT", "/api/settings", token(ADMIN), bad.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.path("details").valueStream().map(JsonNode::asString).toList())
                .anySatisfy(d -> assertThat(d).startsWith("confluenceSpaceKey:").contains("NOPE"))
                .anySatisfy(d -> assertThat(d).startsWith("actionItemIssueType:").contains("Epic").contains("Task"))
                .anySatisfy(d -> assertThat(d).startsWith("linkType:").contains("Causes").contains("Relates"));
        assertThat(settings.get(CK).confluenceSpaceKey()).isEqualTo("PM");

        HttpResponse<String> noProject = call("PUT", "/api/settings", token(ADMIN), body().put("actionItemProject", "ZZZ").toString());
        assertThat(noProject.statusCode()).isEqualTo(400);
        assertThat(noProject.body()).contains("actionItemProject: no Jira project with key 'ZZZ'");
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void aiDraftingIsOffAndCannotBeSwitchedOnWhileTheServerHasItOff() {
        assertThat(JSON.readTree(call("GET", "/api/settings", token(MEMBER), null).body()).path("aiDrafting").asBoolean(true)).isFalse();
        ATLASSIAN.admins.add(ADMIN);
        HttpResponse<String> r = call("PUT", "/api/settings", token(ADMIN), body().put("aiDrafting", true).toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("details").valueStream().map(JsonNode::asString).toList())
                .anySatisfy(d -> assertThat(d).startsWith("aiDrafting:").contains("postmortem.ai.enabled=true"));
        assertThat(settings.get(CK).aiDrafting()).isFalse();
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void anAdministratorSavesCheckedSettings() {
        ATLASSIAN.admins.add(ADMIN);
        ObjectNode good = body().put("defaultDueDays", 14);
        good.putObject("projects").putObject("INC").put("actionItemProject", "OPS").put("linkType", "Blocks");
        HttpResponse<String> r = call("PUT", "/api/settings", token(ADMIN), good.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(settings.get(CK).defaultDueDays()).isEqualTo(14);
        assertThat(settings.get(CK).forProject("INC").linkType()).isEqualTo("Blocks");
        assertThat(JSON.readTree(call("GET", "/api/settings", token(MEMBER), null).body()).path("defaultDueDays").asInt()).isEqualTo(14);
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void withoutPairedConfluenceTheSpaceErrorSaysWhatToInstall() {
        ATLASSIAN.admins.add(ADMIN);
        String token = ConnectFixtures.contextJwt(OTHER_CK, otherSecret, ADMIN, null);
        HttpResponse<String> r = call("PUT", "/api/settings", token, body().toString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Confluence is not installed for this site: install Post-Mortem Facilitator for Confluence "
                + "from https://postmortem.test/atlassian-connect-confluence.json");
    }

    @Test
    void theConfigurePageIsForAdministratorsOnly() {
        ATLASSIAN.admins.add(ADMIN);
        HttpResponse<String> admin = call("GET", "/admin/configure",
                ConnectFixtures.requestJwt(CK, secret, "GET", "/admin/configure", ADMIN), null);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("<form id=\"settings\"").contains("confluenceSpaceKey").contains("/settings/settings-connect.js");

        HttpResponse<String> member = call("GET", "/admin/configure",
                ConnectFixtures.requestJwt(CK, secret, "GET", "/admin/configure", MEMBER), null);
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.body()).contains("Only Jira administrators").doesNotContain("<form");

        assertThat(call("GET", "/admin/configure", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theConfigurePageForbidsInlineScriptAndSniffing() {
        ATLASSIAN.admins.add(ADMIN);
        for (String account : new String[] {ADMIN, MEMBER}) {
            HttpResponse<String> page = call("GET", "/admin/configure",
                    ConnectFixtures.requestJwt(CK, secret, "GET", "/admin/configure", account), null);
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(account).contains("default-src 'none'").contains("script-src 'self' https://connect-cdn.atl-paas.net;")
                    .contains("connect-src 'self'").contains("object-src 'none'").contains("base-uri 'none'");
            assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(page.body()).doesNotContain("<script>").doesNotContain("<style>");
        }
        HttpResponse<String> script = call("GET", "/settings/settings-connect.js", null, null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(script.body()).contains("fetch(api");
    }
}
