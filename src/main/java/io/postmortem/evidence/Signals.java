package io.postmortem.evidence;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language rules: noise, what a clause is about (onset, detection, recovery, a fix...), word-set similarity
 * for deduplication, and one-line summaries. General English incident-chat vocabulary, not tuned to one incident.
 */
final class Signals {

    enum Tag { ONSET, DETECT, RECOVER, FIX, HYPOTHESIS, CAUSE, STATUS, INTENT }

    static final Pattern ONSET = Pattern.compile("(?i)\\b(since|began|begun|beginning|onset|"
            + "first (?:\\w+ )?(?:errors?|5\\d\\ds?|5xx|failures?|timeouts?|reports?|signs?|alerts?|complaints?|page)|"
            + "(?:errors?|failures?|5xx|timeouts?|impact|outage|issues?|problems?|degradation|latency|lag|it|this|incident) (?:\\w+ )?(?:started|starts|began)|"
            + "started (?:failing|erroring|returning|timing out|to fail|to return|dropping|spiking|throwing)|start of (?:the )?(?:impact|incident|outage)|"
            + "(?:impact|outage|incident) start)\\b");
    static final Pattern DETECT = Pattern.compile("(?i)(\\balert(?:s|ed|ing)?\\b|\\bpage[ds]?\\b|\\bpager|\\bfired\\b|\\btriggered\\b|\\[triggered\\]|\\bdetected\\b|\\bnoticed\\b|"
            + "\\breport(?:s|ed|ing)?\\b|\\bcomplain|\\bmonitor(?:ing)?\\b|\\bwe(?:'re| are)? see(?:ing)?\\b|\\bseeing\\b|\\bspik(?:e|ed|ing)\\b|\\bsynthetic)");
    static final Pattern RECOVER = Pattern.compile("(?i)\\b(recovered|recovery complete|fully recovered|resolved|back to normal|returned to normal|"
            + "restored|all clear|fully operational|operating normally|back online|back up|stable again|healthy again|"
            + "error rates? (?:are |is )?(?:back|returned)|incident (?:is )?(?:over|closed)|mitigated)\\b");
    static final Pattern NOT_RECOVER = Pattern.compile("(?i)\\b(not|n't|un)\\s?(?:yet |fully |been )*(recovered|resolved|restored)|unresolved|\\bwill be (?:resolved|restored)|\\bonce (?:it'?s )?(?:recovered|resolved|restored)");
    static final Pattern FIX = Pattern.compile("(?i)\\b(roll(?:ed|ing)? ?back|rollback|revert(?:ed|ing)?|restart(?:ed|ing)?|reboot(?:ed|ing)?|"
            + "fail(?:ed|ing)? ?over|failover|promot(?:ed|ing)|reissu(?:e|ed|ing)|renew(?:ed|ing)?|rotat(?:ed|ing)|re-?deploy(?:ed|ing)?|"
            + "scal(?:ed|ing) (?:up|out)|flush(?:ed|ing)?|purg(?:ed|ing)|clear(?:ed|ing) (?:the )?cache|disabl(?:ed|ing)|kill(?:ed|ing)|"
            + "hotfix|patch(?:ed|ing)?|rais(?:ed|ing)|increas(?:ed|ing)|drain(?:ed|ing)|blocked|removed|turned off|switched)\\b");
    static final Pattern HYPOTHESIS = Pattern.compile("(?i)\\b(i think|we think|looks like|look like|probably|suspect(?:ing)?|might be|may be|could be|maybe|seems? (?:like|to)|my guess|hypothesis|likely|my bet)\\b");
    static final Pattern CAUSE = Pattern.compile("(?i)\\b(root cause|turned out|caused by|the cause was|cause:|cause is|was due to|is due to|because of|culprit)\\b");
    /** A proposal or plan, as opposed to something done: "proposal:", "let's", "we will", "should we...?". */
    static final Pattern INTENT = Pattern.compile("(?i)(\\bpropos\\w*|\\bplan\\b|\\bplanning\\b|\\bshould we\\b|\\blet'?s\\b|\\bwe'?ll\\b|\\bi'?ll\\b|\\bwill\\b|\\bgoing to\\b|\\babout to\\b|\\bwant to\\b|\\bsuggest\\w*|\\bdecided? to\\b|\\?\\s*$)");
    static final Pattern RECAP = Pattern.compile("(?i)(\\brecap\\b|\\bwrap-?up\\s*:|\\btimeline\\s*:|\\btimeline\\s+(?:in\\s+[\\p{L}/+\\-\\d]{2,20}|\\([^()\\n]{2,20}\\))\\s*:|\\bsummary of (?:the )?events\\b|\\bsequence of events\\b|\\bpost[- ]incident\\b|\\bfor the record\\b|\\bfor (?:our|the) records\\b|\\bclosing notes?\\b|\\bwhat happened\\s*:"
            // Amazon's post-mortem is a COE ("correction of errors"); a report's "preliminary findings" is one too
            + "|\\bcoe\\b|\\bcorrection of errors\\b|\\b(?:preliminary|final) findings\\b"
            // a text that opens with its label: "Review: ministry timeline says fire at 15:19", "Debrief notes:", "Summary:"
            + "|^\\W*(?:(?:incident |post-?incident )?review|retro(?:spective)?|debrief|rca|summary|write-?up|post-?mortem|lessons learned)\\s*(?:notes?\\s*)?:"
            // ... or with the weekday it is written on: "Retro (Friday), times UTC.", "Review notes (Thursday), Sydney time"
            // ... a note headed so ("Joint note (Monday), IST."), and the same heading as French, Dutch, German and Spanish
            // writers put it: "Retour d'expérience (mercredi).", "Retour (mardi).", "Evaluatie (maandag).", "Nachbesprechung (Montag)"
            + "|" + io.postmortem.evidence.time.TimeMentions.WEEKDAY_HEADING
            // a post-incident review's own names, as a heading or a label ("PIR draft:", "Incident report (times UTC)")
            + "|\\bpir\\b|\\bincident report\\b"
            // a text copied into the ticket for the record, or a report's summary: "Customer notice text (final), for the file:",
            // "timeline for the Ofcom notification (all BST)", "Preliminary report summary:", "post mortem (UTC)"
            + "|\\bfor the file\\b|\\bfor the (?:\\w+ )?(?:inquiry|enquiry|investigation|inquest|audit|regulator|hearing)\\b|\\bf(?:ü|ue)r den (?:\\w+ )?bericht\\b|\\bpour le (?:\\w+ )?rapport\\b|\\bpara el (?:\\w+ )?informe\\b|\\bcopied for\\b|\\((?:final|as sent)\\)|\\btimeline\\s*(?:\\(|for\\b|of\\b)|\\b(?:report|review) summary\\b|\\bpost mortem\\b"
            // an incident summary report, or a text copied "as published" (a report, a blog post, a status summary)
            // notes kept for a report or review ("Report notes (CEST):", "Notes for the write-up (UTC)")
            + "|\\b(?:report|review|write-?up|rca|pir|post-?mortem) notes\\b|\\bnotes for the (?:report|review|write-?up|rca|pir|post-?mortem)\\b"
            + "|\\bisr\\b|\\bas published\\b|\\bpublished (?:report|postmortem|post-mortem)\\b"
            // "postmortem" as a heading (a live "postmortem on Friday" is no recap)
            + "|(?m:^\\s*post-?mortem(?:\\s+(?:draft|summary|notes))?\\s*(?:[:(]|$)))");
    static final Pattern ACTION = Pattern.compile("(?i)\\b(roll|revert|deploy|restart|failover|fail over|investigat|call|bridge|meeting|war ?room|channel|migration|working|looking|maintenance|backup|job)\\w*");

