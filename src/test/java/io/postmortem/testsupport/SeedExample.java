package io.postmortem.testsupport;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ActionItem.PreventsRecurrence;
import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.DataImpact;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.Impact;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RedactionChecklist;
import io.postmortem.postmortem.RejectedAction;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.RootCause;
import io.postmortem.postmortem.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed's example invocation as a complete post-mortem: staff logins broke for 90 minutes because the SAML
 * signing certificate expired; the expiry reminder went to a shared mailbox nobody reads; the customer-facing IdP
 * uses the same process (the near miss). Every section is filled, every rule passes.
 * Its dates are relative to "now" ({@link TestClock}, the application's clock): the incident happened six days ago
 * ({@link #DAY}), its open action items are due 11 to 57 days after it, so the example reads the same on any date and
 * under CI's shifted run. Reused by panel, publish and demo tests: change it only together with the golden files
 * under src/test/resources/golden/, which write these dates as {@code {{D+n}}} (see {@link Golden}).
 */
public final class SeedExample {
    /** The day the incident happened: six days before the test clock's today, fixed when the class loads. */
    public static final LocalDate DAY = TestClock.today().minusDays(6);
    /** The day the example is checked on (all due dates are after it). */
    public static final LocalDate TODAY = DAY.plusDays(6);
    /** The clock the example is checked with: the application's (ticking, moved by postmortem.clock.offset). */
    public static final Clock CLOCK = TestClock.clock();

    public static final String DANA = "5b10ac8d82e05b22cc7d4ef5";
    public static final String ALEX = "5b10a2844c20165700ede21g";
    public static final String PRIYA = "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077";
    public static final String SAM = "5d53f3cbc6b9320d9ea5bdc2";

    private SeedExample() {
    }

    /** A time on the incident's day, UTC. */
    public static Instant at(String hhmm) {
        return Instant.parse(DAY + "T" + hhmm + ":00Z");
    }

    /** The day {@code n} days after the incident. */
    public static LocalDate day(int n) {
        return DAY.plusDays(n);
    }

    /**
     * The started time's candidates: Alex's comment quoting the IdP log, and the IdP log line itself pasted as evidence
     * (another message saying the same minute, so the started time is corroborated), with Jira's creation of the ticket.
     */
    private static List<KeyTimeCandidate> startedCandidates() {
        return List.of(
                new KeyTimeCandidate(at("09:41"), "comment:30105", "comment 30105",
                        "IdP logs show \"certificate expired\" from 09:41:07 UTC; the certificate's notAfter is " + DAY + "T09:41:00Z.",
                        DAY + "T09:41:00Z", null, "Alex Morgan", at("10:20"), KeyTimeCandidate.Statement.MACHINE_STAMP,
                        KeyTime.Basis.STATED, 0.9, "impact start, machine stamp"),
                new KeyTimeCandidate(at("09:41"), "paste:1", "paste 1, line 2",
                        DAY + "T09:41:07Z ERROR saml-idp signing certificate expired, assertion rejected", DAY + "T09:41:07Z", null,
                        null, null, KeyTimeCandidate.Statement.MACHINE_STAMP, KeyTime.Basis.STATED, 0.9, "failing since then, machine stamp"),
                new KeyTimeCandidate(at("09:58"), "issue:INC-42", "ticket", "The ticket was created.", null, null, "Dana Ops",
                        at("09:58"), KeyTimeCandidate.Statement.TICKET_RECORD, KeyTime.Basis.INFERRED, 0.1,
                        "the ticket's creation, which is not the start of impact"));
    }

    private static String longDate(LocalDate d, boolean year) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern(year ? "d MMMM uuuu" : "d MMMM", java.util.Locale.ENGLISH));
    }

    public static PostMortem seedExample() {
        return PostMortem.builder()
                .issueKey("INC-42")
                .issueId("10042")
                .version(3)
                .summary("Staff could not sign in to any single sign-on application for 90 minutes on " + longDate(DAY, false) + " "
                        + "(09:41-11:11 UTC) because the SAML signing certificate of our staff identity provider "
                        + "expired. Customers were not affected. Service was restored by reissuing the certificate and "
                        + "re-uploading the metadata to 14 applications. Recurrence risk is high until certificate "
                        + "expiry is monitored: the customer-facing identity provider relies on the same manual renewal.")
                .header(new Header("INC-2026-0042", "Staff SSO logins failed after SAML certificate expiry",
                        Header.Severity.P2, "Staff SSO unavailable for 90 minutes", "Resolved",
                        Header.Classification.REDACTED_EXTERNAL, day(92),
                        DAY))
                .keyTimes(new KeyTimes(
                        new KeyTime(at("09:41"), "comment:30105", KeyTime.Basis.STATED, DAY + "T09:41:00Z",
                                "IdP logs show \"certificate expired\" from 09:41:07 UTC; the certificate's notAfter is " + DAY + "T09:41:00Z.",
                                "comment 30105", "Alex Morgan", at("10:20"), KeyTimeCandidate.Statement.MACHINE_STAMP, 0.9, null,
                                "impact start, machine stamp", startedCandidates()),
                        new KeyTime(at("09:52"), "comment:30102", KeyTime.Basis.STATED, "09:52",
                                "Ticket volume triggered escalation to the identity on-call at 09:52.", "comment 30102", "Priya Raman",
                                at("09:55"), KeyTimeCandidate.Statement.LIVE_REPORT, 0.8, "UTC", "first page, alert or report, said live",
                                List.of()),
                        new KeyTime(at("11:11"), "manual", KeyTime.Basis.MANUAL, null)))
                .impact(new Impact(List.of("Staff SSO (SAML IdP)", "Jira", "Confluence", "HR portal"),
                        "All staff (about 1,200 people); no customers", "Global",
                        "None (internal only); about 1,800 staff hours lost", "None"))
                .timeline(List.of(
                        new TimelineEntry(at("09:30"), "Change calendar", "Scheduled network maintenance completed",
                                "manual", false),
                        new TimelineEntry(at("09:41"), "SAML IdP", "Signing certificate expired; the IdP began "
                                + "rejecting every assertion", "manual", true),
                        new TimelineEntry(at("09:44"), "Helpdesk", "First staff report: \"cannot log in to Jira\"",
                                "comment:30101", false),
                        new TimelineEntry(at("09:52"), "Helpdesk", "Ticket volume triggered escalation to the "
                                + "identity on-call (detection)", "comment:30102", false),
                        new TimelineEntry(at("09:58"), "Dana Ops", "Took the IC role; first hypothesis: the 09:30 "
                                + "network maintenance", "slack:C01/1700000000.000100", false, null, "Europe/Berlin", "10:58 AM"),
                        new TimelineEntry(at("10:05"), "Priya Raman", "Posted a staff update on the intranet banner",
                                "slack:C01/1700000000.000200", false, null, "Europe/Berlin", "11:05 AM"),
                        new TimelineEntry(at("10:20"), "Alex Morgan", "Found \"certificate expired\" in the IdP "
                                + "logs; network hypothesis ruled out", "comment:30105", false),
                        new TimelineEntry(at("10:35"), "Alex Morgan", "Found that the customer-facing IdP certificate "
                                + "uses the same manual renewal and expires on " + day(14), "comment:30106", false),
                        new TimelineEntry(at("10:48"), "Alex Morgan", "Reissued the signing certificate from the "
                                + "internal CA", "comment:30107", false),
                        new TimelineEntry(at("11:02"), "Alex Morgan", "Re-uploaded IdP metadata to the 14 service "
                                + "providers", "comment:30108", false),
                        new TimelineEntry(at("11:11"), "SAML IdP", "Logins succeeded for every sampled application; "
                                + "incident resolved", "changelog:55120", false)))
                .answers(new Answers(
                        "Staff could not sign in to any SSO application for 90 minutes.",
                        "Started 09:41 UTC (certificate notAfter), detected 09:52 UTC (helpdesk escalation), "
                                + "resolved 11:11 UTC.",
                        "User report: staff called the helpdesk; no monitoring fired.",
                        "Dana Ops (incident commander), Alex Morgan (identity SME), Priya Raman (comms lead), "
                                + "Sam Lee (scribe).",
                        "We first suspected the 09:30 network maintenance; the cause was the expired SAML signing "
                                + "certificate.",
                        "Reissuing the signing certificate from the internal CA and re-uploading the IdP metadata "
                                + "to the 14 service providers.",
                        "The customer-facing IdP uses the same manual renewal; if its certificate had expired "
                                + "first, customers could not have signed in.",
                        "The customer IdP certificate expires on " + day(14) + " and nothing monitors it yet.",
                        "Yes: INC-2025-0311, the NTP server certificate expired the same way.",
                        "Alex Morgan (monitoring, customer IdP), Sam Lee (automation), Dana Ops (mailbox ownership)."))
                .responders(List.of(
                        new Responder("Dana Ops", DANA, "commander", "slack:C01"),
                        new Responder("Alex Morgan", ALEX, "subject expert", "comment:30105"),
                        new Responder("Priya Raman", PRIYA, "comms", "slack:C01"),
                        new Responder("Sam Lee", SAM, "scribe", "manual")))
                .rootCause(new RootCause("The SAML signing certificate for staff SSO expired because its renewal "
                        + "depended on a reminder e-mail to a shared mailbox with no process owner, and nothing "
                        + "monitored certificate expiry.", RootCause.Certainty.CONFIRMED,
                        "IdP logs show \"certificate expired\" from 09:41:07 UTC; the certificate's notAfter is "
                                + DAY + "T09:41:00Z."))
                .fiveWhys(List.of(
                        "Staff SSO logins failed because the IdP's SAML signing certificate had expired.",
                        "The 30-, 14- and 1-day expiry reminders produced no renewal.",
                        "The reminders went to the certs@ shared mailbox, which nobody reads.",
                        "The shared mailbox had no process owner, so renewal was nobody's job.",
                        "No automated monitoring of certificate expiry existed to catch the gap."))
                .contributingFactors(List.of(
                        new ContributingFactor("No certificate inventory", "SAML, NTP and internal CA certificates "
                                + "are tracked by hand, so no one could see expiry dates at a glance."),
                        new ContributingFactor("Generic login error", "The IdP error page said \"login failed\", so "
                                + "the helpdesk first treated the reports as password problems."),
                        new ContributingFactor("Manual metadata upload", "Each of the 14 service providers needed the "
                                + "new metadata uploaded by hand, which took 23 minutes.")))
                .wentWell(List.of(
                        "The helpdesk escalated to the identity on-call within 8 minutes of the first staff report.",
                        "The IdP logs named the problem (\"certificate expired\") as soon as they were checked.",
                        "The comms lead posted a staff update within 13 minutes of detection."))
                .wentBadly(List.of(
                        "The expiry reminders went to a shared mailbox with no owner, so three warnings produced no action.",
                        "No monitoring checked certificate expiry, so the first signal was staff unable to log in.",
                        "The first hypothesis (the network maintenance) cost 20 minutes before the IdP logs were checked.",
                        "Re-uploading metadata to 14 service providers was manual and undocumented."))
                .lucky(List.of(
                        "The customer-facing IdP uses the same manual renewal and its certificate expires on "
                                + day(14) + ". Had it expired first, no customer could have signed in.",
                        "It happened on a working morning with the identity subject expert online; at night, "
                                + "restoration would have waited for a call-out.",
                        "The internal CA was unaffected; had it expired too, reissuing would have taken hours."))
                .dataImpact(new DataImpact("None", "None", new DataImpact.PersonalData(false, null, null, null),
                        new DataImpact.RegulatoryNotification(false, null, null)))
                .actionItems(List.of(
                        new ActionItem("a1", "Add certificate expiry monitoring to SAML, NTP and the internal CA, "
                                + "alerting at 30 days and paging the identity on-call at 14 days", null, ALEX,
                                "Alex Morgan", day(21), PreventsRecurrence.DETECTS_ONLY,
                                "Open", "OPS-101", null),
                        new ActionItem("a2", "Renew the customer-facing IdP signing certificate before " + day(14) + " "
                                + "and add it to the expiry monitor", null, ALEX, "Alex Morgan",
                                day(11), PreventsRecurrence.YES, "In Progress", "OPS-102", null),
                        new ActionItem("a3", "Automate SAML signing certificate renewal for the staff and customer "
                                + "IdPs 45 days before expiry", null, SAM, "Sam Lee", day(57),
                                PreventsRecurrence.YES, "Open", null, null),
                        new ActionItem("a4", "Assign a process owner to the certs@ mailbox and route its mail to the "
                                + "identity on-call queue", null, DANA, "Dana Ops", day(16),
                                PreventsRecurrence.PARTIALLY, "Open", null, null)))
                .rejectedActions(List.of(new RejectedAction("Buy a certificate lifecycle management product",
                        "monitoring plus automated renewal covers our 40 certificates at no licence cost",
                        "we pass 200 certificates or the automation misses a renewal")))
                .unknownsAtTheTime(List.of(
                        "The IdP's error page hides certificate errors behind a generic \"login failed\" message.",
                        "Three expiry reminders had already been delivered to the certs@ mailbox."))
                .supportingEvidence(List.of(
                        new EvidenceLink("SSO error rate dashboard", "https://grafana.example.com/d/sso-errors", "DASHBOARD"),
                        new EvidenceLink("INC-42", "https://example.atlassian.net/browse/INC-42", "TICKET"),
                        new EvidenceLink("IdP vendor case 00123456", null, "VENDOR_CASE"),
                        new EvidenceLink("INC-2025-0311: NTP server certificate expired the same way", null,
                                "RELATED_INCIDENT")))
                .externalVersion("Between 09:41 and 11:11 UTC on " + longDate(DAY, true) + ", some staff could not sign in to "
                        + "internal applications. Customer-facing services were not affected. We identified the "
                        + "cause as an expired security certificate in our sign-in service. Service was restored at "
                        + "11:11 UTC. We apologise for the disruption. The steps we are taking to prevent recurrence "
                        + "are:\n- automated monitoring of certificate expiry across our sign-in and time services\n"
                        + "- automatic certificate renewal well before expiry\n"
                        + "- a review of every service that renews certificates by hand\n"
                        + "If you were affected and have questions, contact support@example.com.")
                .redactionChecklist(new RedactionChecklist(true, true, true, true, true))
                .updatedAt(Instant.parse(day(5) + "T16:00:00Z"))
                .updatedBy(DANA)
                .build();
    }
}
