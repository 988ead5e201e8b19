/**
 * The three key times (started, detected, resolved) as candidates and a precedence, plain Java.
 * <ol>
 * <li>{@link io.postmortem.evidence.keytimes.KeyTimeFinder} reads {@link io.postmortem.evidence.keytimes.Utterance}s
 * (the description, comments, chat messages, lines of a pasted timeline) and
 * {@link io.postmortem.evidence.keytimes.TicketRecord}s (the ticket's creation and transitions) into
 * {@link io.postmortem.postmortem.KeyTimeCandidate}s: instant, quoted sentence, author, time written, where, kind of
 * statement, confidence. The words it knows are in {@code Lexicon}; lengths of impact ("lasted 42 minutes") are read
 * by {@code Durations} and give the other end of a stated start or end as an INFERRED candidate.</li>
 * <li>{@link io.postmortem.evidence.keytimes.Precedence} chooses among them (or says UNKNOWN), keeps a person's choice
 * (basis MANUAL), and chooses again when a paste adds candidates to a stored draft.</li>
 * <li>{@link io.postmortem.evidence.keytimes.LearnedChooser} then has the last word ({@code Precedence.decide}): the
 * learned precedence ({@link io.postmortem.evidence.keytimes.LearnedPrecedence}, weights in
 * {@code keytimes/learned-precedence.txt}) may pick another candidate of the same kind, or UNKNOWN.</li>
 * </ol>
 * {@link io.postmortem.evidence.EvidenceEngine} builds the utterances from its evidence and calls both.
 */
package io.postmortem.evidence.keytimes;
