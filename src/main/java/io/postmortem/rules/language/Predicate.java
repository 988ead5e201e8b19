package io.postmortem.rules.language;

import java.util.List;

/**
 * One verb group of a sentence with what the rules need around it: who does it (the subject, or the agent of a
 * passive), what it is done to, and how it is framed (modal, perfect, passive, negated, in an "if" clause).
 *
 * <p>OpenNLP has no dependency parser; the subject is read from the phrase chunks: the noun phrase before the verb
 * group in the same clause (through "of"/"on" attachments, appositives and relative pronouns), or the previous
 * verb's subject when the verb is coordinated ("merged it and didn't read the diff").
 *
 * @param start      first token of the verb group (may be an adverb: "never checked")
 * @param end        one past its last token
 * @param head       the main verb ("failed" in "had failed to restart"), -1 if the group has none
 * @param complement the verb after "to" ("restart" in "failed to restart"), -1 if none
 * @param modal      the modal verb, lower-case ("should", "could"...), or null
 * @param perfect    "have" + participle ("should have checked", "had checked")
 * @param passive    "be/get" + participle ("was ignored")
 * @param negated    "not", "n't" or "never" in the group
 * @param subject    the subject phrase, or null
 * @param agent      for a passive, the "by" phrase's noun phrase, or null
 * @param object     the noun phrase right after the group, or null
 * @param marker     the subordinating word of its clause ("if", "because", "when"...), lower-case, or null
 * @param adverbs    adverbs inside or right before the group ("accidentally", "never"), lower-case
 */
public record Predicate(int start, int end, int head, int complement, String modal, boolean perfect, boolean passive,
                        boolean negated, Span subject, Span agent, Span object, String marker, List<String> adverbs) {

    /** A token span [start, end). */
    public record Span(int start, int end) {
        public boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    /** Who acts: the agent of a passive, else the subject. */
    public Span actor() {
        return passive ? agent : subject;
    }

    public boolean conditional() {
        return "if".equals(marker) || "unless".equals(marker);
    }
}
