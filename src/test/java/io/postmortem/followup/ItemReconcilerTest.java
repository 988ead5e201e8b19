package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ConfluencePage;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.ActionItemIssueRepository;
import io.postmortem.publish.PublishTestBase;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.TestClock;

/**
 * The reconciler's half of "status that stays true": an action item changed in Jira while its webhook was lost is read
 * back on the next follow-through run (one search for all open items, valid against the OpenAPI file), the draft
 * follows, and the page update is scheduled; items already closed are not asked about.
 */
class ItemReconcilerTest extends PublishTestBase {

    @Autowired
    ItemReconciler reconciler;
    @Autowired
    ActionItemIssueRepository itemIssues;
    @Autowired
    PageRefresh pageRefresh;

    LocalDate start;

    @BeforeEach
    void published() {
        start = TestClock.today();
        drafts.modify(CK, INCIDENT, d -> d.toBuilder().status(PostMortem.Status.PUBLISHED)
                .confluencePage(new ConfluencePage("884701", "Post-Mortem: SSO", ATLASSIAN.baseUrl() + "/wiki/x/884701", 2, null))
                .actionItems(List.of(
                        item("a1", "OPS-201", SeedExample.ALEX, "Alex Morgan", start.plusDays(10), "Open"),
                        item("a2", "OPS-202", SeedExample.SAM, "Sam Lee", start.plusDays(10), "Done"),
                        item("a3", "OPS-203", SeedExample.PRIYA, "Priya Raman", start.plusDays(20), "Open")))
                .build());
        itemIssues.save(new ActionItemIssueRepository.Row(CK, "OPS-201", INCIDENT, "a1", "Do a1", SeedExample.ALEX, start.plusDays(10)));
        itemIssues.save(new ActionItemIssueRepository.Row(CK, "OPS-202", INCIDENT, "a2", "Do a2", SeedExample.SAM, start.plusDays(10)));
        itemIssues.save(new ActionItemIssueRepository.Row(CK, "OPS-203", INCIDENT, "a3", "Do a3", SeedExample.PRIYA, start.plusDays(20)));
    }

    static ActionItem item(String id, String key, String owner, String name, LocalDate due, String status) {
        return new ActionItem(id, "Do " + id, null, owner, name, due, ActionItem.PreventsRecurrence.YES, status, key, null);
    }

    @Test
    void anItemChangedWhileItsWebhookWasLostIsReadBackAndThePageFollows() {
        // OPS-201 was done and OPS-203 handed to Sam with a later date, and Jira's webhooks never arrived
        ATLASSIAN.putIssue("OPS-201", "Done", "done", SeedExample.ALEX, "Alex Morgan", start.plusDays(10).toString());
        ATLASSIAN.putIssue("OPS-202", "Done", "done", SeedExample.SAM, "Sam Lee", start.plusDays(10).toString());
        ATLASSIAN.putIssue("OPS-203", "In Progress", "indeterminate", SeedExample.SAM, "Sam Lee", start.plusDays(30).toString());
        ATLASSIAN.server().resetRequests();

        assertThat(reconciler.reconcile(CK)).isEqualTo(2);

        List<ActionItem> items = draft().actionItems();
        assertThat(items.get(0).status()).isEqualTo("Done");
        assertThat(items.get(2).status()).isEqualTo("In Progress");
        assertThat(items.get(2).ownerAccountId()).isEqualTo(SeedExample.SAM);
        assertThat(items.get(2).due()).isEqualTo(start.plusDays(30));
        // one search, for the two items that were open (the done one is not asked about)
        var searches = ATLASSIAN.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/rest/api/3/search/jql")).toList();
        assertThat(searches).singleElement().satisfies(e -> assertThat(e.getRequest().getBodyAsString())
                .contains("key in (OPS-201,OPS-203)"));
        // the page update waits (a second request joins it)
        assertThat(pageRefresh.schedule(CK, INCIDENT)).isFalse();
        assertAllRequestsMatchTheSpecs();

        // nothing new in Jira: nothing changes, and the item now done is not asked about again
        ATLASSIAN.server().resetRequests();
        assertThat(reconciler.reconcile(CK)).isZero();
        assertThat(ATLASSIAN.server().getAllServeEvents()).singleElement().satisfies(e ->
                assertThat(e.getRequest().getBodyAsString()).contains("key in (OPS-203)"));
    }
}