    private static final Set<String> NOISE_WORDS = Set.copyOf(java.util.Arrays.asList("+1", "1", "any", "update", "updates", "anyone", "joining", "joined",
            "join", "thanks", "thank", "you", "thx", "ty", "tyvm", "lol", "following", "ack", "acked", "ok", "okay", "k", "kk",
            "here", "on", "it", "me", "too", "same", "ping", "bump", "nice", "great", "cool", "wow", "yay", "👀", "yes", "no",
            "yep", "nope", "sure", "ha", "haha", "omg", "all", "good", "np", "👍", "🙏", "+1s", "brb", "back", "hi", "hello",
            "hey", "team", "folks", "everyone", "is", "there", "a", "an", "the", "so", "much", "lgtm", "subscribing", "watching",
            "thread", "status", "what", "s", "what's", "whats", "eta", "?", "👋", "🎉", "lurking", "in"));

    private static final Set<String> STOP = Set.of("a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or", "is",
            "are", "was", "were", "be", "been", "we", "i", "it", "its", "this", "that", "with", "as", "by", "from", "now",
            "just", "so", "our", "us", "you", "they", "have", "has", "had", "utc", "am", "pm", "about", "around", "still",
            "some", "all", "up", "out", "into", "then", "there", "here", "not", "no", "do", "did", "see", "saw", "seeing",
            "looks", "like", "also", "again", "after", "before", "approx", "~", "ok");

    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+\\-']+:");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern JOINED = Pattern.compile("(?s)\\s*(has )?(joined|left) (the )?(channel|#\\S+)");
    private static final Pattern URLS = Pattern.compile("https?://\\S+");
    private static final Pattern CLOCKS = Pattern.compile("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** (not after "9:45 p.m." when its zone follows: "their tweet 9:45 p.m. EDT = 8:45 CDT" is one clause) */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])(?<![aApP]\\.[mM]\\.)" + io.postmortem.evidence.time.TimeMentions.NOT_AFTER_TITLE + "\\s+(?=[\\p{Lu}\\d~(@\\[])"
            + "|(?<=[aApP]\\.[mM]\\.)\\s+(?=[\\p{Lu}\\d~(@\\[])(?!(?:" + io.postmortem.evidence.time.Zones.ABBR_REGEX + ")(?![\\p{L}\\d]))|;\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Signals() {
    }

