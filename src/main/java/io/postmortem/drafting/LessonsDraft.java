package io.postmortem.drafting;

import io.postmortem.drafting.DraftMaterial.Sentence;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.rules.Texts;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where we got lucky, what went well, what didn't, and contributing factors: candidates from what responders wrote
 * ("luckily", "fortunately", "could have been much worse", "only because"; "went well", "within a minute"; "took us
 * N minutes to find", "nobody owned", "no canary"), from the key times (how fast detection came), and from the answers
 * to the detection, near-miss, worry and recurrence questions. A person's answer comes first; recaps written after the
 * incident come before chat; blaming sentences are left out (the blameless check decides); near-duplicates once.
 */
final class LessonsDraft {

    static final int MAX_ITEMS = 5;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** One candidate item: its text, for a factor the factor's name and how it contributed. */
    record Item(String text, String factor, String how, String source, String label, double weight) {
    }

    enum Kind { LUCKY, WENT_WELL, WENT_BADLY }

    /** Factor families: a name, what it looks like in text, and (for the external version) what prevents it. */
    enum Factor {
        DETECTION("Detection gap", "\\b(nothing pages|did not page|didn'?t page|no alert|not alerted|auto-?resolv\\w*|non-paging|warning and did not"
                + "|went unnoticed|nobody noticed|no one noticed|took (?:us )?[\\w ]{0,20}to (?:notice|detect|find|spot)|silently|stopped emitting"
                + "|kept passing health checks|health checks? (?:kept )?pass\\w*|lost the first|no monitoring|not monitored|blind)\\b",
                "improving our monitoring and alerting so that similar problems are detected and acted on sooner"),
        OWNERSHIP("Ownership gap", "\\b(nobody owned|no one owned|no owner|not owned|without an owner|nobody reads|no one reads|nobody was responsible)\\b",
                "making sure every alert and reminder has a clear owner"),
        HYPOTHESIS("Misleading first hypothesis", "\\b(spent the first|chasing|wrong lead|theory|before anyone looked|red herring|went down the wrong)\\b",
                null),
        ROLLOUT("Change applied everywhere at once", "\\b(at once|same everywhere|everywhere at the same time|simultaneously|no canary"
                + "|without (?:a )?canary|fleet-?wide|same (?:update )?window)\\b",
                "rolling out changes gradually so that a faulty change reaches fewer customers"),
        VALIDATION("Change not validated", "\\b(rolled back incompletely|half rolled back|incomplete(?:ly)? (?:rolled back|rollback)|untested|not tested"
                + "|no test|without (?:a )?review|no validation|not validated|undetected bug|latent bug|introduced in)\\b",
                "adding checks that catch a faulty change, and an incomplete rollback, before it reaches production"),
        DOCUMENTATION("Missing documentation or runbook", "\\b(undocumented|not documented|no runbook|runbook (?:did not|didn'?t) exist|no documentation)\\b",
                "documenting how these systems behave and how to recover them"),
        COMMUNICATION("Slow or unreachable status updates", "\\b(status page (?:update )?(?:came |was )?late|slow to start the incident|came late|could not read our updates"
                + "|couldn'?t read our updates|needs? (?:a token|authentication)|status page[\\w ]{0,20}late|sorry it'?s late)\\b",
                "posting status updates sooner, on a page customers can always reach"),
        FRAGILITY("Failure spread beyond its origin", "\\b(cascad\\w*|took down processing for every|marks? (?:the )?(?:whole )?(?:connection|pool|cluster) unhealthy"
                + "|single (?:upstream|point of failure|partner)|every card brand|spread\\w*|tied up|starvation|saturat\\w*)\\b",
                "making our systems more resilient when one dependency fails");

        final String label;
        final Pattern pattern;
        final String prevention;

        Factor(String label, String regex, String prevention) {
            this.label = label;
            this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            this.prevention = prevention;
        }
    }

    static final Pattern TOOK_FAST = Pattern.compile("(?i)\\btook (?:under|less than|only|just|about a|a single|one)\\b");
    /** A line of a pasted or recapped timeline ("21:14 second degradation starts"): an event, not a lesson. */
    static final Pattern TIMELINE_LINE = Pattern.compile("^\\s*(?:[-*•]\\s*)?~?(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}\\b");
    private static final Pattern NICE_END = Pattern.compile("(?i),\\s*nice[.!]*\\s*$");
    private static final Pattern ANSWER_YES = Pattern.compile("(?i)^\\s*(yes|yeah|yep|it has|several times|twice|once before|again|recurr|similar)");

    private final DraftMaterial m;
    private final Blames blame;
    private final Reading reading;
    private final String rootCauseText;
    private final Set<String> rootCauseWords;
    final List<Factor> factorsSeen = new ArrayList<>();

    LessonsDraft(DraftMaterial m, Blames blame, Reading reading, String rootCauseText) {
        this.m = m;
        this.blame = blame;
        this.reading = reading;
        this.rootCauseText = rootCauseText;
        this.rootCauseWords = rootCauseText == null ? null : Prose.words(rootCauseText);
    }

    Suggestion lucky() {
        List<Item> items = new ArrayList<>();
        answerItem(items, Question.NEAR_MISS, "Near miss: ");
        for (Sentence s : byLateness()) {
            if (items.size() >= MAX_ITEMS - 1) break;
            Reading.Text x = reading.of(s.text());
            if (!x.lucky() || x.question()) continue;
            String text = x.stripped();
            // "Could have been much worse:" says what in the next sentence
            if ((Prose.wordCount(text.replaceAll("(?i)\\b(could|would) have been (much |a lot |far )?worse\\b", "")) < 4
                    || text.endsWith(":")) && s.next() != null) {
                text = text.replaceAll("[:\\s]+$", "") + ": " + Prose.stripLead(s.next());
            }
            add(items, text, null, s, 1);
        }
        if (m.keyTimes().started().known() || m.keyTimes().detected().known()) {
            java.time.Instant at = m.keyTimes().started().known() ? m.keyTimes().started().at() : m.keyTimes().detected().at();
            java.time.ZonedDateTime z = at.atZone(ZoneOffset.UTC);
            boolean weekend = z.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || z.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
            boolean night = z.getHour() >= 21 || z.getHour() < 6;
            if (weekend || night) {
                addFact(items, "Check the timing: it began at " + HM.format(at) + " UTC on a "
                        + z.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + ", outside peak hours for many customers; at a busier time the impact could have been larger.",
                        "keyTimes", "from the key times: a question to check, not a finding");
            }
        }
        return list(items, "lucky", "where responders wrote of luck or a near miss (\"luckily\", \"could have been much worse\", \"only because\") and the near-miss answer");
    }

    Suggestion wentWell() {
        List<Item> items = new ArrayList<>();
        String detection = m.answer(Question.DETECTION);
        if (detection != null && detection.toLowerCase(Locale.ROOT).matches("(?s).*\\b(monitor\\w*|alert\\w*|page[ds]?|synthetic\\w*)\\b.*")
                && !Texts.saysUnknown(detection)) {
            items.add(new Item(Prose.prose("Detected by monitoring: " + Prose.stripLead(detection), 300), null, null,
                    Sources.answerSource(Question.DETECTION), Sources.answerLabel(Question.DETECTION), 3));
        }
        for (Sentence s : byLateness()) {
            if (items.size() >= MAX_ITEMS - 1) break;
            Reading.Text x = reading.of(s.text());
            if (x.question() || x.lucky()) continue;
            if (x.kind() == Kind.WENT_WELL) add(items, Prose.stripLead(NICE_END.matcher(x.tidy()).replaceAll(".")), null, s, 1);
        }
        Long delay = detectionMinutes(m.keyTimes());
        if (delay != null && delay <= 10) {
            addFact(items, "Detection came " + (delay == 0 ? "within a minute" : minutes(delay)) + " after impact began (" + HM.format(m.keyTimes().started().at())
                    + " to " + HM.format(m.keyTimes().detected().at()) + " UTC).", "keyTimes", "from the key times started and detected");
        }
        return list(items, "wentWell", "what responders said went well (\"went well\", \"within a minute\") and how fast detection came");
    }

    Suggestion wentBadly(String firstHypothesis, String rootCause) {
        List<Item> items = new ArrayList<>();
        String detection = m.answer(Question.DETECTION);
        if (detection != null && detection.toLowerCase(Locale.ROOT).matches("(?s).*\\b(user|customer|support|chance|accident|external|partner|twitter|reported)\\w*.*")) {
            items.add(new Item(Prose.prose("Detection depended on others: " + Prose.stripLead(detection), 300), null, null,
                    Sources.answerSource(Question.DETECTION), Sources.answerLabel(Question.DETECTION), 3));
        }
        for (Sentence s : byLateness()) {
            if (items.size() >= MAX_ITEMS - 2) break;
            Reading.Text x = reading.of(s.text());
            if (x.question() || x.lucky()) continue;
            if (x.kind() == Kind.WENT_BADLY) add(items, x.stripped(), null, s, 1);
        }
        Long delay = detectionMinutes(m.keyTimes());
        if (delay != null && delay >= 30) {
            addFact(items, "Impact went undetected for " + minutes(delay) + " (" + HM.format(m.keyTimes().started().at())
                    + " to " + HM.format(m.keyTimes().detected().at()) + " UTC).", "keyTimes", "from the key times started and detected");
        }
        if (firstHypothesis != null && rootCause != null && Prose.overlap(Prose.words(firstHypothesis), Prose.words(rootCause)) < 0.34) {
            addFact(items, "The first hypothesis did not hold and cost time: " + Prose.decapitalise(firstHypothesis.replaceAll("[.…]+$", "")) + ".",
                    "evidence", "the earliest hedged guess differs from the cause as finally understood");
        }
        return list(items, "wentBadly", "what responders said hurt (\"took us N minutes\", \"nobody owned\", \"no canary\"), slow detection and a first hypothesis that did not hold");
    }

    Suggestion contributingFactors(String firstHypothesis) {
        List<Item> items = new ArrayList<>();
        String worry = m.answer(Question.WORRY);
        if (worry != null && !Texts.saysUnknown(worry)) {
            items.add(new Item("Open risk: " + Prose.prose(worry, 300), "Open risk", Prose.prose(worry, 300),
                    Sources.answerSource(Question.WORRY), Sources.answerLabel(Question.WORRY), 3));
        }
        String recurrence = m.answer(Question.RECURRENCE);
        if (recurrence != null && ANSWER_YES.matcher(recurrence).find()) {
            items.add(new Item("Happened before: " + Prose.prose(recurrence, 300), "Happened before", Prose.prose(recurrence, 300),
                    Sources.answerSource(Question.RECURRENCE), Sources.answerLabel(Question.RECURRENCE), 3));
        }
        String detection = m.answer(Question.DETECTION);
        if (detection != null && detection.toLowerCase(Locale.ROOT).matches("(?s).*\\b(user|customer|support|chance|accident|external|partner|twitter)\\w*.*")) {
            items.add(new Item("Detection gap: " + Prose.prose(detection, 300), Factor.DETECTION.label, Prose.prose(detection, 300),
                    Sources.answerSource(Question.DETECTION), Sources.answerLabel(Question.DETECTION), 3));
            factorsSeen.add(Factor.DETECTION);
        }
        for (Sentence s : byLateness()) {
            if (factorsSeen.size() >= Factor.values().length || items.size() >= MAX_ITEMS) break;
            Reading.Text x = reading.of(s.text());
            if (x.question() || x.lucky() || x.wordCount() < 5) continue;
            if (rootCauseText != null && Prose.overlap(x.words(), rootCauseWords) >= 0.7) continue;
            String t = x.tidy();
            for (Factor f : Factor.values()) {
                if (!x.factor(f)) continue;
                if (f == Factor.HYPOTHESIS && !x.bad()) continue;
                if (items.stream().anyMatch(i -> f.label.equals(i.factor()))) break;
                String how = Prose.prose(Prose.stripLead(t), 300);
                if (blame.blames(how)) break;
                items.add(new Item(f.label + ": " + how, f.label, how, s.source(), Sources.label(s), 1 + (s.learnedLater() ? 1 : 0)));
                if (!factorsSeen.contains(f)) factorsSeen.add(f);
                break;
            }
        }
        Long delay = detectionMinutes(m.keyTimes());
        if (delay != null && delay >= 15 && items.stream().noneMatch(i -> Factor.DETECTION.label.equals(i.factor()))) {
            String how = "Impact went undetected for " + minutes(delay) + " (" + HM.format(m.keyTimes().started().at()) + " to "
                    + HM.format(m.keyTimes().detected().at()) + " UTC).";
            items.add(new Item(Factor.DETECTION.label + ": " + how, Factor.DETECTION.label, how, "keyTimes", "from the key times started and detected", 2));
            if (!factorsSeen.contains(Factor.DETECTION)) factorsSeen.add(Factor.DETECTION);
        }
        if (firstHypothesis != null && rootCauseText != null && items.stream().noneMatch(i -> Factor.HYPOTHESIS.label.equals(i.factor()))
                && Prose.overlap(Prose.words(firstHypothesis), Prose.words(rootCauseText)) < 0.34) {
            String how = "The first guess pointed elsewhere: " + Prose.decapitalise(firstHypothesis.replaceAll("[.…]+$", "")) + ".";
            items.add(new Item(Factor.HYPOTHESIS.label + ": " + how, Factor.HYPOTHESIS.label, how, "evidence",
                    "the earliest hedged guess differs from the cause as finally understood", 1));
        }
        Suggestion related = m.questionSuggestions().get(Question.RECURRENCE.key());
        if (related != null && !Prose.blank(related.text()) && recurrence == null) {
            String how = "A similar earlier incident may not have led to a lasting fix: " + Prose.prose(related.text(), 240);
            items.add(new Item("Possibly a repeat: " + how, "Possibly a repeat", how, related.source(), related.label(), 1));
        }
        return list(items, "contributingFactors", "what made it worse or slower to detect, named by kind (detection, ownership, rollout, validation...), and the worry and recurrence answers");
    }

    private static final List<Factor> GAP_FACTORS = List.of(Factor.DETECTION, Factor.OWNERSHIP, Factor.VALIDATION,
            Factor.ROLLOUT, Factor.DOCUMENTATION);

    /** Factor items that explain why the cause got through: for the last step of the five whys. */
    List<Item> gaps() {
        List<Item> out = new ArrayList<>();
        for (Sentence s : byLateness()) {
            if (out.size() >= 3) break;
            Reading.Text x = reading.of(s.text());
            if (x.question() || x.wordCount() < 5) continue;
            String t = x.tidy();
            for (Factor f : GAP_FACTORS) {
                if (x.factor(f) && !blame.blames(t)) {
                    out.add(new Item(t, f.label, Prose.prose(t, 300), s.source(), Sources.label(s), 1));
                    break;
                }
            }
        }
        return out;
    }

    private void answerItem(List<Item> items, Question q, String prefix) {
        String a = m.answer(q);
        if (a == null || Texts.saysUnknown(a) || blame.blames(a)) return;
        items.add(new Item(Prose.prose(a, 400), null, null, Sources.answerSource(q), Sources.answerLabel(q), 3));
    }

    /** Sentences, recaps and later messages first (they say what was learned, not what was guessed). */
    private List<Sentence> byLateness;

    private List<Sentence> byLateness() {
        if (byLateness != null) return byLateness;
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : m.sentences()) if (!TIMELINE_LINE.matcher(s.text()).find()) out.add(s);
        out.sort(Comparator.comparing(Sentence::learnedLater).reversed().thenComparing(Comparator.comparingInt(Sentence::rank).reversed())
                .thenComparingInt(Sentence::index));
        byLateness = out;
        return out;
    }

    private void add(List<Item> items, String text, String factor, Sentence s, double weight) {
        if (text == null || Prose.wordCount(text) < 4) return;
        String p = Prose.prose(text, 300);
        if (Cues.HUMAN_ERROR.matcher(p).find()) return;
        Set<String> words = Prose.words(p);
        for (Item i : items) if (Prose.overlap(Prose.words(i.text()), words) >= 0.6) return;
        if (blame.blames(p)) return; // last: the blameless check tags the sentence
        items.add(new Item(p, factor, null, s.source(), Sources.label(s), weight + (s.learnedLater() ? 1 : 0)));
    }

    private static void addFact(List<Item> items, String text, String source, String label) {
        for (Item i : items) if (Prose.overlap(Prose.words(i.text()), Prose.words(text)) >= 0.6) return;
        items.add(new Item(text, null, null, source, label, 2));
    }

    private static Suggestion list(List<Item> items, String section, String how) {
        List<Item> top = items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items;
        if (top.isEmpty()) {
            return new Suggestion(PROMPTS.get(section), List.of(), "facilitator", "nothing in the evidence yet (" + how
                    + "): a question for the team instead", null);
        }
        List<String> texts = top.stream().map(Item::text).toList();
        return new Suggestion(String.join("\n", texts), texts, top.get(0).source(), top.get(0).label()
                + (top.size() > 1 ? " and " + (top.size() - 1) + " more" : ""), null);
    }

    /** What the facilitator asks when the evidence says nothing for a section. */
    static final java.util.Map<String, String> PROMPTS = java.util.Map.of(
            "lucky", "Nothing in the evidence names luck yet. Ask the team: what is one thing that, if it had been even slightly different, would have made this much worse?",
            "wentWell", "Nothing in the evidence says what went well yet. Ask the team: what worked (detection, escalation, a fast rollback, clear comms) that we want to keep?",
            "wentBadly", "Nothing in the evidence says what went badly yet. Ask the team: what slowed detection, diagnosis or recovery?",
            "contributingFactors", "Nothing in the evidence names a contributing factor yet. Ask the team: what made this worse or slower to detect, apart from the root cause?");

    static Long detectionMinutes(KeyTimes kt) {
        if (!kt.started().known() || !kt.detected().known()) return null;
        long min = Duration.between(kt.started().at(), kt.detected().at()).toMinutes();
        return min < 0 ? null : min;
    }

    static String minutes(long n) {
        return n == 1 ? "1 minute" : n + " minutes";
    }
}
