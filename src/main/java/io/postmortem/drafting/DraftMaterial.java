package io.postmortem.drafting;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.rules.RuleContext;
import io.postmortem.rules.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sections are drafted from, read off the document itself so that the same drafts come out at build time,
 * after a paste and after a person's save: the timeline (each row keeps the message it came from in
 * {@code original}, so comments', chat messages' and pasted recaps' full text is here), the key times, responders,
 * the answers, the questions' suggestions and the action items.
 *
 * @param sentences     every sentence people wrote, once, each with when it was written or what time it states
 * @param people        names of the people of the incident (never in the external version)
 * @param internalTerms host names, URLs, ticket keys, channels and system-like names seen in the evidence
 */
public record DraftMaterial(String issueKey, String title, KeyTimes keyTimes, List<TimelineEntry> timeline,
                            List<Sentence> sentences, Answers answers, Map<String, Suggestion> questionSuggestions,
                            List<String> actionItems, List<Responder> responders, Set<String> people,
                            Set<String> internalTerms) {

    /**
     * One sentence of what someone wrote.
     *
     * @param at           the time the sentence states (a timeline row read from it), else when it was written
     * @param learnedLater true when it comes from a recap or a message written after the incident
     * @param rank         0 for the earliest message; later messages (recaps last) have higher ranks
     * @param message      the whole message the sentence is part of
     * @param index        the sentence's position in its message
     */
    public record Sentence(String text, Instant at, boolean learnedLater, String source, String who, int rank,
                           List<String> message, int index) {
        /** The next sentence of the same message, or null. */
        public String next() {
            return index + 1 < message.size() ? message.get(index + 1) : null;
        }

        public String previous() {
            return index > 0 ? message.get(index - 1) : null;
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+");
    private static final Pattern HOST = Pattern.compile("(?i)\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){2,}[a-z]{2,}\\b");
    private static final Pattern TECH = Pattern.compile("(?<![\\w@#])(?:[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|[a-z]+[0-9][a-z0-9]*)(?![\\w-])");
    private static final Pattern CHANNEL = Pattern.compile("#[\\w-]{2,}");
    private static final Pattern TICKET = Pattern.compile("\\b[A-Z][A-Z0-9]{1,9}-\\d+\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MENTION = Pattern.compile("@(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})");

    public DraftMaterial {
        if (keyTimes == null) keyTimes = KeyTimes.unknown();
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        if (answers == null) answers = Answers.empty();
        questionSuggestions = questionSuggestions == null ? Map.of() : Map.copyOf(questionSuggestions);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
        responders = responders == null ? List.of() : List.copyOf(responders);
        // in the order given (Set.copyOf's order changes from one JVM to the next, and the external version takes
        // terms out one after the other, so the same document would not always give the same draft)
        people = people == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(people));
        internalTerms = internalTerms == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(internalTerms));
    }

    /** The material of a document. */
    public static DraftMaterial from(PostMortem doc) {
        List<Sentence> sentences = sentences(doc.timeline());
        Set<String> people = new LinkedHashSet<>();
        for (Responder r : doc.responders()) if (r.displayName() != null) people.add(r.displayName().strip());
        for (TimelineEntry t : doc.timeline()) if (Texts.looksLikePersonName(t.who())) people.add(t.who().strip());
        List<String> actions = new ArrayList<>();
        for (ActionItem a : doc.actionItems()) {
            if (Texts.looksLikePersonName(a.ownerDisplayName())) people.add(a.ownerDisplayName().strip());
            if (a.summary() != null && !a.summary().isBlank()) actions.add(a.summary());
        }
        Set<String> terms = new LinkedHashSet<>(RuleContext.from(doc, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).internalTerms());
        Set<String> seenMessages = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            if (seenMessages.add(s.source() + "\u0000" + s.message().hashCode())) {
                for (String m : s.message()) {
                    terms(m, terms);
                    if (m.indexOf('@') < 0) continue;
                    Matcher mm = MENTION.matcher(m);
                    while (mm.find()) if (Texts.looksLikePersonName(mm.group(1))) people.add(mm.group(1));
                }
            }
        }
        String title = doc.header() == null ? null : doc.header().title();
        Map<String, Suggestion> questions = new LinkedHashMap<>();
        for (Question q : Question.values()) {
            Suggestion s = doc.suggestions().get(q.key());
            if (s != null) questions.put(q.key(), s);
        }
        return new DraftMaterial(doc.issueKey(), title, doc.keyTimes(), doc.timeline(), sentences, doc.answers(),
                questions, actions, doc.responders(), people, terms);
    }

    /** The same material with more people and internal terms known (e.g. from the evidence engine). */
    public DraftMaterial withKnown(Set<String> morePeople, Set<String> moreTerms) {
        // sorted: the sets given may come in a different order on every run (Set.copyOf), and the order matters
        Set<String> p = new LinkedHashSet<>(people);
        if (morePeople != null) morePeople.stream().filter(x -> x != null && !x.isBlank()).sorted().forEach(p::add);
        Set<String> t = new LinkedHashSet<>(internalTerms);
        if (moreTerms != null) moreTerms.stream().filter(x -> x != null && !x.isBlank()).sorted().forEach(t::add);
        return new DraftMaterial(issueKey, title, keyTimes, timeline, sentences, answers, questionSuggestions,
                actionItems, responders, p, t);
    }

    /** A person's answer, or null when unanswered. */
    String answer(Question q) {
        String a = answers.get(q);
        return a == null || a.isBlank() ? null : a.strip();
    }

    private static void terms(String text, Set<String> out) {
        if (text == null) return;
        // each pattern only where the one char it cannot match without is there (most chat lines have none of them)
        boolean dash = text.indexOf('-') >= 0;
        Matcher m;
        if (text.contains("://")) {
            m = URL.matcher(text);
            while (m.find()) out.add(m.group());
        }
        int dot = text.indexOf('.');
        if (dot >= 0 && text.indexOf('.', dot + 1) > 0) {
            m = HOST.matcher(text);
            while (m.find()) out.add(m.group());
        }
        if (text.indexOf('#') >= 0) {
            m = CHANNEL.matcher(text);
            while (m.find()) out.add(m.group());
        }
        if (dash) {
            m = TICKET.matcher(text);
            while (m.find()) out.add(m.group());
        }
        if (!dash && text.indexOf('_') < 0 && !hasDigit(text)) return;
        m = TECH.matcher(text);
        while (m.find()) {
            String s = m.group();
            if (s.length() >= 4 && !Externalise.COMMON_HYPHENATED.contains(s.toLowerCase(java.util.Locale.ROOT))) out.add(s);
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /**
     * Every message of the timeline once, cut into sentences. A message's time is when it was written (its earliest
     * row that is not learned later); a sentence that a row was read from takes that row's stated time.
     */
    static List<Sentence> sentences(List<TimelineEntry> timeline) {
        record Msg(String source, String text, List<TimelineEntry> rows) {
        }
        Map<String, Msg> messages = new LinkedHashMap<>();
        int manual = 0;
        for (TimelineEntry row : timeline) {
            String text = row.original() != null && !row.original().isBlank() ? row.original() : row.event();
            if (text == null || text.isBlank()) continue;
            String key = row.manual() ? "manual#" + (manual++) : row.source() + "\u0000" + text;
            messages.computeIfAbsent(key, k -> new Msg(row.source(), text, new ArrayList<>())).rows().add(row);
        }
        record Dated(Msg msg, Instant posted, boolean later) {
        }
        List<Dated> dated = new ArrayList<>();
        for (Msg m : messages.values()) {
            Instant posted = null;
            boolean later = true;
            for (TimelineEntry r : m.rows()) {
                if (!r.learnedLater()) {
                    later = false;
                    if (r.at() != null && (posted == null || r.at().isBefore(posted))) posted = r.at();
                }
            }
            if (later) for (TimelineEntry r : m.rows()) if (r.at() != null && (posted == null || r.at().isAfter(posted))) posted = r.at();
            dated.add(new Dated(m, posted, later));
        }
        dated.sort(Comparator.comparing((Dated d) -> d.later()).thenComparing(Dated::posted, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Sentence> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int rank = 0; rank < dated.size(); rank++) {
            Dated d = dated.get(rank);
            List<String> parts = Prose.sentences(d.msg().text());
            List<String> message = List.copyOf(parts);
            List<Set<String>> rowWords = null; // each row's words, read once for all the message's sentences
            String who = d.msg().rows().get(0).who();
            for (int i = 0; i < parts.size(); i++) {
                String s = parts.get(i);
                String norm = SPACES.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
                if (!seen.add(norm)) continue;
                Instant at = d.posted();
                Set<String> sw = Prose.words(s);
                double best = 0.6;
                if (rowWords == null) rowWords = d.msg().rows().stream().map(r -> Prose.words(r.event())).toList();
                for (int k = 0; k < d.msg().rows().size(); k++) {
                    TimelineEntry r = d.msg().rows().get(k);
                    double o = Prose.overlap(rowWords.get(k), sw);
                    if (r.at() != null && o >= best) {
                        best = o;
                        at = r.at();
                    }
                }
                out.add(new Sentence(s, at, d.later(), d.msg().source(), who, rank, message, i));
            }
        }
        return List.copyOf(out);
    }
}
