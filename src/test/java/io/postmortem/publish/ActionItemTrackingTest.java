package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.testsupport.SeedExample;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** Published action items follow their Jira issues; publishing is measured. */
class ActionItemTrackingTest extends PublishTestBase {

    @Autowired
    ActionItemTracker tracker;
    @Autowired
    MeterRegistry meters;

    private static ObjectNode webhook(String key, String status, String assigneeId, String assigneeName, String due, String... fields) {
        ObjectNode w = JSON.createObjectNode().put("webhookEvent", "jira:issue_updated").put("timestamp", 1763632000000L);
        ObjectNode issue = w.putObject("issue").put("id", "20101").put("key", key);
        ObjectNode f = issue.putObject("fields");
        f.putObject("status").put("id", "3").put("name", status);
        if (assigneeId != null) f.putObject("assignee").put("accountId", assigneeId).put("displayName", assigneeName);
        else f.putNull("assignee");
        f.put("duedate", due);
        var items = w.putObject("changelog").put("id", "70001").putArray("items");
        for (String field : fields) items.addObject().put("field", field).put("fieldId", field);
        return w;
    }

    @Test
    void statusAssigneeAndDueDateChangesInJiraReachTheDraft() {
        assertThat(publishAndWait().path("state").asString()).isEqualTo("DONE");
        ActionItem a2 = draft().actionItems().get(1);
        long versionBefore = draft().version();

        tracker.onIssueUpdated(CK, webhook(a2.jiraKey(), "In Progress", SeedExample.PRIYA, "Priya Shah", SeedExample.day(12).toString(),
                "status", "assignee", "duedate"));

        ActionItem after = draft().actionItems().get(1);
        assertThat(after.status()).isEqualTo("In Progress");
        assertThat(after.ownerAccountId()).isEqualTo(SeedExample.PRIYA);
        assertThat(after.ownerDisplayName()).isEqualTo("Priya Shah");
        assertThat(after.due()).isEqualTo(SeedExample.day(12));
        assertThat(after.summary()).isEqualTo(a2.summary());

        // the same delivery again changes nothing; an unrelated field or an unknown issue is ignored
        long versionAfter = draft().version();
        assertThat(versionAfter).isEqualTo(versionBefore + 1);
        tracker.onIssueUpdated(CK, webhook(a2.jiraKey(), "In Progress", SeedExample.PRIYA, "Priya Shah", SeedExample.day(12).toString(), "status"));
        tracker.onIssueUpdated(CK, webhook(a2.jiraKey(), "Done", SeedExample.PRIYA, "Priya Shah", SeedExample.day(12).toString(), "summary"));
        tracker.onIssueUpdated(CK, webhook("OPS-999", "Done", null, null, null, "status"));
        tracker.onIssueUpdated(OTHER_CK, webhook(a2.jiraKey(), "Done", null, null, null, "status"));
        assertThat(draft().version()).isEqualTo(versionAfter);
        assertThat(draft().actionItems().get(1).status()).isEqualTo("In Progress");

        // re-publishing does not echo Jira's own change back as an edit
        ATLASSIAN.edits.clear();
        publishAndWait();
        assertThat(ATLASSIAN.edits).isEmpty();
    }

    @Test
    void publishingIsTimedAndItemsCounted() {
        double created = meters.counter("postmortem.publish.items.created").count();
        long timed = meters.find("postmortem.publish.duration").timers().stream().mapToLong(t -> t.count()).sum();
        ATLASSIAN.unassignable.add(SeedExample.SAM);

        publishAndWait();

        assertThat(meters.counter("postmortem.publish.items.created").count()).isEqualTo(created + 3);
        assertThat(meters.counter("postmortem.publish.items.failed").count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("postmortem.publish.duration").timers().stream().mapToLong(t -> t.count()).sum()).isEqualTo(timed + 1);
    }
}
