package io.postmortem.drafting;

import io.postmortem.drafting.DraftMaterial.Sentence;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.rules.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root cause as finally understood and the five-whys chain.
 *
 * <p>Root cause: every sentence people wrote is scored for causal wording: a labelled conclusion ("Root cause: ...")
 * and "root cause", "turned out", "caused by" weigh most, "found it" / "identified" and a sentence right after a
 * rejected guess ("Not the deploy.") next, plain causal links ("because", "triggered by", "due to") least; hedges
 * ("probably", "looks like", a question) count against; later messages beat earlier ones and recaps written after
 * the incident beat both, so the conclusion wins over the first hypothesis. A sentence that blames a person or says
 * "human error" is never used. The answer to question 5 (hypothesis vs actual cause) beats the evidence.
 * Certainty follows the seed: CONFIRMED for a stated conclusion, MOST_LIKELY for a hedged or merely causal one,
 * UNKNOWN when nothing states a cause.
 *
 * <p>Five whys: the symptom, then earlier causal findings, then the root cause split at its causal links
 * ("A, triggered by B" gives B then A; "A because B" gives A then B), then the gap that let it through (a detection,
 * ownership or rollout factor); it stops where the next why leaves the team's control or leads to no action, and
 * says so in the last step.
 */
final class CauseDraft {

    static final String CONFIRMED = "CONFIRMED";
    static final String MOST_LIKELY = "MOST_LIKELY";
    static final String UNKNOWN = "UNKNOWN";

    /** A scored causal sentence. {@code text} is the cause without its label ("Root cause:", "Found it:"). */
    record Candidate(Sentence sentence, String text, double score, boolean stated, boolean hedged) {
    }

    /** The chosen root cause. {@code from} is null when it came from an answer or nothing was found. */
    record Cause(String text, String certainty, String source, String label, Sentence from) {
    }

    private static final Pattern FOUND_PREFIX = Pattern.compile("(?i)^\\s*(?:ok(?:ay)?,?\\s+)?(?:found it|got it|that'?s it"
            + "|root[- ]cause (?:found|identified|confirmed))(?:\\s+at\\s+[~\\d:]+(?:\\s*(?:utc|z))?)?\\s*(?:[:,.!–—-]\\s*|$)");
    /** "It turned out (that)", "The root cause was": the cause follows. */
    private static final Pattern CAUSE_LEAD = Pattern.compile("(?i)^\\s*(?:(?:it|this|that|which)\\s+)?(?:turned out(?: to be)?(?: that)?"
            + "|(?:the )?(?:root[- ]cause|cause|culprit|real problem|actual problem|trigger)(?: (?:was|is))(?: that)?)\\s*[:,]?\\s+");
    private static final Pattern ALERT = Pattern.compile("(?i)^\\s*(?:\\[(?:firing|triggered|alert|resolved)|triggered:|\\[p\\d\\]|\\$ |#\\s*\\d{4}-)");
    private static final Pattern ANSWER_CAUSE = Pattern.compile("(?i)(?:actual(?:ly)?(?: cause)?(?: was| is)?|turned out(?: to be)?"
            + "(?: that)?|but (?:it )?(?:was|is)|root[- ]cause(?: was| is)?|(?<!\\w)cause(?: was| is)?|\\bvs\\.?|->|→|=>)\\s*[:,–—-]?\\s*");
    private static final Pattern SPLIT_TRIGGERED = Pattern.compile("(?i)^(.{12,}?),?\\s+(?:which was |that was |and was )?(?:triggered|set off) by\\s+(.{8,})$");
    private static final Pattern SPLIT_BECAUSE = Pattern.compile("(?i)^(.{12,}?),?\\s+(?:because(?: of)?|due to|caused by|as a result of|since)\\s+(.{8,})$");
    private static final Pattern SPLIT_SO = Pattern.compile("(?i)^(.{12,}?),?\\s+(?:so|so that|which meant|leaving|and so)\\s+(?:at [\\d:]+ (?:utc )?)?(.{8,})$");
    private static final Pattern SPLIT_AND = Pattern.compile("(?i)^(.{20,}?),\\s+and\\s+(.{20,})$");
    private static final Pattern STOP_WORDS_ONLY = Pattern.compile("(?i)^(?:it|this|that|the cause|the problem)\\W*$");

