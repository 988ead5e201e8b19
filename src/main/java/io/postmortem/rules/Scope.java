package io.postmortem.rules;

import io.postmortem.rules.language.Lemmas;
import io.postmortem.rules.language.Token;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Is an action item's scope bounded: one named system, component or artefact (or a defined set of one named
 * system's instances: "all eight SMARS servers"), and a finite piece of work? Not bounded: open-ended scope ("all
 * systems", "our processes", generic plurals such as "backups" or "deployment procedures"), open-ended time
 * ("ongoing", "going forward", "after every change", a recurring practice as the deliverable) and standing habits
 * ("be careful", "double-check before each deploy", "keep an eye on").
 */
public final class Scope {
    private Scope() {
    }

    /** Main verbs whose deliverable is a habit or a state of mind, never finished. */
    private static final Set<String> HABIT = Set.of("be", "stay", "remain", "remind", "train", "educate", "learn",
            "double-check", "doublecheck", "recheck", "pay", "continue", "watch", "rebuild", "grow", "become", "get",
            "have", "try", "keep", "encourage", "promote", "foster", "communicate", "prioritise", "prioritize");

    private static final Pattern OPEN_TIME = Pattern.compile("(?i)\\b(ongoing|going forward|from now on|in future"
            + "|in the future|every new|each new|any new|all new|after every|after each|before every|before each"
            + "|each time|every time|continuously|continually|regularly|periodically|always|forever|never happens"
            + "|never again|does not happen again|doesn'?t happen again|as needed|from time to time)\\b");
    private static final Pattern RECURRING = Pattern.compile("(?i)\\b(every (?:day|week|month|quarter|year|sprint"
            + "|release|deploy)|daily|weekly|monthly|quarterly|yearly|annually|nightly)\\b");
    private static final Set<String> ACTIVITY = Set.of("restore", "run", "review", "check", "test", "drill",
            "rehearse", "audit", "verify", "inspect", "exercise", "practice", "practise", "hold", "conduct", "do");
    private static final Pattern ALL_SCOPE = Pattern.compile("(?i)\\b(all|every|any|each)\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?"
            + "([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3})");
    private static final Pattern EVERYTHING = Pattern.compile("(?i)\\b(everything|all systems|every system|across the"
            + " board|company-?wide|org-?wide|everywhere|our systems|our infrastructure|our stack|our services"
            + "|our platform|our processes|our tooling"
            // the whole product, and "anything like this": no system named
            + "|the (?:whole |entire )?platform(?:'s)?|the (?:whole |entire )?stack|anything|(?:cases|incidents|issues"
            + "|things|failures|outages|problems|bugs|mistakes) like (?:this|that|it))\\b");
    /** "before upgrades", "after deploys": a bare plural event is every such event. */
    private static final Pattern EVERY_EVENT = Pattern.compile("(?i)\\b(?:before|after|during|around)\\s+(?:[a-z-]+\\s+)?"
            + "(?:upgrades|deploys|deployments|releases|changes|migrations|incidents|rollouts|launches|merges)\\b");
    /** "before the next release", "once": a habit verb done one time is a finite piece of work. */
    private static final Pattern ONE_TIME = Pattern.compile("(?i)\\b(?:before|after|during|for|at) the next\\b|\\bonce\\b");

