package io.postmortem.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * The one place that reads the wall clock. The application's {@link Clock} bean and every test fixture take "now"
 * from {@link #create(String)}, so one setting moves "now" for the app and its tests together: the property
 * {@value #OFFSET_PROPERTY} (a system property, an environment variable {@code POSTMORTEM_CLOCK_OFFSET}, or an
 * application property) shifts the clock by an ISO-8601 period or duration ({@code P400D}, {@code -P30D},
 * {@code PT36H}). Unset, the clock is the system's UTC clock. Everything else takes the bean (or, in tests,
 * {@code TestClock}) and never calls {@code Instant.now()}, {@code LocalDate.now()}, {@code System.currentTimeMillis()}
 * or {@code Clock.systemUTC()}; {@code WallClockTest} fails the build if a class does.
 */
public final class AppClock {

    /** The property that moves "now" (used by CI's second test run: {@code -Dpostmortem.clock.offset=P400D}). */
    public static final String OFFSET_PROPERTY = "postmortem.clock.offset";

    private AppClock() {
    }

    /** The UTC wall clock moved by {@code offset} (blank or null: not moved). */
    public static Clock create(String offset) {
        Duration shift = parseOffset(offset);
        Clock system = Clock.systemUTC();
        return shift.isZero() ? system : Clock.offset(system, shift);
    }

    /**
     * An ISO-8601 period of days ({@code P400D}, {@code -P2D}, also weeks) or a duration ({@code PT36H},
     * {@code P1DT2H}). Months and years are refused: their length depends on the date they are added to.
     */
    public static Duration parseOffset(String offset) {
        if (offset == null || offset.isBlank()) return Duration.ZERO;
        String s = offset.strip();
        try {
            if (s.contains("T") || s.contains("t")) return Duration.parse(s);
            Period p = Period.parse(s);
            if (p.getYears() != 0 || p.getMonths() != 0) {
                throw new IllegalArgumentException(OFFSET_PROPERTY + " must be days or a duration (P400D, PT36H), not "
                        + "months or years: " + offset);
            }
            return Duration.ofDays(p.getDays());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(OFFSET_PROPERTY + " must be an ISO-8601 period or duration such as "
                    + "P400D, -P30D or PT36H, not \"" + offset + "\"", e);
        }
    }
}
