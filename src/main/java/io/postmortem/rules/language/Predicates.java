package io.postmortem.rules.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@link Predicate}s (verb groups with subject, agent, object and framing) of a tagged sentence. */
public final class Predicates {
    private Predicates() {
    }

    private static final Set<String> AUX = Set.of("be", "have", "do", "get");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never");
    private static final Set<String> SUBORDINATORS = Set.of("if", "unless", "because", "when", "whenever", "although",
            "though", "since", "after", "before", "while", "whereas", "once", "until", "so", "as");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "then", "yet");
    private static final Set<String> ATTACHMENTS = Set.of("of", "on", "in", "for", "from", "at", "with");

    public static List<Predicate> of(Tagged t) {
        List<Predicate> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            int s = groupStart(t, i);
            if (s < 0) {
                i++;
                continue;
            }
            int e = groupEnd(t, s);
            out.add(read(t, s, e, out));
            i = e;
        }
        return List.copyOf(out);
    }

    /** A verb group starts at a verb (not one inside a noun phrase), or at adverbs right before one. */
    private static int groupStart(Tagged t, int i) {
        Token k = t.get(i);
        if (k.verb() && !attributive(t, i)) return i;
        if (k.adverb() || k.is("never")) {
            int j = i;
            while (j < t.size() && (t.get(j).adverb() || t.get(j).is("never", "not"))) j++;
            if (j < t.size() && t.get(j).verb() && !attributive(t, j) && j - i <= 2) return i;
        }
        return -1;
    }

    /** "the failed deploy": a participle the chunker put inside a noun phrase is an adjective here. */
    private static boolean attributive(Tagged t, int i) {
        Token k = t.get(i);
        if (!(k.tag().equals("VBN") || k.tag().equals("VBG"))) return false;
        return k.chunk().equals("I-NP") || (k.chunk().equals("B-NP") && i + 1 < t.size()
                && t.get(i + 1).chunk().equals("I-NP"));
    }

    private static int groupEnd(Tagged t, int s) {
        int j = s;
        while (j < t.size()) {
            Token k = t.get(j);
            boolean next = j + 1 < t.size();
            if (k.verb() && j > s && t.get(j - 1).tag().equals("VBN") && k.tag().matches("VB[DZP]")
                    && AUX.contains(Lemmas.verb(k.word()))) {
                // "capacity than intended was removed": a participle then a finite auxiliary starts a new group
                break;
            } else if (j > s && finiteAfterFinite(t, s, j)) {
                // "The policy Tolulope inherited did not require ...", "the runbook Sam wrote never mentioned ...": a
                // finite verb after a finite lexical verb starts a new group (the first ends a relative clause)
                break;
            } else if (k.verb() && (j == s || !attributive(t, j))) {
                j++;
            } else if ((k.adverb() || k.is("not", "n't", "never")) && next && (t.get(j + 1).verb()
                    || t.get(j + 1).adverb() || t.get(j + 1).tag().equals("TO"))) {
                j++;
            } else if (k.tag().equals("TO") && next && t.get(j + 1).verb() && j > s) {
                j++;
            } else if (k.is("not", "n't", "never")) {
                j++;
            } else {
                break;
            }
        }
        return Math.max(j, s + 1);
    }

    /**
     * At {@code j}, after the group's first tokens from {@code s}: a finite auxiliary ("did", "had", "was"), or a
     * negation or adverb before a finite verb, when the group already holds a finite lexical verb ("inherited", "wrote").
     */
    private static boolean finiteAfterFinite(Tagged t, int s, int j) {
        boolean lexical = false;
        for (int i = s; i < j; i++) {
            Token k = t.get(i);
            if (k.tag().matches("VB[DZP]") && !AUX.contains(Lemmas.verb(k.word()))) lexical = true;
            if (k.tag().equals("TO") || k.tag().equals("MD")) return false;
        }
        if (!lexical) return false;
        Token k = t.get(j);
        if (k.verb()) return k.tag().matches("VB[DZP]") && AUX.contains(Lemmas.verb(k.word()));
        if (!(k.adverb() || k.is("not", "n't", "never"))) return false;
        int v = j;
        while (v < t.size() && (t.get(v).adverb() || t.get(v).is("not", "n't", "never"))) v++;
        return v < t.size() && t.get(v).tag().matches("VB[DZN]");
    }

    private static Predicate read(Tagged t, int s, int e, List<Predicate> before) {
        String modal = null;
        boolean negated = false;
        boolean perfect = false;
        boolean passive = false;
        int head = -1;
        int complement = -1;
        List<String> adverbs = new ArrayList<>();
        boolean afterTo = false;
        String lastAux = null;
        for (int i = s; i < e; i++) {
            Token k = t.get(i);
            String l = k.lower();
            if (NEGATION.contains(l)) {
                negated = true;
                continue;
            }
            if (k.adverb()) {
                adverbs.add(l);
                continue;
            }
            if (k.tag().equals("TO")) {
                if (head >= 0) afterTo = true;
                continue;
            }
            if (k.tag().equals("MD")) {
                if (head < 0 && !afterTo) modal = l.equals("'d") ? "would" : l.equals("ca") ? "can" : l.equals("wo") ? "will" : l;
                continue;
            }
            if (!k.verb()) continue;
            if (afterTo) {
                if (complement < 0) complement = i;
                continue;
            }
            String lemma = Lemmas.verb(k.word());
            boolean moreVerbs = nextVerb(t, i + 1, e) >= 0;
            if (AUX.contains(lemma) && moreVerbs && head < 0 && !(lemma.equals("have") && toFollows(t, i, e))) {
                lastAux = lemma;
                continue;
            }
            if (head < 0) {
                head = i;
                if (k.tag().equals("VBN") && ("be".equals(lastAux) || "get".equals(lastAux))) passive = true;
                if (k.tag().equals("VBN") && "have".equals(lastAux)) perfect = true;
                if ("be".equals(lastAux) && perfectBefore(t, s, i)) perfect = true;
                // "ought to have checked": ought is tagged MD; "ought" + to handled as a modal
            } else if (complement < 0 && k.tag().startsWith("VB") && !afterTo) {
                // "was supposed to", "should have been": keep the first lexical verb as head
                continue;
            }
        }
        if (s > 0 && t.get(s - 1).is("never")) negated = true;
        if (modal == null) {
            for (int i = s; i < e; i++) {
                if (t.get(i).is("ought")) modal = "ought";
            }
        }
        Predicate.Span subject = subject(t, s, before);
        Predicate.Span agent = passive ? agent(t, e) : null;
        Predicate.Span object = object(t, e);
        String marker = marker(t, subject == null ? s : subject.start());
        // "Had Sam checked the logs, ...": an inverted conditional
        if (subject != null && subject.start() > 0 && t.get(subject.start() - 1).is("had")
                && (subject.start() - 1 == 0 || t.get(subject.start() - 2).is(","))
                && head >= 0 && t.get(head).tag().matches("VB[NDP]?")) {
            perfect = true;
            marker = "if";
        }
        if (s > 0 && t.get(s - 1).adverb() && !adverbs.contains(t.get(s - 1).lower())) adverbs.add(t.get(s - 1).lower());
        return new Predicate(s, e, head, complement, modal, perfect, passive, negated, subject, agent, object, marker,
                List.copyOf(adverbs));
    }

    private static int nextVerb(Tagged t, int from, int end) {
        for (int i = from; i < end; i++) {
            if (t.get(i).tag().equals("TO")) return -1;
            if (t.get(i).verb()) return i;
        }
        return -1;
    }

    private static boolean toFollows(Tagged t, int i, int end) {
        return i + 1 < end && t.get(i + 1).tag().equals("TO");
    }

    private static boolean perfectBefore(Tagged t, int s, int i) {
        for (int j = s; j < i; j++) {
            if (Lemmas.verb(t.get(j).word()).equals("have")) return true;
        }
        return false;
    }

    /** The subject of the verb group starting at {@code s}. */
    private static Predicate.Span subject(Tagged t, int s, List<Predicate> before) {
        int k = s - 1;
        while (k >= 0 && (t.get(k).adverb() && !t.get(k).is("then") || t.get(k).is("also", "just", "then")
                && !COORDINATORS.contains(t.get(k).lower()))) {
            k--;
        }
        if (k < 0) return null;
        Token tk = t.get(k);
        if (COORDINATORS.contains(tk.lower()) || (tk.is(",") && k > 0 && COORDINATORS.contains(t.get(k - 1).lower()))) {
            // "merged it and didn't read the diff": the coordinated verb shares the previous finite verb's subject
            // (not a participle's: "saw the SLO burning and ignored it"; not a relative clause's: "wrote a regex
            // that backtracks and never tested it")
            for (int b = before.size() - 1; b >= 0; b--) {
                Predicate prev = before.get(b);
                if (prev.head() >= 0 && t.get(prev.head()).tag().matches("VBG") && prev.modal() == null
                        && prev.start() == prev.head()) {
                    continue;
                }
                if (prev.start() > 0 && (t.get(prev.start() - 1).tag().equals("WDT") || t.get(prev.start() - 1).is("that"))) {
                    continue;
                }
                return prev.subject();
            }
            return null;
        }
        if (tk.tag().equals("WP") || tk.tag().equals("WDT") || tk.is("that")) {
            int j = k - 1;
            // "Whoever wrote this migration ...": the pronoun itself is the subject
            if (tk.is("whoever", "who") && (j < 0 || t.get(j).is(",", ";", ":", "and", "but"))) {
                return new Predicate.Span(k, k + 1);
            }
            if (j >= 0 && t.get(j).is(",")) j--;
            Phrase np = t.phraseAt(j);
            // "who" reaches back over attachments ("the owner of the service who"); "that"/"which" take the
            // nearest noun phrase ("props to Ngozi for the plan that let players back")
            if (np != null && np.is("NP")) return tk.is("who", "whom") ? headOf(t, np) : new Predicate.Span(np.start(), np.end());
            return null;
        }
        if (tk.is(",")) {
            // "Alex, the on-call, failed ...": an appositive; the first noun phrase is the subject
            Phrase second = t.phraseAt(k - 1);
            if (second != null && second.is("NP") && second.start() >= 2 && t.get(second.start() - 1).is(",")) {
                Phrase first = t.phraseAt(second.start() - 2);
                if (first != null && first.is("NP")) return new Predicate.Span(headOf(t, first).start(), second.end());
            }
            return null;
        }
        Predicate.Span outer = outsideRelative(t, k, before);
        if (outer != null) return outer;
        Phrase np = t.phraseAt(k);
        if (np != null && np.is("NP") && np.end() == k + 1) {
            // "The engineer who deployed it forgot ...": "it" is the relative clause's object, not this subject
            if (!before.isEmpty()) {
                // "who configured the jobs to stop on maintenance": skip the infinitives inside the relative clause
                int b = before.size() - 1;
                while (b > 0 && before.get(b).start() > 0 && (t.get(before.get(b).start() - 1).tag().equals("TO")
                        || t.get(before.get(b).start()).tag().equals("TO"))) {
                    b--;
                }
                Predicate prev = before.get(b);
                boolean relative = prev.start() > 0 && (t.get(prev.start() - 1).tag().startsWith("W")
                        || t.get(prev.start() - 1).is("that", "who", "whoever", "which"));
                if (relative && prev.object() != null && (prev.object().start() == np.start()
                        || prev.object().start() == headOf(t, np).start())) {
                    return prev.subject();
                }
                // "Whoever approved a delete on production needs ...", "The engineer who configured the jobs to
                // stop on maintenance didn't ...": the relative clause ends in noun and prepositional phrases
                if (relative && prev.subject() != null && onlyPhrasesBetween(t, prev.end(), np.start())) {
                    return prev.subject();
                }
            }
            return headOf(t, np);
        }
        return null;
    }

    /**
     * "The inspection programme that Sachiko followed | did not reach ...", "The peering policy Tolulope inherited |
     * did not require ...": a verb group right after a relative clause whose object is the noun before it (no object of
     * its own) has that noun as its subject, not the relative clause's subject.
     */
    private static Predicate.Span outsideRelative(Tagged t, int k, List<Predicate> before) {
        if (before.isEmpty() || !t.get(k).verb()) return null;
        Predicate prev = before.get(before.size() - 1);
        if (prev.end() != k + 1 || prev.subject() == null || prev.object() != null || prev.subject().end() != prev.start()) {
            return null;
        }
        int a = prev.subject().start();
        if (a >= 2 && t.get(a - 1).is("that", "which", "whom")) {
            Phrase np = t.phraseAt(a - 2);
            if (np != null && np.is("NP") && np.end() == a - 1) return headOf(t, np);
            return null;
        }
        // reduced: the chunker puts the name in the noun phrase ("The update procedure Ezio"); the thing ends before it
        int n = prev.subject().end();
        while (n > a && name(t, n - 1)) n--;
        if (n == prev.subject().end()) return null;
        if (n == a) {
            // "The engineer Sam hired did not ...": the name is a noun phrase of its own after the thing's
            Phrase np = a >= 1 ? t.phraseAt(a - 1) : null;
            return np != null && np.is("NP") && np.end() == a && t.get(a - 1).tag().matches("NNS?") ? headOf(t, np) : null;
        }
        return t.get(n - 1).tag().matches("NNS?") ? new Predicate.Span(a, n) : null;
    }

    /** A proper name, or a capitalised word inside the sentence the tagger took for a common noun ("Tolulope/NN"). */
    private static boolean name(Tagged t, int i) {
        Token k = t.get(i);
        return k.tag().startsWith("NNP") || i > 0 && k.tag().startsWith("NN") && Character.isUpperCase(k.word().charAt(0));
    }

    /** Only noun phrases, prepositions, particles and infinitive verbs between two positions (no clause break). */
    private static boolean onlyPhrasesBetween(Tagged t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token k = t.get(i);
            if (k.is(",", ";", ":", "and", "but", "or", "then", "so", "because") || k.tag().equals("MD")) return false;
            if (k.verb() && !(i > 0 && t.get(i - 1).tag().equals("TO")) && !k.tag().equals("VBG")) return false;
        }
        return true;
    }

    /** "the owner of the billing service": from the last noun phrase back over "of/on/in/for" attachments. */
    private static Predicate.Span headOf(Tagged t, Phrase np) {
        int start = np.start();
        int end = np.end();
        // "Sam 's change": the chunker starts a new noun phrase at the possessive
        while (start >= 1 && t.get(start).tag().equals("POS")) {
            Phrase owner = t.phraseAt(start - 1);
            if (owner == null || !owner.is("NP")) break;
            start = owner.start();
        }
        while (start >= 2) {
            Token prep = t.get(start - 1);
            Phrase prev = t.phraseAt(start - 2);
            // "the technician responsible for the deploy": a post-modifying adjective before the attachment
            if (ATTACHMENTS.contains(prep.lower()) && start >= 3 && t.get(start - 2).adjective()
                    && t.phraseAt(start - 3) != null && t.phraseAt(start - 3).is("NP")) {
                prev = t.phraseAt(start - 3);
            } else if (!ATTACHMENTS.contains(prep.lower()) || prev == null || !prev.is("NP")) {
                break;
            }
            start = prev.start();
            end = prev.end();
        }
        return new Predicate.Span(start, end);
    }

    /** The "by" phrase after a passive, within the same clause. */
    private static Predicate.Span agent(Tagged t, int e) {
        for (int i = e; i < Math.min(t.size() - 1, e + 8); i++) {
            Token k = t.get(i);
            if (k.is(",", ";", ":", "and", "but", "because", "which", "who") || (k.verb() && !k.tag().equals("VBG"))) {
                return null;
            }
            if (k.is("by")) {
                Phrase np = t.phraseAt(i + 1);
                if (np != null && np.is("NP")) return new Predicate.Span(np.start(), np.end());
                int j = i + 1;
                while (j < t.size() && (t.get(j).noun() || t.get(j).pronoun() || t.get(j).adjective()
                        || t.get(j).tag().equals("DT"))) {
                    j++;
                }
                return j > i + 1 ? new Predicate.Span(i + 1, j) : null;
            }
        }
        return null;
    }

    /** The noun phrase after the verb group, with its "of" attachments ("three of our last five incidents"). */
    private static Predicate.Span object(Tagged t, int e) {
        int i = e;
        if (i < t.size() && t.get(i).tag().equals("RP")) i++;
        Phrase np = t.phraseAt(i);
        if (np == null || !np.is("NP") || np.start() != i) return null;
        int end = np.end();
        while (end + 1 < t.size() && t.get(end).is("of")) {
            Phrase next = t.phraseAt(end + 1);
            if (next == null || !next.is("NP")) break;
            end = next.end();
        }
        return new Predicate.Span(np.start(), end);
    }

    /** The subordinator opening the clause that ends at {@code from}, if any. */
    private static String marker(Tagged t, int from) {
        for (int i = from - 1; i >= 0; i--) {
            Token k = t.get(i);
            String l = k.lower();
            if (SUBORDINATORS.contains(l) && (k.tag().equals("IN") || k.phrase().equals("SBAR") || k.tag().equals("WRB")
                    || l.equals("so") || l.equals("if") || l.equals("when"))) {
                return l;
            }
            if (k.verb() || k.is(";", ":") || COORDINATORS.contains(l)) return null;
        }
        return null;
    }
}
