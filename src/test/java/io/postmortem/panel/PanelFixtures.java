package io.postmortem.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.ConfluencePage;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

/** Drafts as intake would have stored them, for the panel's tests. */
final class PanelFixtures {

    private PanelFixtures() {
    }

    /** A Slack desktop copy: times without a zone, so the panel must ask for one. */
    static final String SLACK_PASTE = """
            Dana Ops  10:02 AM
            login errors spiking on the SSO dashboard, investigating
            Sam Lee  10:15 AM
            the SAML certificate expired, rolling a new one now
            Dana Ops  11:30 AM
            new cert uploaded, logins working again
            """;


    static PostMortem draft(String issueKey) {
        return PostMortem.newDraft(issueKey).toBuilder()
                .issueId("10042")
                .summary("Staff logins failed for 90 minutes because the SAML certificate expired.")
                .header(new Header("INC-2026-0007", "SAML certificate expiry", Header.Severity.P2, "Staff SSO unavailable for 90 minutes",
                        null, null, LocalDate.of(2027, 2, 20), LocalDate.of(2026, 11, 20)))
                .timeline(List.of(new TimelineEntry(Instant.parse("2026-11-20T09:41:00Z"), "Okta", "First SAML assertion rejected",
                        "comment:30101", false)))
                .answers(Answers.empty().with(Question.DETECTION, "User report to the service desk"))
                .suggestions(Map.of("customerEffect", new Suggestion("Staff could not log in to internal tools",
                        "comment:30101", "from a comment by Dana Ops, 14:02 UTC")))
                .actionItems(List.of(new ActionItem("a-1", "Add certificate expiry alert < 14 days", null, "557058:dana", "Dana Ops",
                        io.postmortem.testsupport.TestClock.today().plusDays(15), ActionItem.PreventsRecurrence.YES, "In Progress", "OPS-12", null)))
                .build();
    }

    static PostMortem published(String issueKey) {
        return draft(issueKey).toBuilder().status(PostMortem.Status.PUBLISHED)
                .confluencePage(new ConfluencePage("98765", "Post-Mortem: SAML", "https://acme.atlassian.net/wiki/x/98765", 3, null))
                .build();
    }
}
