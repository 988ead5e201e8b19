package io.postmortem.evidence.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How to read a paste.
 *
 * @param zone            the zone the paste's times were written in, as chosen by the person pasting (the panel asks);
 *                        null when not chosen: a paste whose times carry no zone is then refused
 * @param referenceDate   the day the thread was copied: what "Today" / "Yesterday" / weekday headers refer to;
 *                        null means the incident's creation date; with neither, a paste whose lines need a
 *                        day is refused (nothing here reads the wall clock)
 * @param incidentCreated the incident's creation, used to date messages before any date header; may be null
 */
public record PasteOptions(ZoneId zone, LocalDate referenceDate, Instant incidentCreated) {
}
