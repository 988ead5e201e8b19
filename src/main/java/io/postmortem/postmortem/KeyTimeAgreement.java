package io.postmortem.postmortem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the evidence says about a chosen key time beyond the sentence it came from: whether another candidate the
 * precedence could plausibly have chosen says another minute (disputed, the {@code times.disputed} warning of
 * {@code rules.TimesRule}), or whether another message says the same minute (corroborated, shown next to the time in
 * the panel, the Confluence page and the Markdown export). Both read only the key times' own candidates; a person's
 * own time (MANUAL) and an unknown time are neither. The thresholds were measured on the study's tuning sets
 * ({@code EvidenceStudyTest}, README "Key times: candidates and precedence").
 */
public final class KeyTimeAgreement {

    /** Further apart than a chat clock is off (the seed: "chat times may be off by 2-3 minutes"). */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(3);
    /** A rival the precedence could have chosen: confidence at least this ({@code Precedence}'s CHOOSE)... */
    public static final double RIVAL_CONFIDENCE = 0.5;
    /** ... and no more than this below the chosen one's. */
    public static final double RIVAL_MARGIN = 0.3;
    /** A page, alert or report firm enough to say someone knew before the chosen start... */
    public static final double FIRST_KNOWN_CONFIDENCE = 0.75;
    /** ... at most this long before it (an earlier page is a precursor's more often than this incident's). */
    public static final Duration FIRST_KNOWN_WINDOW = Duration.ofMinutes(60);
    /**
     * Corroboration needs one of the two statements said firmly: an explicit boundary, a firm page, alert or report, a
     * machine stamp of one (0.75 is the base confidence of an explicit boundary). Two live "it's back" messages, or a
     * recap's "recovery" and a live one, often agree on a partial recovery (on the untouched first runs of held-out 10-23,
     * requiring it removed 6 of the 7 wrong picks that another message agreed with, and 4 of the 34 right ones).
     */
    public static final double FIRM = 0.75;

    private KeyTimeAgreement() {
    }

    /**
     * What disputes a chosen key time.
     *
     * @param by         the candidate that says otherwise
     * @param firstKnown true when it is a firm page, alert or report (a detection candidate) before the chosen start
     */
    public record Dispute(KeyTimeCandidate by, boolean firstKnown) {
    }

    /** The key time called {@code name} ("started", "detected", "resolved") of {@code k}. */
    public static KeyTime time(String name, KeyTimes k) {
        return switch (name) {
            case "started" -> k.started();
            case "detected" -> k.detected();
            case "resolved" -> k.resolved();
            default -> throw new IllegalArgumentException("not a key time: " + name);
        };
    }

    /**
     * What disputes the chosen {@code name} time of {@code k}, or null: a rival of the same kind ({@link #rival}) or,
     * for started, a firm page, alert or report (confidence {@value #FIRST_KNOWN_CONFIDENCE} or more, stated, not an
     * estimate) more than {@link #CLOCK_SLACK} and at most {@link #FIRST_KNOWN_WINDOW} before the chosen start: someone
     * knew of the failure before impact is said to begin.
     */
    public static Dispute disputedBy(String name, KeyTimes k) {
        return disputedBy(name, time(name, k), k.detected());
    }

    static Dispute disputedBy(String name, KeyTime t, KeyTime detected) {
        KeyTimeCandidate rival = rival(name, t);
        if (rival != null) return new Dispute(rival, false);
        if (!name.equals("started") || !judged(t) || detected == null) return null;
        KeyTimeCandidate first = null;
        for (KeyTimeCandidate c : detected.candidates()) {
            if (c == null || c.at() == null || c.basis() != KeyTime.Basis.STATED || c.confidence() < FIRST_KNOWN_CONFIDENCE - 1e-9) continue;
            if (c.statement() == KeyTimeCandidate.Statement.TICKET_RECORD || c.statement() == KeyTimeCandidate.Statement.EARLY_ESTIMATE) continue;
            long before = Minutes.of(t.at()) - Minutes.of(c.at());
            if (before <= CLOCK_SLACK.toMinutes() || before > FIRST_KNOWN_WINDOW.toMinutes()) continue;
            if (first == null || c.at().isBefore(first.at())) first = c;
        }
        return first == null ? null : new Dispute(first, true);
    }

