package io.postmortem.postmortem;

import java.time.Instant;

/**
 * One row of the UTC timeline.
 *
 * @param source       where it came from: {@code comment:30101}, {@code changelog:55120}, {@code link:...},
 *                     {@code slack:...}, {@code teams:...}, {@code paste:...} or {@code manual} (typed by a person)
 * @param learnedLater true for events learned during the investigation (rendered in italics)
 * @param original     the text as originally written (the message, with its time as written), if any
 * @param assumedZone  the time zone assumed to read the time, when the text carried none
 * @param timeAsWritten the time as it was written in the evidence ("2:48 AM", "10:47", "~09:50 UTC"), when it was read
 *                      from text or from a chat message's header; null for Jira's own timestamps
 */
public record TimelineEntry(Instant at, String who, String event, String source, boolean learnedLater,
                            String original, String assumedZone, String timeAsWritten) {

    public TimelineEntry {
        who = who == null ? "" : who;
        event = event == null ? "" : event;
        source = source == null || source.isBlank() ? "manual" : source;
    }

    public TimelineEntry(Instant at, String who, String event, String source, boolean learnedLater) {
        this(at, who, event, source, learnedLater, null, null, null);
    }

    public TimelineEntry(Instant at, String who, String event, String source, boolean learnedLater, String original,
                         String assumedZone) {
        this(at, who, event, source, learnedLater, original, assumedZone, null);
    }

    /** True when the row was typed or edited by a person rather than derived from evidence by the machine. */
    public boolean manual() {
        return "manual".equals(source);
    }
}
