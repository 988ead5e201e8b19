package io.postmortem.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the rules: sentences, words, similarity, person-name heuristics. */
public final class Texts {
    private Texts() {
    }

    /** Common abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "mr", "mrs", "ms",
            "dr", "no", "inc", "ltd", "cf", "fig", "est");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+(?=[\"'(\\[]?[\\p{Lu}\\p{N}])|\\n\\s*\\n|\\n(?=\\s*[-*\\d])");

    /** Splits text into sentences; keeps numbers like 1.5 and abbreviations like e.g. together. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(start, m.start()).strip();
            String lastWord = lastWord(before);
            if (lastWord != null && ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                continue;
            }
            if (!before.isEmpty()) out.add(before);
            start = m.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }

    private static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return s.isEmpty() ? null : s.substring(i + 1);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*");

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "was",
            "were", "is", "are", "be", "been", "it", "that", "this", "because", "why", "by", "with", "as", "at", "we",
            "our", "no", "not", "did", "had", "has", "have", "so", "there", "which", "from");

    /** Content words, lower-cased, without stop words: for near-duplicate detection. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : words(text)) {
            String l = w.toLowerCase(Locale.ROOT);
            if (!STOP.contains(l)) out.add(l.endsWith("s") && l.length() > 3 ? l.substring(0, l.length() - 1) : l);
        }
        return out;
    }

    /** Jaccard similarity of content words (0..1). Two empty texts are identical (1). */
    public static double similarity(String a, String b) {
        Set<String> x = contentWords(a);
        Set<String> y = contentWords(b);
        if (x.isEmpty() && y.isEmpty()) return 1;
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** True for text like "unknown", "Unknown.", "n/a": an honest "we don't know". */
    public static boolean saysUnknown(String s) {
        if (s == null) return false;
        String l = s.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return l.equals("unknown") || l.startsWith("unknown ") || l.startsWith("unknown:") || l.startsWith("unknown,")
                || l.equals("not known") || l.equals("still unknown") || l.equals("under investigation");
    }

    /** Words that name a team or group rather than one person ("SRE team", "Platform", "everyone", "ops"). */
    private static final Pattern GROUP = Pattern.compile(
            "(?i)\\b(team|teams|squad|group|guild|crew|department|dept|org|organisation|organization|everyone|everybody"
                    + "|all|ops|devops|sre|sres|platform|infra|infrastructure|engineering|security|secops|netops|it"
                    + "|support|helpdesk|on-?call|rotation|management|leadership|tbd|tbc|n/?a|unassigned|nobody|someone"
                    + "|whoever|us|we|they|backend|frontend|dba|dbas|qa|network|networking|staff|committee|board"
                    + "|vendor|contractor|contractors)\\b");

    /** A capitalised one- to four-word name that is not a group or system word ("Dana Ops" is a person). */
    public static boolean looksLikePersonName(String s) {
        if (blank(s)) return false;
        String t = s.strip();
        if (t.length() > 60 || !t.matches("[\\p{Lu}][\\p{L}'’.-]*(\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}")) return false;
        for (String w : words(t)) {
            if (SYSTEM_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return !GROUP.matcher(t).find() || FIRST_NAMES.contains(words(t).get(0).toLowerCase(Locale.ROOT));
    }

    /** Words that name systems or tools, never people, even when capitalised. */
    static final Set<String> SYSTEM_WORDS = io.postmortem.rules.language.Lexicon.SYSTEM_WORDS;

    /**
     * Common given names from many cultures, used to recognise a person as a sentence's subject when the incident's
     * own list of people does not name them. A heuristic, not a directory.
     */
    static final Set<String> FIRST_NAMES = io.postmortem.rules.language.Lexicon.FIRST_NAMES;

    /** The "-ing" form of a verb: renew -> renewing, run -> running, update -> updating. */
    public static String gerund(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.endsWith("ie")) return v.substring(0, v.length() - 2) + "ying";
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        if (Set.of("run", "stop", "set", "get", "put", "plan", "ship", "drop", "log", "tag", "pin", "cut", "shut",
                "swap", "scan", "map", "trim", "begin", "submit", "commit", "omit", "admit", "rerun", "reset")
                .contains(v)) {
            return v + v.charAt(v.length() - 1) + "ing";
        }
        return v + "ing";
    }

    public static String capitalise(String s) {
        if (blank(s)) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