    /**
     * The candidate that disputes a chosen key time, or null: the strongest among the key time's own candidates that
     * the precedence could plausibly have chosen instead and that says another moment. A rival is a candidate
     * <ul>
     * <li>stated (not derived from a length), not Jira's record, of confidence {@value #RIVAL_CONFIDENCE} or more and
     * at most {@value #RIVAL_MARGIN} below the chosen one (a time a later message calls wrong keeps a third of its
     * confidence, so it never counts);</li>
     * <li>more than {@link #CLOCK_SLACK} from it (chat clocks are often off by 2-3 minutes);</li>
     * <li>not from the same sentence (a sentence that gives two windows or two readings does not dispute itself);</li>
     * <li>not an early estimate, unless the chosen time is one too (an estimate does not dispute a firm statement);</li>
     * <li>for started and detected, earlier than the chosen time (something says impact began, or someone knew,
     * sooner; a later onset or page is a later symptom or a second alert); for resolved, either side (a later "still
     * failing" or an earlier end).</li>
     * </ul>
     * A person's own time (MANUAL) and an unknown time are never disputed.
     */
    public static KeyTimeCandidate rival(String name, KeyTime t) {
        if (!judged(t)) return null;
        double chosen = t.confidence() == null ? 0 : t.confidence();
        boolean estimate = t.statement() == KeyTimeCandidate.Statement.EARLY_ESTIMATE;
        KeyTimeCandidate best = null;
        for (KeyTimeCandidate c : t.candidates()) {
            if (c == null || c.at() == null || c.statement() == KeyTimeCandidate.Statement.TICKET_RECORD) continue;
            if (c.basis() != KeyTime.Basis.STATED) continue;
            if (c.confidence() < RIVAL_CONFIDENCE - 1e-9 || c.confidence() < chosen - RIVAL_MARGIN - 1e-9) continue;
            if (Math.abs(Minutes.of(c.at()) - Minutes.of(t.at())) <= CLOCK_SLACK.toMinutes()) continue;
            if (c.quote() != null && c.quote().equals(t.quote())) continue;
            if (c.statement() == KeyTimeCandidate.Statement.EARLY_ESTIMATE && !estimate) continue;
            if (!name.equals("resolved") && Minutes.of(c.at()) > Minutes.of(t.at())) continue;
            if (best == null || c.confidence() > best.confidence()
                    || c.confidence() == best.confidence() && Duration.between(c.at(), t.at()).abs().compareTo(Duration.between(best.at(), t.at()).abs()) < 0)
                best = c;
        }
        return best;
    }

    /**
     * The other messages that say the same minute as a chosen STATED key time, best first, or an empty list: the key
     * time is corroborated when this is not empty. A corroborating candidate is one of the key time's own candidates
     * (so of the same kind) that is
     * <ul>
     * <li>stated, not Jira's record, within {@link #CLOCK_SLACK} of the chosen time (a chat clock's slack);</li>
     * <li>from another sentence <em>and</em> another message: another comment, another paste line, the description
     * (the same sentence quoted twice, or a second sentence of the same comment, is one source, not two);</li>
     * <li>and one of the two (the chosen statement or this one) is said firmly, confidence {@value #FIRM} or more.</li>
     * </ul>
     * Nothing corroborates a key time that is disputed ({@link #disputedBy}), one a person set (MANUAL), an INFERRED
     * one or an unknown one.
     */
    public static List<KeyTimeCandidate> corroboratedBy(String name, KeyTimes k) {
        return corroboratedBy(name, time(name, k), k.detected());
    }

    static List<KeyTimeCandidate> corroboratedBy(String name, KeyTime t, KeyTime detected) {
        if (!judged(t) || t.basis() != KeyTime.Basis.STATED) return List.of();
        double chosen = t.confidence() == null ? 0 : t.confidence();
        List<KeyTimeCandidate> out = new ArrayList<>();
        for (KeyTimeCandidate c : t.candidates()) {
            if (c == null || c.at() == null || c.statement() == KeyTimeCandidate.Statement.TICKET_RECORD) continue;
            if (c.basis() != KeyTime.Basis.STATED) continue;
            if (Math.abs(Minutes.of(c.at()) - Minutes.of(t.at())) > CLOCK_SLACK.toMinutes()) continue;
            if (Objects.equals(blankToNull(c.quote()), blankToNull(t.quote()))) continue;
            if (Objects.equals(message(c.where(), c.source()), message(t.where(), t.source()))) continue;
            if (Math.max(chosen, c.confidence()) < FIRM - 1e-9) continue;
            if (out.stream().anyMatch(o -> Objects.equals(message(o.where(), o.source()), message(c.where(), c.source())))) continue;
            out.add(c);
        }
        if (out.isEmpty() || disputedBy(name, t, detected) != null) return List.of();
        return List.copyOf(out);
    }

    /** The message a statement is in: where a person finds it ("comment 41278", "paste 1, line 3"), else its id. */
    private static String message(String where, String source) {
        return blankToNull(where) != null ? where.strip() : blankToNull(source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A time the evidence chose: known, and not a person's. */
    private static boolean judged(KeyTime t) {
        return t != null && t.known() && t.basis() != KeyTime.Basis.MANUAL && t.basis() != KeyTime.Basis.UNKNOWN;
    }
}
