package io.postmortem.rules.language;

import java.util.ArrayList;
import java.util.List;

/** One sentence with its tokens, their parts of speech and phrase chunks. Immutable. */
public final class Tagged {
    private final String text;
    private final List<Token> tokens;
    private final List<Phrase> phrases;
    private final int[] phraseOf;

    Tagged(String text, String[] words, String[] tags, String[] chunks) {
        this.text = text;
        List<Token> t = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) t.add(new Token(words[i], tags[i], chunks[i], i));
        this.tokens = List.copyOf(t);
        List<Phrase> p = new ArrayList<>();
        this.phraseOf = new int[words.length];
        int start = -1;
        String type = null;
        for (int i = 0; i <= words.length; i++) {
            String c = i < words.length ? chunks[i] : "O";
            boolean continues = type != null && c.equals("I-" + type);
            if (!continues && type != null) {
                p.add(new Phrase(type, start, i));
                type = null;
            }
            if (i < words.length && !continues) {
                if (c.startsWith("B-") || c.startsWith("I-")) {
                    type = c.substring(2);
                    start = i;
                }
            }
        }
        this.phrases = List.copyOf(p);
        java.util.Arrays.fill(phraseOf, -1);
        for (int k = 0; k < phrases.size(); k++) {
            for (int i = phrases.get(k).start(); i < phrases.get(k).end(); i++) phraseOf[i] = k;
        }
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /** The phrase token {@code i} belongs to, or null when it is outside every chunk. */
    public Phrase phraseAt(int i) {
        return i < 0 || i >= phraseOf.length || phraseOf[i] < 0 ? null : phrases.get(phraseOf[i]);
    }

    /** The words from {@code start} to {@code end}, joined with single spaces ("did n't" kept as tokenised). */
    public String words(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, start); i < Math.min(end, tokens.size()); i++) {
            String w = tokens.get(i).word();
            boolean glue = b.length() > 0 && (w.startsWith("'") || w.equals("n't") || w.matches("[.,;:!?)%]")
                    || b.charAt(b.length() - 1) == '(');
            if (b.length() > 0 && !glue) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    public String words(Phrase p) {
        return p == null ? "" : words(p.start(), p.end());
    }

    @Override
    public String toString() {
        return tokens.toString();
    }
}