    /** Why the action item's scope is not bounded, or empty when it is. */
    public static Optional<String> problem(String summary) {
        if (Texts.blank(summary)) return Optional.of("The action is empty.");
        ActionText a = new ActionText(summary);
        String main = a.mainClause();
        // "Should we freeze changes on Friday afternoon?": a question to decide, not a piece of work
        if (a.question || summary.strip().endsWith("?")) {
            return Optional.of("it is a question to decide, not a piece of work: write the decision as the item");
        }
        // "Better failover testing", "More monitoring": a direction with no verb and nothing named
        if (a.verb < 0 && a.tagged.size() > 0 && (a.tagged.get(0).tag().matches("JJR|RBR")
                || a.tagged.get(0).is("better", "more", "improved", "stronger", "increased")) && !specific(a, 0, a.tagged.size())) {
            return Optional.of("it names a direction (\"" + a.tagged.get(0).lower() + "\"), not a system or artefact");
        }
        // "Strengthen network resiliency", "Harden deployment tooling", "Improve testing": a quality of a kind of thing
        if (a.verb >= 0 && a.verbIs(IMPROVE) && !specific(a, 0, a.tagged.size()) && a.objectEnd > a.objectStart
                && a.objectStart >= 0 && !a.tagged.get(a.objectStart).is("the", "this", "that", "these", "those")
                && quality(a, a.objectStart, a.objectEnd)) {
            return Optional.of("it asks to improve a quality (\"" + a.tagged.words(a.objectStart, a.objectEnd)
                    + "\") of no named system");
        }
        if (a.verb >= 0 && (a.verbIs(HABIT) || a.lemma.equals("make") && a.particle.equals("sure")
                || a.verbIs(Set.of("ensure")) && !a.hasNumber()) && !ONE_TIME.matcher(main).find()) {
            return Optional.of("it asks for a standing habit (\"" + a.tagged.get(a.verb).lower()
                    + (a.particle.isEmpty() ? "" : " " + a.particle) + "\"), which is never finished");
        }
        java.util.regex.Matcher t = OPEN_TIME.matcher(main);
        if (t.find()) return Optional.of("it is open-ended in time (\"" + t.group() + "\")");
        java.util.regex.Matcher ev = EVERY_EVENT.matcher(main);
        if (ev.find()) return Optional.of("it is open-ended in time (\"" + ev.group() + "\" means every one)");
        // "Test more", "Figure out how to communicate faster": a vague verb with nothing to bound it
        if (a.verb >= 0 && a.objectStart < 0 && Testability.VAGUE_VERBS.contains(a.lemma) && a.particle.isEmpty()
                && !specific(a, 0, a.tagged.size())) {
            return Optional.of("it names no system or artefact to work on");
        }
        java.util.regex.Matcher r = RECURRING.matcher(main);
        if (r.find() && a.verbIs(ACTIVITY)) {
            return Optional.of("its deliverable is a recurring practice (\"" + r.group() + "\"), not a finite piece of work");
        }
        java.util.regex.Matcher e = EVERYTHING.matcher(summary);
        if (e.find()) return Optional.of("its scope is open (\"" + e.group() + "\")");
        int from = a.verb >= 0 ? a.objectStart : 0;
        int to = a.verb >= 0 ? a.objectEnd : a.tagged.size();
        if (from < 0 || from >= to || specific(a, 0, a.tagged.size())) return Optional.empty();
        String object = a.tagged.words(from, to);
        java.util.regex.Matcher all = ALL_SCOPE.matcher(object);
        if (all.find() && !specific(a, from, to)) {
            return Optional.of("its scope is open (\"" + all.group() + "\"): name the system or the set of instances");
        }
        // "Stage console laptops at both core data centres", "Run schema migrations in a separate pipeline step":
        // a plural restricted by where it applies is a finite set
        if (to < a.tagged.size() && a.tagged.get(to).is("in", "at", "on", "into", "inside", "within", "for", "from")
                && to + 1 < a.tagged.size() && a.tagged.get(to + 1).is("the", "a", "both", "each", "its", "their")) {
            return Optional.empty();
        }
        if (genericPlural(a, from, to)) {
            return Optional.of("\"" + object + "\" is a kind of thing, not a named system: say which one");
        }
        return Optional.empty();
    }

