package io.postmortem.postmortem;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One statement in the evidence that could give a key time (started, detected or resolved): the instant it says,
 * the sentence it came from and where, who wrote it and when, what kind of statement it is and how far it is trusted.
 * The panel offers every candidate one click away ("use 08:41 from Priya's recap instead").
 *
 * @param at          the instant it states (UTC)
 * @param source      the evidence id: {@code comment:41278}, {@code slack:...}, {@code teams:3}, {@code paste:12},
 *                    {@code issue:INC-7} (the description or the ticket's creation), {@code changelog:5512}
 * @param where       where a person finds it: "comment 41278", "paste 2, line 12", "description", "changelog"
 * @param quote       the sentence it came from, as written (at most about 300 characters)
 * @param original    the time as written ("2:48 AM", "~09:50 UTC", "2021-06-08T09:48:11Z")
 * @param assumedZone the zone the time was read in when the text carried none, else null
 * @param author      who wrote it (null for machine records)
 * @param writtenAt   when it was written (the comment's or message's own time); null for a line of a pasted timeline
 * @param statement   what kind of statement it is
 * @param basis       STATED (the text says this time) or INFERRED (derived: "three minutes after ...", Jira's records)
 * @param confidence  0 to 1: how far the precedence trusts it (0.5 and above can be chosen)
 * @param reason      why it counts, in a few words ("impact start in a recap", "all-clear", "approximate")
 * @param facts       what the precedence acts on, set where the candidate is made (phase 38; before, read back out of the
 *                    reason's words); null (a candidate stored before phase 38) reads them from the reason once
 */
public record KeyTimeCandidate(Instant at, String source, String where, String quote, String original,
                               String assumedZone, String author, Instant writtenAt, Statement statement,
                               KeyTime.Basis basis, double confidence, String reason, Set<Fact> facts) {

    /** Facts about how a candidate was read that the precedence acts on. */
    public enum Fact {
        /** Read only from its line's place in a review (impact / detection / end), not from words the lexicon knows. */
        BY_PLACE("by its place in the review"),
        /** A message's own time (when it was posted), not a time written in it. */
        MESSAGE_TIME("the message's own time"),
        /** The first report of the failure in a pasted thread or log. */
        FIRST_IN_THREAD("the first report of the failure in the pasted thread"),
        /** Written as approximate ("~", "about", "-ish"). */
        APPROXIMATE("approximate");

        /** The words the reason has carried for this fact since before it was typed. */
        private final String words;

        Fact(String words) {
            this.words = words;
        }

        /** The words the reason carries for this fact (the finder writes them; a stored candidate is read by them). */
        public String words() {
            return words;
        }

        /** The facts of a candidate stored before phase 38 (no facts field), read once from its reason's words. */
        static Set<Fact> storedIn(String reason) {
            Set<Fact> out = EnumSet.noneOf(Fact.class);
            if (reason == null) return Set.of();
            for (Fact f : values())
                if (f == FIRST_IN_THREAD ? reason.startsWith(f.words) : reason.contains(f.words)) out.add(f);
            return java.util.Collections.unmodifiableSet(out);
        }
    }

    /** A candidate stored or written without typed facts: they are read from its reason (see {@link Fact#storedIn}). */
    public KeyTimeCandidate(Instant at, String source, String where, String quote, String original, String assumedZone,
                            String author, Instant writtenAt, Statement statement, KeyTime.Basis basis, double confidence,
                            String reason) {
        this(at, source, where, quote, original, assumedZone, author, writtenAt, statement, basis, confidence, reason, null);
    }

    /** How incidents are written: what a statement is worth depends on when and how it was made. */
    public enum Statement {
        /** A time a machine wrote: an alert payload, a log line, a bot's post, an incident tool's export. */
        MACHINE_STAMP,
        /** Said while it happened, about then. */
        LIVE_REPORT,
        /** An early guess, often approximate ("since ~09:00"), in the description or a first message. */
        EARLY_ESTIMATE,
        /** Written later: a recap, a correction, a post-mortem timeline. */
        HINDSIGHT,
        /** Jira's own records: the ticket's creation, a status transition. Never the answer by itself. */
        TICKET_RECORD
    }

    public KeyTimeCandidate {
        if (basis == null) basis = KeyTime.Basis.STATED;
        confidence = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100.0));
        // an EnumSet: its order (and so the JSON and the learned weights' fingerprint) is the same in every run
        facts = facts == null ? Fact.storedIn(reason)
                : java.util.Collections.unmodifiableSet(facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts));
    }

    /** Whether the candidate was read with {@code f}. */
    public boolean has(Fact f) {
        return facts.contains(f);
    }

    /** The same candidate with facts set where it is made. */
    public KeyTimeCandidate withFacts(Set<Fact> newFacts) {
        return new KeyTimeCandidate(at, source, where, quote, original, assumedZone, author, writtenAt, statement, basis,
                confidence, reason, newFacts);
    }

    /** The same candidate quoting another sentence. */
    public KeyTimeCandidate withQuote(String newQuote) {
        return new KeyTimeCandidate(at, source, where, newQuote, original, assumedZone, author, writtenAt, statement, basis,
                confidence, reason, facts);
    }

    /** The same candidate judged again: another basis, confidence and reason. */
    public KeyTimeCandidate judged(KeyTime.Basis newBasis, double newConfidence, String newReason) {
        return new KeyTimeCandidate(at, source, where, quote, original, assumedZone, author, writtenAt, statement, newBasis,
                newConfidence, newReason, facts);
    }

    /** Minute precision: two candidates at the same minute say the same time. */
    public long minute() {
        return at == null ? Long.MIN_VALUE : Minutes.of(at);
    }
}
