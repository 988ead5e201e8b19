package io.postmortem.drafting;

import io.postmortem.drafting.CauseDraft.Symptom;
import io.postmortem.drafting.DraftMaterial.Sentence;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.rules.Texts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary, 3-4 sentences for someone outside engineering: what users saw, for how long (from the key times:
 * "for about 90 minutes, 08:41-10:11 UTC"), what fixed it, and the recurrence risk when the answers say it.
 * Also finds "what users saw" and "what fixed it" for the five whys and the external version.
 *
 * <p>What fixed it: the answer to question 6, else the last action written at the time (not in a later recap) with
 * fix wording ("disabled", "rolled back", "restarted", "fix rolling out") between the start of the incident and
 * 15 minutes after the resolved time; plans and questions ("want me to roll it back?") are not actions.
 */
final class SummaryDraft {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final Duration FIX_SLACK = Duration.ofMinutes(15);
    private static final Pattern TRAILING_CHATTER = Pattern.compile("(?i)(?:\\s*[,;]?\\s*(?:now|right now|asap|in progress|going|done"
            + "|watching|monitoring(?: the rollout)?|propagating|looking good|fingers crossed)[.!]*)+$");
    static final Pattern END_OF_IMPACT = Pattern.compile("(?i)\\b(end of (?:the )?(?:\\w+ )?impact|impact (?:ended|over|ceased)|errors? (?:gone|dropping)|back up)\\b");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(would have|could have|might have|without that|if it had|otherwise)\\b");
    private static final Pattern RISK_LEVEL = Pattern.compile("(?i)\\b(high|medium|moderate|low)\\b");
    private static final Pattern YES = Pattern.compile("(?i)^\\s*(yes|yeah|yep|it has|several times|twice|once before|again|recurr|similar|possibly)");
    private static final Pattern NO = Pattern.compile("(?i)^\\s*(no|nope|never|not before|first time|not that we know)\\b");

    /** A fix with where it came from. */
    record Fix(String text, String source, String label) {
    }

    private final DraftMaterial m;
    private final Blames blame;
    private final Reading reading;

    SummaryDraft(DraftMaterial m, Blames blame, Reading reading) {
        this.m = m;
        this.blame = blame;
        this.reading = reading;
    }

    /** What users saw: the answer to question 1, else the evidence's customer-effect suggestion, else the title. */
    Symptom symptom() {
        String a = m.answer(Question.CUSTOMER_EFFECT);
        if (a != null && !Texts.saysUnknown(a)) {
            return new Symptom(Prose.prose(first(a), 300), Sources.answerSource(Question.CUSTOMER_EFFECT), Sources.answerLabel(Question.CUSTOMER_EFFECT));
        }
        Suggestion s = m.questionSuggestions().get(Question.CUSTOMER_EFFECT.key());
        if (s != null && !Prose.blank(s.text())) {
            return new Symptom(Prose.prose(Externalise.withoutTimes(first(s.text())), 300), s.source(), s.label());
        }
        if (!Prose.blank(m.title())) return new Symptom(Prose.prose(m.title(), 300), "issue:" + m.issueKey(), "from the issue summary");
        return null;
    }

    private static String first(String text) {
        List<String> s = Prose.sentences(text);
        return s.isEmpty() ? text : s.get(0);
    }

