package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.followup.ReminderPlan.Kind;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ConfluencePage;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.ActionItemIssueRepository;
import io.postmortem.publish.Publication;
import io.postmortem.publish.PublicationRepository;
import io.postmortem.publish.PublishTestBase;
import io.postmortem.settings.FollowUpSettings;
import io.postmortem.testsupport.MovableClock;
import io.postmortem.testsupport.SeedExample;
import tools.jackson.databind.JsonNode;

/**
 * Reminders against the fake Jira (every request checked against the OpenAPI file), with time moved by a
 * {@link MovableClock} instead of waited for: an item due in three days gets its notice, the overdue notice the day
 * after its due date, then one a week; a done item gets nothing; a restart sends nothing twice.
 */
class FollowUpRemindersTest extends PublishTestBase {

    @Autowired
    AtlassianSites sites;
    @Autowired
    AtlassianClients clients;
    @Autowired
    PublicationRepository publications;
    @Autowired
    JiraReminders delivery;
    @Autowired
    ReminderLog log;
    @Autowired
    io.postmortem.publish.ActionItemTracker tracker;
    @Autowired
    ActionItemIssueRepository itemIssues;

    MovableClock clock;
    LocalDate start;

    @BeforeEach
    void published() {
        clock = new MovableClock();
        start = clock.today();
        publications.request(CK, INCIDENT, SeedExample.DANA);
        publications.finish(CK, INCIDENT, Publication.State.DONE, null);
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().status(PostMortem.Status.PUBLISHED)
                .confluencePage(new ConfluencePage("884701", "Post-Mortem: SSO", ATLASSIAN.baseUrl() + "/wiki/x/884701", 2, null))
                .header(new io.postmortem.postmortem.Header(d.header().incidentId(), d.header().title(), d.header().severity(),
                        d.header().customerImpact(), d.header().status(), d.header().classification(), start.plusDays(60),
                        d.header().date()))
                .actionItems(List.of(
                        item("a1", "OPS-101", SeedExample.ALEX, "Alex Morgan", start.plusDays(3), "Open"),
                        item("a2", "OPS-102", SeedExample.SAM, "Sam Lee", start.plusDays(3), "Done"),
                        item("a3", "OPS-103", SeedExample.PRIYA, "Priya Raman", start.plusDays(90), "Open"),
                        item("a4", null, SeedExample.DANA, "Dana Ops", start.plusDays(1), "Open")))
                .build());
        // the same in Jira, and in the table that maps the issues to the draft's items
        ATLASSIAN.putIssue("OPS-101", "Open", "new", SeedExample.ALEX, "Alex Morgan", start.plusDays(3).toString());
        ATLASSIAN.putIssue("OPS-102", "Done", "done", SeedExample.SAM, "Sam Lee", start.plusDays(3).toString());
        ATLASSIAN.putIssue("OPS-103", "Open", "new", SeedExample.PRIYA, "Priya Raman", start.plusDays(90).toString());
        itemIssues.save(new ActionItemIssueRepository.Row(CK, "OPS-101", INCIDENT, "a1", "Do a1", SeedExample.ALEX, start.plusDays(3)));
        itemIssues.save(new ActionItemIssueRepository.Row(CK, "OPS-102", INCIDENT, "a2", "Do a2", SeedExample.SAM, start.plusDays(3)));
        itemIssues.save(new ActionItemIssueRepository.Row(CK, "OPS-103", INCIDENT, "a3", "Do a3", SeedExample.PRIYA, start.plusDays(90)));
    }

    static ActionItem item(String id, String key, String owner, String name, LocalDate due, String status) {
        return new ActionItem(id, "Do " + id, null, owner, name, due, ActionItem.PreventsRecurrence.YES, status, key, null);
    }

    FollowUpReminders reminders() {
        return new FollowUpReminders(sites, clients, settings, drafts, publications, log, delivery, tracker, clock);
    }

    List<JsonNode> notified(String key) {
        return ATLASSIAN.notifications.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).toList();
    }

    static List<String> users(JsonNode notification) {
        return notification.path("to").path("users").valueStream().map(u -> u.path("accountId").asString()).toList();
    }

    @Test
    void noticeBeforeDueThenOverdueThenWeeklyAndNothingForDoneItems() {
        FollowUpReminders reminders = reminders();

        assertThat(reminders.run(CK).sent()).isEqualTo(1); // OPS-101 due in three days
        assertThat(notified("OPS-101")).hasSize(1);
        assertThat(users(notified("OPS-101").get(0))).containsExactly(SeedExample.ALEX);
        assertThat(notified("OPS-101").get(0).path("subject").asString()).isEqualTo("Action item OPS-101 is due on " + start.plusDays(3));
        assertThat(reminders.run(CK).sent()).isZero(); // the same day again: nothing

        for (int day = 1; day <= 3; day++) { // up to and including the due date: the notice was given
            clock.advanceDays(1);
            assertThat(reminders.run(CK).sent()).as("day %d", day).isZero();
        }
        clock.advanceDays(1); // the day after the due date
        assertThat(reminders.run(CK).sent()).isEqualTo(1);
        JsonNode overdue = notified("OPS-101").get(1);
        assertThat(overdue.path("subject").asString()).isEqualTo("Action item OPS-101 is overdue (due " + start.plusDays(3) + ")");
        assertThat(users(overdue)).containsExactly(SeedExample.ALEX, SeedExample.DANA); // and the post-mortem's owner

        // a restart: new objects on the same database send nothing again
        assertThat(reminders().run(CK).sent()).isZero();

        for (int day = 5; day <= 10; day++) {
            clock.advanceDays(1);
            assertThat(reminders().run(CK).sent()).as("day %d", day).isZero();
        }
        clock.advanceDays(1); // a week after the overdue notice
        assertThat(reminders().run(CK).sent()).isEqualTo(1);
        assertThat(notified("OPS-101").get(2).path("subject").asString()).startsWith("Action item OPS-101 is still open, 8 days after");
        clock.advanceDays(7);
        assertThat(reminders.run(CK).sent()).isEqualTo(1);
        assertThat(notified("OPS-101")).hasSize(4);

        assertThat(notified("OPS-102")).as("done").isEmpty();
        assertThat(ATLASSIAN.notifications).extracting(Map.Entry::getKey).doesNotContainNull().allMatch(k -> k.equals("OPS-101"));
        assertThat(log.list(CK)).extracting(ReminderLog.Entry::kind)
                .containsExactly(Kind.DUE_SOON, Kind.OVERDUE, Kind.OVERDUE_WEEKLY, Kind.OVERDUE_WEEKLY);
        assertThat(log.list(CK)).allMatch(e -> e.state().equals("SENT") && e.channel().equals("NOTIFY"));
        assertThat(ATLASSIAN.comments).isEmpty();
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void anItemDoneOrMovedInJiraWhileItsWebhookWasLostIsNotRemindedOfTheOldState() {
        // done in a status of category done that is not called Done: no reminder, the draft follows
        ATLASSIAN.putIssue("OPS-101", "Shipped", "done", SeedExample.ALEX, "Alex Morgan", start.plusDays(3).toString());
        assertThat(reminders().run(CK).sent()).isZero();
        assertThat(notified("OPS-101")).isEmpty();
        assertThat(draft().actionItems().get(0).status()).isEqualTo("Shipped");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(PageRefresh.TASK)
                .query(Long.class).single()).as("the page update is scheduled").isEqualTo(1);

        // reopened with a new due date: the notice names the date Jira has, and the draft has it too
        ATLASSIAN.putIssue("OPS-101", "In Progress", "indeterminate", SeedExample.ALEX, "Alex Morgan", start.plusDays(2).toString());
        assertThat(reminders().run(CK).sent()).isEqualTo(1);
        assertThat(notified("OPS-101")).singleElement().satisfies(n ->
                assertThat(n.path("subject").asString()).isEqualTo("Action item OPS-101 is due on " + start.plusDays(2)));
        assertThat(draft().actionItems().get(0).due()).isEqualTo(start.plusDays(2));
        assertThat(draft().actionItems().get(0).status()).isEqualTo("In Progress");
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void whereJiraRefusesTheNotificationACommentMentionsThePeople() {
        ATLASSIAN.refuseNotifications(403);
        assertThat(reminders().run(CK).sent()).isEqualTo(1);

        assertThat(ATLASSIAN.comments).hasSize(1);
        assertThat(ATLASSIAN.comments.get(0).getKey()).isEqualTo("OPS-101");
        JsonNode first = ATLASSIAN.comments.get(0).getValue().path("body").path("content").get(0).path("content");
        assertThat(first.get(0).path("type").asString()).isEqualTo("mention");
        assertThat(first.get(0).path("attrs").path("id").asString()).isEqualTo(SeedExample.ALEX);
        assertThat(first.get(0).path("attrs").path("text").asString()).isEqualTo("@Alex Morgan");
        assertThat(log.list(CK)).singleElement().satisfies(e -> assertThat(e.channel()).isEqualTo("COMMENT"));
        assertThat(reminders().run(CK).sent()).isZero();
        assertThat(ATLASSIAN.comments).hasSize(1);

        ATLASSIAN.refuseNotifications(400); // no valid recipient: a comment too
        clock.advanceDays(4);
        assertThat(reminders().run(CK).sent()).isEqualTo(1);
        assertThat(ATLASSIAN.comments).hasSize(2);
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void remindersOffOrQuietWeekendsSendNothing() {
        settings.save(CK, configured().withFollowUp(new FollowUpSettings(false, null, null, null, null)), USER);
        assertThat(reminders().run(CK).sent()).isZero();

        settings.save(CK, configured().withFollowUp(new FollowUpSettings(true, null, true, null, null)), USER);
        while (clock.today().getDayOfWeek() != DayOfWeek.SATURDAY) clock.advanceDays(1); // a Saturday (from a Sunday too)
        // whatever is due for OPS-101 on the weekend waits for Monday
        assertThat(reminders().run(CK).sent()).isZero();
        clock.advanceDays(1);
        assertThat(reminders().run(CK).sent()).isZero();
        clock.advanceDays(1);
        assertThat(reminders().run(CK).sent()).isPositive();
    }

    @Test
    void theReviewDateRemindsTheOwnerWithTheOpenItems() {
        clock.advanceDays(60);
        FollowUpReminders reminders = reminders();
        reminders.run(CK);
        List<JsonNode> review = notified(INCIDENT);
        assertThat(review).hasSize(1);
        assertThat(review.get(0).path("subject").asString()).isEqualTo("Time to review the post-mortem of " + INCIDENT);
        assertThat(users(review.get(0))).containsExactly(SeedExample.DANA);
        String text = review.get(0).path("textBody").asString();
        assertThat(text).contains("3 action item(s) open, 1 overdue").contains("OPS-101: Do a1").contains("(OVERDUE)")
                .contains("OPS-103: Do a3").doesNotContain("OPS-102");
        clock.advanceDays(1);
        reminders.run(CK);
        assertThat(notified(INCIDENT)).hasSize(1);
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void anUnwrittenPostMortemIsChasedOnce() {
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().status(PostMortem.Status.DRAFT).confluencePage(null).build());
        // the seed incident was resolved six days before the start: after two more weeks it is surely 5 business days
        clock.advanceDays(14);
        assertThat(reminders().run(CK).sent()).isEqualTo(1);
        List<JsonNode> chased = notified(INCIDENT);
        assertThat(chased).hasSize(1);
        assertThat(chased.get(0).path("subject").asString()).isEqualTo("The post-mortem of INC-42 is not written yet");
        assertThat(users(chased.get(0))).contains(SeedExample.DANA); // the incident commander
        assertThat(chased.get(0).path("textBody").asString()).contains(ATLASSIAN.baseUrl() + "/browse/INC-42");
        clock.advanceDays(7);
        assertThat(reminders().run(CK).sent()).isZero();
        assertThat(notified(INCIDENT)).hasSize(1);
        assertAllRequestsMatchTheSpecs();
    }
}
