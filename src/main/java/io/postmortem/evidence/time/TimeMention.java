package io.postmortem.evidence.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
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
 * @param monthDay    a day written next to it without a year ("09:25 UTC on 16 March", "Feb 7"), else null
 * @param weekday     a weekday written next to it without a date ("3:25 a.m. Friday", "04:10 Fri", "on Saturday at
 *                    08:30"), else null: the time is on that weekday nearest the message's anchor
 */
public record TimeMention(int start, int end, String original, LocalTime time, LocalDate date, ZoneId zone,
                          int dayOffset, boolean explicitDay, boolean meridiem, boolean machine, Instant instant,
                          MonthDay monthDay, DayOfWeek weekday) {

    public TimeMention(int start, int end, String original, LocalTime time, LocalDate date, ZoneId zone,
                       int dayOffset, boolean explicitDay, boolean meridiem, boolean machine, Instant instant) {
        this(start, end, original, time, date, zone, dayOffset, explicitDay, meridiem, machine, instant, null, null);
    }

    public TimeMention(int start, int end, String original, LocalTime time, LocalDate date, ZoneId zone,
                       int dayOffset, boolean explicitDay, boolean meridiem, boolean machine, Instant instant, MonthDay monthDay) {
        this(start, end, original, time, date, zone, dayOffset, explicitDay, meridiem, machine, instant, monthDay, null);
    }
}
