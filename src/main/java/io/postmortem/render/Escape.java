package io.postmortem.render;


/**
 * Escaping for the two output formats. Every value that reaches a template goes through one of these (Mustache
 * {@code {{x}}} calls the factory's encode); only fixed, known-safe markup prefixes use triple braces.
 */
public final class Escape {
    private Escape() {
    }

    /** True for characters XML 1.0 allows: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean xmlAllowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Removes characters XML cannot carry (controls, lone surrogates, U+FFFE/FFFF); CR LF and CR become LF. */
    public static String clean(String s) {
        if (s == null) return "";
        boolean plain = true;
        for (int k = 0; k < s.length() && plain; k++) {
            char ch = s.charAt(k);
            plain = (ch >= 0x20 && ch < 0x7F) || ch == '\n' || ch == '\t' || (ch >= 0xA0 && ch < 0xD800);
        }
        if (plain) return s;
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean loneSurrogate = len == 1 && Character.isSurrogate(s.charAt(i));
            if (cp == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else if (!loneSurrogate && xmlAllowed(cp) && !(cp >= 0x7F && cp <= 0x9F)) {
                b.appendCodePoint(cp);
            }
            i += len;
        }
        return b.toString();
    }

    /**
     * Confluence storage (XHTML) text and attribute values: escapes &amp; &lt; &gt; " ', drops XML-illegal
     * characters, turns line breaks into {@code <br/>}. Values that go into attributes never contain line breaks
     * (the view model guarantees it), so the same escaping serves both.
     */
    public static String xml(String s) {
        String c = clean(s).strip();
        StringBuilder b = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("<br/>");
                case '\t' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }


    /**
     * Markdown (GFM) inline text, safe in a table cell, list item, heading or block quote: trims; escapes
     * backslash, pipe ({@code \|}), backtick, asterisk, word-boundary underscores, brackets, tilde; turns {@code <}
     * into {@code &lt;} (no raw HTML) and entity-looking ampersands into {@code &amp;}; escapes a leading block
     * marker (#, &gt;, -, +, =, "1."); turns line breaks into {@code <br>}; drops control characters.
     */
    public static String markdown(String s) {
        String c = clean(s).replace('\t', ' ').strip();
        if (c.isEmpty()) return "";
        StringBuilder b = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '|' -> b.append("\\|");
                case '`' -> b.append("\\`");
                case '*' -> b.append("\\*");
                case '[' -> b.append("\\[");
                case ']' -> b.append("\\]");
                case '~' -> b.append("\\~");
                case '<' -> b.append("&lt;");
                case '&' -> b.append(entityAt(c, i + 1) ? "&amp;" : "&");
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < c.length() && Character.isLetterOrDigit(c.charAt(i - 1))
                            && Character.isLetterOrDigit(c.charAt(i + 1));
                    b.append(inWord ? "_" : "\\_");
                }
                case '\n' -> {
                    // several blank lines collapse into one break; trailing spaces before it are dropped
                    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
                    if (!(b.length() >= 4 && b.substring(b.length() - 4).equals("<br>"))) b.append("<br>");
                    while (i + 1 < c.length() && (c.charAt(i + 1) == ' ')) i++;
                }
                default -> b.append(ch);
            }
        }
        String out = b.toString();
        char first = out.charAt(0);
        if (first == '>') return "\\" + out;
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            int k = 0;
            while (k < out.length() && out.charAt(k) == first) k++;
            boolean marker = first == '#' ? k <= 6 : k == 1;
            boolean spaced = k == out.length() || out.charAt(k) == ' ';
            return marker && spaced ? "\\" + out : out;
        }
        if (first >= '0' && first <= '9') {
            int k = 0;
            while (k < out.length() && k < 10 && Character.isDigit(out.charAt(k))) k++;
            if (k <= 9 && k < out.length() && (out.charAt(k) == '.' || out.charAt(k) == ')')
                    && (k + 1 == out.length() || out.charAt(k + 1) == ' ')) {
                return out.substring(0, k) + "\\" + out.substring(k);
            }
        }
        return out;
    }

    /** True when text at {@code from} reads like the rest of an HTML entity: "amp;", "#160;", "x27;"... */
    private static boolean entityAt(String s, int from) {
        int k = from;
        if (k < s.length() && s.charAt(k) == '#') k++;
        int start = k;
        while (k < s.length() && k - start <= 32 && Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) < 128) k++;
        return k > start && k < s.length() && s.charAt(k) == ';';
    }
}
