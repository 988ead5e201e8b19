package io.postmortem.dynamicwebhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.postmortem.atlassian.JiraClient.WebhookSpec;
import io.postmortem.settings.Settings;
import io.postmortem.settings.Settings.ProjectSettings;
import io.postmortem.testsupport.OpenApiRecordedRequests;

/** The JQL a site's settings give, in the subset Jira's webhooks accept, and valid registrations by the OpenAPI file. */
class WebhookFiltersTest {

    @Test
    void theDefaultsWatchIncidentsOnlyUntilAnActionItemProjectIsKnown() {
        List<WebhookSpec> specs = WebhookFilters.wanted(Settings.defaults(), List.of());
        assertThat(specs).containsExactly(new WebhookSpec(List.of("jira:issue_updated"), "issuetype IN (\"Incident\")", List.of("status")));
    }

    @Test
    void namesAreQuotedIdsBareAndEveryActionItemProjectIsNamedOnce() {
        Settings settings = new Settings(null, null, "OPS", null, null, null, null, List.of("Sev \"1\"", "10042", "Incident"),
                List.of("INC", "10200"), null, null,
                Map.of("INC", new ProjectSettings(null, null, "SRE", null, null, null, null),
                        "WEB", new ProjectSettings(null, null, "OPS", null, null, null, null)));

        List<WebhookSpec> specs = WebhookFilters.wanted(settings, List.of("ACT", "SRE"));

        assertThat(specs).extracting(WebhookSpec::jqlFilter).containsExactly(
                "issuetype IN (10042, \"Incident\", \"Sev \\\"1\\\"\") AND project IN (10200, \"INC\")",
                "project IN (\"ACT\", \"OPS\", \"SRE\")");
        assertThat(specs.get(1).fieldIdsFilter()).containsExactly("status", "assignee", "duedate");
        // only the operators Jira's webhook JQL knows
        specs.forEach(s -> assertThat(s.jqlFilter()).doesNotContain(" IS ", "EMPTY", "~", " OR "));
        // and the registration the job sends is valid by the platform's OpenAPI file
        StringBuilder body = new StringBuilder("{\"url\":\"https://postmortem.example.com/connect/webhooks/dynamic/issue-updated\",\"webhooks\":[");
        for (int i = 0; i < specs.size(); i++) {
            if (i > 0) body.append(',');
            body.append(io.postmortem.testsupport.TestJson.MAPPER.writeValueAsString(specs.get(i)));
        }
        assertThat(OpenApiRecordedRequests.errorsFor("POST", "/rest/api/3/webhook", body.append("]}").toString())).isEmpty();
    }
}