    /** A rewrite that bounds the item: the standing habit becomes a guard, the open scope a named system. */
    public static String suggestion(String summary) {
        ActionText a = new ActionText(summary == null ? "" : summary);
        if (a.verb >= 0 && (a.verbIs(HABIT) || a.lemma.equals("make") && a.particle.equals("sure"))) {
            return "Turn the habit into a guard on one system: e.g. \"Make <tool> refuse <the unsafe action> unless "
                    + "<the check passes>\"";
        }
        String s = summary == null ? "" : OPEN_TIME.matcher(summary).replaceAll("").replaceAll("\\s{2,}", " ").strip();
        s = EVERYTHING.matcher(s).replaceAll("<the system this incident involved>");
        s = ALL_SCOPE.matcher(s).replaceAll("the <named> $2");
        return s.replaceAll("[.\\s]+$", "") + ", done once for <named system> by <date>";
    }

    public static boolean bounded(String summary) {
        return problem(summary).isEmpty();
    }

    private static final Set<String> IMPROVE = Set.of("improve", "better", "strengthen", "harden", "tighten",
            "enhance", "boost", "bolster", "optimise", "optimize", "streamline", "increase", "beef", "mature", "upgrade");

    /**
     * The object's head is a quality ("network resiliency", "stability"), or a practice with nothing to say whose
     * ("testing", "operator tooling" but not "checkout monitoring": a noun that is not a role names the system).
     */
    private static boolean quality(ActionText a, int from, int to) {
        String w = a.tagged.get(to - 1).lower();
        if (w.matches("[a-z-]+(?:ity|ness|ency|ancy|ience)")) return true;
        boolean practice = w.endsWith("ing") || Set.of("process", "processes", "practices", "coverage", "posture",
                "hygiene", "safeguards", "guardrails", "controls", "checks").contains(w);
        if (!practice) return false;
        for (int i = from; i < to - 1; i++) {
            Token k = a.tagged.get(i);
            String n = Lemmas.noun(k.word());
            boolean whose = io.postmortem.rules.language.Lexicon.ROLE_NOUNS.contains(n)
                    || io.postmortem.rules.language.Lexicon.TEAM_WORDS.contains(n) || Set.of("deployment", "deploy",
                    "release", "change", "incident", "operational", "internal", "our").contains(n);
            if (k.noun() && !whose) return false;
        }
        return true;
    }

    /** A name, a number, a quoted or code-like token: "all eight SMARS servers", "the 'Power Peg' emails". */
    private static boolean specific(ActionText a, int from, int to) {
        for (int i = from; i < to; i++) {
            Token k = a.tagged.get(i);
            String w = k.word();
            if (k.number() || w.matches(".*\\d.*") || w.matches(".*[_./].*") || w.startsWith("'") || w.startsWith("\"")) {
                return true;
            }
            if (k.properNoun() && Character.isUpperCase(w.charAt(0)) && !(i == 0 && a.verb < 0)) return true;
            if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** "backups", "our caching mechanisms", "operator tooling", "incident communications": no named instance. */
    private static boolean genericPlural(ActionText a, int from, int to) {
        if (specific(a, from, to)) return false;
        Token first = a.tagged.get(from);
        int head = -1;
        for (int i = to - 1; i >= from; i--) {
            if (a.tagged.get(i).noun()) {
                head = i;
                break;
            }
        }
        if (head < 0) return false;
        Token h = a.tagged.get(head);
        boolean plural = h.tag().equals("NNS") || h.tag().equals("NNPS");
        boolean mass = Set.of("tooling", "monitoring", "testing", "alerting", "communication", "comms", "oversight",
                "infrastructure", "security", "reliability", "stability", "documentation", "training", "procedure",
                "process", "suite", "policy", "practice", "culture", "review", "management").contains(h.lower());
        boolean definite = first.is("the", "this", "that", "these", "those", "a", "an");
        boolean ours = first.is("our", "their", "your");
        if (ours && (plural || mass)) return true;
        if (definite) return false;
        boolean modified = false;
        for (int i = from; i < head; i++) if (a.tagged.get(i).noun()) modified = true;
        if (mass) return !modified; // "monitoring" is open, "search monitoring" names one
        return plural && !Lemmas.noun(h.word()).equals(h.lower());
    }
}
