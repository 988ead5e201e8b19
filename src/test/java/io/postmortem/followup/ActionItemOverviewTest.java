package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ConfluencePage;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.PublishTestBase;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.TestClock;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/actionitems} and the full-page view: open and overdue items of published post-mortems. */
class ActionItemOverviewTest extends PublishTestBase {

    LocalDate today;

    @BeforeEach
    void published() {
        today = TestClock.today();
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().status(PostMortem.Status.PUBLISHED)
                .confluencePage(new ConfluencePage("884701", "Post-Mortem: SSO", "https://wiki.test/x/884701", 2, null))
                .actionItems(List.of(
                        item("a1", "OPS-101", "Monitor <script>alert(1)</script> expiry", today.plusDays(3), "Open"),
                        item("a2", "OPS-102", "Renew the customer IdP certificate", today.minusDays(5), "In Progress"),
                        item("a3", "OPS-103", "Automate renewal", today.minusDays(9), "Done"),
                        item("a4", "OPS-104", "Mailbox owner", today.minusDays(2), "Won't Do")))
                .build());
        drafts.insert(CK, unpublishedSeed().toBuilder().issueKey("INC-43").issueId("10043").build()); // a draft: not listed
    }

    static ActionItem item(String id, String key, String summary, LocalDate due, String status) {
        return new ActionItem(id, summary, null, SeedExample.ALEX, "Alex Morgan", due, ActionItem.PreventsRecurrence.YES,
                status, key, null);
    }

    @Test
    void openItemsOverdueFirstThenOnlyOverdue() {
        HttpResponse<String> r = call("GET", "/api/actionitems", contextToken(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode open = JSON.readTree(r.body());
        assertThat(open.path("state").asString()).isEqualTo("open");
        assertThat(open.path("count").asInt()).isEqualTo(2);
        assertThat(open.path("items").valueStream().map(i -> i.path("jiraKey").asString()).toList())
                .containsExactly("OPS-102", "OPS-101"); // overdue first; done and won't-do items are not listed
        JsonNode overdue = open.path("items").get(0);
        assertThat(overdue.path("overdue").asBoolean()).isTrue();
        assertThat(overdue.path("daysOverdue").asInt()).isEqualTo(5);
        assertThat(overdue.path("ownerDisplayName").asString()).isEqualTo("Alex Morgan");
        assertThat(overdue.path("due").asString()).isEqualTo(today.minusDays(5).toString());
        assertThat(overdue.path("incidentKey").asString()).isEqualTo(INCIDENT);
        assertThat(overdue.path("issueUrl").asString()).isEqualTo(ATLASSIAN.baseUrl() + "/browse/OPS-102");
        assertThat(open.path("jql").asString()).isEqualTo("labels in (\"postmortem-action\") AND statusCategory != Done ORDER BY duedate ASC");
        assertThat(open.path("jqlUrl").asString()).startsWith(ATLASSIAN.baseUrl() + "/issues/?jql=labels%20in%20");
        assertThat(open.path("keysJql").asString()).isEqualTo("key in (\"OPS-102\", \"OPS-101\") ORDER BY duedate ASC");

        JsonNode only = JSON.readTree(call("GET", "/api/actionitems?state=overdue", contextToken(), null).body());
        assertThat(only.path("items").valueStream().map(i -> i.path("jiraKey").asString()).toList()).containsExactly("OPS-102");
        assertThat(only.path("jql").asString()).contains("AND duedate < startOfDay()");
    }

    @Test
    void badStateAndNoTokenAreClearJsonErrors() {
        HttpResponse<String> bad = call("GET", "/api/actionitems?state=late", contextToken(), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asString()).isEqualTo("Unknown state");
        HttpResponse<String> anonymous = call("GET", "/api/actionitems", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("error").asString()).isNotBlank();
    }

    @Test
    void theFullPageListsTheItemsEscaped() {
        HttpResponse<String> r = call("GET", "/followup/actionitems", contextToken(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("OPS-101").contains("OPS-102").contains("overdue 5 day(s)").doesNotContain("OPS-103")
                .contains("Monitor &lt;script&gt;alert(1)&lt;/script&gt; expiry").doesNotContain("<script>alert(1)");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        HttpResponse<String> overdue = call("GET", "/followup/actionitems?state=overdue", contextToken(), null);
        assertThat(overdue.body()).contains("OPS-102").doesNotContain("OPS-101");
        assertThat(call("GET", "/followup/actionitems?state=late", contextToken(), null).statusCode()).isEqualTo(400);
    }
}
