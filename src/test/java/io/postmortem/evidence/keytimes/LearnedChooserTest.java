package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.postmortem.KeyTimes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learned precedence as shipped: the real weights on synthetic candidate lists, and its rules around the rules. */
class LearnedChooserTest {

    private static final Instant CREATED = Instant.parse("2024-05-14T09:12:00Z");

    private static KeyTimeCandidate cand(String hm, String source, String where, Statement st, KeyTime.Basis basis, double conf,
                                         String written, String reason) {
        return new KeyTimeCandidate(Instant.parse("2024-05-14T" + hm + ":00Z"), source, where, "quote of " + where, hm, null, "Priya",
                Instant.parse("2024-05-14T" + written + ":00Z"), st, basis, conf, reason);
    }

    private static KeyTimeCandidate ticketCreated() {
        return new KeyTimeCandidate(CREATED, "issue:PM-1", "ticket", "The ticket was created.", null, null, "Ana", CREATED,
                Statement.TICKET_RECORD, KeyTime.Basis.INFERRED, 0.1, "the ticket's creation, which is not detection by itself");
    }

    private static KeyTimeCandidate ticketResolved() {
        return new KeyTimeCandidate(Instant.parse("2024-05-14T10:45:00Z"), "changelog:77", "changelog", "The ticket moved to a resolved status.",
                null, null, "Ana", Instant.parse("2024-05-14T10:45:00Z"), Statement.TICKET_RECORD, KeyTime.Basis.INFERRED, 0.1,
                "the ticket's transition, which is not the end of impact");
    }

    private static Map<Kind, List<KeyTimeCandidate>> lists(List<KeyTimeCandidate> s, List<KeyTimeCandidate> d, List<KeyTimeCandidate> r) {
        Map<Kind, List<KeyTimeCandidate>> m = new EnumMap<>(Kind.class);
        m.put(Kind.STARTED, s);
        m.put(Kind.DETECTED, d);
        m.put(Kind.RESOLVED, r);
        return m;
    }

    /** The seed's example: a live guess of 09:00 in the description, the recap (and the SP log) say 08:55; all-clear 10:27, ticket 10:45. */
    private static Map<Kind, List<KeyTimeCandidate>> seedExample() {
        return lists(
                List.of(cand("09:00", "issue:PM-1", "description", Statement.EARLY_ESTIMATE, KeyTime.Basis.STATED, 0.55, "09:12",
                                "onset of the failure, an estimate, approximate"),
                        cand("08:55", "comment:3", "comment 3", Statement.HINDSIGHT, KeyTime.Basis.STATED, 0.9, "16:40",
                                "start of the impact window, written in hindsight"),
                        cand("08:55", "comment:2", "comment 2 (log line)", Statement.MACHINE_STAMP, KeyTime.Basis.STATED, 0.85, "09:30",
                                "the failure event at its log time")),
                List.of(ticketCreated(),
                        cand("09:02", "comment:2", "comment 2 (alert)", Statement.MACHINE_STAMP, KeyTime.Basis.STATED, 0.9, "09:30",
                                "alert, at its own time"),
                        cand("09:04", "comment:1", "comment 1", Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.8, "09:04",
                                "report of users failing, said live")),
                List.of(ticketResolved(),
                        cand("10:27", "comment:4", "comment 4", Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.85, "10:27",
                                "recovery: the all-clear, said live"),
                        cand("10:27", "comment:3", "comment 3", Statement.HINDSIGHT, KeyTime.Basis.STATED, 0.9, "16:40",
                                "end of the impact window, written in hindsight")));
    }

    @Test
    void theShippedWeightsTakeTheRecapOverTheLiveGuessAndTheAllClearOverTheTicket() {
        KeyTimes t = Precedence.decide(seedExample(), null, CREATED);
        assertThat(t.started().at()).isEqualTo(Instant.parse("2024-05-14T08:55:00Z"));
        assertThat(t.started().basis()).isEqualTo(KeyTime.Basis.STATED);
        assertThat(t.resolved().at()).isEqualTo(Instant.parse("2024-05-14T10:27:00Z"));
        assertThat(t.detected().at()).isEqualTo(Instant.parse("2024-05-14T09:02:00Z"));
    }

    @Test
    void onlyJirasRecordsIsUnknown() {
        KeyTimes t = Precedence.decide(lists(List.of(), List.of(ticketCreated()), List.of(ticketResolved())), null, CREATED);
        assertThat(t.started().known()).isFalse();
        assertThat(t.detected().known()).isFalse();
        assertThat(t.resolved().known()).isFalse();
        // the records are still offered to a person
        assertThat(t.detected().candidates()).hasSize(1);
        assertThat(t.resolved().candidates()).hasSize(1);
    }

    @Test
    void whenTheRulesPickIsClearlyRightTheKeyTimesAreTheRulesOwn() {
        KeyTimes rules = Precedence.choose(seedExample());
        KeyTimes learned = LearnedChooser.shipped().revise(rules, null, CREATED);
        assertThat(learned).isEqualTo(rules);
        assertThat(learned.started().reason()).doesNotContain(LearnedChooser.CHOSEN);
    }

