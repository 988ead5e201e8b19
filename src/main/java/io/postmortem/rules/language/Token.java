package io.postmortem.rules.language;

import java.util.Locale;

/**
 * One word of a tagged sentence.
 *
 * @param word  the word as written (curly apostrophes made straight)
 * @param tag   its Penn Treebank part of speech (NN, NNP, VBD, VBN, MD, RB, JJ...)
 * @param chunk its phrase chunk in BIO form (B-NP, I-VP, O...)
 * @param index its position in the sentence
 */
public record Token(String word, String tag, String chunk, int index) {

    public String lower() {
        return word.toLowerCase(Locale.ROOT);
    }

    public boolean verb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean noun() {
        return tag.startsWith("NN");
    }

    public boolean properNoun() {
        return tag.startsWith("NNP");
    }

    public boolean adjective() {
        return tag.startsWith("JJ");
    }

    public boolean adverb() {
        return tag.startsWith("RB");
    }

    public boolean pronoun() {
        return tag.startsWith("PRP") || tag.equals("WP");
    }

    public boolean number() {
        return tag.equals("CD");
    }

    /** The phrase type of its chunk: NP, VP, PP, ADJP, ADVP, SBAR... or "O". */
    public String phrase() {
        return chunk.length() > 2 && chunk.charAt(1) == '-' ? chunk.substring(2) : "O";
    }

    public boolean startsPhrase() {
        return chunk.startsWith("B-");
    }

    public boolean is(String... words) {
        for (String w : words) {
            if (word.equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return word + "/" + tag + "/" + chunk;
    }
}
