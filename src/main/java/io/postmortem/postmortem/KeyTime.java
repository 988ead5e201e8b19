package io.postmortem.postmortem;

import java.time.Instant;
import java.util.List;

/**
 * One of the three key times (started, detected, resolved) with where it came from.
 * {@code at} is null when the basis is {@link Basis#UNKNOWN}: "unknown" is a correct answer, never invented. A person
 * may also set a time (basis {@link Basis#MANUAL}), or set "unknown" deliberately (MANUAL with no time): a rebuild
 * from the evidence never overwrites either.
 *
 * @param at          the instant (UTC), null when unknown
 * @param source      the evidence id of the statement it came from ({@code comment:41278}, {@code paste:12}...), or
 *                    {@code manual}
 * @param basis       STATED (the evidence says it), INFERRED (derived), UNKNOWN (nothing says it), MANUAL (a person)
 * @param original    the time as originally written ("10:52pm PT"), when it was read from text
 * @param quote       the sentence it came from, as written
 * @param where       where to find that sentence: "comment 41278", "paste 2, line 12", "description"
 * @param author      who wrote that sentence
 * @param writtenAt   when that sentence was written
 * @param statement   what kind of statement it is (machine stamp, live report, early estimate, hindsight...)
 * @param confidence  how far the precedence trusts it, 0 to 1; null for a person's own time
 * @param assumedZone the zone the written time was read in when it carried none
 * @param reason      why it was chosen, in a few words
 * @param candidates  every candidate the evidence gave for this time, best first (the chosen one included), so a
 *                    person can pick another one; machine-owned, refreshed by every rebuild
 * @param corroboratedBy the candidates from other messages that say the same minute, when the time is STATED and not
 *                    disputed ({@link KeyTimeAgreement#corroboratedBy}); derived from the candidates by {@link KeyTimes},
 *                    never set by a client; empty when a single source says it
 */
public record KeyTime(Instant at, String source, Basis basis, String original, String quote, String where,
                      String author, Instant writtenAt, KeyTimeCandidate.Statement statement, Double confidence,
                      String assumedZone, String reason, List<KeyTimeCandidate> candidates,
                      List<KeyTimeCandidate> corroboratedBy) {

    public enum Basis { STATED, INFERRED, UNKNOWN, MANUAL }

    public KeyTime {
        if (basis == null) basis = at == null ? Basis.UNKNOWN : Basis.INFERRED;
        if (at == null && basis != Basis.MANUAL) basis = Basis.UNKNOWN;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        corroboratedBy = corroboratedBy == null || at == null ? List.of() : List.copyOf(corroboratedBy);
    }

    /** A key time not (yet) compared with its candidates: {@link KeyTimes} derives {@link #corroboratedBy}. */
    public KeyTime(Instant at, String source, Basis basis, String original, String quote, String where,
                   String author, Instant writtenAt, KeyTimeCandidate.Statement statement, Double confidence,
                   String assumedZone, String reason, List<KeyTimeCandidate> candidates) {
        this(at, source, basis, original, quote, where, author, writtenAt, statement, confidence, assumedZone, reason,
                candidates, List.of());
    }

    public KeyTime(Instant at, String source, Basis basis, String original) {
        this(at, source, basis, original, null, null, null, null, null, null, null, null, List.of());
    }

    /** The key time a candidate gives, with the candidates to choose from. */
    public static KeyTime of(KeyTimeCandidate c, Basis basis, String reason, List<KeyTimeCandidate> candidates) {
        return new KeyTime(c.at(), c.source(), basis, c.original(), c.quote(), c.where(), c.author(), c.writtenAt(),
                c.statement(), c.confidence(), c.assumedZone(), reason, candidates);
    }

    public static KeyTime unknown() {
        return new KeyTime(null, null, Basis.UNKNOWN, null);
    }

    /** Unknown, with what the evidence offered (nothing good enough to choose, but a person may). */
    public static KeyTime unknown(String reason, List<KeyTimeCandidate> candidates) {
        return new KeyTime(null, null, Basis.UNKNOWN, null, null, null, null, null, null, null, null, reason, candidates);
    }

    public boolean known() {
        return at != null;
    }

    /** The same key time with other candidates (a person's choice keeps its own fields). */
    public KeyTime withCandidates(List<KeyTimeCandidate> list) {
        return new KeyTime(at, source, basis, original, quote, where, author, writtenAt, statement, confidence,
                assumedZone, reason, list);
    }

    /** The same key time with the candidates of other messages that say its minute. */
    public KeyTime withCorroboration(List<KeyTimeCandidate> list) {
        return new KeyTime(at, source, basis, original, quote, where, author, writtenAt, statement, confidence,
                assumedZone, reason, candidates, list);
    }

    /** More than one message says this time: see {@link #corroboratedBy}. */
    public boolean corroborated() {
        return !corroboratedBy.isEmpty();
    }
}