    @Test
    void thePasteAndTheFullBuildAgreeAndTheCreationIsReadFromTheTicketsRecord() {
        assertThat(Precedence.decide(seedExample(), null, null)).isEqualTo(Precedence.decide(seedExample(), null, CREATED));
        KeyTimes built = Precedence.decide(seedExample(), null, CREATED);
        // a paste that adds nothing new: the stored candidates chosen again give the same key times
        assertThat(Precedence.reconsider(built, built, s -> false)).isEqualTo(built);
    }

    /** A model that believes in hindsight and nothing else (v = 0: "unknown" scores 0). */
    private static LearnedChooser hindsightBeliever() {
        double[] w = new double[LearnedPrecedence.FEATURES.size()], v = new double[LearnedPrecedence.NULL_FEATURES.size()];
        w[LearnedPrecedence.FEATURES.indexOf("statement.HINDSIGHT")] = 12;
        return new LearnedChooser(new LearnedPrecedence(w, v, true));
    }

    private static Map<Kind, List<KeyTimeCandidate>> liveThenHindsight() {
        return lists(List.of(cand("09:00", "slack:C1/1", "Slack #inc 09:01", Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.9, "09:01",
                        "impact began, said live"),
                cand("09:20", "comment:9", "comment 9", Statement.HINDSIGHT, KeyTime.Basis.INFERRED, 0.9, "18:00",
                        "the recap's start, written in hindsight")), List.of(), List.of());
    }

    @Test
    void aPickKeepsTheCandidatesOwnBasisQuoteAndPlaceTheListAndSaysItWasTheLearnedPrecedences() {
        KeyTimes rules = Precedence.choose(liveThenHindsight());
        assertThat(rules.started().at()).isEqualTo(Instant.parse("2024-05-14T09:00:00Z")); // the earliest contender
        KeyTime s = hindsightBeliever().revise(rules, null, CREATED).started();
        assertThat(s.at()).isEqualTo(Instant.parse("2024-05-14T09:20:00Z"));
        assertThat(s.basis()).isEqualTo(KeyTime.Basis.INFERRED);
        assertThat(s.source()).isEqualTo("comment:9");
        assertThat(s.where()).isEqualTo("comment 9");
        assertThat(s.quote()).isEqualTo("quote of comment 9");
        assertThat(s.candidates()).isEqualTo(rules.started().candidates());
        assertThat(s.reason()).contains("the recap's start").contains(LearnedChooser.CHOSEN).contains("the rules chose 09:00 UTC");
    }

    @Test
    void whatTheRulesPromiseOfAnyChosenTimeHoldsWhateverTheModelSays() {
        // a model that believes anything said in hindsight, offered a hint (confidence below the rules' bar), a detection
        // written after the ticket was opened, and Jira's own transition: none of them is stated
        KeyTimes rules = Precedence.choose(lists(
                List.of(cand("09:00", "slack:C1/1", "Slack #inc 09:01", Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.9, "09:01", "impact began, said live"),
                        cand("08:40", "comment:9", "comment 9", Statement.HINDSIGHT, KeyTime.Basis.STATED, 0.4, "18:00", "maybe earlier, a hint")),
                List.of(ticketCreated(),
                        cand("09:05", "comment:1", "comment 1", Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.8, "09:05", "page, said live"),
                        cand("09:30", "comment:8", "comment 8", Statement.HINDSIGHT, KeyTime.Basis.STATED, 0.9, "18:00", "noticed, in the recap")),
                List.of(ticketResolved())));
        KeyTimes revised = hindsightBeliever().revise(rules, null, CREATED);
        assertThat(revised.started()).isEqualTo(rules.started());
        assertThat(revised.detected().at()).isEqualTo(Instant.parse("2024-05-14T09:05:00Z"));
        assertThat(revised.resolved().known()).isFalse();
        double[] w = new double[LearnedPrecedence.FEATURES.size()], v = new double[LearnedPrecedence.NULL_FEATURES.size()];
        w[LearnedPrecedence.FEATURES.indexOf("statement.TICKET_RECORD")] = 30;
        KeyTimes ticketLover = new LearnedChooser(new LearnedPrecedence(w, v, true)).revise(rules, null, CREATED);
        assertThat(ticketLover.resolved().known()).isFalse();
        assertThat(ticketLover.detected().at()).isEqualTo(Instant.parse("2024-05-14T09:05:00Z"));
        assertThat(LearnedChooser.choosable(Kind.DETECTED, cand("09:12", "comment:1", "comment 1", Statement.LIVE_REPORT,
                KeyTime.Basis.STATED, 0.8, "09:12", "page"), CREATED)).isTrue(); // at the ticket's own minute: still detection
        assertThat(LearnedChooser.choosable(Kind.RESOLVED, cand("09:30", "comment:8", "comment 8", Statement.HINDSIGHT,
                KeyTime.Basis.STATED, 0.9, "18:00", "end"), CREATED)).isTrue(); // only detection is bounded by the ticket
        assertThat(LearnedChooser.choosable(Kind.STARTED, null, CREATED)).isTrue(); // UNKNOWN, the safe answer, is always open
    }

