package io.postmortem.panel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import io.postmortem.drafts.PastedText;
import io.postmortem.evidence.Evidence;
import io.postmortem.evidence.EvidenceEngine;
import io.postmortem.evidence.EvidenceException;
import io.postmortem.evidence.chat.PasteRefused;
import io.postmortem.evidence.EvidenceInput;
import io.postmortem.evidence.IssueFacts;
import io.postmortem.evidence.TimelineMerge;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
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
 * none yet. Refusals are {@link PanelException}s with the evidence layer's own message.
 */
@Component
public class PanelEvidence {

    /** Reading stops here; the parser's own limit is {@link PasteParser#MAX_CHARS} characters. */
    public static final int MAX_BYTES = PasteParser.MAX_CHARS * 2;

    /** {@code code} of the 400 that asks for a zone, so the panel can show its zone picker. */
    public static final String ZONE_REQUIRED = "ZONE_REQUIRED";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PanelEvidence.class);

    private final EvidenceEngine engine;
    private final java.time.Clock clock;

    public PanelEvidence(java.time.Clock clock) {
        this.clock = clock;
        this.engine = new EvidenceEngine(clock);
    }

    public static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) return null;
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw PanelException.badRequest("Unknown time zone", List.of("tz: use a zone like Europe/Berlin or UTC"));
        }
    }

    /** A paste read with the options it was read with (the options are stored with it). */
    public record Pasted(ParsedThread thread, PasteOptions options) {
    }

    /**
     * Reads a paste for a draft: times without a zone in {@code zone}; with nothing dated in the draft yet, undated
     * lines are placed on the day of pasting (by the app's clock). The thread is taken in as a rebuild takes it in
     * ({@link PastedText}: no control characters or bidi overrides, names and sources within their lengths).
     * Refusals are {@link PanelException}s.
     */
    public Pasted read(PostMortem doc, String text, ZoneId zone) {
        Instant anchor = anchor(doc);
        PasteOptions options = new PasteOptions(zone, anchor == null
                ? java.time.LocalDate.ofInstant(clock.instant(), zone == null ? java.time.ZoneOffset.UTC : zone) : null, anchor);
        try {
            return new Pasted(PastedText.safe(PasteParser.parse(text, options)), options);
        } catch (PasteRefused e) {
            throw refusal(e);
        }
    }

    /**
     * The draft with a new paste merged in: its rows are added where the draft has nothing about the same event; the
     * key times are chosen again from the draft's candidates of Jira evidence plus those of every pasted thread
     * ({@code allPasted}, the new one included), keeping a person's choice; suggestions only fill questions that have
     * none yet, except the key-times one, which follows the key times.
     */
    public PostMortem merge(PostMortem doc, ParsedThread added, List<ParsedThread> allPasted) {
        Evidence evidence;
        Evidence all;
        try {
            evidence = analyze(input(doc, List.of(added)));
            all = allPasted.size() == 1 && allPasted.get(0) == added ? evidence : analyze(input(doc, allPasted));
        } catch (EvidenceException e) {
            throw refusal(e);
        }
        List<TimelineEntry> rows = evidence.timeline().stream()
                .filter(r -> r.source() == null || !r.source().startsWith("issue:"))
                .map(PanelEvidence::safe).toList();
        Map<String, Suggestion> suggestions = new LinkedHashMap<>(doc.suggestions());
        evidence.suggestions().forEach(suggestions::putIfAbsent);
        KeyTimes keyTimes = Precedence.reconsider(doc.keyTimes(), all.keyTimes(), PanelEvidence::pastedSource);
        Suggestion times = EvidenceEngine.timesSuggestion(keyTimes);
        if (times != null) suggestions.put(Question.TIMES.key(), times);
        return doc.toBuilder()
                .timeline(TimelineMerge.merge(doc.timeline(), rows))
                .keyTimes(keyTimes)
                .suggestions(suggestions)
                .build();
    }

    /**
     * The stored pastes read again with their own options (as a rebuild reads them); one that no longer reads is left
     * out, not fatal.
     */
    public List<ParsedThread> storedThreads(List<io.postmortem.drafts.PastedEvidenceRepository.Paste> stored) {
        List<ParsedThread> out = new java.util.ArrayList<>();
        for (io.postmortem.drafts.PastedEvidenceRepository.Paste p : stored) {
            try {
                out.add(p.read());
            } catch (PasteRefused e) {
                log.warn("Stored paste {} could not be read again ({})", p.seq(), e.getMessage());
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

    /** The engine's reading of the draft with the pasted threads. */
    private Evidence analyze(EvidenceInput input) {
        return engine.analyze(input);
    }

    /**
     * A pasted row as it may be stored: no control characters or bidi overrides, the speaker and source on one line,
     * each field within the length a save accepts ({@link PanelDocuments}), so the panel can always save the draft
     * again. The thread was cleaned when it was read; this holds for the engine's rows as well.
     */
    static TimelineEntry safe(TimelineEntry r) {
        return new TimelineEntry(r.at(), PastedText.fit(SafeText.singleLine(r.who()), PanelDocuments.MAX_SHORT),
                PastedText.fit(SafeText.multiLine(r.event()), PanelDocuments.MAX_TEXT),
                PastedText.fit(SafeText.singleLine(r.source()), PanelDocuments.MAX_SHORT), r.learnedLater(),
                PastedText.fit(SafeText.multiLine(r.original()), PanelDocuments.MAX_TEXT), r.assumedZone());
    }

    /**
     * The paste read well, but the timeline with it would be longer than {@link PanelDocuments#MAX_TIMELINE} rows, the
     * most a save accepts: nothing is added or stored (the panel could not save the draft afterwards), and the answer
     * says what to do.
     */
    static PanelException tooManyRows(PostMortem stored, PostMortem pasted) {
        int before = stored.timeline().size();
        return new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, String.format(java.util.Locale.ROOT,
                "Paste too large for the timeline: it would add %,d rows to the %,d there are, and the limit is %,d. "
                        + "Nothing was added. Paste or export the incident's window only (its channel and dates), or split it.",
                pasted.timeline().size() - before, before, PanelDocuments.MAX_TIMELINE),
                List.of("timeline: at most " + PanelDocuments.MAX_TIMELINE + " rows"));
    }

    /** True when the timeline with a paste is over the limit and longer than without it (a refusal, then). */
    static boolean overflows(PostMortem stored, PostMortem pasted) {
        int rows = pasted.timeline().size();
        return rows > PanelDocuments.MAX_TIMELINE && rows > stored.timeline().size();
    }

    /** When the incident happened, as far as the draft knows: dates messages before any date header. */
    private static Instant anchor(PostMortem doc) {
        return Stream.of(doc.keyTimes().started().at(), doc.keyTimes().detected().at(),
                        doc.timeline().stream().map(TimelineEntry::at).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                        doc.header() != null && doc.header().date() != null ? doc.header().date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : null)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The engine could not read the draft with the paste (its own message says why). */
    static PanelException refusal(EvidenceException e) {
        return new PanelException(HttpStatus.BAD_REQUEST, e.getMessage() == null ? "The paste could not be read" : e.getMessage());
    }

    static PanelException refusal(PasteRefused e) {
        String message = e.getMessage() == null ? "The paste could not be read" : e.getMessage();
        return switch (e.reason()) {
            case TOO_LARGE -> new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, message);
            case NEEDS_ZONE -> new PanelException(HttpStatus.BAD_REQUEST, message,
                    List.of("tz: choose the zone the times were written in (e.g. ?tz=Europe/Berlin)"), Map.of("code", ZONE_REQUIRED));
            default -> new PanelException(HttpStatus.BAD_REQUEST, message);
        };
    }
}
