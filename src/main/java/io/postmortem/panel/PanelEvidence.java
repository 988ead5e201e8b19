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

import io.postmortem.evidence.Evidence;
import io.postmortem.evidence.EvidenceEngine;
import io.postmortem.evidence.EvidenceException;
import io.postmortem.evidence.EvidenceInput;
import io.postmortem.evidence.IssueFacts;
import io.postmortem.evidence.TimelineMerge;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.SafeText;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

/**
 * A pasted Slack/Teams thread or a Slack export, read into timeline rows and merged into the draft: every existing
 * row stays, new rows are added where the draft has nothing about the same event, suggestions only fill questions
 * that have none yet. Refusals are {@link PanelException}s with the evidence layer's own message.
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

    /** The draft with the paste's rows merged in. */
    public PostMortem merge(PostMortem doc, String text, ZoneId zone) {
        Instant anchor = anchor(doc);
        ParsedThread thread;
        Evidence evidence;
        try {
            // with nothing dated in the draft yet, undated lines mean the day of pasting (today, by the app's clock)
            thread = PasteParser.parse(text, new PasteOptions(zone, anchor == null
                    ? java.time.LocalDate.ofInstant(clock.instant(), zone == null ? java.time.ZoneOffset.UTC : zone) : null, anchor));
            IssueFacts issue = new IssueFacts(doc.issueKey(), doc.issueId(), doc.header() == null ? null : doc.header().title(),
                    null, null, null, null, null, null, List.of(), List.of(), null, List.of());
            evidence = analyze(new EvidenceInput(issue, List.of(), List.of(), List.of(), List.of(thread), zone, Set.of()));
        } catch (EvidenceException e) {
            throw refusal(e);
        }
        List<TimelineEntry> rows = (evidence == null ? rowsOf(thread) : evidence.timeline().stream()
                .filter(r -> r.source() == null || !r.source().startsWith("issue:"))
                .toList()).stream().map(PanelEvidence::safe).toList();
        Map<String, Suggestion> suggestions = new LinkedHashMap<>(doc.suggestions());
        if (evidence != null) evidence.suggestions().forEach((k, v) -> suggestions.putIfAbsent(k, safe(v)));
        return doc.toBuilder()
                .timeline(TimelineMerge.merge(doc.timeline(), rows))
                .suggestions(suggestions)
                .build();
    }

    /**
     * The engine's reading, or null when the engine itself is broken (it failed to initialise once in this build:
     * a duplicate in a constant set of the evidence package), in which case each parsed message becomes a row as is.
     */
    private Evidence analyze(EvidenceInput input) {
        try {
            return engine.analyze(input);
        } catch (EvidenceException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            log.warn("Evidence engine failed ({}); adding the pasted messages as they are", e.toString());
            return null;
        }
    }

    /**
     * A pasted row as it may be stored: no control characters or bidi overrides (the paste's text is saved as is
     * otherwise), the speaker and source on one line, each field within its length. The same rule as a person's save
     * ({@link PanelDocuments}).
     */
    static TimelineEntry safe(TimelineEntry r) {
        return new TimelineEntry(r.at(), fit(SafeText.singleLine(r.who()), PanelDocuments.MAX_SHORT),
                fit(SafeText.multiLine(r.event()), PanelDocuments.MAX_TEXT), fit(SafeText.singleLine(r.source()), PanelDocuments.MAX_SHORT),
                r.learnedLater(), fit(SafeText.multiLine(r.original()), PanelDocuments.MAX_TEXT), r.assumedZone());
    }

    /**
     * Within the length a save accepts for the field, so the panel can always save the draft again (a pasted
     * author's name or a Slack ts can be any length; the engine already shortens events and originals further).
     */
    private static String fit(String s, int max) {
        if (s == null || s.length() <= max) return s;
        int cut = max - 1; // room for the ellipsis
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--; // never half a character
        return s.substring(0, cut) + "…";
    }

    static Suggestion safe(Suggestion s) {
        return s == null ? null : new Suggestion(SafeText.multiLine(s.text()), s.source(), SafeText.multiLine(s.label()));
    }

    /** One row per dated message, in the paste's own words. */
    static List<TimelineEntry> rowsOf(ParsedThread thread) {
        return thread.messages().stream()
                .filter(m -> m.at() != null && m.text() != null && !m.text().isBlank())
                .map(m -> new TimelineEntry(m.at(), m.author() == null ? "" : m.author(), oneLine(m.text()), m.source(), false,
                        m.original(), m.zoneAssumed() && m.zone() != null ? m.zone().getId() : null))
                .toList();
    }

    private static String oneLine(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 500 ? t.substring(0, 500) + "…" : t;
    }

    /** When the incident happened, as far as the draft knows: dates messages before any date header. */
    private static Instant anchor(PostMortem doc) {
        return Stream.of(doc.keyTimes().started().at(), doc.keyTimes().detected().at(),
                        doc.timeline().stream().map(TimelineEntry::at).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                        doc.header() != null && doc.header().date() != null ? doc.header().date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : null)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The paste read well, but the timeline with it would be longer than {@link PanelDocuments#MAX_TIMELINE} rows, the
     * most a save accepts: nothing is added (the panel could not save the draft afterwards), and the answer says what to do.
     */
    static PanelException tooManyRows(PostMortem stored, PostMortem pasted) {
        int before = stored.timeline().size();
        return new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, String.format(java.util.Locale.ROOT,
                "Paste too large for the timeline: it would add %,d rows to the %,d there are, and the limit is %,d. "
                        + "Nothing was added. Paste or export the incident's window only (its channel and dates), or split it.",
                pasted.timeline().size() - before, before, PanelDocuments.MAX_TIMELINE),
                List.of("timeline: at most " + PanelDocuments.MAX_TIMELINE + " rows"));
    }

    static PanelException refusal(EvidenceException e) {
        String message = e.getMessage() == null ? "The paste could not be read" : e.getMessage();
        if (message.startsWith("Paste too large")) {
            return new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, message);
        }
        if (message.contains("without a time zone")) {
            return new PanelException(HttpStatus.BAD_REQUEST, message,
                    List.of("tz: choose the zone the times were written in (e.g. ?tz=Europe/Berlin)"), Map.of("code", ZONE_REQUIRED));
        }
        return new PanelException(HttpStatus.BAD_REQUEST, message);
    }
}