    @Test
    void theModelMaySayUnknownAndTheCandidatesStayOffered() {
        double[] w = new double[LearnedPrecedence.FEATURES.size()], v = new double[LearnedPrecedence.NULL_FEATURES.size()];
        v[LearnedPrecedence.NULL_FEATURES.indexOf("null.started")] = 12;
        KeyTimes rules = Precedence.choose(liveThenHindsight());
        KeyTime s = new LearnedChooser(new LearnedPrecedence(w, v, true)).revise(rules, null, CREATED).started();
        assertThat(s.known()).isFalse();
        assertThat(s.basis()).isEqualTo(KeyTime.Basis.UNKNOWN);
        assertThat(s.reason()).contains(LearnedChooser.CHOSEN).contains("the rules chose 09:00 UTC");
        assertThat(s.candidates()).isEqualTo(rules.started().candidates());
    }

    @Test
    void aPersonsTimeIsNeverOverwrittenNorCrossed() {
        KeyTime mine = new KeyTime(Instant.parse("2024-05-14T09:10:00Z"), "manual", KeyTime.Basis.MANUAL, "09:10");
        KeyTimes people = new KeyTimes(mine, KeyTime.unknown(), KeyTime.unknown());
        Map<Kind, List<KeyTimeCandidate>> c = liveThenHindsight();
        KeyTimes rules = Precedence.choose(c, people);
        KeyTimes learned = hindsightBeliever().revise(rules, people, CREATED);
        assertThat(learned.started().basis()).isEqualTo(KeyTime.Basis.MANUAL);
        assertThat(learned.started().at()).isEqualTo(mine.at());
        // a detection before the person's start is not picked, whatever the model believes
        Map<Kind, List<KeyTimeCandidate>> d = lists(List.of(), List.of(
                cand("09:12", "slack:C1/2", "Slack #inc 09:12", Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.9, "09:12", "page, said live"),
                cand("09:05", "comment:9", "comment 9", Statement.HINDSIGHT, KeyTime.Basis.STATED, 0.9, "18:00", "first page, written in hindsight")),
                List.of());
        KeyTimes rulesD = Precedence.choose(d, people);
        KeyTimes learnedD = hindsightBeliever().revise(rulesD, people, CREATED);
        assertThat(learnedD.detected()).isEqualTo(rulesD.detected());
        assertThat(learnedD.started().basis()).isEqualTo(KeyTime.Basis.MANUAL);
        // the same through the rebuild that keeps people's choices (the shipped weights)
        KeyTimes existing = new KeyTimes(mine, KeyTime.unknown(), KeyTime.unknown());
        KeyTimes rebuilt = Precedence.keepPeoplesChoices(existing, Precedence.decide(seedExample(), null, CREATED));
        assertThat(rebuilt.started().basis()).isEqualTo(KeyTime.Basis.MANUAL);
        assertThat(rebuilt.started().at()).isEqualTo(mine.at());
        assertThat(rebuilt.started().candidates()).isNotEmpty();
    }

    @Test
    void theShippedResourceReadsBackToTheSameModelAndSaysWhereItCameFrom() throws IOException {
        String text;
        try (InputStream in = LearnedChooser.class.getResourceAsStream(LearnedChooser.RESOURCE)) {
            assertThat(in).as(LearnedChooser.RESOURCE).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String header = text.lines().findFirst().orElseThrow();
        assertThat(header).startsWith("# trained on: ").contains("dev").contains("heldout26").contains("first runs").doesNotContain("sealed/");
        assertThat(text).containsPattern("candidates from commit [0-9a-f]{40}");
        LearnedPrecedence m = LearnedPrecedence.read(text);
        assertThat(m.stacked()).isTrue();
        LearnedPrecedence again = LearnedPrecedence.read(m.write());
        assertThat(again.write()).isEqualTo(m.write());
        List<LearnedPrecedence.Options> os = new ArrayList<>();
        for (Kind k : Kind.values()) os.add(LearnedPrecedence.options(k, seedExample(), CREATED, null));
        for (LearnedPrecedence.Options o : os) assertThat(again.scores(o)).containsExactly(LearnedChooser.shipped().model().scores(o));
    }

    @Test
    void aMissingOrBadWeightsFileIsAClearError() {
        assertThatThrownBy(() -> LearnedChooser.load("/keytimes/no-such-weights.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing").hasMessageContaining("LearnedPrecedenceWeights");
        assertThatThrownBy(() -> LearnedChooser.load("/keytimes/bad-learned-precedence.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not fit").hasMessageContaining("bad-learned-precedence");
        double[] w = new double[LearnedPrecedence.FEATURES.size()], v = new double[LearnedPrecedence.NULL_FEATURES.size()];
        assertThatThrownBy(() -> new LearnedChooser(new LearnedPrecedence(w, v, false))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stacked");
    }
}