    Fix fix() {
        String a = m.answer(Question.FIX);
        if (a != null && !Texts.saysUnknown(a)) {
            return new Fix(Prose.prose(a, 300), Sources.answerSource(Question.FIX), Sources.answerLabel(Question.FIX));
        }
        KeyTimes kt = m.keyTimes();
        Instant from = kt.started().known() ? kt.started().at() : kt.detected().known() ? kt.detected().at() : null;
        Instant until = kt.resolved().known() ? kt.resolved().at().plus(FIX_SLACK) : null;
        for (boolean later : new boolean[]{false, true}) {
            List<Sentence> actions = new java.util.ArrayList<>();
            List<java.util.ArrayDeque<Clause>> clauses = new java.util.ArrayList<>();
            for (Sentence s : m.sentences()) {
                if (s.learnedLater() != later || s.at() == null) continue;
                if (from != null && s.at().isBefore(from.minus(Duration.ofMinutes(5)))) continue;
                if (until != null && s.at().isAfter(until)) continue;
                java.util.ArrayDeque<Clause> c = fixClauses(reading.of(s.text()).tidy());
                if (c.isEmpty()) continue;
                actions.add(s);
                clauses.add(c);
            }
            // the blameless check (it tags the sentence) is asked only of the clauses chosen: a blaming clause gives
            // way to the sentence's next one, a sentence without any is no action, and the choice is made again
            while (true) {
                // the main fix: the action that recovery followed soonest (said in the same sentence counts as at
                // once); the last action before the end, when it is another one, ended what was left
                int main = -1;
                long bestGap = Long.MAX_VALUE;
                int last = -1;
                for (int i = 0; i < actions.size(); i++) {
                    if (clauses.get(i).isEmpty()) continue;
                    Sentence act = actions.get(i);
                    if (last < 0 || !act.at().isBefore(actions.get(last).at())) last = i;
                    long gap = recoveryGap(act);
                    if (gap < bestGap || (gap == bestGap && main >= 0 && act.at().isAfter(actions.get(main).at()))) {
                        bestGap = gap;
                        main = i;
                    }
                }
                if (last < 0) break;
                if (bestGap == Long.MAX_VALUE) main = last;
                if (blame.blames(clauses.get(main).peekFirst().part())) {
                    clauses.get(main).removeFirst();
                    continue;
                }
                if (blame.blames(clauses.get(last).peekFirst().part())) {
                    clauses.get(last).removeFirst();
                    continue;
                }
                String text = clauses.get(main).peekFirst().text();
                String lastText = clauses.get(last).peekFirst().text();
                if (last != main && Prose.overlap(Prose.words(lastText), Prose.words(text)) < 0.6) {
                    text = text.replaceAll("[.…\\s]+$", "") + "; then " + Prose.decapitalise(lastText);
                }
                return new Fix(Prose.prose(text, 300), actions.get(main).source(), Sources.label(actions.get(main)));
            }
        }
        Suggestion s = m.questionSuggestions().get(Question.FIX.key());
        if (s != null && !Prose.blank(s.text())) return new Fix(Prose.prose(s.text(), 240), s.source(), s.label());
        return null;
    }

    /** Minutes from an action to the first recovery said after it (0 when said with it); MAX_VALUE when none within 3 hours. */
    private long recoveryGap(Sentence action) {
        if (reading.of(action.text()).recovered()) return 0;
        List<Instant> times = recoveries();
        int i = java.util.Collections.binarySearch(times, action.at());
        if (i < 0) i = -i - 1;
        if (i >= times.size()) return Long.MAX_VALUE;
        long gap = Duration.between(action.at(), times.get(i)).toMinutes();
        return gap <= 180 ? gap : Long.MAX_VALUE;
    }

    private List<Instant> recoveries;

    /** When recovery was said at the time (not in a recap), sorted. */
    private List<Instant> recoveries() {
        if (recoveries != null) return recoveries;
        List<Instant> out = new java.util.ArrayList<>();
        for (Sentence s : m.sentences()) {
            if (s.learnedLater() || s.at() == null) continue;
            if (!reading.of(s.text()).recovered()) continue;
            if (Cues.PLAN.matcher(s.text()).find() || Cues.HEDGE.matcher(s.text()).find()) continue;
            out.add(s.at());
        }
        out.sort(null);
        recoveries = out;
        return out;
    }

    /** A part of a sentence that says what was done: the part as written, and the action it says. */
    private record Clause(String part, String text) {
    }

    private static final Pattern ALERT_LINE = Pattern.compile("(?is)^\\s*(?:\\[(?:firing|triggered|alert)|triggered:|\\$ ).*");
    private static final Pattern PARTS = Pattern.compile(";\\s+|\\.\\s+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.!\\s]+$");

    /**
     * The parts of a sentence that say what was done, in order (none when it is no action: a plan, a question, a
     * guess). The first of them that blames no one is the sentence's action; the caller asks the blameless check.
     */
    private java.util.ArrayDeque<Clause> fixClauses(String t) {
        java.util.ArrayDeque<Clause> out = new java.util.ArrayDeque<>();
        if (t.length() < 8 || t.endsWith("?")) return out;
        if (ALERT_LINE.matcher(t).matches()) return out;
        String[] parts = PARTS.split(t);
        for (String p : parts) {
            Matcher f = Cues.FIX.matcher(p);
            if (!f.find()) continue;
            if (Cues.PLAN.matcher(p).find() || Cues.HEDGE.matcher(p).find() || Cues.LUCKY.matcher(t).find()
                    || CONDITIONAL.matcher(p).find()) continue;
            if (Cues.CAUSE_LABEL.matcher(p).find()) continue;
            String c = TRAILING_CHATTER.matcher(TRAILING_STOPS.matcher(Prose.stripLead(p)).replaceAll("")).replaceAll("").strip();
            if (Prose.wordCount(c) < 2) continue;
            out.add(new Clause(p, c));
        }
        return out;
    }

