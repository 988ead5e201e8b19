package io.postmortem.testsupport.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.postmortem.connect.outbound.JwtSigningInterceptor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake site on its own, spoken to the way the app's clients speak to Jira and Confluence (Connect JWT per
 * request): Atlassian's JSON shapes, Atlassian's refusals, and state that survives between calls.
 */
class FakeAtlassianSiteTest {

    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    static FakeAtlassianSite site;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = new FakeAtlassianSite("postmortem-facilitator", 0, JSON, io.postmortem.testsupport.TestClock.clock()).start();
        site.adoptSecret(false, "jira-secret-for-tests-0123456789abcdef");
        site.adoptSecret(true, "confluence-secret-for-tests-0123456789abcdef");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void incidentReadsAsJiraV3WithPagedCommentsAndChangelog() throws Exception {
        JsonNode issue = jira("GET", "/rest/api/3/issue/INC-42?fields=summary,status,priority,assignee", null, 200);
        assertThat(issue.path("fields").path("issuetype").path("name").asString()).isEqualTo("Incident");
        assertThat(issue.path("fields").path("status").path("statusCategory").path("key").asString()).isEqualTo("done");
        JsonNode first = jira("GET", "/rest/api/3/issue/INC-42/comment?startAt=0&maxResults=10&orderBy=created", null, 200);
        int total = first.path("total").asInt();
        assertThat(total).isBetween(15, 25);
        assertThat(first.path("comments").size()).isEqualTo(10);
        JsonNode rest = jira("GET", "/rest/api/3/issue/INC-42/comment?startAt=10&maxResults=10&orderBy=created", null, 200);
        assertThat(rest.path("comments").size()).isEqualTo(total - 10);
        assertThat(first.path("comments").get(0).path("body").path("type").asString()).isEqualTo("doc");
        JsonNode changelog = jira("GET", "/rest/api/3/issue/INC-42/changelog", null, 200);
        assertThat(changelog.path("isLast").asBoolean()).isTrue();
        JsonNode last = changelog.path("values").get(changelog.path("values").size() - 1);
        assertThat(last.path("items").toString()).contains("\"fieldId\":\"status\"", "\"to\":\"10004\"");
        assertThat(jira("GET", "/rest/api/3/issue/INC-42/remotelink", null, 200).size()).isEqualTo(2);
        jira("GET", "/rest/api/3/issue/INC-42/comment?orderBy=author", null, 400);
    }

    @Test
    void bulkCreateAssignsKeysKeepsPropertiesLinksAndReportsFailedElements() throws Exception {
        String body = """
                {"issueUpdates":[
                  {"fields":{"project":{"key":"OPS"},"issuetype":{"name":"Task"},"summary":"Alert on SAML cert expiry < 14 days",
                     "assignee":{"accountId":"%s"},"duedate":"2026-12-10","labels":["postmortem-action"]},
                   "properties":[{"key":"postmortem-item","value":{"incident":"INC-42","draftItemId":"a1"}}],
                   "update":{"issuelinks":[{"add":{"type":{"name":"Relates"},"outwardIssue":{"key":"INC-42"}}}]}},
                  {"fields":{"project":{"key":"OPS"},"issuetype":{"name":"Task"},"summary":"Owner nobody can be",
                     "assignee":{"accountId":"712020:not-assignable"},"duedate":"2026-12-10"}}]}""".formatted(DemoIncident.ALEX.accountId());
        JsonNode created = jira("POST", "/rest/api/3/issue/bulk", body, 201);
        assertThat(created.path("issues").size()).isEqualTo(1);
        String key = created.path("issues").get(0).path("key").asString();
        assertThat(key).startsWith("OPS-");
        assertThat(created.path("errors").get(0).path("failedElementNumber").asInt()).isEqualTo(1);
        assertThat(created.path("errors").get(0).path("elementErrors").path("errors").path("assignee").asString()).contains("cannot be assigned");

        JsonNode found = jira("POST", "/rest/api/3/search/jql", """
                {"jql":"project = \\"OPS\\" AND issue.property[postmortem-item].draftItemId = \\"a1\\" ORDER BY created ASC",
                 "fields":["summary"],"properties":["postmortem-item"]}""", 200);
        assertThat(found.path("issues").size()).isEqualTo(1);
        assertThat(found.path("issues").get(0).path("properties").path("postmortem-item").path("incident").asString()).isEqualTo("INC-42");
        assertThat(jira("POST", "/rest/api/3/search/jql", "{\"jql\":\"issue.property[postmortem-item].draftItemId = \\\"zz\\\"\"}", 200)
                .path("issues").size()).isZero();
        JsonNode linked = jira("POST", "/rest/api/3/search/jql", "{\"jql\":\"issue in linkedIssues(\\\"INC-42\\\")\"}", 200);
        assertThat(linked.path("issues").toString()).contains(key).doesNotContain("\"INC-42\"");
        jira("POST", "/rest/api/3/search/jql", "{\"jql\":\"order by created\"}", 400);

        JsonNode issue = jira("GET", "/rest/api/3/issue/" + key, null, 200);
        assertThat(issue.path("fields").path("assignee").path("accountId").asString()).isEqualTo(DemoIncident.ALEX.accountId());
        assertThat(issue.path("fields").path("issuelinks").get(0).path("outwardIssue").path("key").asString()).isEqualTo("INC-42");
        jira("PUT", "/rest/api/3/issue/" + key, "{\"fields\":{\"duedate\":\"2026-12-20\"}}", 204);
        assertThat(jira("GET", "/rest/api/3/issue/" + key, null, 200).path("fields").path("duedate").asString()).isEqualTo("2026-12-20");
    }

