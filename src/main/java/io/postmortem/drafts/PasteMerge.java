package io.postmortem.drafts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.postmortem.evidence.Evidence;
import io.postmortem.evidence.EvidenceEngine;
import io.postmortem.evidence.EvidenceInput;
import io.postmortem.evidence.IssueFacts;
import io.postmortem.evidence.TimelineMerge;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.evidence.chat.PasteRefused;
import io.postmortem.evidence.keytimes.Precedence;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.SafeText;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

/**
 * A pasted Slack/Teams thread or a Slack export, read into timeline rows and key-time candidates and merged into the
 * draft: every existing row stays, new rows are added where the draft has nothing about the same event, the key times
 * are chosen again with the paste's statements (a person's choice stays), suggestions only fill questions that have
 * none yet. Refusals are the evidence layer's own ({@link PasteRefused}, {@link io.postmortem.evidence.EvidenceException})
 * and {@link TimelineFull}.
 */
final class PasteMerge {

    private static final Logger log = LoggerFactory.getLogger(PasteMerge.class);

    private final EvidenceEngine engine;
    private final Clock clock;

    PasteMerge(Clock clock) {
        this.clock = clock;
        this.engine = new EvidenceEngine(clock);
    }

    /** A paste read with the options it was read with (the options are stored with it). */
    record Pasted(ParsedThread thread, PasteOptions options) {
    }

    /**
     * Reads a paste for a draft: times without a zone in {@code zone}; with nothing dated in the draft yet, undated
     * lines are placed on the day of pasting (by the app's clock). The thread is taken in as a rebuild takes it in
     * ({@link PastedText}: no control characters or bidi overrides, names and sources within their lengths).
     */
    Pasted read(PostMortem doc, String text, ZoneId zone) {
        Instant anchor = anchor(doc);
        PasteOptions options = new PasteOptions(zone, anchor == null
                ? LocalDate.ofInstant(clock.instant(), zone == null ? ZoneOffset.UTC : zone) : null, anchor);
        return new Pasted(PastedText.safe(PasteParser.parse(text, options)), options);
    }

    /**
     * The draft with a new paste merged in: its rows are added where the draft has nothing about the same event; the
     * key times are chosen again from the draft's candidates of Jira evidence plus those of every pasted thread
     * ({@code allPasted}, the new one included), keeping a person's choice; suggestions only fill questions that have
     * none yet, except the key-times one, which follows the key times.
     */
    PostMortem merge(PostMortem doc, ParsedThread added, List<ParsedThread> allPasted) {
        Evidence evidence = engine.analyze(input(doc, List.of(added)));
        Evidence all = allPasted.size() == 1 && allPasted.get(0) == added ? evidence : engine.analyze(input(doc, allPasted));
        List<TimelineEntry> rows = evidence.timeline().stream()
                .filter(r -> r.source() == null || !r.source().startsWith("issue:"))
                .map(PasteMerge::safe).toList();
        Map<String, Suggestion> suggestions = new LinkedHashMap<>(doc.suggestions());
        evidence.suggestions().forEach(suggestions::putIfAbsent);
        KeyTimes keyTimes = Precedence.reconsider(doc.keyTimes(), all.keyTimes(), PasteMerge::pastedSource);
        Suggestion times = EvidenceEngine.timesSuggestion(keyTimes);
        if (times != null) suggestions.put(Question.TIMES.key(), times);
        return doc.toBuilder()
                .timeline(TimelineMerge.merge(doc.timeline(), rows))
                .keyTimes(keyTimes)
                .suggestions(suggestions)
                .build();
    }

    /**
     * The stored pastes read again with their own options (as a rebuild reads them); one that no longer reads (it did
     * when it was stored) is left out with a log line, not fatal; it stays stored.
     */
    static List<ParsedThread> storedThreads(List<PastedEvidenceRepository.Paste> stored) {
        List<ParsedThread> out = new ArrayList<>();
        for (PastedEvidenceRepository.Paste p : stored) {
            try {
                out.add(p.read());
            } catch (PasteRefused e) {
                log.warn("Stored paste {} could not be read again ({}); left out", p.seq(), e.getMessage());
            }
        }
        return out;
    }

    /** A source read from pasted evidence: what a reading of every stored paste covers again. */
    static boolean pastedSource(String source) {
        return source.startsWith("slack:") || source.startsWith("teams:") || source.startsWith("chat:") || source.startsWith("paste:");
    }

    /** The draft as the engine needs it to read pastes: the incident's dates as far as the draft knows them. */
    private static EvidenceInput input(PostMortem doc, List<ParsedThread> threads) {
        Instant anchor = anchor(doc);
        IssueFacts issue = new IssueFacts(doc.issueKey(), doc.issueId(), doc.header() == null ? null : doc.header().title(),
                anchor, doc.keyTimes().resolved().at(), null, null, null, null, List.of(), List.of(), null, List.of());
        ZoneId zone = threads.isEmpty() || threads.get(0).messages().isEmpty() ? null : threads.get(0).messages().get(0).zone();
        return new EvidenceInput(issue, List.of(), List.of(), List.of(), threads, zone, Set.of());
    }

    /**
     * A pasted row as it may be stored: no control characters or bidi overrides, the speaker and source on one line,
     * each field within the length a save accepts ({@link DraftLimits}), so the panel can always save the draft again.
     */
    static TimelineEntry safe(TimelineEntry r) {
        return new TimelineEntry(r.at(), PastedText.fit(SafeText.singleLine(r.who()), DraftLimits.MAX_SHORT),
                PastedText.fit(SafeText.multiLine(r.event()), DraftLimits.MAX_TEXT),
                PastedText.fit(SafeText.singleLine(r.source()), DraftLimits.MAX_SHORT), r.learnedLater(),
                PastedText.fit(SafeText.multiLine(r.original()), DraftLimits.MAX_TEXT), r.assumedZone());
    }

    /** True when the timeline with a paste is over the limit and longer than without it (a refusal, then). */
    static boolean overflows(PostMortem stored, PostMortem pasted) {
        int rows = pasted.timeline().size();
        return rows > DraftLimits.MAX_TIMELINE && rows > stored.timeline().size();
    }

    /** When the incident happened, as far as the draft knows: dates messages before any date header. */
    private static Instant anchor(PostMortem doc) {
        return Stream.of(doc.keyTimes().started().at(), doc.keyTimes().detected().at(),
                        doc.timeline().stream().map(TimelineEntry::at).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                        doc.header() != null && doc.header().date() != null ? doc.header().date().atStartOfDay(ZoneOffset.UTC).toInstant() : null)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
