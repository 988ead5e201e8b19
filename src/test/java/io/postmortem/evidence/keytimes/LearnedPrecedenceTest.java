package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnedPrecedenceTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    private static KeyTimeCandidate cand(String at, Statement st, double conf, String reason) {
        return new KeyTimeCandidate(Instant.parse(at), "comment:1", "comment 1", "q", null, null, "Ana", Instant.parse("2024-03-02T09:00:00Z"),
                st, KeyTime.Basis.STATED, conf, reason);
    }

    /** Two started candidates: a firm hindsight window start and a live estimate; a recap beats the guess. */
    private static List<RankTrainer.Example> examples() {
        List<RankTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<KeyTimeCandidate> cs = List.of(cand("2024-03-01T09:4" + i + ":00Z", Statement.HINDSIGHT, 0.8, "start of the impact window, written in hindsight"),
                    cand("2024-03-01T09:3" + i + ":00Z", Statement.EARLY_ESTIMATE, 0.45, "onset of the failure, early estimate, approximate"));
            var o = LearnedPrecedence.options(Kind.STARTED, Map.of(Kind.STARTED, cs), CREATED, null);
            out.add(new RankTrainer.Example(o, new boolean[]{true, false, false}));
            // nothing said but a guess, and the label is UNKNOWN
            var u = LearnedPrecedence.options(Kind.STARTED, Map.of(Kind.STARTED, List.of(cs.get(1))), CREATED, null);
            out.add(new RankTrainer.Example(u, new boolean[]{false, true}));
        }
        return out;
    }

    @Test
    void learnsThatTheRecapBeatsTheGuessAndThatAGuessAloneIsUnknown() {
        LearnedPrecedence m = RankTrainer.train(examples(), false, 0.01, 300, 0.5);
        var both = examples().get(0).options();
        assertThat(m.choose(both, 0.5)).isSameAs(both.candidates().get(0));
        assertThat(m.choose(examples().get(1).options(), 0.5)).isNull();
        assertThat(m.probabilityOf(both, both.candidates().get(0).at())).isGreaterThan(0.5);
    }

    @Test
    void rankPoolsAMinutesCandidatesAndSaysTheRunnerUpAndUnknown() {
        LearnedPrecedence m = RankTrainer.train(examples(), false, 0.01, 300, 0.5);
        // two statements of the recap's minute and the guess: the minute's probability is both candidates' together
        KeyTimeCandidate recap = cand("2024-03-01T09:40:00Z", Statement.HINDSIGHT, 0.8, "start of the impact window, written in hindsight");
        KeyTimeCandidate again = cand("2024-03-01T09:40:00Z", Statement.LIVE_REPORT, 0.6, "onset of the failure");
        KeyTimeCandidate guess = cand("2024-03-01T09:30:00Z", Statement.EARLY_ESTIMATE, 0.45, "onset of the failure, early estimate, approximate");
        var o = LearnedPrecedence.options(Kind.STARTED, Map.of(Kind.STARTED, List.of(recap, again, guess)), CREATED, null);
        double[] p = m.probabilities(o);
        LearnedPrecedence.Ranked r = m.rank(o);
        assertThat(r.best()).isSameAs(p[0] >= p[1] ? recap : again);
        assertThat(r.p()).isCloseTo(p[0] + p[1], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.runnerUp()).isCloseTo(p[2], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.unknown()).isCloseTo(p[3], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.choose(o, r.p())).isSameAs(r.best());
        assertThat(m.choose(o, Math.nextUp(r.p()))).isNull();
        // no candidate: nothing to pick, whatever the threshold
        var none = LearnedPrecedence.options(Kind.STARTED, Map.of(Kind.STARTED, List.of()), CREATED, null);
        assertThat(m.rank(none).best()).isNull();
        assertThat(m.choose(none, 0.0)).isNull();
    }

    @Test
    void weightsRoundTripThroughTheirTextForm() {
        LearnedPrecedence m = RankTrainer.train(examples(), true, 0.01, 50, 0.5);
        String text = m.write();
        LearnedPrecedence again = LearnedPrecedence.read(text);
        assertThat(again.write()).isEqualTo(text);
        assertThat(again.stacked()).isTrue();
        var o = examples().get(0).options();
        assertThat(again.scores(o)).containsExactly(m.scores(o));
    }

    @Test
    void aMissingOrUnknownWeightIsAClearError() {
        String text = RankTrainer.train(examples(), false, 0.01, 10, 0.5).write();
        assertThatThrownBy(() -> LearnedPrecedence.read(text.replaceAll("(?m)^confidence .*\\n", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing weight confidence");
        assertThatThrownBy(() -> LearnedPrecedence.read(text + "nonsense 1.0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown weight nonsense");
    }
}