    private final DraftMaterial m;
    private final Blames blame;
    private final Reading reading;
    private List<Candidate> candidates;

    CauseDraft(DraftMaterial m, Blames blame, Reading reading) {
        this.m = m;
        this.blame = blame;
        this.reading = reading;
    }

    /** Causal sentences, best first; those that blame a person are still in it (see {@link #usable}). */
    List<Candidate> candidates() {
        if (candidates != null) return candidates;
        List<Candidate> out = new ArrayList<>();
        int maxRank = 1;
        for (Sentence s : m.sentences()) maxRank = Math.max(maxRank, s.rank());
        for (Sentence s : m.sentences()) {
            Candidate c = score(s, maxRank);
            if (c != null) out.add(c);
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        candidates = List.copyOf(out);
        return candidates;
    }

    private Candidate score(Sentence s, int maxRank) {
        Reading.Text x = reading.of(s.text());
        String raw = x.tidy();
        if (raw.length() < 12 || ALERT.matcher(raw).find() || LessonsDraft.TIMELINE_LINE.matcher(raw).find()) return null;
        boolean labelled = Cues.CAUSE_LABEL.matcher(raw).find();
        // lessons ("the real problem is that nobody owned the alert", "luckily ...") are not the cause
        if (!labelled && x.lesson()) return null;
        String text = raw;
        double score = 0;
        boolean stated = false;
        Matcher label = Cues.CAUSE_LABEL.matcher(raw);
        Matcher found = FOUND_PREFIX.matcher(raw);
        Matcher foundIt = Cues.CAUSE_FOUND_IT.matcher(raw);
        if (label.find()) {
            text = raw.substring(label.end()).strip();
            score = 10;
            stated = true;
        } else if (found.find()) {
            text = raw.substring(found.end()).strip();
            score = 6;
            stated = true;
        } else if (Cues.CAUSE_STRONG.matcher(raw).find()) {
            score = 7;
            stated = true;
            text = CAUSE_LEAD.matcher(raw).replaceFirst("");
        } else if (foundIt.find() && contentWords(raw.substring(foundIt.end())) >= 4) {
            score = 5;
            stated = true;
        }
        String prev = s.previous();
        boolean afterRejection = prev != null && Cues.REJECTION.matcher(Prose.stripLead(prev)).matches();
        boolean afterFound = prev != null && (Cues.CAUSE_FOUND.matcher(prev).find() || FOUND_PREFIX.matcher(Prose.tidy(prev)).find())
                && contentOf(prev) < 5;
        if (afterFound) {
            score = Math.max(score, 8);
            stated = true;
        } else if (afterRejection) {
            score = Math.max(score, 5);
            stated = true;
        }
        if (Cues.CAUSE_WEAK.matcher(text).find()) score = Math.max(score, 3) + (score > 0 ? 1 : 0);
        if (score == 0) return null;
        String bare = Prose.stripLead(text);
        if (contentWords(bare) < 4 || STOP_WORDS_ONLY.matcher(bare).matches() || Cues.REJECTION.matcher(bare).matches()) return null;
        if (Cues.PLAN.matcher(text).find() && !stated) return null;
        boolean hedged = Cues.HEDGE.matcher(text).find();
        if (hedged) score -= Cues.NEGATED_HEDGE.matcher(text).find() ? 2 : 5;
        if (Cues.HUMAN_ERROR.matcher(text).find()) return null;
        // the blameless check (the costly part: it tags the sentence) is asked only of candidates a section uses
        score += 2.0 * s.rank() / maxRank + (s.learnedLater() ? 1.5 : 0);
        return new Candidate(s, text, score, stated && !hedged, hedged);
    }

    private static final Pattern TIMES = Pattern.compile("(?i)\\b(?:at |since |from |by )?~?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:am|pm))?(?:\\s*(?:utc|z|[a-z]{2,4}t))?\\b");

    private static final Pattern CUE_WORDS = Pattern.compile("(?i)\\b(identified|found|the|a|an|it|at|utc|digging|into|why|this|that|we|is|was)\\b");
    private static final Pattern FOUND_WORDS = Pattern.compile("(?i)\\b(root[- ]cause|cause|culprit)\\s+(?:is\\s+|has been\\s+)?(found|identified|confirmed|located)\\b");

    /** Words left once times and the cue words themselves are gone. */
    private static int contentWords(String text) {
        return Prose.wordCount(CUE_WORDS.matcher(TIMES.matcher(text).replaceAll(" ")).replaceAll(" "));
    }

    private static int contentOf(String sentence) {
        String t = Prose.tidy(sentence);
        Matcher f = FOUND_PREFIX.matcher(t);
        if (f.find()) t = t.substring(f.end());
        t = FOUND_WORDS.matcher(t).replaceAll("");
        return Prose.wordCount(t);
    }

    /** The cause as finally understood: the answer to question 5, else the best causal sentence, else unknown. */
    Cause rootCause() {
        String answer = m.answer(Question.HYPOTHESIS_VS_CAUSE);
        if (answer != null) {
            if (Texts.saysUnknown(answer)) {
                return new Cause("Unknown: the team does not know the cause yet (answer to question 5).", UNKNOWN,
                        Sources.answerSource(Question.HYPOTHESIS_VS_CAUSE), Sources.answerLabel(Question.HYPOTHESIS_VS_CAUSE), null);
            }
            String cause = answer;
            Matcher a = ANSWER_CAUSE.matcher(answer);
            int end = -1;
            while (a.find()) if (a.end() < answer.length() - 8) end = a.end();
            if (end > 0) cause = answer.substring(end);
            if (!Cues.HUMAN_ERROR.matcher(cause).find() && !blame.blames(cause)) {
                boolean hedged = Cues.HEDGE.matcher(cause).find();
                return new Cause(Prose.prose(cause, 400), hedged ? MOST_LIKELY : CONFIRMED,
                        Sources.answerSource(Question.HYPOTHESIS_VS_CAUSE), Sources.answerLabel(Question.HYPOTHESIS_VS_CAUSE), null);
            }
        }
        for (Candidate c : candidates()) {
            if (c.score() < 3) break;
            if (!usable(c)) continue;
            String certainty = c.stated() ? CONFIRMED : MOST_LIKELY;
            return new Cause(Prose.prose(c.text(), 400), certainty, c.sentence().source(), Sources.label(c.sentence()), c.sentence());
        }
        return new Cause(null, UNKNOWN, null, null, null);
    }

    Suggestion rootCauseSuggestion(Cause cause) {
        if (cause.text() != null) {
            String label = cause.label() + (cause.certainty().equals(CONFIRMED) ? "; stated as the cause"
                    : cause.certainty().equals(MOST_LIKELY) ? "; most likely cause (not stated as confirmed)" : "");
            return new Suggestion(cause.text(), List.of(), cause.source(), label, cause.certainty());
        }
        String hypothesis = firstHypothesis();
        String text = "Unknown: nothing in the evidence states the cause yet."
                + (hypothesis == null ? "" : " The early hypothesis was: " + hypothesis);
        return new Suggestion(text, List.of(), "evidence", "no message states a cause; answer question 5 when it is known", UNKNOWN);
    }

    /** A candidate a section may use: it blames no one. */
    private boolean usable(Candidate c) {
        return !blame.blames(c.text());
    }

    private String firstHypothesis;
    private boolean hypothesisKnown;

    /** The first hedged guess, if any ("Probably the api-srv deploy..."). */
    String firstHypothesis() {
        if (!hypothesisKnown) {
            firstHypothesis = findFirstHypothesis();
            hypothesisKnown = true;
        }
        return firstHypothesis;
    }

    private String findFirstHypothesis() {
        for (Sentence s : m.sentences()) {
            String t = reading.of(s.text()).tidy();
            if (!s.learnedLater() && Cues.GUESS.matcher(t).find() && Prose.wordCount(t) >= 4 && t.indexOf('?') < 0
                    && !blame.blames(t)) {
                return Prose.prose(t, 200);
            }
        }
        return null;
    }

    /**
     * The chain: symptom, earlier causal findings, the root cause's parts, the gap that let it through; at least
     * three steps (an honest "unknown" step when the evidence runs out), at most five; the last says why it stops.
     */
    Suggestion whys(Cause cause, Symptom symptom, List<LessonsDraft.Item> gaps) {
        List<String> steps = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (symptom != null) {
            steps.add(symptom.text());
            sources.add(symptom.source());
        }
        List<String> rootParts = cause.text() == null ? List.of() : causalParts(cause.text());
        // an earlier, more immediate finding (the mechanism), when it is not the root cause again
        for (Candidate c : candidates()) {
            if (c.score() < 3 || c.hedged() || (cause.from() != null && c.sentence() == cause.from())) continue;
            String t = Prose.prose(c.text(), 300);
            if (similarToAny(t, steps) || similarToAny(t, rootParts) || (cause.text() != null && similar(t, cause.text()))) continue;
            if (cause.from() != null && c.sentence().rank() > cause.from().rank()) continue;
            if (!usable(c)) continue;
            steps.add(t);
            sources.add(c.sentence().source());
            break;
        }
        for (String part : rootParts) {
            if (steps.size() >= 4) break;
            if (!similarToAny(part, steps)) {
                steps.add(part);
                sources.add(cause.source());
            }
        }
        String stop;
        boolean external = false;
        if (steps.size() > 1 && Cues.EXTERNAL_PARTY.matcher(steps.get(steps.size() - 1)).find()) external = true;
        if (!external && steps.size() < 5) {
            for (LessonsDraft.Item g : gaps) {
                String t = g.how();
                if (similarToAny(t, steps)) continue;
                steps.add(t);
                sources.add(g.source());
                break;
            }
        }
        if (external) stop = "stop here: the next why lies outside the team's control; act on how our systems handle it";
        else if (steps.size() >= 4) stop = "stop here: a further why would not lead to an action the team can take";
        else stop = "stop here unless one more why leads to something the team can change";
        boolean asked = false;
        while (steps.size() < 3) {
            if (!asked) {
                String prev = steps.isEmpty() ? "the service failed" : Prose.decapitalise(steps.get(steps.size() - 1).replaceAll("[.…]+$", ""));
                steps.add("Unknown: the evidence does not say why " + clip(prev, 120) + "; ask the team.");
                asked = true;
            } else {
                steps.add("Unknown: keep asking why until the answer is outside the team's control or no action would change it.");
            }
            sources.add("evidence");
        }
        List<String> items = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            String s = steps.get(i);
            items.add(i == steps.size() - 1 ? s.replaceAll("[.…]+$", "") + " (" + stop + ")." : s);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(i == 0 ? "Why did the service fail? " : "Why? ").append(items.get(i)).append('\n');
        }
        String source = sources.stream().filter(x -> x != null && !x.equals("evidence")).findFirst().orElse("evidence");
        return new Suggestion(text.toString().strip(), items, source,
                "a chain built from the symptom, the causal statements in the evidence and the answers; each step answers why the one before happened",
                null);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, s.lastIndexOf(' ', max) > 0 ? s.lastIndexOf(' ', max) : max) + "…";
    }

    /** A cause split at its causal links into steps, the more immediate one first. */
    static List<String> causalParts(String cause) {
        String c = cause.replaceAll("[.…]+$", "");
        int semi = c.indexOf("; ");
        if (semi > 20) c = c.substring(0, semi);
        Matcher t = SPLIT_TRIGGERED.matcher(c);
        if (t.matches()) return List.of(Prose.prose(t.group(2), 300), Prose.prose(t.group(1), 300));
        Matcher b = SPLIT_BECAUSE.matcher(c);
        if (b.matches()) return List.of(Prose.prose(b.group(1), 300), Prose.prose(b.group(2), 300));
        Matcher s = SPLIT_SO.matcher(c);
        if (s.matches()) return List.of(Prose.prose(s.group(2), 300), Prose.prose(s.group(1), 300));
        Matcher a = SPLIT_AND.matcher(c);
        if (a.matches()) return List.of(Prose.prose(a.group(2), 300), Prose.prose(a.group(1), 300));
        return List.of(Prose.prose(c, 300));
    }

    private static boolean similarToAny(String t, List<String> others) {
        for (String o : others) if (similar(t, o)) return true;
        return false;
    }

    private static boolean similar(String a, String b) {
        return Prose.overlap(Prose.words(a), Prose.words(b)) >= 0.6;
    }

    /** What users saw, with where it came from. */
    record Symptom(String text, String source, String label) {
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
