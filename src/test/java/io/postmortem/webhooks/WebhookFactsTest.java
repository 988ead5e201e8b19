package io.postmortem.webhooks;

import io.postmortem.intake.Webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The streaming read of a webhook body: the same fields a tree would give, and every malformed body refused. */
class WebhookFactsTest {

    private final JsonMapper json = io.postmortem.testsupport.TestJson.MAPPER;

    private WebhookFacts read(String body) throws WebhookFacts.MalformedWebhook {
        return WebhookFacts.read(json, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The four identifiers only (the change is checked on its own). */
    private static WebhookFacts ids(WebhookFacts f) {
        return new WebhookFacts(f.issueId(), f.issueKey(), f.changelogId(), f.actorAccountId());
    }

    @Test
    void readsTheIssueTypeProjectAndChangedFieldsWithoutATree() throws Exception {
        ObjectNode body = Webhooks.resolved("INC-42", "10042", "90001");
        // an item without fieldId (older payloads) counts by its field name, lower-cased
        ((tools.jackson.databind.node.ArrayNode) body.path("changelog").path("items")).addObject().put("field", "DueDate");

        IssueChange change = read(body.toString()).change();

        assertThat(change).isEqualTo(new IssueChange("10042", "INC-42", "10010", "Incident", "10000", "INC",
                java.util.Set.of("resolution", "status", "duedate")));
        assertThat(change.changes(java.util.Set.of("status"))).isTrue();
        assertThat(change.changes(java.util.Set.of("assignee"))).isFalse();
        assertThat(read("{\"issue\": {\"key\": \"A-1\"}}").change().changedFields()).isEmpty();
    }

    @Test
    void readsTheFieldsOfJiraCloudsBody() throws Exception {
        WebhookFacts facts = read(Webhooks.resolved("INC-42", "10042", "90001").toString());

        assertThat(ids(facts)).isEqualTo(new WebhookFacts("10042", "INC-42", "90001", Webhooks.ACTOR));
    }

    @Test
    void aDataCenterBodyNamesItsActorByName() throws Exception {
        WebhookFacts facts = read("""
                {"webhookEvent": "jira:issue_updated", "user": {"name": "postmortem-bot", "key": "JIRAUSER10100",
                 "displayName": "Post-mortem service"}, "issue": {"id": "10007", "key": "INC-7"}, "changelog": {"id": "70001"}}""");
        assertThat(ids(facts)).isEqualTo(new WebhookFacts("10007", "INC-7", "70001", "postmortem-bot"));
        // Cloud's accountId wins over any name
        assertThat(read("""
                {"issue": {"id": "1", "key": "INC-1"}, "user": {"name": "legacy", "accountId": "712020:a"}}""").actorAccountId())
                .isEqualTo("712020:a");
    }

    @Test
    void nestedIdsOfOtherObjectsAreNotTakenForTheIssuesOrTheChangelogs() throws Exception {
        // issue.fields.status.id, issue.fields.project.id and changelog.items[].from are deeper than the ids wanted
        ObjectNode body = Webhooks.resolved("INC-42", "10042", "90001");
        body.remove("user");
        ((ObjectNode) body.path("issue")).remove("id");
        ((ObjectNode) body.path("changelog")).remove("id");
        body.putObject("comment").put("id", "777").putObject("author").put("accountId", "someone-else");

        WebhookFacts facts = read(body.toString());

        assertThat(ids(facts)).isEqualTo(new WebhookFacts(null, "INC-42", null, null));
    }

    @Test
    void fieldsInAnyOrderNumbersAsTextAndBlankOrNullAsAbsent() throws Exception {
        String body = """
                {"changelog": {"items": [{"field": "status"}], "id": 90001},
                 "user": {"accountId": "  "},
                 "issue": {"key": null, "fields": {"id": "x"}, "id": 10042}}
                """;

        assertThat(ids(read(body))).isEqualTo(new WebhookFacts("10042", null, "90001", null));
    }

    @Test
    void anObjectOrArrayWhereATextIsExpectedCountsAsAbsent() throws Exception {
        String body = """
                {"issue": {"id": {"value": "10042"}, "key": ["INC-1"]}, "user": {"accountId": {"id": "a"}}}
                """;

        assertThat(ids(read(body))).isEqualTo(new WebhookFacts(null, null, null, null));
    }

    @Test
    void aRepeatedNameCountsAsItsLastValue() throws Exception {
        String body = """
                {"issue": {"id": "1", "key": "INC-1"}, "changelog": {"id": "5"}, "user": {"accountId": "a"},
                 "changelog": null, "user": "someone", "issue": {"key": "INC-2"}}
                """;

        assertThat(ids(read(body))).isEqualTo(new WebhookFacts(null, "INC-2", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "[{\"issue\": {}}]",
            "\"issue\"",
            "{\"issue\": {\"id\": \"1\"}",                // truncated
            "{\"issue\": {\"id\": \"1\"}} trailing",      // more after the object
            "{\"issue\": {\"id\": \"1\"}} {}",            // two objects
            "{\"issue\": {\"id\": \"1\",}}",              // trailing comma
            "{\"issue\": {\"id\": \"1\"}, \"user\": {\"accountId\": tru}}"})
    void malformedJsonIsRefused(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(WebhookFacts.MalformedWebhook.class)
                .hasMessageStartingWith("Malformed webhook:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"issue\": null}", "{\"issue\": \"INC-1\"}", "{\"issue\": [1]}",
            "{\"issue\": {}, \"issue\": 1}"})
    void aBodyWithoutAnIssueObjectIsRefused(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(WebhookFacts.MalformedWebhook.class)
                .hasMessage("Malformed webhook: expected a JSON object with an \"issue\"");
    }
}
