package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.render.Renderer;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** Publishing through the API and the durable job, against the fake Jira + Confluence. */
class PublishFlowTest extends PublishTestBase {

    private final Renderer renderer = new Renderer();

    @Test
    void firstPublishMakesOnePageWithEverySectionAndOneLinkedAssignedIssuePerActionItem() throws Exception {
        PostMortem before = draft();
        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(result.path("error").isNull()).isTrue();
        // one page, in space PM, titled by the renderer, carrying the whole template as well-formed storage XHTML
        assertThat(ATLASSIAN.pages()).hasSize(2); // the internal page and its external child (checklist complete, no redaction findings)
        FakeAtlassianSite.PageRecord page = ATLASSIAN.pages().get(result.path("pageId").asString());
        assertThat(page.title()).isEqualTo(renderer.pageTitle(before)).isEqualTo("Post-Mortem: Staff SSO logins failed after SAML certificate expiry - " + SeedExample.DAY);
        assertThat(page.spaceId()).isEqualTo(FakeAtlassianSite.SPACE_ID);
        Document xml = parseStorage(page.body());
        List<String> headings = texts(xml, "h2");
        assertThat(headings).contains("1. Summary", "2. Impact", "3. Timeline", "4. Root Cause Analysis", "5. Data impact",
                "6. What went well", "7. What didn't go well", "8. Where we got lucky", "9. Action items",
                "10. Supporting evidence", "11. External-facing version");
        assertThat(page.labels()).containsExactlyInAnyOrder("postmortem", "inc-42");
        assertThat(result.path("pageUrl").asString()).isEqualTo(ATLASSIAN.baseUrl() + "/wiki/spaces/PM/pages/" + page.id());

        // one issue per action item, assigned, due, labelled, linked to the incident, marked with its item id
        List<FakeAtlassianSite.Issue> issues = ATLASSIAN.issuesOf(INCIDENT);
        assertThat(issues).hasSize(before.actionItems().size());
        for (ActionItem item : before.actionItems()) {
            FakeAtlassianSite.Issue issue = issues.stream()
                    .filter(i -> item.id().equals(i.properties().get(PublishProcess.ITEM_PROPERTY).path("itemId").asString()))
                    .findFirst().orElseThrow();
            assertThat(issue.fields().path("summary").asString()).isEqualTo(item.summary());
            assertThat(issue.fields().path("assignee").path("accountId").asString()).isEqualTo(item.ownerAccountId());
            assertThat(issue.fields().path("duedate").asString()).isEqualTo(item.due().toString());
            assertThat(issue.fields().path("project").path("key").asString()).isEqualTo("OPS");
            assertThat(issue.fields().path("issuetype").path("id").asString()).isEqualTo(FakeAtlassianSite.TASK_TYPE_ID);
            assertThat(issue.fields().path("labels").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("postmortem-action", "inc-42");
            assertThat(issue.linkedTo()).containsExactly(INCIDENT);
            String description = issue.fields().path("description").toString();
            assertThat(description).contains(page.id()).contains("/browse/INC-42");
        }
        assertThat(ATLASSIAN.issueLinks()).allSatisfy(l -> assertThat(l[0]).isEqualTo("Relates"));

        // the document remembers the keys and the page; the page lists the keys (second write, version 2)
        PostMortem after = draft();
        assertThat(after.status()).isEqualTo(PostMortem.Status.PUBLISHED);
        assertThat(after.confluencePage().id()).isEqualTo(page.id());
        assertThat(after.actionItems()).allSatisfy(a -> assertThat(a.jiraKey()).startsWith("OPS-"));
        assertThat(after.actionItems().stream().map(ActionItem::jiraKey).collect(Collectors.toSet()))
                .isEqualTo(issues.stream().map(FakeAtlassianSite.Issue::key).collect(Collectors.toSet()));
        assertThat(page.version()).isEqualTo(2);
        assertThat(result.path("pageVersion").asInt()).isEqualTo(2);
        for (ActionItem a : after.actionItems()) assertThat(page.body()).contains(">" + a.jiraKey() + "<");
        assertThat(result.path("actionItems").valueStream().map(i -> i.path("jiraKey").asString()).toList())
                .containsExactlyElementsOf(after.actionItems().stream().map(ActionItem::jiraKey).toList());

        // the incident: remote link to the page, state property, glance lozenge
        assertThat(ATLASSIAN.remoteLinks(INCIDENT)).containsOnlyKeys("postmortem-page-" + page.id());
        JsonNode state = ATLASSIAN.properties(INCIDENT).get("postmortem");
        assertThat(state.path("state").asString()).isEqualTo("PUBLISHED");
        assertThat(state.path("pageId").asString()).isEqualTo(page.id());
        JsonNode glance = ATLASSIAN.properties(INCIDENT)
                .get("com.atlassian.jira.issue:postmortem-facilitator:postmortem-glance:status");
        assertThat(glance.path("type").asString()).isEqualTo("lozenge");
        assertThat(glance.path("value").path("label").asString()).isEqualTo("Published");
        assertThat(glance.path("value").path("type").asString()).isEqualTo("success");

        // the external version: a child page, labelled external-shareable, with nothing internal in it
        FakeAtlassianSite.PageRecord external = ATLASSIAN.pages().values().stream().filter(p -> page.id().equals(p.parentId())).findFirst().orElseThrow();
        assertThat(external.title()).isEqualTo(page.title() + " (external)");
        assertThat(external.labels()).contains("external-shareable");
        parseStorage(external.body());
        assertThat(external.body()).doesNotContain("INC-42").doesNotContain("OPS-");
        assertThat(after.confluencePage().externalPageId()).isEqualTo(external.id());

        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void publishingAgainUpdatesTheSamePageCreatesOnlyTheNewItemAndUpdatesTheChangedOne() {
        publishAndWait();
        String pageId = draft().confluencePage().id();
        int versionBefore = ATLASSIAN.pages().get(pageId).version();
        PostMortem published = draft();
        ActionItem first = published.actionItems().get(0);
        List<ActionItem> edited = new ArrayList<>(published.actionItems());
        edited.set(0, new ActionItem(first.id(), "Add certificate expiry monitoring with alerts at 30 and 14 days", first.description(),
                SeedExample.SAM, "Sam Lee", SeedExample.day(31), first.preventsRecurrence(), first.status(), first.jiraKey(), null));
        edited.add(new ActionItem("a5", "Document the SAML metadata re-upload steps for all 14 service providers in the runbook",
                null, SeedExample.PRIYA, "Priya Shah", SeedExample.day(29), ActionItem.PreventsRecurrence.PARTIALLY,
                "Open", null, null));
        drafts.update(CK, published.toBuilder().actionItems(edited).build(), published.version());
        ATLASSIAN.server().resetRequests();

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.pages().values().stream().filter(p -> p.parentId() == null)).hasSize(1);
        assertThat(result.path("pageId").asString()).isEqualTo(pageId);
        assertThat(ATLASSIAN.pages().get(pageId).version()).isEqualTo(versionBefore + 1);
        List<FakeAtlassianSite.Issue> issues = ATLASSIAN.issuesOf(INCIDENT);
        assertThat(issues).hasSize(5);
        assertThat(ATLASSIAN.edits).containsOnlyKeys(first.jiraKey());
        JsonNode edit = ATLASSIAN.edits.get(first.jiraKey());
        assertThat(edit.path("summary").asString()).startsWith("Add certificate expiry monitoring with alerts");
        assertThat(edit.path("assignee").path("accountId").asString()).isEqualTo(SeedExample.SAM);
        assertThat(edit.path("duedate").asString()).isEqualTo(SeedExample.day(31).toString());
        ActionItem a5 = draft().actionItems().get(4);
        assertThat(a5.jiraKey()).isNotNull();
        assertThat(ATLASSIAN.pages().get(pageId).body()).contains(">" + a5.jiraKey() + "<");
        assertAllRequestsMatchTheSpecs();

        // and once more without edits: no issue created or edited, the page updated in place
        ATLASSIAN.edits.clear();
        publishAndWait();
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize(5);
        assertThat(ATLASSIAN.edits).isEmpty();
        assertThat(ATLASSIAN.pages().values().stream().filter(p -> p.parentId() == null)).hasSize(1);
    }

    @Test
    void aTitleTakenByAnotherPageGetsAClearVariant() {
        String title = renderer.pageTitle(draft());
        FakeAtlassianSite.PageRecord theirs = ATLASSIAN.existingPage(title, "<p>Somebody else's page about INC-41</p>");

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).isEqualTo("DONE");
        FakeAtlassianSite.PageRecord ours = ATLASSIAN.pages().get(result.path("pageId").asString());
        assertThat(ours.title()).isEqualTo(title + " (INC-42)");
        assertThat(ATLASSIAN.pages().get(theirs.id()).body()).isEqualTo("<p>Somebody else's page about INC-41</p>");
        assertThat(ATLASSIAN.pages().get(theirs.id()).version()).isEqualTo(3);
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void aPageOfOursWhoseIdWasNeverStoredIsAdoptedNotDuplicated() {
        String title = renderer.pageTitle(draft());
        FakeAtlassianSite.PageRecord ours = ATLASSIAN.existingPage(title, renderer.storage(draft()));

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).isEqualTo("DONE");
        assertThat(result.path("pageId").asString()).isEqualTo(ours.id());
        assertThat(ATLASSIAN.pages().values().stream().filter(p -> p.parentId() == null)).hasSize(1);
    }