    @Test
    void issuePropertiesAreStateful() throws Exception {
        jira("GET", "/rest/api/3/issue/INC-42/properties/postmortem-test", null, 404);
        jiraStatus("PUT", "/rest/api/3/issue/INC-42/properties/postmortem-test", "{\"state\":\"draft\"}", 201);
        jiraStatus("PUT", "/rest/api/3/issue/INC-42/properties/postmortem-test", "{\"state\":\"published\"}", 200);
        assertThat(jira("GET", "/rest/api/3/issue/INC-42/properties/postmortem-test", null, 200).path("value").path("state").asString())
                .isEqualTo("published");
    }

    @Test
    void confluencePagesKeepBodyVersionTitleAndLabels() throws Exception {
        String space = wiki("GET", "/wiki/api/v2/spaces?keys=PM", null, 200).path("results").get(0).path("id").asString();
        JsonNode page = wiki("POST", "/wiki/api/v2/pages", """
                {"spaceId":"%s","status":"current","title":"Post-mortem: INC-7 test","body":{"representation":"storage","value":"<h2>Summary</h2><p>a &amp; b</p>"}}"""
                .formatted(space), 200);
        String id = page.path("id").asString();
        assertThat(page.path("version").path("number").asInt()).isEqualTo(1);
        wiki("POST", "/wiki/api/v2/pages", """
                {"spaceId":"%s","status":"current","title":"Post-mortem: INC-7 test","body":{"representation":"storage","value":"<p>x</p>"}}"""
                .formatted(space), 400);
        wiki("POST", "/wiki/api/v2/pages", """
                {"spaceId":"%s","status":"current","title":"Broken","body":{"representation":"storage","value":"<p>unclosed"}}"""
                .formatted(space), 400);
        wiki("PUT", "/wiki/api/v2/pages/" + id, """
                {"id":"%s","status":"current","title":"Post-mortem: INC-7 test","body":{"representation":"storage","value":"<p>v2</p>"},"version":{"number":1}}"""
                .formatted(id), 409);
        wiki("PUT", "/wiki/api/v2/pages/" + id, """
                {"id":"%s","status":"current","title":"Post-mortem: INC-7 test","body":{"representation":"storage","value":"<p>v2</p>"},"version":{"number":2}}"""
                .formatted(id), 200);
        JsonNode read = wiki("GET", "/wiki/api/v2/pages/" + id + "?body-format=storage", null, 200);
        assertThat(read.path("version").path("number").asInt()).isEqualTo(2);
        assertThat(read.path("body").path("storage").path("value").asString()).isEqualTo("<p>v2</p>");
        JsonNode byTitle = wiki("GET", "/wiki/api/v2/pages?space-id=" + space + "&title=Post-mortem%3A%20INC-7%20test&status=current", null, 200);
        assertThat(byTitle.path("results").size()).isEqualTo(1);
        wiki("POST", "/wiki/rest/api/content/" + id + "/label", "[{\"prefix\":\"global\",\"name\":\"postmortem\"},{\"prefix\":\"global\",\"name\":\"inc-7\"}]", 200);
        assertThat(site.data().labelsOf(id)).containsExactly("postmortem", "inc-7");
    }

    @Test
    void unsignedOrWronglySignedCallsAreRefused() throws Exception {
        HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/rest/api/3/myself")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        // a token for another request (qsh) is refused
        String token = signer(false).token("GET", "/rest/api/3/issue/INC-42", null, "jira-secret-for-tests-0123456789abcdef");
        HttpResponse<String> replayed = HTTP.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/rest/api/3/myself"))
                .header("Authorization", "JWT " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode()).isEqualTo(401);
        // the Jira secret does not open Confluence
        String jiraSigned = signer(true).token("GET", "/api/v2/spaces", "keys=PM", "jira-secret-for-tests-0123456789abcdef");
        HttpResponse<String> crossed = HTTP.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/wiki/api/v2/spaces?keys=PM"))
                .header("Authorization", "JWT " + jiraSigned).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossed.statusCode()).isEqualTo(401);
    }

    private static JwtSigningInterceptor signer(boolean confluence) {
        return new JwtSigningInterceptor(confluence ? "postmortem-facilitator.confluence" : "postmortem-facilitator", () -> null,
                io.postmortem.testsupport.TestClock.clock());
    }

    private static JsonNode jira(String method, String pathAndQuery, String body, int expected) throws Exception {
        return call(false, method, pathAndQuery, body, expected);
    }

    private static void jiraStatus(String method, String pathAndQuery, String body, int expected) throws Exception {
        call(false, method, pathAndQuery, body, expected);
    }

    private static JsonNode wiki(String method, String pathAndQuery, String body, int expected) throws Exception {
        return call(true, method, pathAndQuery, body, expected);
    }

    private static JsonNode call(boolean confluence, String method, String pathAndQuery, String body, int expected) throws Exception {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        String relative = confluence ? path.substring("/wiki".length()) : path;
        String token = signer(confluence).token(method, relative, query, site.sharedSecret(confluence));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.baseUrl() + pathAndQuery))
                .header("Authorization", "JWT " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + pathAndQuery + " -> " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
