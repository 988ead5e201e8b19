package io.postmortem.rules.language;

import java.util.Locale;
import java.util.Map;

/**
 * Base forms of English verbs and plural nouns: irregular verbs from a table, regular ones by their spelling rules
 * (skipped -> skip, ignored -> ignore, tried -> try, deploys -> deploy). OpenNLP ships no English lemmatizer model,
 * and the rules only need base forms to compare against their verb classes.
 */
public final class Lemmas {
    private Lemmas() {
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"),
            Map.entry("am", "be"), Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("'s", "be"),
            Map.entry("'re", "be"), Map.entry("'m", "be"),
            Map.entry("had", "have"), Map.entry("has", "have"), Map.entry("'ve", "have"), Map.entry("having", "have"),
            Map.entry("did", "do"), Map.entry("does", "do"), Map.entry("done", "do"), Map.entry("doing", "do"),
            Map.entry("forgot", "forget"), Map.entry("forgotten", "forget"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("brought", "bring"), Map.entry("made", "make"), Map.entry("ran", "run"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("got", "get"), Map.entry("gotten", "get"), Map.entry("let", "let"),
            Map.entry("left", "leave"), Map.entry("put", "put"), Map.entry("set", "set"), Map.entry("shut", "shut"),
            Map.entry("cut", "cut"), Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("saw", "see"),
            Map.entry("seen", "see"), Map.entry("thought", "think"), Map.entry("told", "tell"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("read", "read"),
            Map.entry("sent", "send"), Map.entry("built", "build"), Map.entry("found", "find"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("drove", "drive"), Map.entry("driven", "drive"), Map.entry("fell", "fall"),
            Map.entry("fallen", "fall"), Map.entry("felt", "feel"), Map.entry("held", "hold"), Map.entry("kept", "keep"),
            Map.entry("lost", "lose"), Map.entry("meant", "mean"), Map.entry("overrode", "override"),
            Map.entry("overridden", "override"), Map.entry("overlooked", "overlook"), Map.entry("paid", "pay"),
            Map.entry("said", "say"), Map.entry("sought", "seek"), Map.entry("spent", "spend"),
            Map.entry("stood", "stand"), Map.entry("understood", "understand"), Map.entry("won", "win"),
            Map.entry("woke", "wake"), Map.entry("mistook", "mistake"), Map.entry("mistaken", "mistake"),
            Map.entry("misread", "misread"), Map.entry("mislaid", "mislay"), Map.entry("undertook", "undertake"),
            Map.entry("withdrew", "withdraw"), Map.entry("shook", "shake"), Map.entry("slept", "sleep"),
            Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("caught", "catch"),
            Map.entry("taught", "teach"), Map.entry("bought", "buy"), Map.entry("hid", "hide"),
            Map.entry("hidden", "hide"), Map.entry("rode", "ride"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("stole", "steal"),
            Map.entry("struck", "strike"), Map.entry("swore", "swear"), Map.entry("tore", "tear"),
            Map.entry("wore", "wear"), Map.entry("n't", "not"), Map.entry("ca", "can"), Map.entry("wo", "will"),
            Map.entry("sha", "shall"), Map.entry("needs", "need"), Map.entry("dropped", "drop"),
            Map.entry("skipped", "skip"), Map.entry("slipped", "slip"), Map.entry("stopped", "stop"),
            Map.entry("fumbled", "fumble"), Map.entry("bungled", "bungle"),
            Map.entry("sat", "sit"), Map.entry("blew", "blow"), Map.entry("blown", "blow"), Map.entry("flew", "fly"),
            Map.entry("flown", "fly"), Map.entry("hung", "hang"), Map.entry("led", "lead"), Map.entry("fed", "feed"),
            Map.entry("dealt", "deal"), Map.entry("slid", "slide"), Map.entry("spun", "spin"),
            Map.entry("swept", "sweep"), Map.entry("bent", "bend"), Map.entry("lent", "lend"),
            Map.entry("shot", "shoot"), Map.entry("fought", "fight"), Map.entry("sold", "sell"),
            Map.entry("sped", "speed"), Map.entry("split", "split"), Map.entry("upset", "upset"),
            Map.entry("forgave", "forgive"), Map.entry("forbade", "forbid"), Map.entry("forbidden", "forbid"),
            Map.entry("froze", "freeze"), Map.entry("frozen", "freeze"), Map.entry("grew", "grow"),
            Map.entry("grown", "grow"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
            Map.entry("ate", "eat"), Map.entry("eaten", "eat"), Map.entry("bit", "bite"),
            Map.entry("bitten", "bite"), Map.entry("dug", "dig"), Map.entry("stuck", "stick"),
            Map.entry("sank", "sink"), Map.entry("sunk", "sink"), Map.entry("overwrote", "overwrite"),
            Map.entry("overwritten", "overwrite"), Map.entry("rebuilt", "rebuild"), Map.entry("rewrote", "rewrite"),
            Map.entry("rewritten", "rewrite"), Map.entry("reran", "rerun"), Map.entry("undid", "undo"),
            Map.entry("undone", "undo"), Map.entry("withheld", "withhold"), Map.entry("upheld", "uphold"),
            Map.entry("mistyped", "mistype"), Map.entry("misunderstood", "misunderstand"),
            Map.entry("sprang", "spring"), Map.entry("sprung", "spring"), Map.entry("wound", "wind"),
            Map.entry("dreamt", "dream"), Map.entry("learnt", "learn"), Map.entry("spilt", "spill"),
            Map.entry("burnt", "burn"), Map.entry("heard", "hear"),
            Map.entry("lain", "lie"), Map.entry("laid", "lay"));

    /**
     * The possible base forms of a verb form (any inflection), most likely first: "ignored" -> ignore, ignor;
     * "skipped" -> skip, skipp; "tried" -> try. A rule compares these against its verb class, so a wrong candidate
     * costs nothing.
     */
    public static java.util.List<String> verbCandidates(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String irregular = IRREGULAR.get(w);
        if (irregular != null) return java.util.List.of(irregular);
        java.util.List<String> out = new java.util.ArrayList<>(4);
        if (w.length() > 4 && (w.endsWith("ied") || w.endsWith("ies"))) out.add(w.substring(0, w.length() - 3) + "y");
        String stem = null;
        if (w.length() > 3 && w.endsWith("ed")) stem = w.substring(0, w.length() - 2);
        else if (w.length() > 4 && w.endsWith("ing")) stem = w.substring(0, w.length() - 3);
        if (stem != null) {
            int n = stem.length();
            if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprtl".indexOf(stem.charAt(n - 1)) >= 0) {
                out.add(stem.substring(0, n - 1));
            }
            out.add(stem + "e");
            out.add(stem);
        } else if (w.length() > 3 && w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes"))) {
            out.add(w.substring(0, w.length() - 2));
        } else if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, w.length() - 1));
        }
        out.add(w);
        return out;
    }

    /** The most likely base form of a verb form. */
    public static String verb(String word) {
        return verbCandidates(word).get(0);
    }

    /** The base form of {@code word} that is in {@code lexicon}, or null. */
    public static String verbIn(String word, java.util.Set<String> lexicon) {
        for (String c : verbCandidates(word)) {
            if (lexicon.contains(c)) return c;
        }
        return null;
    }

    /** The singular of a plural noun: engineers -> engineer, policies -> policy; other words lower-cased. */
    public static String noun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
