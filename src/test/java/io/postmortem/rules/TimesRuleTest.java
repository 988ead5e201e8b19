package io.postmortem.rules;

import static io.postmortem.testsupport.SeedExample.CLOCK;
import static io.postmortem.testsupport.SeedExample.seedExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.Finding.Severity;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeAgreement;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code times.disputed} on candidate lists the evidence engine gave for study incidents (quotes, confidences and
 * reasons as it wrote them; held-out 5's Sentry 2022-07, held-out 20's Codeship 2014-12, dev's Azure AD 2021, held-out
 * 10's Google OAuth 2020-12).
 */
class TimesRuleTest {

    private static final KeyTimeCandidate.Statement LIVE = Statement.LIVE_REPORT;

    private static KeyTimeCandidate c(String at, double confidence, Statement statement, String source, String where,
                                      String original, String reason, String quote) {
        return new KeyTimeCandidate(Instant.parse(at), source, where, quote, original, null, null, null, statement,
                statement == Statement.TICKET_RECORD ? KeyTime.Basis.INFERRED : KeyTime.Basis.STATED, confidence, reason);
    }

    private static List<Finding> disputed(KeyTimes k) {
        PostMortem doc = seedExample().toBuilder().keyTimes(k).build();
        return new TimesRule().check(doc, RuleContext.from(doc, CLOCK)).stream()
                .filter(f -> f.rule().equals(TimesRule.DISPUTED)).toList();
    }

    private static KeyTimes resolvedOnly(KeyTime resolved) {
        return new KeyTimes(KeyTime.unknown(), KeyTime.unknown(), resolved);
    }

    // Sentry, 21 July 2022: the Slack paste's "all clear" was chosen; "error rate back to normal." 25 minutes earlier in the
    // same thread is when impact ended (the recap's "Mitigated by 10:18 UTC")
    private static final KeyTimeCandidate ALL_CLEAR = c("2022-07-21T10:43:00Z", 0.8, LIVE, "slack:1658400180.000016", "paste 1, line 16",
            "12:43 PM", "end of impact, the message's own time", "all clear");
    private static final List<KeyTimeCandidate> SENTRY = List.of(
            ALL_CLEAR,
            c("2022-07-21T10:18:00Z", 0.6, LIVE, "slack:1658398680.000012", "paste 1, line 12", "12:18 PM",
                    "recovery, the message's own time", "error rate back to normal."),
            c("2022-07-21T10:18:00Z", 0.45, Statement.HINDSIGHT, "comment:63003", "comment 63003", "10:18 UTC",
                    "a status post, which is often later than recovery, written in hindsight", "Mitigated by 10:18 UTC."),
            c("2022-07-21T10:43:00Z", 0.45, Statement.HINDSIGHT, "comment:63003", "comment 63003", "10:43",
                    "a status post, which is often later than recovery, written in hindsight", "- 10:43 all clear"),
            c("2022-07-21T10:35:00Z", 0.3, LIVE, "comment:63002", "comment 63002", "10:35 UTC (posted)",
                    "a status post, which is often later than recovery, the message's own time", "Status page on monitoring."),
            c("2022-07-21T16:00:00Z", 0.1, Statement.TICKET_RECORD, "changelog:731183", "changelog", null,
                    "the ticket's transition, which is not the end of impact", "The ticket moved to a resolved status."));

    @Test
    void aRealDisagreementIsSaidWithBothSentencesAndWhatToCheck() {
        List<Finding> f = disputed(resolvedOnly(KeyTime.of(ALL_CLEAR, KeyTime.Basis.STATED, ALL_CLEAR.reason(), SENTRY)));

        assertThat(f).extracting(Finding::path, Finding::severity).containsExactly(tuple("keyTimes.resolved", Severity.WARNING));
        assertThat(f.get(0).message()).isEqualTo("The resolved time 10:43 UTC (paste 1, line 16: \"all clear\") disagrees with 10:18 UTC"
                + " in paste 1, line 12: \"error rate back to normal.\". Check which one marks when user impact ended, and pick the"
                + " other candidate if it is the right one.");
        assertThat(f.get(0).suggestion()).isEqualTo("2022-07-21T10:18:00Z");
    }

    @Test
    void aPersonsOwnTimeAndAnUnknownTimeAreNeverDisputed() {
        KeyTime chosenByAPerson = new KeyTime(ALL_CLEAR.at(), "manual", KeyTime.Basis.MANUAL, null, ALL_CLEAR.quote(), ALL_CLEAR.where(),
                null, null, ALL_CLEAR.statement(), null, null, "set by a person", SENTRY);
        assertThat(disputed(resolvedOnly(chosenByAPerson))).isEmpty();
        assertThat(disputed(resolvedOnly(KeyTime.unknown("nothing in the evidence says it clearly enough", SENTRY)))).isEmpty();
    }

    @Test
    void aChatClockTwoMinutesOffIsNoDisagreement() {
        // Codeship, 1 December 2014: the recap's "19:31 UTC first Pingdom alert" and the pasted alert's own "DOWN since ...
        // 20:29:47" (CET) two minutes earlier
        KeyTimeCandidate recap = c("2014-12-01T19:31:00Z", 0.9, Statement.HINDSIGHT, "comment:160105", "comment 160105", "19:31 UTC",
                "first page, alert or report, written in hindsight",
                "- 19:31 UTC first Pingdom alert to on-call (cached records had kept most users working until then).");
        List<KeyTimeCandidate> all = List.of(recap,
                c("2014-12-01T19:31:00Z", 0.9, Statement.MACHINE_STAMP, "teams:1", "paste 1, line 1", "20:31", "alert, machine stamp",
                        "DOWN alert: codeship.io (https) is DOWN since 01.12.2014 20:29:47"),
                c("2014-12-01T19:29:00Z", 0.8, LIVE, "teams:1", "paste 1, line 1", "20:29:47", "alert, said live",
                        "DOWN alert: codeship.io (https) is DOWN since 01.12.2014 20:29:47"),
                c("2014-12-01T20:05:00Z", 0.1, Statement.TICKET_RECORD, "issue:CI-1201", "ticket", null,
                        "the ticket's creation, which is not detection by itself", "The ticket was created."));
        KeyTime detected = KeyTime.of(recap, KeyTime.Basis.STATED, recap.reason(), all);
        assertThat(disputed(new KeyTimes(KeyTime.unknown(), detected, KeyTime.unknown()))).isEmpty();
        // the same alert ten minutes earlier would be a disagreement
        KeyTimeCandidate earlier = all.get(2);
        earlier = new KeyTimeCandidate(earlier.at().minusSeconds(480), earlier.source(), earlier.where(), earlier.quote(), earlier.original(),
                null, null, null, earlier.statement(), earlier.basis(), earlier.confidence(), earlier.reason());
        assertThat(disputed(new KeyTimes(KeyTime.unknown(), detected.withCandidates(List.of(recap, earlier)), KeyTime.unknown())))
                .extracting(Finding::path).containsExactly("keyTimes.detected");
    }

    @Test
    void aTimeALaterMessageCallsWrongDisputesNothing() {
        // Azure AD, 15 March 2021: the description's "since ~19:15" early estimate, called wrong by the recap
        KeyTimeCandidate recap = c("2021-03-15T19:00:00Z", 0.9, Statement.HINDSIGHT, "comment:3157", "comment 3157", "19:00 UTC",
                "impact start, written in hindsight", "- Impact started at 19:00 UTC when the public key metadata changed.");
        KeyTimeCandidate estimate = c("2021-03-15T19:15:00Z", 0.14, Statement.EARLY_ESTIMATE, "issue:AADINC-315", "description", "~19:15 UTC",
                "failing since then, early estimate in the description, approximate; called wrong elsewhere",
                "Errors since ~19:15 UTC according to the status page draft.");
        assertThat(disputed(new KeyTimes(KeyTime.of(recap, KeyTime.Basis.STATED, recap.reason(), List.of(recap, estimate)),
                KeyTime.unknown(), KeyTime.unknown()))).isEmpty();

        // Google OAuth, 14 December 2020: the status dashboard's end (06:23 Pacific), which the team's recap calls wrong, keeps
        // a third of its confidence and disputes nothing; said as firmly as the recap, it would
        KeyTimeCandidate window = c("2020-12-14T12:33:00Z", 0.9, Statement.HINDSIGHT, "comment:120403", "comment 120403", "04:33 US/Pacific",
                "end of the impact window, written in hindsight",
                "Impact: 03:46 to 04:33 US/Pacific (11:46 to 12:33 UTC), authentication failed for services needing Google OAuth (47 minutes).");
        KeyTimeCandidate dashboard = c("2020-12-14T14:23:00Z", 0.27, Statement.HINDSIGHT, "comment:120404", "comment 120404", "2020-12-14 06:23",
                "end of the impact window, written in hindsight; called wrong elsewhere",
                "for the record, the cloud status dashboard entry reads: Incident began at 2020-12-14 04:07 and ended at 2020-12-14 06:23 (all times are US/Pacific).");
        List<KeyTimeCandidate> all = List.of(window,
                c("2020-12-14T12:33:00Z", 0.6, LIVE, "teams:4", "paste 1, line 7", "13:33", "recovery, the message's own time",
                        "auth error rate back to baseline everywhere"),
                dashboard);
        KeyTime resolved = KeyTime.of(window, KeyTime.Basis.STATED, window.reason(), all);
        assertThat(disputed(resolvedOnly(resolved))).isEmpty();
        KeyTimeCandidate notCalledWrong = dashboard.judged(KeyTime.Basis.STATED, 0.9, "end of the impact window, written in hindsight");
        assertThat(disputed(resolvedOnly(resolved.withCandidates(List.of(window, notCalledWrong)))))
                .extracting(Finding::path).containsExactly("keyTimes.resolved");
    }

    @Test
    void aSentenceThatGivesTwoWindowsDoesNotDisputeItself() {
        // GoCardless, 26 May 2022: "two periods: 09:05 to 09:30 and 09:44 to 09:48 UTC", resolved is the end of the later one
        String q = "Elevated error rates on core APIs in two periods: 09:05 to 09:30 and 09:44 to 09:48 UTC.";
        KeyTimeCandidate last = c("2022-05-26T09:48:00Z", 0.9, Statement.HINDSIGHT, "comment:44176", "comment 44176", "09:48 UTC",
                "end of the impact window, written in hindsight", q);
        KeyTimeCandidate first = c("2022-05-26T09:30:00Z", 0.9, Statement.HINDSIGHT, "comment:44176", "comment 44176", "09:30",
                "end of the impact window, written in hindsight", q);
        assertThat(disputed(resolvedOnly(KeyTime.of(last, KeyTime.Basis.STATED, last.reason(), List.of(last, first))))).isEmpty();
    }

    @Test
    void aStartAfterAFirmAlertIsDisputedByTheAlert() {
        // Basecamp, 8 November 2018, as the phase 9 rules read it: the start taken from "the team diagnosed the problem" at
        // 7:29, eight minutes after the recap says they were first alerted (7:21, when impact had begun)
        KeyTimeCandidate diagnosed = c("2018-11-08T13:29:00Z", 0.9, Statement.HINDSIGHT, "comment:131112", "comment 131112", "7:29am CST",
                "impact start, written in hindsight", "At 7:29am CST, the team diagnosed the problem and started working on the fix.");
        KeyTimeCandidate alerted = c("2018-11-08T13:21:00Z", 0.9, Statement.HINDSIGHT, "comment:131112", "comment 131112", "7:21am CST",
                "first page, alert or report, written in hindsight",
                "At 7:21am CST, we first got alerted that we had run out of ID numbers on an important tracking table in the database.");
        KeyTimeCandidate created = c("2018-11-08T13:40:00Z", 0.1, Statement.TICKET_RECORD, "issue:BC3-9051", "ticket", null,
                "the ticket's creation, which is not detection by itself", "The ticket was created.");
        KeyTime started = KeyTime.of(diagnosed, KeyTime.Basis.STATED, diagnosed.reason(), List.of(diagnosed));
        KeyTime detected = KeyTime.unknown("nothing in the evidence says it clearly enough; the candidates below are hints", List.of(alerted, created));

        List<Finding> f = disputed(new KeyTimes(started, detected, KeyTime.unknown()));

        assertThat(f).extracting(Finding::path).containsExactly("keyTimes.started");
        assertThat(f.get(0).message()).startsWith("The started time 13:29 UTC (comment 131112: \"At 7:29am CST, the team diagnosed")
                .contains("is after 13:21 UTC, when someone already knew of the failure (comment 131112: \"At 7:21am CST, we first got alerted")
                .contains("Check when user impact began");
        assertThat(KeyTimeAgreement.disputedBy("started", new KeyTimes(started, detected, KeyTime.unknown())).firstKnown()).isTrue();
        // an alert more than an hour earlier is more often a precursor's, and a person's start is never questioned
        KeyTimeCandidate hoursBefore = alerted.judged(KeyTime.Basis.STATED, 0.9, alerted.reason());
        hoursBefore = new KeyTimeCandidate(alerted.at().minusSeconds(3600), alerted.source(), alerted.where(), alerted.quote(), alerted.original(),
                null, null, null, alerted.statement(), alerted.basis(), alerted.confidence(), alerted.reason());
        assertThat(disputed(new KeyTimes(started, detected.withCandidates(List.of(hoursBefore)), KeyTime.unknown()))).isEmpty();
        KeyTime byAPerson = new KeyTime(diagnosed.at(), "manual", KeyTime.Basis.MANUAL, null, diagnosed.quote(), diagnosed.where(), null, null,
                diagnosed.statement(), null, null, "set by a person", List.of(diagnosed));
        assertThat(disputed(new KeyTimes(byAPerson, detected, KeyTime.unknown()))).isEmpty();
    }
}
