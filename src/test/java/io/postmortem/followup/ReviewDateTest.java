package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.postmortem.Header;
import io.postmortem.publish.PublicationRepository;
import io.postmortem.publish.PublishTestBase;
import io.postmortem.settings.FollowUpSettings;
import io.postmortem.testsupport.MovableClock;
import io.postmortem.testsupport.TestClock;

/**
 * The review date: set at publishing when the draft has none (the installation's delay), shown on the page with
 * the last review; its reminder comes on the date and not again once the review is recorded.
 */
class ReviewDateTest extends PublishTestBase {

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
    PageRefresh pageRefresh;

    static Header header(Header h, LocalDate next, LocalDate reviewed) {
        return new Header(h.incidentId(), h.title(), h.severity(), h.customerImpact(), h.status(), h.classification(),
                next, h.date(), reviewed);
    }

    @Test
    void publishingSetsAMissingReviewDateAndThePageShowsItAndTheLastReview() {
        settings.save(CK, configured().withFollowUp(new FollowUpSettings(null, null, null, null, 30)), USER);
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().header(header(d.header(), null, null)).build());

        assertThat(publishAndWait().path("state").asString()).isEqualTo("DONE");

        LocalDate expected = TestClock.today().plusDays(30);
        assertThat(draft().header().nextReviewAt()).isEqualTo(expected);
        String page = ATLASSIAN.pages().get(draft().confluencePage().id()).body();
        assertThat(page).contains("<tr><th><p>Next review at</p></th><td><p><time datetime=\"" + expected + "\" />")
                .doesNotContain("Last reviewed");

        // the owner records the review and moves the next date on; publishing again shows both
        LocalDate reviewed = TestClock.today();
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().header(header(d.header(), expected.plusDays(90), reviewed)).build());
        publishAndWait();
        page = ATLASSIAN.pages().get(draft().confluencePage().id()).body();
        assertThat(page).contains("<tr><th><p>Last reviewed</p></th><td><p><time datetime=\"" + reviewed + "\" />")
                .contains("<time datetime=\"" + expected.plusDays(90) + "\" />");
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void thePanelRecordsTheReviewThroughTheApi() {
        tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                call("GET", "/api/postmortems/" + INCIDENT, contextToken(), null).body());
        LocalDate reviewed = TestClock.today();
        ((tools.jackson.databind.node.ObjectNode) doc.get("header")).put("lastReviewedAt", reviewed.toString())
                .put("nextReviewAt", reviewed.plusDays(90).toString());
        var saved = call("PUT", "/api/postmortems/" + INCIDENT, contextToken(), doc.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).path("header").path("lastReviewedAt").asString()).isEqualTo(reviewed.toString());
        assertThat(draft().header().lastReviewedAt()).isEqualTo(reviewed);
        assertThat(draft().header().nextReviewAt()).isEqualTo(reviewed.plusDays(90));
    }

    @Test
    void aReviewRecordedAfterPublishingReachesThePageWithoutPublishingAgain() {
        assertThat(publishAndWait().path("state").asString()).isEqualTo("DONE");
        String pageId = draft().confluencePage().id();
        assertThat(ATLASSIAN.pages().get(pageId).body()).doesNotContain("Last reviewed");

        tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                call("GET", "/api/postmortems/" + INCIDENT, contextToken(), null).body());
        LocalDate reviewed = TestClock.today();
        ((tools.jackson.databind.node.ObjectNode) doc.get("header")).put("lastReviewedAt", reviewed.toString())
                .put("nextReviewAt", reviewed.plusDays(90).toString());
        var saved = call("PUT", "/api/postmortems/" + INCIDENT, contextToken(), doc.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        // the save scheduled the page update (a second request joins it), which rewrites the same page
        assertThat(pageRefresh.schedule(CK, INCIDENT)).isFalse();
        int pages = ATLASSIAN.pages().size();
        pageRefresh.refresh(CK, INCIDENT);
        assertThat(ATLASSIAN.pages()).hasSize(pages);
        assertThat(ATLASSIAN.pages().get(pageId).body())
                .contains("<tr><th><p>Last reviewed</p></th><td><p><time datetime=\"" + reviewed + "\" />")
                .contains("<time datetime=\"" + reviewed.plusDays(90) + "\" />");
        assertAllRequestsMatchTheSpecs();
    }

    @Test
    void theReminderComesOnTheDateAndNotAfterTheReview() {
        assertThat(publishAndWait().path("state").asString()).isEqualTo("DONE");
        MovableClock clock = new MovableClock();
        LocalDate reviewAt = clock.today().plusDays(10);
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().header(header(d.header(), reviewAt, null)).build());
        FollowUpReminders reminders = new FollowUpReminders(sites, clients, settings, drafts, publications, log, delivery, tracker, clock);
        ATLASSIAN.notifications.clear();

        clock.advanceDays(9);
        reminders.run(CK);
        assertThat(ATLASSIAN.notifications).noneMatch(n -> n.getKey().equals(INCIDENT));
        clock.advanceDays(1);
        reminders.run(CK);
        assertThat(ATLASSIAN.notifications).filteredOn(n -> n.getKey().equals(INCIDENT)).singleElement()
                .satisfies(n -> assertThat(n.getValue().path("subject").asString()).isEqualTo("Time to review the post-mortem of INC-42"));

        // reviewed on the day: nothing more, until the next date (a new reminder)
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().header(header(d.header(), reviewAt, reviewAt)).build());
        clock.advanceDays(1);
        reminders.run(CK);
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().header(header(d.header(), reviewAt.plusDays(30), reviewAt)).build());
        clock.advanceDays(28); // the day before the new date
        reminders.run(CK);
        assertThat(ATLASSIAN.notifications).filteredOn(n -> n.getKey().equals(INCIDENT)).hasSize(1);
        clock.advanceDays(1);
        reminders.run(CK);
        assertThat(ATLASSIAN.notifications).filteredOn(n -> n.getKey().equals(INCIDENT)).hasSize(2);
        assertAllRequestsMatchTheSpecs();
    }
}
