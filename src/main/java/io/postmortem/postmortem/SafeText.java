package io.postmortem.postmortem;

/**
 * What text people type or paste may hold once it is saved: it goes into a Confluence page, Jira summaries and
 * descriptions, the Markdown export and the panel, where some characters do harm without showing.
 *
 * <ul>
 * <li>Control characters (C0 except tab and line feed, DEL, C1): NUL, ESC, BEL and the like are removed; they make
 * Jira refuse a summary, break the page's XML, or drive a terminal that shows the Markdown. Carriage returns become
 * line feeds ({@code \r\n} one line feed), as do Unicode's line and paragraph separators.</li>
 * <li>Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) are removed: they reorder
 * what a reader sees ("Trojan Source"), so a sentence can display as the opposite of what it says. Right-to-left
 * text itself needs none of them and reads the same; the plain marks (U+200E, U+200F, U+061C) are kept.</li>
 * <li>Unpaired surrogates and the non-characters U+FFFE, U+FFFF are removed (not text; invalid in the page's XML).</li>
 * </ul>
 * {@link #singleLine} also folds line breaks (with the blanks around them) and tabs into one space: for the fields
 * that end up on one line (an action item's summary becomes a Jira summary, which must not contain a line break; the
 * title becomes the page title). Nothing else is changed: the text is kept as typed otherwise, escaping is the
 * renderers' job.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Text that may span lines; null stays null, and a clean string is returned as the same instance. */
    public static String multiLine(String s) {
        if (s == null || isClean(s, true)) return s;
        return clean(s, true);
    }

    /** Text that must stay on one line; null stays null, and a clean string is returned as the same instance. */
    public static String singleLine(String s) {
        if (s == null || isClean(s, false)) return s;
        return clean(s, false);
    }

    /** True when {@link #multiLine} (or {@link #singleLine}, with {@code lines} false) leaves {@code s} unchanged. */
    static boolean isClean(String s, boolean lines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) continue; // the common case: printable ASCII
            if (lines && (c == '\n' || c == '\t')) continue;
            if (removed(c) || c < 0x20 || c == '\u2028' || c == '\u2029') return false;
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    private static String clean(String s, boolean lines) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                out.append('\n');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\t') {
                out.append('\t');
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                }
            } else if (!removed(c) && c >= 0x20) {
                out.append(c);
            }
        }
        return lines ? out.toString() : fold(out);
    }

    /** Every run of blanks that holds a line break or a tab becomes one space; a run at either end goes. */
    private static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                int j = i;
                boolean breaks = false;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\n')) {
                    breaks |= s.charAt(j) != ' ';
                    j++;
                }
                if (!breaks) {
                    out.append(s, i, j); // ordinary spaces are kept as typed
                } else if (i > 0 && j < n) {
                    out.append(' ');
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Removed wherever it appears: DEL, C1 controls, bidi embeddings/overrides/isolates, two non-characters. */
    private static boolean removed(char c) {
        return c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFFFE' || c == '\uFFFF';
    }
}
