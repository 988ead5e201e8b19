package io.postmortem.evidence;

import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.TimelineEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceEngineTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T09:45:00Z");
    private final EvidenceEngine engine = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));

    private static IssueFacts issue(Instant resolution) {
        return new IssueFacts("INC-9", "10009", "Checkout 5xx", CREATED, resolution, "10004", "done",
                new Person("acc-r", "Rae Porter"), new Person("acc-d", "Dana Ops"), List.of("payments"), List.of("checkout-api"), null, List.of());
    }

    private static JsonNode adf(String text) {
        var doc = Corpus.JSON.createObjectNode().put("type", "doc").put("version", 1);
        var p = doc.putArray("content").addObject().put("type", "paragraph");
        p.putArray("content").addObject().put("type", "text").put("text", text);
        return doc;
    }

    private static JiraComment comment(String id, String who, String at, String text) {
        return new JiraComment(id, "acc-" + who.toLowerCase(), who, Instant.parse(at), adf(text));
    }

    private Evidence run(List<JiraComment> comments, List<ChangelogEntry> changelog, List<ParsedThread> threads, ZoneId zone) {
        return engine.analyze(new EvidenceInput(issue(null), comments, changelog, List.of(), threads, zone, Set.of("10004")));
    }

    @Test
    void aStatedTimePlacesTheEventThenAndKeepsTheOriginalAndAssumedZone() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T10:05:00Z", "at 09:41 we saw the first 5xx on checkout")), List.of(), List.of(), ZoneId.of("UTC"));
        TimelineEntry e = ev.timeline().stream().filter(t -> t.source().equals("comment:1")).findFirst().orElseThrow();
        assertThat(e.at()).isEqualTo("2026-11-20T09:41:00Z");
        assertThat(e.original()).contains("at 09:41 we saw");
        assertThat(e.assumedZone()).isEqualTo("UTC");
        assertThat(ev.keyTimes().started().basis()).isEqualTo(KeyTime.Basis.STATED);
        assertThat(ev.keyTimes().started().at()).isEqualTo("2026-11-20T09:41:00Z");
    }

    @Test
    void noiseIsDroppedButItsAuthorsStillResponded() {
        Evidence ev = run(List.of(comment("1", "Mia", "2026-11-20T10:00:00Z", "+1"), comment("2", "Lee", "2026-11-20T10:01:00Z", "any update?"),
                comment("3", "Sam", "2026-11-20T10:02:00Z", "👀"), comment("4", "Kim", "2026-11-20T10:03:00Z", "joining"),
                comment("5", "Ana", "2026-11-20T10:04:00Z", "thanks lol")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).extracting(TimelineEntry::source).doesNotContain("comment:1", "comment:2", "comment:3", "comment:4", "comment:5");
        assertThat(ev.responders()).extracting(r -> r.displayName()).contains("Mia", "Lee", "Sam", "Kim", "Ana");
    }

    @Test
    void aBotAlertAndItsHumanEchoBecomeOneRowAtTheMachineTime() {
        ParsedThread t = PasteParser.parse("""
                [{"type":"message","subtype":"bot_message","ts":"1763631660.000100","username":"Datadog","text":"Triggered: checkout error rate above 5%"},
                 {"type":"message","ts":"1763631840.000200","user":"U1","user_profile":{"real_name":"Dana Ops"},"text":"checkout error rate above 5% alert triggered, looking"}]
                """, new PasteOptions(null, null, CREATED));
        Evidence ev = run(List.of(), List.of(), List.of(t), ZoneOffset.UTC);
        List<TimelineEntry> rows = ev.timeline().stream().filter(e -> e.source().startsWith("slack:")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).who()).isEqualTo("Datadog");
        assertThat(rows.get(0).at()).isEqualTo(Instant.ofEpochSecond(1763631660L));
    }

    @Test
    void changelogIsMatchedOnIdsNotOnLocalisedNames() {
        ChangelogEntry resolved = new ChangelogEntry("77", "acc-d", "Dana Ops", Instant.parse("2026-11-20T11:00:00Z"),
                List.of(new ChangeItem("Statut", "status", "3", "En cours", "10004", "Résolu")));
        ChangelogEntry renamed = new ChangelogEntry("78", "acc-d", "Dana Ops", Instant.parse("2026-11-20T10:30:00Z"),
                List.of(new ChangeItem("Status", "status", "1", "Open", "3", "Resolved-ish name")));
        Evidence ev = run(List.of(), List.of(resolved, renamed), List.of(), ZoneOffset.UTC);
        // the transition into the resolved status is offered as a candidate, never chosen: it is not the end of impact
        assertThat(ev.keyTimes().resolved().basis()).isEqualTo(KeyTime.Basis.UNKNOWN);
        assertThat(ev.keyTimes().resolved().candidates()).extracting(c -> c.source()).containsExactly("changelog:77");
        assertThat(ev.keyTimes().resolved().candidates().get(0).at()).isEqualTo("2026-11-20T11:00:00Z");
        assertThat(ev.keyTimes().resolved().candidates().get(0).basis()).isEqualTo(KeyTime.Basis.INFERRED);
        assertThat(ev.timeline()).extracting(TimelineEntry::source).contains("changelog:77", "changelog:78");
    }

    @Test
    void nothingStatedMeansUnknownTimesWithTheTicketsCreationOfferedButNotChosen() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T10:00:00Z", "rolled back checkout-api to 4.2.0")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.keyTimes().started().basis()).isEqualTo(KeyTime.Basis.UNKNOWN);
        assertThat(ev.keyTimes().started().at()).isNull();
        assertThat(ev.keyTimes().detected().basis()).isEqualTo(KeyTime.Basis.UNKNOWN);
        assertThat(ev.keyTimes().detected().candidates()).singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(CREATED))
                .satisfies(c -> assertThat(c.statement()).isEqualTo(io.postmortem.postmortem.KeyTimeCandidate.Statement.TICKET_RECORD));
        assertThat(ev.keyTimes().resolved().basis()).isEqualTo(KeyTime.Basis.UNKNOWN);
        assertThat(ev.suggestions().get("fix").text()).contains("rolled back checkout-api");
        assertThat(ev.internalTerms()).contains("checkout-api", "payments");
    }

    @Test
    void aRecapAfterResolutionGivesOneLearnedLaterRowPerStatedTime() {
        JiraComment recap = comment("9", "Dana", "2026-11-22T10:00:00Z", "x");
        recap = new JiraComment("9", "acc-dana", "Dana", recap.created(), Corpus.JSON.readTree("""
                {"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Recap:"}]},
                 {"type":"bulletList","content":[
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"09:30 errors began after the deploy"}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"10:15 rolled back"}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"10:20 recovered"}]}]}]}]}"""));
        Evidence ev = engine.analyze(new EvidenceInput(issue(Instant.parse("2026-11-20T10:30:00Z")), List.of(recap), List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of()));
        List<TimelineEntry> rows = ev.timeline().stream().filter(e -> e.source().equals("comment:9")).toList();
        assertThat(rows).extracting(TimelineEntry::at).containsExactly(Instant.parse("2026-11-20T09:30:00Z"),
                Instant.parse("2026-11-20T10:15:00Z"), Instant.parse("2026-11-20T10:20:00Z"));
        assertThat(rows).allMatch(TimelineEntry::learnedLater);
        assertThat(ev.keyTimes().resolved().at()).isEqualTo("2026-11-20T10:20:00Z");
        assertThat(ev.keyTimes().resolved().basis()).isEqualTo(KeyTime.Basis.STATED);
    }

    @Test
    void futureDatesAreIgnoredWithAWarning() {
        Evidence ev = run(List.of(comment("1", "Dana", "2027-03-01T10:00:00Z", "deploy finished")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).extracting(TimelineEntry::source).doesNotContain("comment:1");
        assertThat(ev.warnings()).anyMatch(w -> w.contains("future"));
    }

    @Test
    void withoutADefaultZoneUnzonedTimesInCommentsAreNotGuessed() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T10:05:00Z", "at 09:41 we saw the first 5xx")), List.of(), List.of(), null);
        assertThat(ev.timeline()).filteredOn(e -> e.source().equals("comment:1")).extracting(TimelineEntry::at)
                .containsExactly(Instant.parse("2026-11-20T10:05:00Z"));
        assertThat(ev.warnings()).anyMatch(w -> w.contains("no default time zone"));
    }

    @Test
    void rolesComeFromWhatPeopleWrote() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T10:00:00Z", "IC here, @Mia is comms"),
                comment("2", "Lee", "2026-11-20T10:01:00Z", "I'll scribe"), comment("3", "Sam", "2026-11-20T10:02:00Z", "restarted the pods on checkout")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.responders()).extracting(r -> r.displayName() + "=" + r.role())
                .contains("Dana=incident commander", "Mia=comms", "Lee=scribe", "Sam=subject expert", "Dana Ops=assignee", "Rae Porter=reporter");
    }

    @Test
    void mergeIntoADraftKeepsEveryExistingRowAndDedupes() {
        TimelineEntry manual = new TimelineEntry(Instant.parse("2026-11-20T09:50:00Z"), "Dana", "we rolled back checkout", "manual", false);
        TimelineEntry machine = new TimelineEntry(Instant.parse("2026-11-20T09:40:00Z"), "Datadog", "5xx alert", "slack:1.1", false);
        List<TimelineEntry> existing = List.of(manual, machine);
        List<TimelineEntry> copy = new ArrayList<>(existing);
        List<TimelineEntry> merged = TimelineMerge.merge(existing, List.of(
                new TimelineEntry(Instant.parse("2026-11-20T09:51:00Z"), "Dana Ops", "rolled back checkout", "comment:5", false),
                new TimelineEntry(Instant.parse("2026-11-20T09:40:00Z"), "Datadog", "5xx alert", "slack:1.1", false),
                new TimelineEntry(Instant.parse("2026-11-20T10:10:00Z"), "Dana Ops", "recovered", "comment:6", false),
                new TimelineEntry(null, "", "undated note", "paste:3", false)));
        assertThat(existing).isEqualTo(copy);
        assertThat(merged).containsSubsequence(machine, manual);
        assertThat(merged).extracting(TimelineEntry::source).containsExactly("slack:1.1", "manual", "comment:6", "paste:3");
    }

    @Test
    void everyBoundaryOfSeveralImpactWindowsIsATimelineRow() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T13:00:00Z",
                "Recap: checkout errors in two windows, 09:41-09:58 and 10:12-10:19 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        List<TimelineEntry> rows = ev.timeline().stream().filter(t -> t.source().equals("comment:1")).toList();
        assertThat(rows).extracting(TimelineEntry::at).containsExactly(Instant.parse("2026-11-20T09:41:00Z"),
                Instant.parse("2026-11-20T09:58:00Z"), Instant.parse("2026-11-20T10:12:00Z"), Instant.parse("2026-11-20T10:19:00Z"));
        assertThat(rows.get(1).event()).startsWith("End: ");
        assertThat(rows.get(2).event()).startsWith("Start: ");
        assertThat(rows.get(1).timeAsWritten()).isEqualTo("09:58");
        assertThat(ev.keyTimes().started().at()).isEqualTo("2026-11-20T09:41:00Z");
        assertThat(ev.keyTimes().resolved().at()).isEqualTo("2026-11-20T10:19:00Z");
    }

    @Test
    void aStatusPostAfterRecoveryIsARowButNotTheEndOfImpact() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T10:40:00Z",
                "Checkout fully recovered at 10:05 UTC, final status page update posted at 10:31 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        List<TimelineEntry> rows = ev.timeline().stream().filter(t -> t.source().equals("comment:1")).toList();
        assertThat(rows).extracting(TimelineEntry::at).containsExactly(Instant.parse("2026-11-20T10:05:00Z"), Instant.parse("2026-11-20T10:31:00Z"));
        assertThat(rows.get(1).event()).contains("final status page update");
        assertThat(ev.keyTimes().resolved().at()).isEqualTo("2026-11-20T10:05:00Z");
    }

    @Test
    void aListOfTimesWithoutWordsOfTheirOwnStaysOneRow() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T10:40:00Z",
                "The health check failed at 09:50, 09:55 and 10:00 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).hasSize(1);
    }

    @Test
    void aPirDraftWrittenThatNightIsReadOnTheIncidentsDay() {
        // posted 13 hours later: read near its posting, 10:05 UTC would be the next morning (a plan) and dropped
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T23:00:00Z",
                "PIR draft: Between 09:41 UTC and 10:19 UTC on 20 November 2026, checkout failed for customers. "
                        + "Most customers had recovered by 10:05 UTC.")), List.of(), List.of(), ZoneId.of("Asia/Kolkata"));
        List<TimelineEntry> rows = ev.timeline().stream().filter(t -> t.source().equals("comment:1")).toList();
        assertThat(rows).extracting(TimelineEntry::at).contains(Instant.parse("2026-11-20T09:41:00Z"),
                Instant.parse("2026-11-20T10:05:00Z"), Instant.parse("2026-11-20T10:19:00Z"));
    }

    @Test
    void aWindowOpenedWithAnApproximateWordGivesItsEndRowToo() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-22T20:00:00Z",
                "Vendor's PIR: between approximately 21:25 UTC on November 19 and 00:23 UTC on November 20, customers saw sign-in errors.")),
                List.of(), List.of(), ZoneOffset.UTC);
        List<TimelineEntry> rows = ev.timeline().stream().filter(t -> t.source().equals("comment:1")).toList();
        assertThat(rows).extracting(TimelineEntry::at).containsExactly(Instant.parse("2026-11-19T21:25:00Z"), Instant.parse("2026-11-20T00:23:00Z"));
        assertThat(rows.get(1).event()).startsWith("End: ").contains("sign-in errors");
    }

    @Test
    void aWindowThatLastedUntilItsEndGivesBothRows() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T20:00:00Z",
                "preliminary findings: an incident that began at approximately 09:10 UTC and lasted until approximately 10:45 UTC.")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:10:00Z"), Instant.parse("2026-11-20T10:45:00Z"));
    }

    @Test
    void aPastTimeWrittenTheNextMorningIsLastEveningsNotAPlan() {
        // posted 09:30 on the 21st (the clock is at 00:00 on the 21st, so the comment comes from a later clock here)
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-21T09:30:00Z",
                "At around 15:40 UTC we saw a peak of routing changes from the provider.")), List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T15:40:00Z"));
        // near misses: a plan, or a time said to be ahead, keeps out of the timeline
        for (String ahead : List.of("We will fail back at 15:40 UTC.", "Failback scheduled at 15:40 UTC.")) {
            ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-21T09:30:00Z", ahead)),
                    List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
            assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).as(ahead).extracting(TimelineEntry::at)
                    .doesNotContain(Instant.parse("2026-11-20T15:40:00Z"), Instant.parse("2026-11-21T15:40:00Z"));
        }
    }

    @Test
    void aPostmortemHeadingMakesARecapButTheWordInPassingDoesNot() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T23:50:00Z", "postmortem\nWe had a 34 minute outage starting at 09:44 UTC.")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:44:00Z"));
    }

    @Test
    void aReviewHeadedWithItsWeekdayIsARecapOfTheIncidentsDay() {
        // phase 25 (held-out 32 read): "Retro (Friday), times UTC." then "Customer impact 11:20 → 17:06 UTC.", written three
        // days later, put its rows on the retro's own day
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-23T16:00:00Z",
                "Retro (Monday), times UTC.\nCustomer impact 09:20 → 11:06 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:20:00Z")).doesNotContain(Instant.parse("2026-11-23T09:20:00Z"));
        // near miss: a heading with no weekday is no recap by itself, its times stay on the writing's day
        ev = run(List.of(comment("1", "Dana", "2026-11-23T16:00:00Z",
                "Retro (draft), times UTC.\nCustomer impact 09:20 → 11:06 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .doesNotContain(Instant.parse("2026-11-20T09:20:00Z"));
    }

    @Test
    void aReviewOrNoteHeadedWithItsWeekdayInAnyLanguageIsARecapOfTheIncidentsDay() {
        // phase 26 (held-out 33 read): "Retour d'expérience (mercredi).", "Evaluatie (maandag).", "Retour (mardi)." and
        // "Joint note (Monday), IST." were no recaps, so their times fell on the review's own day
        for (String heading : List.of("Retour d'expérience (lundi), heure UTC.", "Evaluatie (maandag), UTC.", "Joint note (Monday), times UTC.")) {
            Evidence ev = run(List.of(comment("1", "Dana", "2026-11-23T16:00:00Z",
                    heading + "\nCustomer impact 09:20 → 11:06 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
            assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).as(heading).extracting(TimelineEntry::at)
                    .contains(Instant.parse("2026-11-20T09:20:00Z")).doesNotContain(Instant.parse("2026-11-23T09:20:00Z"));
        }
        // near miss: a live update headed with its weekday is no recap, its times stay on the writing's day
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-23T16:00:00Z",
                "Update (Monday), times UTC.\nCustomer impact 09:20 → 11:06 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .doesNotContain(Instant.parse("2026-11-20T09:20:00Z"));
    }

    @Test
    void aRecapInSentencesGoesBackOverItsAccountWithoutRollingToTheNextDay() {
        // phase 31 (held-out 37 read): "Impact ... from 9:40 to 12:15. Known to us: Sandrine's message at 9:44. ... The 9:30
        // of 20 Minutes is their version" put 9:44 on the next day and 9:30 on the day after, each after the time before it
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-23T16:00:00Z",
                "Retro (Monday), times UTC.\nImpact for our group: no departures from 09:40 to 12:15.\nKnown to us: Sandrine's message at 09:44, "
                        + "the board all 'delay unknown'.\nThe 09:30 in the press is their version.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:44:00Z"), Instant.parse("2026-11-20T09:30:00Z"))
                .doesNotContain(Instant.parse("2026-11-21T09:44:00Z"), Instant.parse("2026-11-22T09:30:00Z"));
        // near miss: an account that runs past midnight still does (read near the ticket's creation: the evening before)
        ev = run(List.of(comment("1", "Dana", "2026-11-23T16:00:00Z",
                "Retro (Monday), times UTC.\nThe outage began at 22:10. Service restored at 01:30.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-19T22:10:00Z"), Instant.parse("2026-11-20T01:30:00Z"));
    }

    @Test
    void aConditionOrATimetableAheadOfALiveMessageIsNoEventOfTheDayBefore() {
        // phase 31 (held-out 37 read): "autocar pour Caen réservé si rien ne part avant 12h30" at 11:40 and "ça roule ! notre
        // Intercités annoncé au départ à 12h41" at 12:15 put rows at 12:30 and 12:41 the day before
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T11:40:00Z", "coach to the airport booked if nothing leaves before 12:30"),
                comment("2", "Dana", "2026-11-20T12:15:00Z", "ça roule ! notre train annoncé au départ à 12h41")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).extracting(TimelineEntry::at)
                .doesNotContain(Instant.parse("2026-11-19T12:30:00Z"), Instant.parse("2026-11-19T12:41:00Z"))
                .contains(Instant.parse("2026-11-20T11:40:00Z"), Instant.parse("2026-11-20T12:15:00Z"));
        // near miss: a time after the writing in a message that plans nothing is still the evening before's
        ev = run(List.of(comment("1", "Dana", "2026-11-20T09:00:00Z", "all services became unavailable at 22:36")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).extracting(TimelineEntry::at).contains(Instant.parse("2026-11-19T22:36:00Z"));
    }

    @Test
    void aCommentWrittenDaysAfterEveryTimeItStatesIsARecapOfTheIncidentsDay() {
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-22T19:30:00Z",
                "The checkout service experienced a spike in errors between 09:35 UTC and 09:50 UTC.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:35:00Z"), Instant.parse("2026-11-20T09:50:00Z"));
        // near miss: a live comment about the last two hours stays on its own day
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-22T10:30:00Z",
                "The checkout service had a spike in errors between 09:35 UTC and 09:50 UTC.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-22T09:35:00Z"));
    }

    @Test
    void aWindowOpenedAndClosedByVerbsGivesBothRows() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T20:00:00Z",
                "Final summary (times UTC):\nIncident began at 2026-11-20 09:10 and ended at 2026-11-20 10:45.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:10:00Z"), Instant.parse("2026-11-20T10:45:00Z"));
        // near miss: "and ended" with no opening verb before the first time is two events, the second not a window's end
        ev = run(List.of(comment("1", "Dana", "2026-11-20T20:00:00Z",
                "Final summary (times UTC):\nWe paged at 09:10 and ended the call at 10:45.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1")).map(TimelineEntry::event))
                .noneMatch(e -> e.startsWith("End:"));
    }

    @Test
    void aDayOfTheMonthWrittenAfterARecapsTimeDatesIt() {
        // phase 20: "Postmortem posted on the status page (11:52 EDT), in short: spike started at approximately 7:30 UTC
        // on the 12th; first mitigation 9:30 UTC": the posting time first must not push the rows to the next day
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T15:55:00Z",
                "Postmortem posted on the status page (15:52 UTC), in short: spike started at approximately 07:30 UTC on the 20th; first mitigation 09:30 UTC.")),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T07:30:00Z"), Instant.parse("2026-11-20T09:30:00Z"))
                .doesNotContain(Instant.parse("2026-11-21T07:30:00Z"));
        // and another day written so is that day
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T15:55:00Z",
                "Recap: spike started at 07:30 UTC on the 19th.")), List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-19T07:30:00Z"));
    }

    @Test
    void aTwelveHourTimeAndTheZoneAfterItStayOneClause() {
        // phase 20: "(their tweet 9:45 p.m. EDT = 8:45 CDT)": the sentence does not end at "p.m." when a zone follows
        assertThat(Signals.clauses("State ECB tweeted that service is restored (their tweet 9:45 p.m. EDT = 8:45 CDT). We were back before that."))
                .containsExactly("State ECB tweeted that service is restored (their tweet 9:45 p.m. EDT = 8:45 CDT).", "We were back before that.");
        // near miss: a sentence that ends with "p.m." still ends there
        assertThat(Signals.clauses("Power back at 8 p.m. Trains released.")).containsExactly("Power back at 8 p.m.", "Trains released.");
    }

    @Test
    void aRecapNeverReportsAMomentAfterItWasWritten() {
        // the ticket was filed the morning after; the write-up that evening tells of the evening before
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T19:40:00Z",
                "Writeup: the cert expired at 20:30 UTC and errors were back to baseline at 21:06 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-19T20:30:00Z")).doesNotContain(Instant.parse("2026-11-20T20:30:00Z"));
        // near miss: a plan for the evening is no recap and no event
        ev = run(List.of(comment("1", "Dana", "2026-11-20T19:40:00Z", "We will rotate the cert at 20:30 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .doesNotContain(Instant.parse("2026-11-19T20:30:00Z"), Instant.parse("2026-11-20T20:30:00Z"));
    }

    @Test
    void aTextCopiedIntoTheTicketForTheRecordDaysLaterIsReadOnTheIncidentsDay() {
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        for (String heading : List.of("Customer notice text (final), for the file:", "timeline for the regulator notification (all UTC)",
                "Preliminary report summary:")) {
            Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T11:00:00Z",
                    heading + "\nPhase 1 09:24 to 10:33: call handling disrupted.")), List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
            assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).as(heading).extracting(TimelineEntry::at)
                    .contains(Instant.parse("2026-11-20T09:24:00Z"));
        }
        // near miss: a live comment without such a heading stays on its own day
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T11:00:00Z",
                "Phase 1 09:24 to 10:33: call handling disrupted.")), List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-23T09:24:00Z"));
    }

    @Test
    void aClauseAfterASemicolonInARecapRowIsPartOfThatRow() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T23:00:00Z",
                "Timeline (UTC):\n09:52 prefixes withdrawn\n10:01 internal alerts; incident declared.\n10:54 traffic back to normal")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).filteredOn(t -> t.at().equals(Instant.parse("2026-11-20T10:01:00Z")))
                .anySatisfy(t -> assertThat(t.event()).contains("internal alerts").contains("incident declared"));
        // near miss: the next row, with a time of its own, stays its own row
        assertThat(ev.timeline()).filteredOn(t -> t.at().equals(Instant.parse("2026-11-20T10:01:00Z")))
                .noneSatisfy(t -> assertThat(t.event()).contains("traffic back"));
    }

    @Test
    void aLateCommentThatSaysTodayOrTonightIsAboutItsOwnDay() {
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        // written on the 23rd, more than eight hours after its times: a recap, but of that evening, not the incident's day
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T23:30:00Z",
                "Reopening: same thing tonight, crashes between 12:22 and 13:14 UTC until we disabled the job.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-23T12:22:00Z"), Instant.parse("2026-11-23T13:14:00Z"));
        // near miss: "today" only in a heading without a time leaves the write-up on the incident's day
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T23:30:00Z",
                "Blog post (published today):\nCustomers were affected between 12:22 and 13:14 UTC.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T12:22:00Z"));
    }

    @Test
    void aDayWrittenAloneDatesTheWriteUpsTimesAfterIt() {
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T09:00:00Z",
                "Blog post: On Saturday, 21st November, checkout was not available.\nCustomers were affected from 11:22 UTC to 13:40 UTC.")),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-21T11:22:00Z"), Instant.parse("2026-11-21T13:40:00Z"));
        // near miss: a day far from the incident's ("the last similar outage, on 3rd March") dates nothing
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-23T09:00:00Z",
                "Blog post: like the outage on 3rd March, checkout was not available.\nCustomers were affected from 11:22 UTC to 13:40 UTC.")),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .doesNotContain(Instant.parse("2026-03-03T11:22:00Z"));
    }

    @Test
    void aStatusEntryEndingWithItsPostingStampKeepsItsWords() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T14:30:00Z",
                "Status history:\nInvestigating - We are looking into login failures. Please bear with us. Posted Nov 20, 2026 - 12:09 UTC\n"
                        + "Resolved - Logins work again. Posted Nov 20, 2026 - 13:38 UTC")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).anySatisfy(t -> {
            assertThat(t.at()).isEqualTo(Instant.parse("2026-11-20T12:09:00Z"));
            assertThat(t.event()).contains("Investigating - We are looking into login failures");
        });
        assertThat(ev.timeline()).anySatisfy(t -> {
            assertThat(t.at()).isEqualTo(Instant.parse("2026-11-20T13:38:00Z"));
            assertThat(t.event()).contains("Logins work again").doesNotContain("login failures");
        });
        // near miss: a sentence that is not a posting stamp keeps only its own words
        ev = run(List.of(comment("1", "Dana", "2026-11-20T14:30:00Z",
                "We are looking into login failures. The pager went off at 12:09 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).anySatisfy(t -> {
            assertThat(t.at()).isEqualTo(Instant.parse("2026-11-20T12:09:00Z"));
            assertThat(t.event()).doesNotContain("looking into");
        });
    }

    @Test
    void aWindowWrittenAgainLaterInTheSentenceAndOneWithTheDayInItsGapGiveTheirEnds() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T14:30:00Z",
                "Posted: down starting at 5.03AM Pacific (1203UTC). Title: outage 12:03 to 14:20 UTC.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T12:03:00Z"), Instant.parse("2026-11-20T14:20:00Z"));
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-24T10:00:00Z",
                "Summary (UTC): the form was unavailable from about 19:30 on Friday 20 November until 14:30 Sunday 22 November.")),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T19:30:00Z"), Instant.parse("2026-11-22T14:30:00Z"));
        // near miss: two times with something other than a window's words between them are two events, no end row
        ev = run(List.of(comment("1", "Dana", "2026-11-24T10:00:00Z",
                "Summary (UTC): paged at 19:30 on Friday 20 November, then we paused writes at 19:45.")), List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1")).map(TimelineEntry::event))
                .noneMatch(e -> e.startsWith("End:"));
    }

    @Test
    void reportNotesAreARecapAndAnArrowJoinsARangeThatShareItsDay() {
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-12-30T00:00:00Z"), ZoneOffset.UTC));
        // written weeks later at nearly the same clock time as the events: the heading says it is a report's notes
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-12-20T10:00:00Z",
                "Report notes (UTC): oscillations on the grid from 10:03, then the collapse at 10:33.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T10:03:00Z"));
        // near miss: notes without a report's name are a live update of that morning
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-12-20T10:40:00Z",
                "Shift notes (UTC): oscillations on the grid from 10:03, then the collapse at 10:33.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-12-20T10:03:00Z"));
        // "window 15:20 → 16:25 UTC on 21 Nov": the day after the arrow's second end is the first's too
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-27T16:00:00Z",
                "For the SLA credits: window 15:20 → 16:25 UTC on 21 Nov (65 min), all regions.")), List.of(), List.of(), List.of(),
                ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-21T15:20:00Z"), Instant.parse("2026-11-21T16:25:00Z"));
    }

    @Test
    void aWindowOpenedLaterInATimedRowGivesItsStartAndEnd() {
        Evidence ev = run(List.of(comment("1", "Dana", "2026-11-20T14:40:00Z",
                "Status page so far (UTC):\n- 14:32 UTC Monitoring - a fix has been implemented.\n"
                        + "- 14:36 UTC Update - We had noticed latency in connecting to our servers between 14:19 UTC and 14:27 UTC.")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T14:19:00Z"), Instant.parse("2026-11-20T14:27:00Z"));
        // near miss: two times joined by "and" without "between" are two sightings, not a window
        ev = run(List.of(comment("1", "Dana", "2026-11-20T14:40:00Z",
                "Status page so far (UTC):\n- 14:32 UTC Monitoring - a fix has been implemented.\n"
                        + "- 14:36 UTC Update - latency spikes seen at 14:19 UTC and 14:27 UTC.")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1")).map(TimelineEntry::event))
                .noneMatch(e -> e.startsWith("End:") || e.startsWith("Start:"));
    }

    @Test
    void aWindowWhoseSecondEndCarriesItsOwnDayGivesBothRows() {
        EvidenceEngine later = new EvidenceEngine(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        Evidence ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-24T09:00:00Z",
                "Blog post: the stats service failed from Sunday 22-Nov-2026 09:23 UTC – 23-Nov-2026 10:39 UTC.")),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1"))).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-22T09:23:00Z"), Instant.parse("2026-11-23T10:39:00Z"));
        // near miss: a second time after "then" and its own day is another event, not the window's end
        ev = later.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-11-24T09:00:00Z",
                "Blog post: the stats service failed at 09:23 UTC on 22 Nov, then on 23-Nov-2026 10:39 UTC it failed again.")),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline().stream().filter(t -> t.source().equals("comment:1")).map(TimelineEntry::event))
                .noneMatch(e -> e.startsWith("End:"));
    }

    @Test
    void aPastersLongNoteAboveThePasteIsReadWholeByTheKeyTimes() {
        // the note says the paste starts late only after 60 characters, where the parser's warning cuts it: the key
        // times read the note itself (ParsedThread.preamble), so the paste's first line is not taken as the first report
        String pasted = """
                (copied from #ops-bridge on my phone, sorry for the formatting; I joined after the page, scrollback before 9:14 AM not copied)
                Ana Ruiz  9:14 AM
                portal gives 500s on every login
                Ben Ode  9:20 AM
                rolling back the auth deploy now
                """;
        ParsedThread late = PasteParser.parse(pasted, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-11-20"), CREATED));
        assertThat(late.preamble()).singleElement().asString().endsWith("scrollback before 9:14 AM not copied)");
        assertThat(late.warnings()).singleElement().asString().doesNotContain("not copied");
        Evidence ev = run(List.of(), List.of(), List.of(late), ZoneOffset.UTC);
        assertThat(ev.keyTimes().detected().candidates()).noneMatch(c -> c.reason() != null && c.reason().startsWith("the first report"));
        // near miss: the same thread without the note has its first line as a first-report candidate at 09:14
        ParsedThread whole = PasteParser.parse(pasted.substring(pasted.indexOf('\n') + 1),
                new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-11-20"), CREATED));
        assertThat(whole.preamble()).isEmpty();
        ev = run(List.of(), List.of(), List.of(whole), ZoneOffset.UTC);
        assertThat(ev.keyTimes().detected().candidates()).anySatisfy(c -> {
            assertThat(c.reason()).startsWith("the first report");
            assertThat(c.at()).isEqualTo("2026-11-20T09:14:00Z");
        });
    }

    @Test
    void aPastedWriteUpReadAsFreeTextDatesAndZonesItsLaterLinesFromItsHeader() {
        // a provider's summary pasted whole: the day and zone are written once, the later lines carry only a clock
        ParsedThread t = PasteParser.parse("""
                Provider incident summary (published 24 Nov 2026, times PST)
                On Friday 20 November 2026, some checkout requests failed between 01:07 and 02:25 PST.
                The error rate rose progressively to a peak of 45% at 01:39 and stayed there until 02:03.
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-11-20"), CREATED));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        Evidence ev = run(List.of(), List.of(), List.of(t), ZoneOffset.UTC);
        assertThat(ev.timeline()).anySatisfy(e -> {
            assertThat(e.at()).isEqualTo("2026-11-20T09:39:00Z");
            assertThat(e.event()).contains("peak of 45%");
        });
        // near miss: a line pasted alone, with a clock and no day or zone written anywhere in the paste, places nothing
        ParsedThread alone = PasteParser.parse("""
                the error rate peaked at 45% at 01:39
                """, new PasteOptions(null, null, CREATED));
        assertThat(alone.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        ev = run(List.of(), List.of(), List.of(alone), null);
        assertThat(ev.timeline()).noneSatisfy(e -> assertThat(e.event()).contains("peaked"));
    }

    @Test
    void aDayWrittenWithoutItsYearDatesTheDaylessTimesAfterItInTheSameComment() {
        // a review written two weeks later: "On November 20th at 19:23 UTC" dates the rows under it
        String review = "Preliminary review (UTC)\nOn November 20th at 19:23 UTC the cluster lost redundancy. By 19:35 UTC alerts fired.\n"
                + "21:30 impacted teams identified.\n23:08 we noticed the queue had been stuck since 19:38 UTC; 23:14 ingestion stabilised.";
        Evidence ev = engine.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-12-03T09:00:00Z", review)),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline()).anySatisfy(e -> {
            assertThat(e.at()).isEqualTo("2026-11-20T23:08:00Z");
            assertThat(e.event()).contains("queue had been stuck");
        });
        // near miss: a day written for another, earlier incident does not date these rows
        review = "Preliminary review (UTC)\nThe last similar outage was on October 2nd at 19:23 UTC. By 19:35 UTC alerts fired.\n"
                + "21:30 impacted teams identified.\n23:08 we noticed the queue had been stuck since 19:38 UTC; 23:14 ingestion stabilised.";
        ev = engine.analyze(new EvidenceInput(issue(null), List.of(comment("1", "Dana", "2026-12-03T09:00:00Z", review)),
                List.of(), List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        assertThat(ev.timeline()).filteredOn(e -> e.at().isBefore(Instant.parse("2026-11-01T00:00:00Z")))
                .allSatisfy(e -> assertThat(e.event()).contains("last similar outage"));
    }
    @Test
    void aPastEventInAChatMessagePostedAfterMidnightIsTheDayBefores() {
        // a forum post the next morning tells when things broke the evening before: a row then, not a plan dropped
        ParsedThread t = PasteParser.parse("""
                Post by kestrel » Nov 20th 2026 22:52
                cant log into the portal, anyone else?
                Post by laanders » Nov 21st 2026 09:55
                As best we can tell all affected services became unavailable at 21:36 UTC.
                """, new PasteOptions(ZoneOffset.UTC, null, CREATED));
        Evidence ev = run(List.of(), List.of(), List.of(t), ZoneOffset.UTC);
        assertThat(ev.timeline()).anySatisfy(e -> {
            assertThat(e.at()).isEqualTo("2026-11-20T21:36:00Z");
            assertThat(e.event()).contains("became unavailable");
        });
        assertThat(ev.keyTimes().started().at()).isEqualTo("2026-11-20T21:36:00Z");
        // near miss: a plan for later that day stays no event
        ParsedThread plan = PasteParser.parse("""
                Post by laanders » Nov 21st 2026 09:55
                We will restart the game servers at 21:36 UTC.
                """, new PasteOptions(ZoneOffset.UTC, null, CREATED));
        assertThat(run(List.of(), List.of(), List.of(plan), ZoneOffset.UTC).timeline()).noneMatch(e -> e.event().contains("restart the game servers"));
    }

    @Test
    void aPagingToolsCsvPasteGivesTheDetection() {
        ParsedThread t = PasteParser.parse("""
                incident_number,created_on,service,urgency,title
                88412,2026-11-20 09:31:41 UTC,checkout-api,high,"Checkout 5xx > 5%"
                88419,2026-11-20 09:44:03 UTC,checkout-web,low,Checkout latency p99 high
                """, new PasteOptions(ZoneOffset.UTC, null, CREATED));
        Evidence ev = run(List.of(), List.of(), List.of(t), ZoneOffset.UTC);
        assertThat(ev.keyTimes().detected().at()).isEqualTo("2026-11-20T09:31:00Z");
        assertThat(ev.keyTimes().detected().quote()).contains("Checkout 5xx");
        assertThat(ev.timeline()).anySatisfy(e -> assertThat(e.at()).isEqualTo("2026-11-20T09:31:00Z"));
    }
    @Test
    void aStatusPostSaidLiveIsItsOwnEventBesideTheTimesItStates() {
        ParsedThread t = PasteParser.parse("""
                [10:10 AM] Sofia Lindqvist: status page updated, real window 9:43 - 10:06 AM
                """, new PasteOptions(ZoneOffset.UTC, null, CREATED));
        Evidence ev = run(List.of(), List.of(), List.of(t), ZoneOffset.UTC);
        assertThat(ev.timeline()).anySatisfy(e -> {
            assertThat(e.at()).isEqualTo("2026-11-20T10:10:00Z");
            assertThat(e.event()).contains("status page updated");
        });
        assertThat(ev.timeline()).anySatisfy(e -> assertThat(e.at()).isEqualTo("2026-11-20T09:43:00Z"));
        // near miss: a message that only states a time gets no second row at its own time
        ParsedThread plain = PasteParser.parse("""
                [10:10 AM] Sofia Lindqvist: rollback finished at 10:06
                """, new PasteOptions(ZoneOffset.UTC, null, CREATED));
        assertThat(run(List.of(), List.of(), List.of(plain), ZoneOffset.UTC).timeline()).noneMatch(e -> e.at().equals(Instant.parse("2026-11-20T10:10:00Z")));
    }

    @Test
    void aCommentThatOpensWithReviewIsARecapOfTheIncidentsDay() {
        // phase 22 (held-out 29 read): "Review: ministry timeline says fire at 15:19, ..." written five days later was
        // placed on the day before it was written
        Evidence ev = run(List.of(comment("1", "Kim", "2026-11-25T02:00:00Z", "Review: ministry timeline says fire at 09:19, power cut 09:22.")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).filteredOn(e -> e.source().equals("comment:1")).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:19:00Z"));
        // near miss: a live comment that names a review is no recap
        ev = run(List.of(comment("1", "Kim", "2026-11-20T10:02:00Z", "We need a review of this: errors at 09:58 again.")),
                List.of(), List.of(), ZoneOffset.UTC);
        assertThat(ev.timeline()).filteredOn(e -> e.source().equals("comment:1")).extracting(TimelineEntry::at)
                .contains(Instant.parse("2026-11-20T09:58:00Z"));
    }

    @Test
    void aListOfShortTimedItemsIsOneRowEachAndALateRcasTimelineIsTheIncidentsDay() {
        // phase 39: "Duo RCA is out. Their timeline in UTC: ... alerts 15:09, rollback started 15:29, ... then status Identified
        // 16:00, Monitoring 16:50, Resolved 17:42.", written two days later: "timeline in UTC:" made no recap (its rows went on
        // the writing day) and the short items were one row at the first time
        Evidence ev = run(List.of(comment("9", "Dana", "2026-11-22T20:00:00Z",
                "Vendor RCA is out. Their timeline in UTC: config change at 09:07, alerts 09:09, rollback started 09:29, then status Identified 10:00, Monitoring 10:50, Resolved 11:42.")),
                List.of(), List.of(), ZoneId.of("America/Denver"));
        List<TimelineEntry> rows = ev.timeline().stream().filter(e -> e.source().equals("comment:9")).toList();
        assertThat(rows).extracting(TimelineEntry::at).contains(Instant.parse("2026-11-20T09:29:00Z"), Instant.parse("2026-11-20T10:50:00Z"),
                Instant.parse("2026-11-20T11:42:00Z"));
        // near miss: a state told around its time stays one row with the time before it
        ev = run(List.of(comment("9", "Dana", "2026-11-20T12:00:00Z", "End for us: 09:20, 13 of 14 in and the 10:00 wave on time.")),
                List.of(), List.of(), ZoneOffset.UTC);
        rows = ev.timeline().stream().filter(e -> e.source().equals("comment:9")).toList();
        assertThat(rows).filteredOn(r -> r.at().equals(Instant.parse("2026-11-20T09:20:00Z"))).singleElement()
                .satisfies(r -> assertThat(r.event()).contains("13 of 14"));
    }
}
