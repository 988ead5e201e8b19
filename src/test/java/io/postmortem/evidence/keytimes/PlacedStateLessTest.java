package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.postmortem.KeyTimes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * (phase 37) A time read only from its line's place in a review is STATED only when nothing weakens it further: it is
 * INFERRED ("check it") when another choosable candidate disputes it, a firmer statement of the same kind in another
 * message says another minute, or the review's times were read in an assumed zone. Each case has its near miss.
 */
class PlacedStateLessTest {

    private static final Instant CREATED = Instant.parse("2024-05-14T09:40:00Z");
    private static final String REVIEW = "comment 232483";

    private static KeyTimeCandidate placed(String hm, String reason, String assumedZone) {
        return new KeyTimeCandidate(Instant.parse("2024-05-14T" + hm + ":00Z"), "comment:232483", REVIEW, "Vaikutus: " + hm + ".", hm,
                assumedZone, "Signe", Instant.parse("2024-05-16T08:00:00Z"), Statement.HINDSIGHT, KeyTime.Basis.STATED, 0.70,
                reason + ", " + KeyTimeFinder.BY_PLACE + " (the first line after its heading), written in hindsight");
    }

    private static KeyTimeCandidate other(String hm, String where, Statement st, double conf, String reason) {
        return new KeyTimeCandidate(Instant.parse("2024-05-14T" + hm + ":00Z"), where.replace(' ', ':'), where, "said at " + hm, hm,
                null, "Priya", Instant.parse("2024-05-14T" + hm + ":30Z"), st, KeyTime.Basis.STATED, conf, reason);
    }

    private static KeyTimes decide(List<KeyTimeCandidate> s, List<KeyTimeCandidate> d, List<KeyTimeCandidate> r) {
        Map<Kind, List<KeyTimeCandidate>> m = new EnumMap<>(Kind.class);
        m.put(Kind.STARTED, s);
        m.put(Kind.DETECTED, d);
        m.put(Kind.RESOLVED, r);
        return Precedence.placedStateLess(Precedence.decide(m, null, CREATED, null));
    }

    @Test
    void aPlacedStartNothingElseSpeaksOfStaysStated() {
        KeyTimes k = decide(List.of(placed("09:10", "impact start", null)), List.of(), List.of());
        assertThat(k.started().at()).isEqualTo(Instant.parse("2024-05-14T09:10:00Z"));
        assertThat(k.started().basis()).isEqualTo(KeyTime.Basis.STATED);
    }

    @Test
    void aPlacedStartAMachineStampPutsLaterIsOnlyInferred() {
        // the alert's startsAt says impact began at 09:30: the review's first line may not be the impact's
        KeyTimes k = decide(List.of(placed("09:10", "impact start", null),
                other("09:30", "paste 1", Statement.MACHINE_STAMP, 0.45, "onset, machine stamp")), List.of(), List.of());
        assertThat(k.started().at()).isEqualTo(Instant.parse("2024-05-14T09:10:00Z"));
        assertThat(k.started().basis()).isEqualTo(KeyTime.Basis.INFERRED);
        assertThat(k.started().reason()).contains("a firmer statement elsewhere says 09:30 UTC");
    }

    @Test
    void nearMissesAMachineStampWithinAChatClocksSlackOrALiveGuessElsewhereLeaveItStated() {
        KeyTimes close = decide(List.of(placed("09:10", "impact start", null),
                other("09:12", "paste 1", Statement.MACHINE_STAMP, 0.45, "onset, machine stamp")), List.of(), List.of());
        assertThat(close.started().basis()).isEqualTo(KeyTime.Basis.STATED);
        KeyTimes guess = decide(List.of(placed("09:10", "impact start", null),
                other("09:30", "comment 41270", Statement.LIVE_REPORT, 0.35, "a failure event, said live")), List.of(), List.of());
        assertThat(guess.started().basis()).isEqualTo(KeyTime.Basis.STATED);
    }

    @Test
    void aPlacedEndAnotherChoosableEndDisputesIsOnlyInferred() {
        KeyTimes k = decide(List.of(), List.of(), List.of(placed("12:15", "end of impact", null),
                other("12:40", "comment 41290", Statement.LIVE_REPORT, 0.60, "recovery, said live")));
        assertThat(k.resolved().at()).isEqualTo(Instant.parse("2024-05-14T12:15:00Z"));
        assertThat(k.resolved().basis()).isEqualTo(KeyTime.Basis.INFERRED);
        assertThat(k.resolved().reason()).contains("another candidate says another minute");
    }

    @Test
    void aPlacedDetectionReadInAnAssumedZoneIsOnlyInferredAndAKnownLabelsIsNot() {
        KeyTimes placed = decide(List.of(), List.of(placed("09:20", "first report", "Europe/Copenhagen")), List.of());
        assertThat(placed.detected().basis()).isEqualTo(KeyTime.Basis.INFERRED);
        assertThat(placed.detected().reason()).contains("its zone was assumed");
        // near miss: the same minute under a label the lexicon knows, in the same assumed zone, stays as the rules say
        KeyTimeCandidate known = new KeyTimeCandidate(Instant.parse("2024-05-14T09:20:00Z"), "comment:232483", REVIEW, "We knew: 09:20.",
                "09:20", "Europe/Copenhagen", "Signe", Instant.parse("2024-05-16T08:00:00Z"), Statement.HINDSIGHT,
                KeyTime.Basis.STATED, 0.90, "first report, written in hindsight");
        assertThat(decide(List.of(), List.of(known), List.of()).detected().basis()).isEqualTo(KeyTime.Basis.STATED);
    }

    @Test
    void aReviewWhosePlacesGiveAnEndBeforeItsDetectionIsOnlyInferred() {
        // "Cause: ... 09:05" read as the impact's line, "Impact: 09:30 to 11:00" as the detection's, "Detected: 10:10" as
        // the end's: the end by place comes before the detection by place
        KeyTimes k = decide(List.of(placed("09:05", "impact start", null)), List.of(placed("09:30", "first report", null)),
                List.of(placed("09:20", "end of impact", null)));
        assertThat(k.started().basis()).isEqualTo(KeyTime.Basis.INFERRED);
        assertThat(k.started().reason()).contains("out of order");
        // near miss: the same review in order, and a detection a few minutes before the impact (an early alert)
        KeyTimes ordered = decide(List.of(placed("09:05", "impact start", null)), List.of(placed("09:00", "first report", null)),
                List.of(placed("11:00", "end of impact", null)));
        assertThat(ordered.started().basis()).isEqualTo(KeyTime.Basis.STATED);
        assertThat(ordered.resolved().basis()).isEqualTo(KeyTime.Basis.STATED);
    }
}