    static Set<Tag> tags(String clause) {
        EnumSet<Tag> t = EnumSet.noneOf(Tag.class);
        // cheap keyword gates before each regex: most chat lines match none of them
        String l = clause.toLowerCase(Locale.ROOT);
        if (any(l, "since", "began", "begun", "beginning", "onset", "first", "start") && ONSET.matcher(clause).find()) t.add(Tag.ONSET);
        if (any(l, "recover", "resolved", "normal", "restored", "clear", "operational", "online", "back", "stable", "healthy", "over", "closed", "mitigated")
                && RECOVER.matcher(clause).find() && !NOT_RECOVER.matcher(clause).find()) t.add(Tag.RECOVER);
        if (!t.contains(Tag.RECOVER) && any(l, "alert", "page", "pager", "fired", "trigger", "detected", "noticed", "report", "complain", "monitor", "see", "spik", "synthetic")
                && DETECT.matcher(clause).find()) t.add(Tag.DETECT);
        if (any(l, "roll", "revert", "restart", "reboot", "fail", "promot", "reissu", "renew", "rotat", "deploy", "scal", "flush", "purg", "clear",
                "disabl", "kill", "hotfix", "patch", "rais", "increas", "drain", "blocked", "removed", "turned off", "switched") && FIX.matcher(clause).find()) t.add(Tag.FIX);
        if (any(l, "think", "look", "probabl", "suspect", "might", "may be", "could", "maybe", "seem", "guess", "hypothes", "likely", "bet")
                && HYPOTHESIS.matcher(clause).find()) t.add(Tag.HYPOTHESIS);
        if (any(l, "cause", "turned out", "due to", "because", "culprit") && CAUSE.matcher(clause).find()) t.add(Tag.CAUSE);
        if ((l.indexOf('?') >= 0 || any(l, "propos", "plan", "should", "let", "ll", "will", "going to", "about to", "want", "suggest", "decide"))
                && INTENT.matcher(clause).find()) t.add(Tag.INTENT);
        return t;
    }

    private static boolean any(String lower, String... keys) {
        for (String k : keys) if (lower.contains(k)) return true;
        return false;
    }

    /** Chatter that carries no event: "+1", "any update?", "joining", "thanks", "lol", a lone emoji, "following", "👀". */
    static boolean isNoise(String text) {
        if (text == null) return true;
        String t = text.strip();
        if (t.isEmpty()) return true;
        if (t.length() > 80) return false;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.indexOf(':') >= 0) lower = SHORTCODE.matcher(lower).replaceAll(" "); // a :shortcode: needs its colons
        lower = lower.replace("[attachment]", " ");
        if (!HAS_WORD.matcher(lower).find()) return true; // only emoji / punctuation
        if (JOINED.matcher(lower).lookingAt()) return true;
        // tokens: runs of letters, digits, '+', apostrophes, or single emoji code points
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(cp) || cp == '+' || cp == '\'' || cp == '’';
            if (wordChar) w.appendCodePoint(cp);
            else {
                if (w.length() > 0 && !NOISE_WORDS.contains(w.toString())) return false;
                w.setLength(0);
                if (cp >= 0x1F000 && !NOISE_WORDS.contains(new String(Character.toChars(cp)))) return false;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return true;
    }

    /** Normalised content words with light stemming and a few synonyms folded together, for similarity. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        String t = CLOCKS.matcher(URLS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC))
                .replaceAll(" ")).replaceAll(" ")
                .replace("rolled back", "rollback").replace("roll back", "rollback").replace("failed over", "failover")
                .replace("back to normal", "recover").replace("all clear", "recover");
        for (String w : WORD_SPLIT.split(t)) {
            if (w.length() < 2 || STOP.contains(w)) continue;
            out.add(canon(stem(w)));
        }
        return out;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("es")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String canon(String w) {
        return switch (w) {
            case "trigger", "fir", "fire", "firing", "alert", "pag", "page" -> "alert";
            case "revert", "rollback" -> "rollback";
            case "reboot", "restart", "bounc" -> "restart";
            case "5xx", "500", "502", "503", "504", "error", "erro", "failure", "fail" -> "error";
            case "recover", "restor", "resolv", "recovery", "mitigat" -> "recover";
            case "db", "database" -> "database";
            default -> w;
        };
    }

    /** Overlap coefficient of two word sets (shared / smaller set), 0 when either is empty. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        if (shared < Math.min(2, Math.min(a.size(), b.size()))) return 0;
        return shared / (double) Math.min(a.size(), b.size());
    }

    /** Splits a message into clauses: lines, then sentences and semicolons. */
    static List<String> clauses(String text) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            for (String s : SENTENCE.split(line)) {
                String c = s.strip();
                if (!c.isEmpty()) out.add(c);
            }
        }
        return out;
    }

    /** One line, at most {@code max} characters, ending with an ellipsis when cut. */
    static String oneLine(String text, int max) {
        String t = SPACES.matcher(text).replaceAll(" ").strip();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return t.substring(0, cut) + "…";
    }
}
