package io.postmortem.rules;

import static io.postmortem.testsupport.SeedExample.CLOCK;
import static io.postmortem.testsupport.SeedExample.at;
import static io.postmortem.testsupport.SeedExample.seedExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ActionItem.PreventsRecurrence;
import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.Finding.Severity;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RedactionChecklist;
import io.postmortem.postmortem.RootCause;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.testsupport.SeedExample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacilitatorTest {
    private final Facilitator facilitator = new Facilitator();

    private List<Finding> check(PostMortem doc) {
        return facilitator.check(doc, RuleContext.from(doc, CLOCK));
    }

    private List<Finding> rule(PostMortem doc, String ruleId) {
        return check(doc).stream().filter(f -> f.rule().equals(ruleId)).toList();
    }

    @Test
    void theSeedExampleIsClean() {
        assertThat(check(seedExample())).isEmpty();
    }

    @Test
    void withFindingsStoresTheFindingsOnTheDocument() {
        PostMortem doc = seedExample().toBuilder().summary("").build();
        PostMortem checked = facilitator.withFindings(doc, RuleContext.from(doc, CLOCK));
        assertThat(checked.findings()).extracting(Finding::rule, Finding::path, Finding::severity)
                .containsExactly(tuple(SummaryRule.MISSING, "summary", Severity.ERROR));
        assertThat(checked.hasErrors()).isTrue();
    }

    @Test
    void blameInTheNarrativeIsAWarningWithAPathAndASystemicRewrite() {
        List<String> badly = new ArrayList<>(seedExample().wentBadly());
        badly.add("Alex forgot to renew the certificate.");
        List<Finding> f = rule(seedExample().toBuilder().wentBadly(badly).build(), BlamelessLanguageRule.ID);
        assertThat(f).extracting(Finding::severity, Finding::path)
                .containsExactly(tuple(Severity.WARNING, "wentBadly[4]"));
        assertThat(f.get(0).suggestion())
                .isEqualTo("The certificate renewal depended on a manual step with no reminder or automated check.");
    }

    @Test
    void blameInTheSummaryIsAnErrorAndInTheExternalVersionARedactionError() {
        PostMortem doc = seedExample().toBuilder()
                .summary(seedExample().summary() + " Sam should have caught the expiry.")
                .externalVersion("The outage happened because an engineer failed to renew a certificate.")
                .build();
        assertThat(check(doc)).filteredOn(x -> x.rule().contains("blame"))
                .extracting(Finding::rule, Finding::path, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple(BlamelessLanguageRule.ID, "summary", Severity.ERROR),
                        tuple(RedactionRule.BLAME, "externalVersion", Severity.ERROR));
    }

    @Test
    void blameInTimelineFiveWhysAndActionDescriptionsIsFoundAtTheirPaths() {
        PostMortem seed = seedExample();
        List<TimelineEntry> t = new ArrayList<>(seed.timeline());
        t.set(2, new TimelineEntry(at("09:44"), "Helpdesk", "The page was ignored by Dana", "manual", false));
        List<String> whys = new ArrayList<>(seed.fiveWhys());
        whys.set(1, "The reminder was careless ignored by the on-call engineer.");
        List<ActionItem> items = new ArrayList<>(seed.actionItems());
        ActionItem a = items.get(1);
        items.set(1, new ActionItem(a.id(), a.summary(), "Because Priya dropped the ball last time.", a.ownerAccountId(),
                a.ownerDisplayName(), a.due(), a.preventsRecurrence(), a.status(), a.jiraKey(), null));
        PostMortem doc = seed.toBuilder().timeline(t).fiveWhys(whys).actionItems(items).build();
        assertThat(rule(doc, BlamelessLanguageRule.ID)).extracting(Finding::path)
                .containsExactly("timeline[2].event", "fiveWhys[1]", "actionItems[1].description");
    }

    @Test
    void actionItemsMustBeTestableOwnedByOnePersonDatedAndAnswered() {
        PostMortem doc = seedExample().toBuilder().actionItems(List.of(
                new ActionItem("x1", "Improve monitoring", null, "acc-1", "Alex Morgan",
                        SeedExample.day(21), PreventsRecurrence.YES, null, null, null),
                new ActionItem("x2", "Add an alert for SAML certificate expiry < 14 days, paging the on-call", null,
                        null, null, null, null, null, null, null),
                new ActionItem("x3", "Add an alert for NTP certificate expiry < 14 days, paging the on-call", null,
                        "acc-2", "SRE team", SeedExample.day(-18), PreventsRecurrence.DETECTS_ONLY,
                        null, null, null))).build();
        List<Finding> f = check(doc).stream().filter(x -> x.rule().startsWith("actions.")).toList();
        assertThat(f).extracting(Finding::rule, Finding::path, Finding::severity).containsExactlyInAnyOrder(
                tuple(ActionItemRule.TESTABLE, "actionItems[0].summary", Severity.ERROR),
                tuple(ActionItemRule.OWNER, "actionItems[1].ownerAccountId", Severity.ERROR),
                tuple(ActionItemRule.DUE, "actionItems[1].due", Severity.ERROR),
                tuple(ActionItemRule.PREVENTS, "actionItems[1].preventsRecurrence", Severity.ERROR),
                tuple(ActionItemRule.OWNER_TEAM, "actionItems[2].ownerAccountId", Severity.ERROR),
                tuple(ActionItemRule.OVERDUE, "actionItems[2].due", Severity.ERROR),
                // "Improve monitoring" is marked as preventing recurrence, but monitoring only detects
                tuple(ActionItemRule.RECURRENCE, "actionItems[0].preventsRecurrence", Severity.WARNING));
        assertThat(f.stream().filter(x -> x.rule().equals(ActionItemRule.TESTABLE)).findFirst().orElseThrow()
                .suggestion()).startsWith("Add <alert/check> for <system> when <measurable threshold>, paging <who>");
    }

    @Test
    void aPastDueDateBlocksOnlyItemsNotYetInJiraAndAnOpenCreatedItemIsOverdueAsAWarning() {
        PostMortem seed = seedExample();
        LocalDate past = SeedExample.TODAY.minusDays(10);
        ActionItem notCreated = new ActionItem("n1", seed.actionItems().get(0).summary(), null, "acc-1", "Alex Morgan",
                past, PreventsRecurrence.YES, null, null, null);
        ActionItem createdOpen = new ActionItem("c1", seed.actionItems().get(1).summary(), null, "acc-2", "Sam Lee",
                past, PreventsRecurrence.YES, "In Progress", "OPS-7", null);
        ActionItem createdDone = new ActionItem("d1", seed.actionItems().get(2).summary(), null, "acc-3", "Dana Ops",
                past, PreventsRecurrence.YES, "Done", "OPS-8", null);
        PostMortem doc = seed.toBuilder().actionItems(List.of(notCreated, createdOpen, createdDone)).build();
        List<Finding> f = rule(doc, ActionItemRule.OVERDUE);
        assertThat(f).extracting(Finding::path, Finding::severity).containsExactly(
                tuple("actionItems[0].due", Severity.ERROR), tuple("actionItems[1].due", Severity.WARNING));
        assertThat(f.get(1).message()).contains("OPS-7").contains("overdue since " + past);
        assertThat(facilitator.withFindings(seed.toBuilder().actionItems(List.of(createdOpen, createdDone)).build(),
                RuleContext.from(doc, CLOCK)).hasErrors()).as("an old, published post-mortem stays publishable").isFalse();
    }

    @Test
    void aConfirmedCauseWithOnlyDetectionActionsIsAWarningAndNoActionsAnError() {
        PostMortem seed = seedExample();
        ActionItem only = seed.actionItems().get(0);
        assertThat(rule(seed.toBuilder().actionItems(List.of(only)).build(), ActionItemRule.DETECTS_ONLY))
                .extracting(Finding::path, Finding::severity).containsExactly(tuple("actionItems", Severity.WARNING));
        assertThat(rule(seed.toBuilder().actionItems(List.of()).build(), ActionItemRule.NONE))
                .extracting(Finding::path, Finding::severity).containsExactly(tuple("actionItems", Severity.ERROR));
    }

    @Test
    void keyTimesOutOfOrderAreErrorsAndUnknownTimesWarnings() {
        PostMortem doc = seedExample().toBuilder().keyTimes(new KeyTimes(
                new KeyTime(at("10:00"), "x", KeyTime.Basis.STATED, null),
                new KeyTime(at("09:52"), "x", KeyTime.Basis.STATED, null),
                KeyTime.unknown())).build();
        assertThat(check(doc).stream().filter(x -> x.rule().startsWith("times.")).toList())
                .extracting(Finding::rule, Finding::path, Finding::severity).containsExactlyInAnyOrder(
                        tuple(TimesRule.ORDER, "keyTimes.detected", Severity.ERROR),
                        tuple(TimesRule.UNKNOWN, "keyTimes.resolved", Severity.WARNING));
    }

    @Test
    void aKeyTimeReadInAnAssumedZoneIsSaidWithItsUtcReadingUnlessAPersonSetIt() {
        // "14:24" in a write-up with no zone, read in the team's zone (Brisbane, UTC+10): 04:24 UTC, or 14:24 if UTC was meant
        KeyTime read = new KeyTime(at("04:24"), "comment:1", KeyTime.Basis.STATED, "14:24", "14:24 - a spike starts", "comment 1",
                null, null, null, 0.8, "Australia/Brisbane", "recap", List.of());
        KeyTime inUtc = new KeyTime(at("09:00"), "comment:2", KeyTime.Basis.STATED, "09:00", "09:00 all clear", "comment 2",
                null, null, null, 0.8, "UTC", "recap", List.of());
        KeyTime byAPerson = new KeyTime(at("04:30"), "manual", KeyTime.Basis.MANUAL, "14:30", null, null, null, null, null,
                null, "Australia/Brisbane", "set by a person", List.of());
        PostMortem doc = seedExample().toBuilder().keyTimes(new KeyTimes(read, byAPerson, inUtc)).build();

        List<Finding> zone = check(doc).stream().filter(x -> x.rule().equals(TimesRule.ASSUMED_ZONE)).toList();

        assertThat(zone).extracting(Finding::path, Finding::severity).containsExactly(tuple("keyTimes.started", Severity.WARNING));
        assertThat(zone.get(0).message()).contains("\"14:24\"", "Australia/Brisbane", at("14:24").toString());
        assertThat(zone.get(0).suggestion()).isEqualTo(at("14:24").toString());
    }

    @Test
    void timelineRowsOutOfOrderOrOutsideTheWindowAreWarnedAtTheirIndex() {
        List<TimelineEntry> t = new ArrayList<>(seedExample().timeline());
        t.add(3, new TimelineEntry(at("09:10"), "Helpdesk", "Row typed in the wrong place", "manual", false));
        t.add(new TimelineEntry(SeedExample.day(31).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), "Dana Ops", "Far too late", "manual", false));
        PostMortem doc = seedExample().toBuilder().timeline(t).build();
        assertThat(check(doc).stream().filter(x -> x.rule().startsWith("timeline.")).toList())
                .extracting(Finding::rule, Finding::path).containsExactlyInAnyOrder(
                        tuple(TimesRule.TIMELINE_ORDER, "timeline[3]"),
                        tuple(TimesRule.TIMELINE_WINDOW, "timeline[12]"));
    }

    @Test
    void aSummaryMissingItsElementsGetsOneHintEach() {
        PostMortem doc = seedExample().toBuilder().summary("The SAML certificate expired.").build();
        assertThat(rule(doc, SummaryRule.LENGTH)).hasSize(1);
        assertThat(check(doc).stream().filter(x -> x.rule().startsWith("summary.")).map(Finding::rule))
                .containsExactlyInAnyOrder(SummaryRule.LENGTH, SummaryRule.WHO, SummaryRule.DURATION,
                        SummaryRule.FIX, SummaryRule.RECURRENCE);
    }

    @Test
    void analysisFindsDuplicateWhysCopiedFactorsEmptyLuckAndAMissingCause() {
        PostMortem seed = seedExample();
        List<String> whys = new ArrayList<>(seed.fiveWhys());
        whys.set(2, "The SAML signing certificate of the IdP had expired, so staff SSO logins failed.");
        PostMortem doc = seed.toBuilder().fiveWhys(whys).lucky(List.of())
                .contributingFactors(List.of(new ContributingFactor(seed.rootCause().sentence(), "")))
                .rootCause(new RootCause(seed.rootCause().sentence(), RootCause.Certainty.CONFIRMED, null)).build();
        assertThat(check(doc).stream().filter(x -> x.rule().startsWith("analysis.")).toList())
                .extracting(Finding::rule, Finding::path, Finding::severity).containsExactlyInAnyOrder(
                        tuple(AnalysisRule.WHYS_DUPLICATE, "fiveWhys[2]", Severity.WARNING),
                        tuple(AnalysisRule.FACTOR_IS_CAUSE, "contributingFactors[0].factor", Severity.WARNING),
                        tuple(AnalysisRule.LUCKY, "lucky", Severity.WARNING));
        assertThat(rule(seed.toBuilder().rootCause(null).build(), AnalysisRule.ROOT_CAUSE))
                .extracting(Finding::path, Finding::severity).containsExactly(tuple("rootCause.sentence", Severity.ERROR));
        assertThat(rule(seed.toBuilder().rootCause(new RootCause("Unknown", RootCause.Certainty.MOST_LIKELY, null))
                .build(), AnalysisRule.ROOT_CAUSE)).isEmpty();
    }

    @Test
    void theExternalVersionMustNotLeakInternalsAndOnlyBlocksTheExternalPage() {
        PostMortem doc = seedExample().toBuilder()
                .externalVersion("Between 09:41 and 11:11 UTC sign-in failed because Okta's bug broke "
                        + "idp01.corp.example.com (10.20.3.4, fe80::1ff:fe23:4567:890a). Alex Morgan fixed it, see "
                        + "INC-42, CHG-2291 and https://grafana.example.com/d/sso-errors. Contact "
                        + "alex.morgan@example.com or support@example.com.")
                .redactionChecklist(new RedactionChecklist(true, true, true, false, false))
                .build();
        List<Finding> f = check(doc);
        assertThat(f.stream().filter(x -> x.rule().startsWith("redaction.")).map(Finding::rule).distinct())
                .containsExactlyInAnyOrder(RedactionRule.INTERNAL_TERM, RedactionRule.HOSTNAME, RedactionRule.PERSON,
                        RedactionRule.EMAIL, RedactionRule.IP, RedactionRule.ISSUE_KEY, RedactionRule.VENDOR_BLAME,
                        RedactionRule.CHECKLIST);
        assertThat(f).filteredOn(x -> x.rule().equals(RedactionRule.CHECKLIST)).extracting(Finding::path)
                .containsExactly("redactionChecklist");
        assertThat(f).filteredOn(x -> x.rule().startsWith("redaction.") && !x.rule().equals(RedactionRule.CHECKLIST))
                .allSatisfy(x -> assertThat(x.path()).isEqualTo("externalVersion"));
        assertThat(f).filteredOn(x -> x.rule().equals(RedactionRule.EMAIL)).extracting(Finding::message)
                .singleElement().asString().contains("alex.morgan@example.com").doesNotContain("support@example.com");
        assertThat(Facilitator.canPublishInternal(f)).isTrue();
        assertThat(Facilitator.canPublishExternal(f)).isFalse();
    }

    @Test
    void theHeaderWantsAnIncidentIdSeverityAndReviewDate() {
        PostMortem doc = seedExample().toBuilder().header(new Header("INC-42", "Staff SSO", null, null, null,
                null, null, null)).build();
        assertThat(check(doc).stream().filter(x -> x.rule().startsWith("header.")).toList())
                .extracting(Finding::rule, Finding::path, Finding::suggestion).containsExactlyInAnyOrder(
                        tuple(HeaderRule.INCIDENT_ID, "header.incidentId", "INC-" + SeedExample.DAY.getYear() + "-0042"),
                        tuple(HeaderRule.SEVERITY, "header.severity", null),
                        tuple(HeaderRule.NEXT_REVIEW, "header.nextReviewAt", SeedExample.DAY.plusMonths(3).toString()));
    }
}