    @Test
    void aStaleVersionIsReReadAndTheUpdateRetriedOnce() {
        publishAndWait();
        String pageId = draft().confluencePage().id();
        int before = ATLASSIAN.pages().get(pageId).version();
        ATLASSIAN.bumpPageVersionBeforeNextUpdate(); // someone edits the page in Confluence meanwhile

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.pages().get(pageId).version()).isEqualTo(before + 2);
        assertThat(ATLASSIAN.server().getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 409)).hasSize(1);
    }

    @Test
    void oneFailingElementOfTheBulkCreateShowsJirasMessageAndPublishingAgainCreatesOnlyIt() {
        ATLASSIAN.unassignable.add(SeedExample.SAM); // owner of a3

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).isEqualTo("DONE");
        assertThat(result.path("error").asString()).contains("1 of 4 action item(s)");
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize(3);
        JsonNode a3 = result.path("actionItems").get(2);
        assertThat(a3.path("id").asString()).isEqualTo("a3");
        assertThat(a3.path("jiraKey").isNull()).isTrue();
        assertThat(a3.path("error").asString()).isEqualTo("assignee: Specified user cannot be assigned to this issue.");
        assertThat(draft().actionItems().get(2).publishError()).isEqualTo("assignee: Specified user cannot be assigned to this issue.");

        ATLASSIAN.unassignable.clear();
        JsonNode again = publishAndWait();
        assertThat(again.path("state").asString()).isEqualTo("DONE");
        assertThat(again.path("error").isNull()).isTrue();
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize(4);
        assertThat(draft().actionItems()).allSatisfy(a -> {
            assertThat(a.jiraKey()).isNotNull();
            assertThat(a.publishError()).isNull();
        });
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void whenTheCreateScreenRefusesLinksTheIssuesAreLinkedOneByOne() {
        ATLASSIAN.refuseLinksOnCreate();

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).isEqualTo("DONE");
        List<FakeAtlassianSite.Issue> issues = ATLASSIAN.issuesOf(INCIDENT);
        assertThat(issues).hasSize(4);
        assertThat(ATLASSIAN.issueLinks()).hasSize(4).allSatisfy(l -> {
            assertThat(l[0]).isEqualTo("Relates");
            assertThat(l[2]).isEqualTo(INCIDENT);
        });
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void a429StormIsWaitedOutAndNothingIsDuplicated() {
        ATLASSIAN.rateLimitNext(7);

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize(4);
        assertThat(ATLASSIAN.pages().values().stream().filter(p -> p.parentId() == null)).hasSize(1);
        assertThat(ATLASSIAN.server().getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 429)).hasSize(7);
    }

    @Test
    void aRunThatDiedAfterJiraCreatedTheIssuesResumesWithoutDuplicates() {
        ATLASSIAN.loseNextBulkCreateAnswer(); // Jira creates the 4 issues; the answer (their keys) never arrives

        JsonNode result = publishAndWait(); // the job fails, is retried by db-scheduler, finds its marks, adopts them

        assertThat(result.path("state").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize(4);
        assertThat(ATLASSIAN.issues()).hasSize(4);
        assertThat(ATLASSIAN.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/rest/api/3/search/jql"))
                .map(e -> e.getRequest().getBodyAsString()))
                .anySatisfy(b -> assertThat(b).contains("issue.property[postmortem-item].incident = \\\"INC-42\\\""));
        assertThat(draft().actionItems().stream().map(ActionItem::jiraKey).collect(Collectors.toSet()))
                .isEqualTo(ATLASSIAN.issues().keySet());
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void marksAreFoundThroughTheIncidentsLinksWhereTheirPropertyIsNotIndexed() {
        ATLASSIAN.propertiesNotIndexed();
        ATLASSIAN.loseNextBulkCreateAnswer();

        JsonNode result = publishAndWait();

        assertThat(result.path("state").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.issues()).hasSize(4);
        assertThat(draft().actionItems().stream().map(ActionItem::jiraKey).collect(Collectors.toSet()))
                .isEqualTo(ATLASSIAN.issues().keySet());
    }

    @Test
    void aSecondRequestWhileOneIsQueuedOrRunningJoinsIt() {
        HttpResponse<String> first = publish();
        HttpResponse<String> second = publish();

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(second.body()).path("state").asString()).isIn("PENDING", "RUNNING", "DONE");
        assertThat(awaitFinished().path("state").asString()).isEqualTo("DONE");
        assertThat(ATLASSIAN.pages().values().stream().filter(p -> p.parentId() == null)).hasSize(1);
        assertThat(ATLASSIAN.issues()).hasSize(4);
    }

    @Test
    void errorsBlockPublishingWithTheFindings() {
        PostMortem doc = draft();
        ActionItem a1 = doc.actionItems().get(0);
        List<ActionItem> items = new ArrayList<>(doc.actionItems());
        items.set(0, new ActionItem(a1.id(), a1.summary(), null, null, null, null, null, "Open", null, null)); // no owner, no due date
        drafts.update(CK, doc.toBuilder().actionItems(items).build(), doc.version());

        HttpResponse<String> r = publish();

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("error").asString()).contains("must be fixed before publishing");
        assertThat(body.path("details")).isNotEmpty();
        assertThat(body.path("details")).allSatisfy(f -> assertThat(f.path("severity").asString()).isEqualTo("ERROR"));
        assertThat(body.path("details").valueStream().map(f -> f.path("path").asString()).toList()).anySatisfy(p -> assertThat(p).startsWith("actionItems[0]"));
        assertThat(ATLASSIAN.requestCount()).isZero();
        assertThat(call("GET", "/api/postmortems/" + INCIDENT + "/publication", contextToken(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutPairedConfluencePublishingSaysWhatToInstall() {
        drafts.insert(OTHER_CK, unpublishedSeed());
        settings.save(OTHER_CK, configured(), USER);

        HttpResponse<String> r = call("POST", "/api/postmortems/INC-42/publish", ConnectFixtures.contextJwt(OTHER_CK, otherSecret, USER, INCIDENT), null);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(r.body()).path("error").asString()).isEqualTo("Confluence is not installed for this site: install "
                + "Post-Mortem Facilitator for Confluence from https://postmortem.test/atlassian-connect-confluence.json");
    }

    @Test
    void aTokenOpensOnlyItsIssueAndItsInstallation() {
        HttpResponse<String> otherIssue = call("POST", "/api/postmortems/INC-41/publish", contextToken(), null);
        assertThat(otherIssue.statusCode()).isEqualTo(403);
        HttpResponse<String> noIssue = call("POST", "/api/postmortems/INC-42/publish", ConnectFixtures.contextJwt(CK, secret, USER, null), null);
        assertThat(noIssue.statusCode()).isEqualTo(403);
        // jira-2 has no INC-42 draft: the first installation's draft is not reachable
        HttpResponse<String> otherTenant = call("POST", "/api/postmortems/INC-42/publish", ConnectFixtures.contextJwt(OTHER_CK, otherSecret, USER, INCIDENT), null);
        assertThat(otherTenant.statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/postmortems/INC-42/publication", ConnectFixtures.contextJwt(OTHER_CK, otherSecret, USER, INCIDENT), null).statusCode())
                .isEqualTo(404);
        assertThat(call("POST", "/api/postmortems/INC-42/publish", null, null).statusCode()).isEqualTo(401);
        assertThat(ATLASSIAN.requestCount()).isZero();
    }

    private static Document parseStorage(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        String wrapped = "<!DOCTYPE root [<!ENTITY nbsp \"&#160;\">]><root xmlns:ac=\"http://atlassian.com/content\" "
                + "xmlns:ri=\"http://atlassian.com/resource/identifier\">" + body + "</root>";
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(wrapped)));
    }

    private static List<String> texts(Document xml, String tag) {
        List<String> out = new ArrayList<>();
        var nodes = xml.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent().strip());
        return out;
    }
}
