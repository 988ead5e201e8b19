package io.postmortem.evidence.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * The one parser of Jira's timestamps, for the typed Atlassian clients (strict: {@link #parse}) and for the evidence
 * read from raw JSON (lenient: {@link #parseOrNull}).
 */
public final class JiraTime {

    private JiraTime() {
    }

    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

    /** Parses a Jira timestamp ({@code 2026-11-20T14:05:12.000+0000}, also ISO offsets); null or blank is null, anything else unreadable throws. */
    public static Instant parse(String jiraTime) {
        if (jiraTime == null || jiraTime.isBlank()) {
            return null;
        }
        String t = jiraTime.trim();
        Instant fast = jiraFormat(t);
        return fast != null ? fast : OffsetDateTime.parse(t, JIRA_TIME).toInstant();
    }

    /**
     * The one shape Jira Cloud writes ({@code yyyy-MM-ddTHH:mm:ss.SSS+hhmm}, 28 characters) read by hand: a draft
     * build reads thousands of these, and the formatter takes a tenth of the build's CPU (DraftBuildBenchmark).
     * Anything else, or a value out of range, returns null and goes through the formatter.
     */
    private static Instant jiraFormat(String t) {
        if (t.length() != 28 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || (t.charAt(23) != '+' && t.charAt(23) != '-')) {
            return null;
        }
        int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2), hour = digits(t, 11, 2),
                minute = digits(t, 14, 2), second = digits(t, 17, 2), millis = digits(t, 20, 3),
                offHours = digits(t, 24, 2), offMinutes = digits(t, 26, 2);
        if ((year | month | day | hour | minute | second | millis | offHours | offMinutes) < 0
                || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59 || offHours > 18 || offMinutes > 59) {
            return null;
        }
        int sign = t.charAt(23) == '-' ? -1 : 1;
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = days * 86_400 + hour * 3_600L + minute * 60L + second - sign * (offHours * 3_600L + offMinutes * 60L);
        return Instant.ofEpochSecond(epochSecond, millis * 1_000_000L);
    }

    /** The decimal number in t[from, from + n), or -1 when a character is not a digit. */
    private static int digits(String t, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** As {@link #parse} (which also reads a bare ISO instant such as {@code 2026-11-20T14:05:12Z}), or null when the text is not a timestamp. */
    public static Instant parseOrNull(String jiraTime) {
        try {
            return parse(jiraTime);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
