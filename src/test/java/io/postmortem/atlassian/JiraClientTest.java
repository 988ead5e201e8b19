package io.postmortem.atlassian;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.postmortem.atlassian.JiraModel.BulkCreateResult;
import io.postmortem.atlassian.JiraModel.NewIssue;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.WireMockJira;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every {@link JiraClient} call against WireMock speaking Jira's JSON; every request checked against the spec. */
class JiraClientTest {

    private WireMockJira site;
    private WireMockServer wm;
    private JiraClient jira;

    @BeforeEach
    void start() {
        site = WireMockJira.start(options().dynamicPort(), 2);
        wm = site.server();
        jira = site.client(AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).sleeper(new RecordingSleeper()).build());
    }

    @AfterEach
    void validateAndStop() {
        try {
            if (!wm.getAllServeEvents().isEmpty()) {
                OpenApiRecordedRequests.assertAllRequestsValid(wm);
            }
        } finally {
            site.close();
        }
    }

    @Test
    void readsAnAccountsCurrentNameAndAnAccountTheSiteNoLongerKnowsIsEmpty() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/user")).withQueryParam("accountId", equalTo("5d53f3cbc6b9320d9ea5bdc2"))
                .willReturn(okJson("{\"accountId\":\"5d53f3cbc6b9320d9ea5bdc2\",\"accountType\":\"atlassian\",\"displayName\":\"Sam Okafor\",\"active\":true}")));
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/user")).withQueryParam("accountId", equalTo("5b10ac8d82e05b22cc7d4ef5"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[\"Specified user does not exist or you do not have required permissions\"],\"errors\":{}}")));

        assertThat(jira.user("5d53f3cbc6b9320d9ea5bdc2")).get().extracting(JiraModel.User::displayName).isEqualTo("Sam Okafor");
        assertThat(jira.user("5b10ac8d82e05b22cc7d4ef5")).isEmpty();
    }

    @Test
    void theCyclePeriodHeaderIsSecondsAndAnythingUnreadableLeavesTheConfiguredCycle() {
        assertThat(JiraClient.cyclePeriod("604800")).contains(java.time.Duration.ofDays(7));
        assertThat(JiraClient.cyclePeriod(" 172800 ")).contains(java.time.Duration.ofDays(2));
        assertThat(JiraClient.cyclePeriod("P3D")).contains(java.time.Duration.ofDays(3));
        assertThat(JiraClient.cyclePeriod("0")).isEmpty();
        assertThat(JiraClient.cyclePeriod("-PT5S")).isEmpty();
        assertThat(JiraClient.cyclePeriod("next week")).isEmpty();
        assertThat(JiraClient.cyclePeriod("99999999999999999999")).isEmpty();
        assertThat(JiraClient.cyclePeriod(null)).isEmpty();
    }

    @Test
    void readsTheIssueWithItsAdfDescriptionLinksAndProperties() {
        ObjectNode body = JiraJson.issue("INC-231", "10231");
        body.putObject("properties").putObject("postmortem").put("state", "draft");
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-231"))
                .withQueryParam("fields", equalTo(JiraClient.ISSUE_FIELDS))
                .withQueryParam("properties", equalTo("postmortem"))
                .willReturn(okJson(body.toString())));

        JiraModel.Issue issue = jira.issue("INC-231", "postmortem");

        var f = issue.fields();
        assertThat(issue.id()).isEqualTo("10231");
        assertThat(f.summary()).isEqualTo("Checkout API 5xx spike");
        assertThat(f.status().statusCategory().key()).isEqualTo("done");
        assertThat(f.issuetype().name()).isEqualTo("Incident");
        assertThat(f.project().key()).isEqualTo("INC");
        assertThat(f.priority().name()).isEqualTo("Highest");
        assertThat(f.assignee().accountId()).isEqualTo(JiraJson.DANA);
        assertThat(f.reporter().displayName()).isEqualTo("Mia Krystof");
        assertThat(JiraModel.instant(f.resolutiondate())).isEqualTo(Instant.parse("2026-11-20T14:05:12Z"));
        assertThat(JiraModel.instant(f.created())).isEqualTo(Instant.parse("2026-11-20T09:41:03Z"));
        assertThat(f.resolution().name()).isEqualTo("Done");
        assertThat(f.labels()).containsExactly("sev1", "payments");
        assertThat(f.components()).extracting(JiraModel.Named::name).containsExactly("checkout-api");
        assertThat(f.description().path("type").asString()).isEqualTo("doc");
        assertThat(f.description().at("/content/0/content/0/text").asString()).isEqualTo("Error rate > 20% on /checkout");
        assertThat(f.issuelinks()).extracting(l -> l.other().key(), JiraModel.IssueLink::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OPS-77", "relates to"),
                        org.assertj.core.groups.Tuple.tuple("PRB-9", "is caused by"));
        assertThat(issue.properties().get("postmortem").path("state").asString()).isEqualTo("draft");
        OpenApiRecordedRequests.assertAllInteractionsValid(wm); // fixtures match Jira's response schemas
    }

    @Test
    void readsAndUpsertsRemoteLinks() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-231/remotelink"))
                .willReturn(okJson(JiraJson.remoteLinks().toString())));
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issue/INC-231/remotelink"))
                .withRequestBody(equalToJson("{\"globalId\":\"confluence-page=884736\",\"relationship\":\"post-mortem\","
                        + "\"object\":{\"url\":\"https://acme.atlassian.net/wiki/x/AbC\",\"title\":\"Post-mortem\"}}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":10060,\"self\":\"https://acme.atlassian.net/rest/api/3/issue/INC-231/remotelink/10060\"}")));

        var links = jira.remoteLinks("INC-231");
        var created = jira.upsertRemoteLink("INC-231", new JiraModel.NewRemoteLink("confluence-page=884736",
                "https://acme.atlassian.net/wiki/x/AbC", "Post-mortem", null, "post-mortem", null, null));

        assertThat(links).hasSize(1);
        assertThat(links.get(0).application().name()).isEqualTo("Slack");
        assertThat(links.get(0).object().url()).startsWith("https://acme.slack.com/archives/");
        assertThat(links.get(0).object().status().resolved()).isFalse();
        assertThat(created.id()).isEqualTo(10060L);
    }

    @Test
    void searchFollowsNextPageTokenAndStopsAtTheBound() {
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(okJson(JiraJson.searchPage(List.of(JiraJson.foundIssue("1", "INC-1", null, null),
                        JiraJson.foundIssue("2", "INC-2", null, null)), "tok-2").toString())));
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("tok-2")))
                .willReturn(okJson(JiraJson.searchPage(List.of(JiraJson.foundIssue("3", "INC-3", null, null),
                        JiraJson.foundIssue("4", "INC-4", null, null)), "tok-3").toString())));

        var found = jira.search("project = INC AND statusCategory = Done ORDER BY resolved DESC",
                List.of("summary"), List.of(), List.of(), 3);

        assertThat(found).extracting(JiraModel.FoundIssue::key).containsExactly("INC-1", "INC-2", "INC-3");
        assertThat(found.get(0).fields().path("summary").asString()).isEqualTo("Action INC-1");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
        wm.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.maxResults", equalTo("1"))));
    }

    @Test
    void findsIssuesCarryingAnIssueProperty() {
        ObjectNode mark = JsonNodeFactory.instance.objectNode().put("draftItemId", "a-1").put("incident", "INC-231");
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(okJson(JiraJson.searchPage(List.of(JiraJson.foundIssue("10311", "OPS-112",
                        "postmortem-item", mark)), null).toString())));

        String jql = "project = " + JiraClient.jqlString("OPS") + " AND issue.property[postmortem-item].draftItemId = "
                + JiraClient.jqlString("a-1") + " ORDER BY created ASC";
        var matches = jira.search(jql, List.of("summary"), List.of("postmortem-item"), List.of(10311L), 10);

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("OPS-112");
            assertThat(m.properties().get("postmortem-item").path("incident").asString()).isEqualTo("INC-231");
        });
        wm.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")).withRequestBody(equalToJson(
                "{\"jql\":\"project = \\\"OPS\\\" AND issue.property[postmortem-item].draftItemId = \\\"a-1\\\" ORDER BY created ASC\","
                        + "\"maxResults\":10,\"fields\":[\"summary\"],\"properties\":[\"postmortem-item\"],"
                        + "\"reconcileIssues\":[10311]}")));
        assertThatThrownBy(() -> jira.search("x", List.of(), List.of("a", "b", "c", "d", "e", "f"), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JiraClient.jqlString("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
        OpenApiRecordedRequests.assertAllInteractionsValid(wm); // fixtures match Jira's response schemas
    }

    @Test
    void bulkCreateOf120SendsThreeCallsAndReportsTheOneFailedElement() {
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).inScenario("bulk")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(created(range(1, 50), List.of())).willSetStateTo("second"));
        // second call: element 7 (overall index 57) has an unassignable owner, the other 49 are created
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).inScenario("bulk").whenScenarioStateIs("second")
                .willReturn(created(range(51, 49), List.of(JiraJson.bulkError(7, "assignee",
                        "Specified user cannot be assigned to this issue.")))).willSetStateTo("third"));
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).inScenario("bulk").whenScenarioStateIs("third")
                .willReturn(created(range(100, 20), List.of())));
        List<NewIssue> items = IntStream.range(0, 120).mapToObj(i -> new NewIssue("OPS", "10002", "Action " + i,
                JiraJson.adf("From post-mortem of INC-231"), i == 57 ? "712020:ffff-not-assignable" : JiraJson.MIA,
                LocalDate.of(2026, 12, 15), List.of("postmortem-action", "inc-231"), null, null, null)).toList();

        List<BulkCreateResult> results = jira.createIssues(items);

        List<ServeEvent> calls = new ArrayList<>(wm.getAllServeEvents());
        java.util.Collections.reverse(calls); // WireMock lists newest first
        assertThat(calls).extracting(e -> io.postmortem.testsupport.TestJson.MAPPER.readTree(e.getRequest().getBodyAsString())
                .path("issueUpdates").size()).containsExactly(50, 50, 20);
        JsonNode first = io.postmortem.testsupport.TestJson.MAPPER.readTree(calls.get(0).getRequest().getBodyAsString()).at("/issueUpdates/0/fields");
        assertThat(first.at("/assignee/accountId").asString()).isEqualTo(JiraJson.MIA);
        assertThat(first.path("duedate").asString()).isEqualTo("2026-12-15");
        assertThat(first.at("/project/key").asString()).isEqualTo("OPS");

        assertThat(results).hasSize(120);
        assertThat(results).extracting(BulkCreateResult::index).containsExactlyElementsOf(
                IntStream.range(0, 120).boxed().toList());
        assertThat(results).filteredOn(r -> !r.succeeded()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(57);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errors()).containsEntry("assignee", "Specified user cannot be assigned to this issue.");
            assertThat(r.errorText()).isEqualTo("assignee: Specified user cannot be assigned to this issue.");
            assertThat(r.request().summary()).isEqualTo("Action 57");
        });
        assertThat(results.get(56).created().key()).isEqualTo("OPS-57");
        assertThat(results.get(58).created().key()).isEqualTo("OPS-58");
        assertThat(results.get(119).created().key()).isEqualTo("OPS-119");
        OpenApiRecordedRequests.assertAllInteractionsValid(wm); // fixtures match Jira's response schemas
    }

    @Test
    void bulkCreateWhereEveryElementFailsIsA400WithPerElementErrors() {
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(JiraJson.bulkCreated(List.of(), List.of(
                        JiraJson.bulkError(0, "duedate", "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."),
                        JiraJson.bulkError(1, "duedate", "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.")))
                        .toString())));
        List<NewIssue> items = List.of(newIssue("A"), newIssue("B"));

        assertThat(jira.createIssues(items)).allSatisfy(r -> {
            assertThat(r.succeeded()).isFalse();
            assertThat(r.errorText()).contains("not on the appropriate screen");
        });
    }

    @Test
    void issuePropertiesReadWriteAndAbsence() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-231/properties/postmortem"))
                .willReturn(okJson("{\"key\":\"postmortem\",\"value\":{\"v\":1,\"state\":\"published\",\"pageVersion\":3}}")));
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/INC-9/properties/postmortem")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody(JiraJson.errors("The property with key 'postmortem' does not exist.").toString())));
        wm.stubFor(put(urlPathEqualTo("/rest/api/3/issue/INC-231/properties/postmortem"))
                .willReturn(aResponse().withStatus(200)));

        assertThat(jira.issueProperty("INC-231", "postmortem")).get()
                .satisfies(v -> assertThat(v.path("pageVersion").asInt()).isEqualTo(3));
        assertThat(jira.issueProperty("INC-9", "postmortem")).isEmpty();
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("v", 1).put("state", "draft");
        jira.setIssueProperty("INC-231", "postmortem", value);
        wm.verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/INC-231/properties/postmortem"))
                .withRequestBody(equalToJson("{\"v\":1,\"state\":\"draft\"}")));

        ObjectNode huge = JsonNodeFactory.instance.objectNode().put("blob", "x".repeat(40_000));
        assertThatThrownBy(() -> jira.setIssueProperty("INC-231", "postmortem", huge))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32768");
    }

    @Test
    void usersPermissionsAndMyself() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/user/assignable/search"))
                .withQueryParam("project", equalTo("OPS")).withQueryParam("query", equalTo("mi"))
                .willReturn(okJson(JsonNodeFactory.instance.arrayNode()
                        .add(JiraJson.user(JiraJson.MIA, "Mia Krystof"))
                        .add(JiraJson.user("557058:automation", "Automation for Jira", "app"))
                        .add(JiraJson.user("qm:customer", "Mike Customer", "customer")).toString())));
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/permissions/check"))
                .withRequestBody(matchingJsonPath("$.accountId", equalTo(JiraJson.DANA)))
                .willReturn(okJson("{\"globalPermissions\":[\"ADMINISTER\"],\"projectPermissions\":[]}")));
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/permissions/check"))
                .withRequestBody(matchingJsonPath("$.accountId", equalTo(JiraJson.MIA)))
                .willReturn(okJson("{\"globalPermissions\":[],\"projectPermissions\":[]}")));
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself"))
                .willReturn(okJson(JiraJson.user("557058:f58131cb", "Post-mortem Facilitator", "app").toString())));

        assertThat(jira.assignablePeople("OPS", "mi", 20)).extracting(JiraModel.User::displayName)
                .containsExactly("Mia Krystof");
        assertThat(jira.isJiraAdministrator(JiraJson.DANA)).isTrue();
        assertThat(jira.isJiraAdministrator(JiraJson.MIA)).isFalse();
        assertThat(jira.myself().accountType()).isEqualTo("app");
        wm.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/permissions/check")).withRequestBody(equalToJson(
                "{\"accountId\":\"" + JiraJson.DANA + "\",\"globalPermissions\":[\"ADMINISTER\"]}")));
        OpenApiRecordedRequests.assertAllInteractionsValid(wm); // fixtures match Jira's response schemas
    }

    @Test
    void projectIssueTypeAndLinkTypeChecks() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/project/OPS"))
                .willReturn(okJson(JiraJson.project("10001", "OPS", "Task", "Bug").toString())));
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/project/NOPE")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(JiraJson.errors("No project could be found with key 'NOPE'.").toString())));
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issueLinkType"))
                .willReturn(okJson(JiraJson.issueLinkTypes().toString())));

        assertThat(jira.project("OPS")).get().satisfies(p -> assertThat(p.issueTypes()).hasSize(2));
        assertThat(jira.project("NOPE")).isEmpty();
        assertThat(jira.issueType("OPS", "task")).get().extracting(JiraModel.IssueType::id).isEqualTo("10001");
        assertThat(jira.issueType("OPS", "10002")).get().extracting(JiraModel.IssueType::name).isEqualTo("Bug");
        assertThat(jira.issueType("OPS", "Epic")).isEmpty();
        assertThat(jira.issueLinkTypes()).extracting(JiraModel.IssueLinkType::name)
                .containsExactly("Blocks", "Relates", "Duplicate");
    }

    @Test
    void editsAnIssueAndLinksIt() {
        wm.stubFor(put(urlPathEqualTo("/rest/api/3/issue/OPS-112")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issueLink")).willReturn(aResponse().withStatus(201)));

        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("duedate", "2026-12-20");
        fields.putObject("assignee").put("accountId", JiraJson.MIA);
        jira.editIssue("OPS-112", fields);
        jira.linkIssues("Relates", "OPS-112", "INC-231", JiraJson.adf("Action item from post-mortem"));

        wm.verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/OPS-112")).withRequestBody(equalToJson(
                "{\"fields\":{\"duedate\":\"2026-12-20\",\"assignee\":{\"accountId\":\"" + JiraJson.MIA + "\"}}}")));
        wm.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issueLink")).withRequestBody(equalToJson(
                "{\"type\":{\"name\":\"Relates\"},\"inwardIssue\":{\"key\":\"OPS-112\"},\"outwardIssue\":{\"key\":\"INC-231\"},"
                        + "\"comment\":{\"body\":" + JiraJson.adf("Action item from post-mortem") + "}}")));
    }

    private static NewIssue newIssue(String summary) {
        return new NewIssue("OPS", "10002", summary, null, null, LocalDate.of(2026, 12, 1), List.of(), null, null, null);
    }

    private static List<ObjectNode> range(int firstNumber, int count) {
        return IntStream.range(firstNumber, firstNumber + count)
                .mapToObj(n -> JiraJson.createdIssue(Integer.toString(10300 + n), "OPS-" + n)).toList();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(List<ObjectNode> issues,
            List<ObjectNode> errors) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(JiraJson.bulkCreated(issues, errors).toString());
    }
}
