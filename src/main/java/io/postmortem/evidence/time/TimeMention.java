package io.postmortem.evidence.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A time written inside a text ("22:52 UTC", "10:52pm", "~23:00", "yesterday 17:20", "2026-11-20T09:41:03Z").
 *
 * @param start       index of the first character in the text
 * @param end         index after the last character
 * @param original    the time as written ("~23:00 UTC")
 * @param time        the wall-clock time (seconds dropped)
 * @param date        an explicit date written with it, else null
 * @param zone        the zone written with it, else null
 * @param dayOffset   -1 for "yesterday", 0 otherwise ("today" or nothing)
 * @param explicitDay true when "today"/"yesterday" or a date was written
 * @param meridiem    true when am/pm was written (no 12-hour ambiguity)
 * @param machine     true for a full ISO stamp with seconds and offset, as alert payloads carry
 * @param instant     the exact instant when date and zone were both written (ISO stamps), else null
 */
public record TimeMention(int start, int end, String original, LocalTime time, LocalDate date, ZoneId zone,
                          int dayOffset, boolean explicitDay, boolean meridiem, boolean machine, Instant instant) {
}
