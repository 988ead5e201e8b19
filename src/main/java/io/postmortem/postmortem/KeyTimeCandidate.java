package io.postmortem.postmortem;

import java.time.Instant;

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
 */
public record KeyTimeCandidate(Instant at, String source, String where, String quote, String original,
                               String assumedZone, String author, Instant writtenAt, Statement statement,
                               KeyTime.Basis basis, double confidence, String reason) {

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
    }

    /** The same candidate quoting another sentence. */
    public KeyTimeCandidate withQuote(String newQuote) {
        return new KeyTimeCandidate(at, source, where, newQuote, original, assumedZone, author, writtenAt, statement, basis,
                confidence, reason);
    }

    /** The same candidate judged again: another basis, confidence and reason. */
    public KeyTimeCandidate judged(KeyTime.Basis newBasis, double newConfidence, String newReason) {
        return new KeyTimeCandidate(at, source, where, quote, original, assumedZone, author, writtenAt, statement, newBasis,
                newConfidence, newReason);
    }

    /** Minute precision: two candidates at the same minute say the same time. */
    public long minute() {
        return at == null ? Long.MIN_VALUE : Minutes.of(at);
    }
}
