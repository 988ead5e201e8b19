package io.postmortem.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers for drafting: sentences out of chat and comment text (including sentences glued together without a
 * space, as copies from ADF and chat often are), cleaning a sentence into prose for a section, and word overlap.
 */
final class Prose {

    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll})\\]\"'’”][.!?])(?=\\p{Lu}\\p{Ll})"
            + "|(?<=\\d)(?=\\p{Lu}\\p{Ll}{2,}\\s)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]”’]*\\s+(?=[\"'(\\[“]?[\\p{Lu}\\p{N}@#~])");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "mr", "mrs", "ms",
            "dr", "no", "inc", "ltd", "cf", "fig", "est", "u.s", "a.m", "p.m");
    private static final Pattern LEAD_LABEL = Pattern.compile("(?i)^\\s*(?:[-*•>]+\\s*|\\d+[.)]\\s+|(?:root cause|the root cause"
            + "|cause|went well|good|the good|not good|went badly|bad|the bad|what hurt|hurt|lucky|luck|what (?:i|we) want to keep"
            + "|keep|what went well|what didn'?t go well|what did not go well|didn'?t go well|lesson|lessons|note|notes"
            + "|update|fyi|for the record|honestly|also|so|ok|okay|and|but|near[- ]miss|worry|risk|correction"
            + "|timeline correction|detection|impact)\\s*(?::|-|–|—|,)\\s*|(?:honestly|frankly|ok|okay|so|and|but|also|well),?\\s+)");
    private static final Pattern ZOOM_FROM = Pattern.compile("(?i)^\\s*from\\s+\\p{L}[\\p{L} .'’-]{1,40}?\\s+:\\s+");
    private static final Pattern LEAD_TIME = Pattern.compile("^\\s*~?(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:\\s*(?:am|pm|utc|z))?\\s*(?:[-–—:|]\\s*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE = Pattern.compile("(?i)\\s*\\((?:edited)\\)|:[a-z][a-z0-9_+\\-']*:|[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}\\x{FE0F}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "was",
            "were", "is", "are", "be", "been", "it", "its", "that", "this", "by", "with", "as", "at", "we", "our", "us",
            "i", "so", "there", "which", "from", "had", "has", "have", "not", "no", "but", "they", "their", "then",
            "utc", "now", "just", "all", "into", "after", "before", "when", "about", "did", "do", "does", "would",
            "could", "should", "will", "can", "still", "also", "only", "more", "than", "very", "one");

    private Prose() {
    }

    /** Sentences of a text: lines, then sentence ends (also those glued to the next sentence without a space). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String t = GLUED.matcher(text.replace('\r', '\n')).replaceAll("\n");
        for (String line : t.split("\n")) {
            if (line.isBlank()) continue;
            Matcher m = SENTENCE_END.matcher(line);
            int start = 0;
            while (m.find()) {
                String before = line.substring(start, m.start()).strip();
                int sp = before.lastIndexOf(' ');
                String last = before.substring(sp + 1).toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
                if (ABBREVIATIONS.contains(last)) continue;
                if (!before.isEmpty()) out.add(before);
                start = m.end();
            }
            String rest = line.substring(start).strip();
            if (!rest.isEmpty()) out.add(rest);
        }
        return out;
    }

    /** Chat noise out (emoji, shortcodes, "(edited)"), spaces collapsed. */
    static String tidy(String s) {
        if (s == null) return "";
        if (alreadyTidy(s)) return s;
        return SPACES.matcher(NOISE.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * True when {@link #tidy} would return the text unchanged: no colon (shortcodes), no "(edited)", nothing in the
     * emoji ranges (nor a surrogate), single spaces only and none at either end. Most sentences are like that, and
     * this look at each char costs far less than the two patterns.
     */
    private static boolean alreadyTidy(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '(' || c >= 0x2000 || (c < 0x80 ? (c != ' ' && Character.isWhitespace(c)) : Character.isWhitespace(c) || Character.isSpaceChar(c))) return false;
            if (c == ' ' && prev == ' ') return false;
            prev = c;
        }
        return true;
    }

    /** Leading labels ("Root cause:", "Went well:", "Honestly"), a leading clock time and list marks removed. */
    static String stripLead(String s) {
        String t = tidy(s);
        String prev;
        do {
            prev = t;
            t = LEAD_TIME.matcher(t).replaceFirst("");
            t = ZOOM_FROM.matcher(t).replaceFirst("");
            t = LEAD_LABEL.matcher(t).replaceFirst("");
        } while (!t.equals(prev) && !t.isEmpty());
        return t.strip();
    }

    /** One sentence of prose: labels stripped, capitalised, ending with a full stop, at most {@code max} chars. */
    static String prose(String s, int max) {
        String t = stripLead(s);
        if (t.isEmpty()) return t;
        t = t.replaceAll("[\\s,;:–—-]+$", "");
        if (t.length() > max) {
            int cut = t.lastIndexOf(';', max);
            if (cut < max / 2) cut = t.lastIndexOf(", ", max);
            if (cut < max / 2) cut = t.lastIndexOf(' ', max - 1);
            t = t.substring(0, Math.max(cut, max / 2)).replaceAll("[\\s,;:–—-]+$", "") + "…";
        }
        t = capitalise(t);
        char last = t.charAt(t.length() - 1);
        if (last != '.' && last != '!' && last != '?' && last != '…') t = t + ".";
        return t;
    }

    static String capitalise(String s) {
        if (s == null || s.isEmpty()) return s;
        int cp = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
    }

    static String decapitalise(String s) {
        if (s == null || s.length() < 2) return s;
        if (s.startsWith("A ") || s.startsWith("An ")) return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        // keep acronyms and names ("API", "Kong") as they are
        if (Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            int sp = s.indexOf(' ');
            String first = sp < 0 ? s : s.substring(0, sp);
            if (COMMON_STARTS.contains(first.toLowerCase(Locale.ROOT))) return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static final Set<String> COMMON_STARTS = Set.of("a", "an", "the", "our", "we", "it", "this", "that", "one",
            "two", "some", "all", "every", "each", "most", "many", "several", "customers", "users", "sellers",
            "disabling", "restarting", "rolling", "reverting", "rolled", "reverted", "restarted", "disabled", "applied",
            "applying", "deployed", "deploying", "recycling", "fix", "fixed", "corrected", "code", "quick", "key",
            "metadata", "helm", "caches", "cache", "new", "no", "not", "there", "requests", "errors", "sign-ins",
            "web", "card", "payments", "builds", "commit", "pages", "websites", "service", "services", "customer", "config",
            "configuration", "incident", "status", "impact", "traffic", "authorization", "auth", "sign-in", "login", "logins");

    /** Content words, lower case, lightly stemmed: for overlap between sentences. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replace("’", "'");
            if (w.length() < 2 || STOP.contains(w)) continue;
            if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
            if (w.length() > 5 && w.endsWith("ing")) w = w.substring(0, w.length() - 3);
            else if (w.length() > 4 && w.endsWith("ed")) w = w.substring(0, w.length() - 2);
            else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.substring(0, w.length() - 1);
            out.add(w);
        }
        return out;
    }

    /** Shared words over the smaller set (0..1); 0 when either is empty. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return shared / (double) Math.min(a.size(), b.size());
    }

    /** Jaccard similarity of content words. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int shared = 0;
        for (String w : x) if (y.contains(w)) shared++;
        return shared / (double) (x.size() + y.size() - shared);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static int wordCount(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s == null ? "" : s);
        while (m.find()) n++;
        return n;
    }
}
