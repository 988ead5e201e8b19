package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import io.postmortem.jobs.JobsConfiguration;
import io.postmortem.publish.ActionItemTracker;
import io.postmortem.publish.PublishTestBase;
import io.postmortem.testsupport.TestClock;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page's action-item table follows Jira: a burst of ten changes to an action item (the webhook path) gives one
 * durable, delayed page update, which writes the existing page (no new one) with the item's new status.
 */
class PageRefreshTest extends PublishTestBase {

    @Autowired
    ActionItemTracker tracker;
    @Autowired
    @Qualifier(JobsConfiguration.CLIENT)
    SchedulerClient scheduler;

    static ObjectNode webhook(String key, String status) {
        ObjectNode w = JSON.createObjectNode().put("webhookEvent", "jira:issue_updated").put("timestamp", TestClock.millis());
        ObjectNode f = w.putObject("issue").put("id", "20101").put("key", key).putObject("fields");
        f.putObject("status").put("id", "3").put("name", status);
        f.putObject("assignee").put("accountId", io.postmortem.testsupport.SeedExample.ALEX).put("displayName", "Alex Morgan");
        f.putNull("duedate");
        w.putObject("changelog").put("id", "70001").putArray("items").addObject().put("field", "status").put("fieldId", "status");
        return w;
    }

    long waiting() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(PageRefresh.TASK).query(Long.class).single();
    }

    @Test
    void aBurstOfTenChangesGivesOnePageUpdate() throws InterruptedException {
        assertThat(publishAndWait().path("state").asString()).isEqualTo("DONE");
        String pageId = draft().confluencePage().id();
        String key = draft().actionItems().get(0).jiraKey();
        int pagesBefore = ATLASSIAN.pages().size();
        int updatesBefore = ATLASSIAN.pageUpdates.size();
        assertThat(ATLASSIAN.pages().get(pageId).body()).doesNotContain("<ac:parameter ac:name=\"title\">DONE</ac:parameter>");

        List<String> statuses = List.of("In Progress", "Open", "In Review", "Blocked", "In Progress", "Open", "In Review",
                "Blocked", "In Progress", "Done");
        for (String status : statuses) tracker.onIssueUpdated(CK, webhook(key, status));
        assertThat(draft().actionItems().get(0).status()).isEqualTo("Done");

        // one update waits, a few minutes ahead
        assertThat(waiting()).isEqualTo(1);
        Timestamp at = jdbc.sql("select execution_time from scheduled_tasks where task_name = ?").param(PageRefresh.TASK)
                .query(Timestamp.class).single();
        assertThat(at.toInstant()).isAfter(TestClock.now().plus(Duration.ofMinutes(2)));
        assertThat(ATLASSIAN.pageUpdates).hasSize(updatesBefore);

        // its time comes (moved instead of waited for)
        scheduler.reschedule(TaskInstanceId.of(PageRefresh.TASK, CK + "|" + INCIDENT), TestClock.now());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (waiting() > 0 && System.nanoTime() - deadline < 0) Thread.sleep(50);
        assertThat(waiting()).isZero();

        assertThat(ATLASSIAN.pageUpdates).hasSize(updatesBefore + 1).last().isEqualTo(pageId);
        assertThat(ATLASSIAN.pages()).hasSize(pagesBefore);
        FakeAtlassianSite.PageRecord page = ATLASSIAN.pages().get(pageId);
        assertThat(page.body()).contains("<ac:parameter ac:name=\"title\">DONE</ac:parameter>");

        // the next change schedules the next update; an unchanged delivery schedules nothing
        tracker.onIssueUpdated(CK, webhook(key, "Done"));
        assertThat(waiting()).isZero();
        tracker.onIssueUpdated(CK, webhook(key, "Reopened"));
        assertThat(waiting()).isEqualTo(1);
        assertAllRequestsMatchTheSpecs();
    }
}