    /** "for about 90 minutes, 08:41-10:11 UTC on 2026-11-20", or what is known of it. */
    static String duration(KeyTimes kt) {
        KeyTime start = kt.started();
        KeyTime end = kt.resolved();
        if (start.known() && end.known() && !end.at().isBefore(start.at())) {
            return "for about " + length(Duration.between(start.at(), end.at())) + ", " + span(start.at(), end.at());
        }
        if (!start.known() && kt.detected().known() && end.known() && !end.at().isBefore(kt.detected().at())) {
            return "for at least " + length(Duration.between(kt.detected().at(), end.at())) + ", from detection at "
                    + span(kt.detected().at(), end.at()) + " (the start is unknown)";
        }
        if (start.known()) return "from " + HM.format(start.at()) + " UTC on " + DAY.format(start.at()) + " (the end time is unknown)";
        if (end.known()) return "until " + HM.format(end.at()) + " UTC on " + DAY.format(end.at()) + " (the start is unknown)";
        return "for an unknown duration (the start and end times are unknown)";
    }

    static String span(Instant a, Instant b) {
        LocalDate da = LocalDate.ofInstant(a, ZoneOffset.UTC);
        LocalDate db = LocalDate.ofInstant(b, ZoneOffset.UTC);
        if (da.equals(db)) return HM.format(a) + "-" + HM.format(b) + " UTC on " + DAY.format(a);
        return "from " + HM.format(a) + " UTC on " + DAY.format(a) + " to " + HM.format(b) + " UTC on " + DAY.format(b);
    }

    static String length(Duration d) {
        long min = Math.max(0, d.toMinutes());
        if (min < 1) return "a minute";
        if (min < 120) return min + (min == 1 ? " minute" : " minutes");
        long h = min / 60;
        long rest = min % 60;
        if (min < 48 * 60) {
            if (rest < 5) return h + " hours";
            return h + " hours " + rest + " minutes";
        }
        long days = Math.round(min / 1440.0);
        return days + " days";
    }

    /** The recurrence sentence when the answers say it, else null. */
    String risk() {
        String rec = m.answer(Question.RECURRENCE);
        String worry = m.answer(Question.WORRY);
        String level = null;
        for (String a : new String[]{rec, worry}) {
            if (a == null) continue;
            Matcher l = RISK_LEVEL.matcher(a);
            if (l.find() && a.toLowerCase(Locale.ROOT).matches("(?s).*\\b(risk|recur\\w*|again|likely)\\b.*")) {
                level = l.group(1).toLowerCase(Locale.ROOT).replace("moderate", "medium");
            }
        }
        boolean before = rec != null && YES.matcher(rec).find() && !Texts.saysUnknown(rec);
        boolean notBefore = rec != null && NO.matcher(rec).find();
        if (level == null && before) level = "high";
        String w = worry != null && !Texts.saysUnknown(worry) ? Prose.decapitalise(Prose.stripLead(worry).replaceAll("[.!\\s]+$", "")) : null;
        if (level == null && w == null && !before && !notBefore) return null;
        StringBuilder b = new StringBuilder();
        if (level != null) {
            b.append("Recurrence risk is ").append(level);
            if (before) b.append(": this has happened before");
            if (w != null) b.append(before ? ", and " : ": ").append("the team's main worry is that ").append(w);
            b.append('.');
        } else if (notBefore) {
            b.append("This type of incident has not happened before");
            if (w != null) b.append("; the team's main worry is that ").append(w);
            b.append('.');
        } else {
            b.append("The team's main worry is that ").append(w).append('.');
        }
        return b.toString();
    }

    Suggestion summary(Symptom symptom, Fix fix) {
        StringBuilder text = new StringBuilder();
        String source;
        StringBuilder label = new StringBuilder();
        if (symptom != null) {
            text.append("What users saw: ").append(Prose.decapitalise(symptom.text()));
            source = symptom.source();
            label.append("what users saw ").append(symptom.label());
        } else {
            text.append("What users saw is not known yet (answer question 1).");
            source = "keyTimes";
        }
        text.append(" It lasted ").append(duration(m.keyTimes())).append('.');
        label.append(label.length() > 0 ? "; " : "").append("how long from the key times");
        if (fix != null) {
            text.append(" What fixed it: ").append(Prose.decapitalise(fix.text()));
            label.append("; what fixed it ").append(fix.label());
        } else {
            text.append(" What fixed it is not known yet (answer question 6).");
        }
        String risk = risk();
        if (risk != null) {
            text.append(' ').append(risk);
            label.append("; recurrence risk from the answers");
        }
        return new Suggestion(text.toString(), List.of(), source, label.toString(), null);
    }
}
