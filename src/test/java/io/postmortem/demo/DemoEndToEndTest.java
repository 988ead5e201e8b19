package io.postmortem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.testsupport.site.AtlassianSiteTransformer;
import io.postmortem.testsupport.site.DemoIncident;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's whole story through the production code, against the fake site only: start-up installs Jira and
 * Confluence (signed installs), the Resolved webhook makes a draft, a person fills the post-mortem (the seed's
 * example, owners mapped to people assignable on the site) through the API with a context token, publishes, and
 * the site then holds one well-formed Confluence page with every section and one issue per action item (owner,
 * due date, labels, link to INC-42). Publishing again updates the page to version 2 and creates no issue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demoe2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class DemoEndToEndTest {

    static final Duration DRAFT_TIMEOUT = Duration.ofSeconds(150);
    static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(120);

    /** Section headings of the seed's template, as words that must appear in the page's headings. */
    static final List<String> SECTIONS = List.of("summary", "impact", "timeline", "root cause", "five whys", "contributing",
            "data impact", "went well", "didn", "lucky", "action items", "supporting evidence", "external");

    @LocalServerPort int port;
    @Autowired FakeAtlassianSite site;
    @Autowired InstallationRepository installations;
    @Autowired AtlassianSites sites;
    @Autowired JsonMapper json;

    final HttpClient http = io.postmortem.testsupport.TestHttp.CLIENT;

    @Test
    void resolvedIncidentToPublishedPostMortemAndBackAgain() throws Exception {
        // 1. start-up installed both products, paired by site
        Installation jira = installations.findActive(FakeAtlassianSite.JIRA_CLIENT_KEY).orElseThrow();
        Installation confluence = installations.findActive(FakeAtlassianSite.CONFLUENCE_CLIENT_KEY).orElseThrow();
        assertThat(jira.site()).isEqualTo(confluence.site());
        assertThat(sites.confluenceFor(jira.clientKey())).isPresent();

        // 2. the Resolved webhook led to a draft
        JsonNode draft = poll("draft of INC-42", DRAFT_TIMEOUT, () -> get("/api/postmortems/INC-42"), r -> r.statusCode() == 200);
        assertThat(draft.path("issueKey").asString()).isEqualTo("INC-42");
        assertThat(draft.path("timeline").size()).as("timeline from the incident's evidence").isGreaterThan(3);

        // 3. a person answers everything (the seed's example) and names owners who exist on the site
        ObjectNode filled = filledFrom(draft);
        HttpResponse<String> saved = send("PUT", "/api/postmortems/INC-42", json.writeValueAsString(filled));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode savedDoc = json.readTree(saved.body());
        assertThat(savedDoc.path("version").asInt()).isEqualTo(draft.path("version").asInt() + 1);
        List<String> errors = new ArrayList<>();
        savedDoc.path("findings").forEach(f -> {
            if ("ERROR".equals(f.path("severity").asString())) {
                errors.add(f.path("path").asString() + ": " + f.path("message").asString());
            }
        });
        assertThat(errors).as("ERROR findings after filling the seed example").isEmpty();
        ArrayNode items = (ArrayNode) filled.get("actionItems");
        int n = items.size();

        // 4. publish and wait until done
        HttpResponse<String> accepted = send("POST", "/api/postmortems/INC-42/publish", null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode publication = pollPublication(0);
        int firstVersion = publication.path("pageVersion").asInt();
        assertThat(publication.path("actionItems").size()).isEqualTo(n);

        // 5. the site holds one page with every section, well-formed, and N linked, owned, dated issues
        // (with the redaction checklist complete, publish also writes the external version as a child page)
        AtlassianSiteTransformer data = site.data();
        List<ObjectNode> postMortems = postMortemPages(data, publication);
        assertThat(postMortems).hasSize(1);
        ObjectNode page = postMortems.get(0);
        assertThat(page.path("id").asString()).isEqualTo(publication.path("pageId").asString());
        assertThat(page.path("spaceId").asString()).isEqualTo(AtlassianSiteTransformer.SPACE_ID);
        String storage = page.path("body").path("storage").path("value").asString();
        assertThat(AtlassianSiteTransformer.xmlError(storage)).as("storage body parses as XML").isNull();
        String headings = headings(storage);
        for (String section : SECTIONS) {
            assertThat(headings).as("section heading '" + section + "' in " + headings).contains(section);
        }
        assertThat(storage).contains("INC-42");
        assertActionItems(items, publication);
        int pagesAfterFirst = data.pages().size();

        assertThat(page.path("version").path("number").asInt()).isEqualTo(firstVersion);

        // 6. publish again: same page, one version more, no new issue. (A first publish writes the page twice,
        // create then update with the new Jira keys, so its version is 2 and the re-publish makes it 3.)
        HttpResponse<String> again = send("POST", "/api/postmortems/INC-42/publish", null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        JsonNode second = pollPublication(firstVersion);
        assertThat(second.path("pageId").asString()).isEqualTo(publication.path("pageId").asString());
        assertThat(postMortemPages(data, second)).hasSize(1);
        assertThat(data.pages()).hasSize(pagesAfterFirst);
        assertThat(data.page(publication.path("pageId").asString()).path("version").path("number").asInt())
                .isEqualTo(firstVersion + 1).isEqualTo(second.path("pageVersion").asInt());
        assertThat(data.createdIssues()).hasSize(n);
        assertActionItems(items, second);

        // 7. the demo pages show the result
        HttpResponse<String> pageView = http.send(HttpRequest.newBuilder(URI.create(base() + "/demo/confluence/pages/"
                + publication.path("pageId").asString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pageView.statusCode()).isEqualTo(200);
        assertThat(pageView.body()).contains("Version " + (firstVersion + 1)).doesNotContain("not well-formed");
        HttpResponse<String> issuesView = http.send(HttpRequest.newBuilder(URI.create(base() + "/demo/jira/issues")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issuesView.body()).contains("Action items: " + n + " issue(s)", "OPS-1");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "demo-confluence-page.html"), pageView.body());

        // 7b. the follow-through, with the demo's "move the clock" control: the earliest action item's notice before
        // its due date, then its overdue notice, through Jira's notify
        java.time.LocalDate today = io.postmortem.testsupport.TestClock.today();
        java.time.LocalDate earliest = null;
        for (JsonNode item : items) {
            java.time.LocalDate due = java.time.LocalDate.parse(item.path("due").asString());
            if (earliest == null || due.isBefore(earliest)) earliest = due;
        }
        java.time.LocalDate firstDue = earliest;
        long until = java.time.temporal.ChronoUnit.DAYS.between(today, earliest);
        HttpResponse<String> moved = http.send(HttpRequest.newBuilder(URI.create(base() + "/demo/clock?days=" + Math.max(0, until - 2)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(site.notifications).anySatisfy(sent -> assertThat(sent.getValue().path("subject").asString()).endsWith("is due on " + firstDue));
        http.send(HttpRequest.newBuilder(URI.create(base() + "/demo/clock?days=3")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(site.notifications).anySatisfy(sent -> assertThat(sent.getValue().path("subject").asString()).contains("is overdue (due " + firstDue + ")"));
        String issuePage = http.send(HttpRequest.newBuilder(URI.create(base() + "/demo")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(issuePage).contains("Follow-through:").contains("is overdue (due " + firstDue + ")");

        // 8. every call the app made, and every answer the fake site gave, keeps to Atlassian's OpenAPI files
        if (java.nio.file.Files.isRegularFile(OpenApiRecordedRequests.JIRA_SPEC)) {
            site.server().removeServeEventsMatching(
                    com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/install-keys/.*")).build());
            // the OpenAPI file types GET …/remotelink as one object; Jira answers a plain array (atlassian-rest.md 1.4)
            site.server().removeServeEventsMatching(
                    com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/rest/api/3/issue/[^/]+/remotelink")).build());
            // POST …/notify: Jira answers 204 without a body, but the OpenAPI file gives its 204 a JSON content type;
            // its requests are checked here, then only its answers are left out of the check below
            OpenApiRecordedRequests.assertAllRequestsValid(site.server());
            site.server().removeServeEventsMatching(
                    com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/rest/api/3/issue/[^/]+/notify")).build());
            OpenApiRecordedRequests.Summary checked = OpenApiRecordedRequests.assertAllInteractionsValid(site.server());
            assertThat(checked.validated()).isGreaterThan(10);
        }
    }

    /** The site's pages except the external version (a child page of the post-mortem, named by the publication). */
    private static List<ObjectNode> postMortemPages(AtlassianSiteTransformer data, JsonNode publication) {
        String external = publication.path("externalPageId").asString(null);
        List<ObjectNode> pages = new ArrayList<>();
        for (ObjectNode p : data.pages()) {
            if (external != null && p.path("id").asString().equals(external)) {
                assertThat(p.path("parentId").asString()).isEqualTo(publication.path("pageId").asString());
            } else {
                pages.add(p);
            }
        }
        return pages;
    }

    private void assertActionItems(ArrayNode items, JsonNode publication) {
        List<ObjectNode> created = site.data().createdIssues();
        assertThat(created).hasSize(items.size());
        for (JsonNode item : items) {
            String summary = item.path("summary").asString();
            ObjectNode issue = created.stream().filter(i -> i.path("fields").path("summary").asString().equals(summary))
                    .findFirst().orElseThrow(() -> new AssertionError("no issue for action item " + summary));
            JsonNode f = issue.get("fields");
            assertThat(f.path("project").path("key").asString()).isEqualTo("OPS");
            assertThat(f.path("issuetype").path("name").asString()).isEqualTo("Task");
            assertThat(f.path("assignee").path("accountId").asString()).isEqualTo(item.path("ownerAccountId").asString());
            assertThat(f.path("duedate").asString()).isEqualTo(item.path("due").asString());
            List<String> labels = new ArrayList<>();
            f.path("labels").forEach(l -> labels.add(l.asString()));
            assertThat(labels).contains("postmortem-action");
            List<String> linked = new ArrayList<>();
            f.path("issuelinks").forEach(l -> linked.add((l.has("outwardIssue") ? l.get("outwardIssue") : l.get("inwardIssue"))
                    .path("key").asString()));
            assertThat(linked).as("links of " + issue.path("key").asString()).contains("INC-42");
            boolean reported = false;
            for (JsonNode a : publication.path("actionItems")) {
                reported |= a.path("jiraKey").asString("").equals(issue.path("key").asString());
            }
            assertThat(reported).as("publication names " + issue.path("key").asString()).isTrue();
        }
    }

    /** The draft with the seed example's human parts, owners mapped to people who are assignable in OPS. */
    private ObjectNode filledFrom(JsonNode draft) {
        ObjectNode seed = (ObjectNode) json.valueToTree(SeedExample.seedExample());
        ObjectNode doc = ((ObjectNode) draft).deepCopy();
        for (String field : List.of("summary", "header", "keyTimes", "impact", "timeline", "answers", "responders", "rootCause",
                "fiveWhys", "contributingFactors", "wentWell", "wentBadly", "lucky", "dataImpact", "actionItems",
                "rejectedActions", "unknownsAtTheTime", "supportingEvidence", "externalVersion", "redactionChecklist")) {
            if (seed.has(field)) {
                doc.set(field, seed.get(field));
            }
        }
        Map<String, DemoIncident.Person> owners = Map.of(SeedExample.ALEX, DemoIncident.ALEX, SeedExample.SAM, DemoIncident.SAM,
                SeedExample.DANA, DemoIncident.PRIYA, SeedExample.PRIYA, DemoIncident.JORDAN);
        for (JsonNode node : doc.withArray("actionItems")) {
            ObjectNode item = (ObjectNode) node;
            DemoIncident.Person owner = owners.get(item.path("ownerAccountId").asString());
            item.put("ownerAccountId", owner.accountId());
            if (item.has("ownerDisplayName")) {
                item.put("ownerDisplayName", owner.displayName());
            }
            item.putNull("jiraKey");
            item.put("status", "Open");
        }
        doc.remove("findings");
        doc.put("version", draft.path("version").asInt());
        return doc;
    }

    /** Waits for a DONE publication whose page version is above {@code previousVersion}. */
    private JsonNode pollPublication(int previousVersion) throws Exception {
        return poll("publication after version " + previousVersion, PUBLISH_TIMEOUT, () -> get("/api/postmortems/INC-42/publication"), r -> {
            if (r.statusCode() != 200) {
                return false;
            }
            JsonNode p = json.readTree(r.body());
            if ("FAILED".equals(p.path("state").asString())) {
                fail("publish failed: " + r.body());
            }
            return "DONE".equals(p.path("state").asString()) && p.path("pageVersion").asInt() > previousVersion;
        });
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private JsonNode poll(String what, Duration timeout, Call call, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = call.call();
            if (done.test(last)) {
                return json.readTree(last.body());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timed out waiting for " + what + "; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "JWT " + site.contextToken(DemoIncident.PRIYA.accountId(), DemoIncident.KEY))
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** All h1-h4 texts of the storage body, lower case, joined. */
    static String headings(String storage) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String wrapped = "<!DOCTYPE root [<!ENTITY nbsp \"&#160;\">]><root xmlns:ac=\"http://atlassian.com/content\""
                + " xmlns:ri=\"http://atlassian.com/resource/identifier\">" + storage + "</root>";
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(wrapped))).getDocumentElement();
        StringBuilder b = new StringBuilder();
        for (String tag : List.of("h1", "h2", "h3", "h4")) {
            NodeList list = root.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                b.append(list.item(i).getTextContent().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).append(" | ");
            }
        }
        return b.toString();
    }
}
