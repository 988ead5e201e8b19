package io.postmortem.rules;

import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Lemmas;
import io.postmortem.rules.language.Tagged;
import io.postmortem.rules.language.Token;
import java.util.Locale;
import java.util.Set;

/**
 * An action item's summary read through the language layer: its main verb (the imperative, after "we should",
 * "need to", "let's", "<owner> to"), that verb's object, and whether the item is a noun phrase or a question.
 * Shared by {@link Testability}, {@link Scope} and {@link Recurrence}.
 */
final class ActionText {
    final String text;
    final Tagged tagged;
    /** Index of the main verb, or -1 for a noun-phrase item ("Better tooling for network engineers"). */
    final int verb;
    /** The main verb's base form (lower case), or "" when there is none. */
    final String lemma;
    /** Its particle or preposition when it makes a phrasal verb: "look into", "clean up", "keep an eye". */
    final String particle;
    /** First and last (exclusive) token of the main verb's object, or -1. */
    final int objectStart;
    final int objectEnd;
    final boolean question;

    private static final Set<String> LEAD_IN = Set.of("we", "i", "you", "they", "team", "everyone", "everybody",
            "should", "must", "need", "needs", "to", "will", "shall", "can", "could", "would", "let", "'s", "us",
            "please", "try", "going", "gonna", "also", "then", "first", "just", "and", "action", "todo", "ai", ":",
            "-", "*", "•", "ought", "have", "has", "we'll", "'ll");

    ActionText(String summary) {
        this.text = summary == null ? "" : summary.strip();
        Tagged raw = English.tag(text);
        this.question = text.endsWith("?");
        int lead = 0;
        while (lead < raw.size() && !(raw.get(lead).is("have", "has", "need", "needs", "try") && (lead + 1 >= raw.size()
                || !raw.get(lead + 1).is("to"))) && (LEAD_IN.contains(raw.get(lead).lower()) || raw.get(lead).tag().equals("CD")
                || raw.get(lead).tag().equals("LS") || (raw.get(lead).properNoun() && lead + 1 < raw.size()
                && (raw.get(lead + 1).is("to") || raw.get(lead + 1).tag().equals("MD"))))) {
            lead++;
        }
        this.tagged = lead >= raw.size() ? raw : English.tagImperative(raw.words(lead, raw.size()));
        int v = -1;
        int i = 0;
        // "A1:", "1.", "Alex to ...": skip labels and an owner before "to"
        while (i < tagged.size() && (LEAD_IN.contains(tagged.get(i).lower()) || tagged.get(i).tag().equals("CD")
                || tagged.get(i).tag().equals("LS") || (tagged.get(i).properNoun() && i + 1 < tagged.size()
                && tagged.get(i + 1).is("to")))) {
            i++;
        }
        if (i < tagged.size()) {
            Token k = tagged.get(i);
            // an imperative is often tagged NN/NNP/JJ at the start ("Shard", "Gate", "Rate-limit", "Double-check")
            boolean startsImperative = k.verb() || (i == 0 || LEAD_IN.contains(tagged.get(i - 1).lower()))
                    && looksLikeImperative(k, i + 1 < tagged.size() ? tagged.get(i + 1) : null);
            if (startsImperative) v = i;
        }
        this.verb = v;
        this.lemma = v < 0 ? "" : lemmaOf(tagged.get(v).word());
        String part = "";
        int o = v + 1;
        if (v >= 0 && o < tagged.size()) {
            Token next = tagged.get(o);
            if (next.tag().equals("RP") || next.is("into", "at", "about", "up", "out", "on", "over", "through", "an",
                    "sure", "ahead", "away", "off", "rid")) {
                part = next.lower();
                if (next.is("an") && o + 1 < tagged.size()) part = "an " + tagged.get(o + 1).lower();
                if (!next.is("an", "sure")) o++;
            }
        }
        this.particle = part;
        int os = -1;
        int oe = -1;
        if (v >= 0) {
            int j = o;
            while (j < tagged.size() && (tagged.get(j).adverb() || tagged.get(j).is("a", "an", "the"))
                    && !tagged.get(j).adjective() && !tagged.get(j).noun()) {
                j++;
            }
            os = j;
            while (j < tagged.size() && !tagged.get(j).is(",", ";", ":", "to", "so", "that", "which", "when", "if",
                    "before", "after", "until", "unless", "by", "with", "on", "in", "for", "and", "from", "across", "?", ".", "about",
                    "during",
                    "of", "around", "against", "between", "at", "over", "into", "onto", "through", "under", "within", "via")
                    && !(tagged.get(j).verb() && j > os)) {
                j++;
            }
            oe = j;
        }
        this.objectStart = os;
        this.objectEnd = oe;
    }

    private static boolean looksLikeImperative(Token k, Token next) {
        // "Harden/RB deployment tooling", "Double-check/RB file paths": a capitalised first word the model read as an
        // adverb is the imperative (adverbs that open an item end in -ly or are lead-ins)
        if (k.adverb() && next != null && Character.isUpperCase(k.word().charAt(0)) && !k.lower().endsWith("ly")
                && (k.word().contains("-") || k.lower().matches("[a-z]+(?:en|ify|ise|ize|ate)")) && k.word().length() > 2 && !LEAD_IN.contains(k.lower()) && !k.is("not", "never", "also", "then", "now",
                "soon", "again", "still", "only", "more", "less", "better", "asap")
                && (next.noun() || next.verb() || next.tag().equals("DT") || next.tag().startsWith("PRP"))) {
            return true;
        }
        if (k.noun() && next != null && (next.tag().equals("DT") || next.tag().startsWith("PRP") || next.noun()
                || next.tag().equals("CD") || next.adjective() || next.tag().equals("RP") || next.is("'"))) {
            return k.word().length() > 2 && Character.isUpperCase(k.word().charAt(0));
        }
        return k.adjective() && k.word().contains("-") && next != null && !next.noun();
    }

    private static String lemmaOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.contains("-") ? w : Lemmas.verb(w);
    }

    boolean verbIs(Set<String> lexicon) {
        if (verb < 0) return false;
        return Lemmas.verbIn(tagged.get(verb).word(), lexicon) != null || lexicon.contains(lemma);
    }

    String object() {
        return objectStart < 0 || objectStart >= objectEnd ? "" : tagged.words(objectStart, objectEnd);
    }

    /** The words of the main clause: up to the first ";", ", with" or ", so". */
    String mainClause() {
        int cut = text.length();
        for (String sep : new String[] {";", ", with ", ", so ", ", and ", " so that "}) {
            int i = text.indexOf(sep);
            if (i > 0 && i < cut) cut = i;
        }
        return text.substring(0, cut);
    }

    boolean hasNumber() {
        for (Token k : tagged.tokens()) {
            if (k.number() || k.word().matches(".*\\d.*")) return true;
        }
        return false;
    }
}
