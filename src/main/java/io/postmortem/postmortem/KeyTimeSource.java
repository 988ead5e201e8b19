package io.postmortem.postmortem;

/**
 * How a key time's source is said to a person, in one place for the page, the Markdown export and the findings: where
 * the sentence is and who wrote it ("comment 41278 by Priya Natarajan", "paste 2, line 12"), and the sentence itself,
 * on one line and cut at {@link #QUOTE_LIMIT} characters.
 */
public final class KeyTimeSource {

    /** The longest quote shown; the candidate keeps the whole sentence. */
    public static final int QUOTE_LIMIT = 240;

    private KeyTimeSource() {
    }

    /**
     * Where the sentence is and who wrote it, or null when nothing says either. The evidence id ({@code comment:41278})
     * stands in for a missing place, except "manual" (a person's choice has no source sentence); the author is left
     * out when the place already names them.
     */
    public static String place(String where, String source, String author) {
        String w = !blank(where) ? where.strip() : !blank(source) && !"manual".equals(source) ? source.strip() : null;
        if (blank(author)) return w;
        String a = author.strip();
        if (w == null) return a;
        return w.contains(a) ? w : w + " by " + a;
    }

    /** The place of a key time or candidate, "the evidence" when nothing says it. */
    public static String place(KeyTime k) {
        String p = place(k.where(), k.source(), k.author());
        return p == null ? "the evidence" : p;
    }

    /** The place of a candidate, "the evidence" when nothing says it. */
    public static String place(KeyTimeCandidate c) {
        String p = place(c.where(), c.source(), c.author());
        return p == null ? "the evidence" : p;
    }

    /** The sentence on one line, cut at {@link #QUOTE_LIMIT} characters with an ellipsis; null when there is none. */
    public static String quote(String sentence) {
        if (blank(sentence)) return null;
        String q = sentence.replaceAll("\\s+", " ").strip();
        return q.length() > QUOTE_LIMIT ? q.substring(0, QUOTE_LIMIT - 1) + "…" : q;
    }

    /** "comment 41278 by Priya Natarajan: "…"" for a finding's message, the place alone when there is no sentence. */
    public static String said(String place, String sentence) {
        String q = quote(sentence);
        return q == null ? place : place + ": \"" + q + "\"";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
