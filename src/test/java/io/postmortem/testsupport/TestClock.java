package io.postmortem.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import io.postmortem.clock.AppClock;

/**
 * "Now" for tests, from the same place as the application's clock bean ({@link AppClock}): the system property
 * {@code postmortem.clock.offset} moves both, so a test that mints a token or writes a fixture "yesterday" agrees
 * with the app it talks to, on any date and under CI's shifted run. Tests never read the wall clock otherwise
 * ({@code WallClockTest}).
 */
public final class TestClock {

    private TestClock() {
    }

    /** The clock the application under test uses (same offset). */
    public static Clock clock() {
        return AppClock.create(System.getProperty(AppClock.OFFSET_PROPERTY));
    }

    public static Instant now() {
        return clock().instant();
    }

    public static long millis() {
        return clock().millis();
    }

    /** Today in UTC. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /** {@code now + seconds} as a {@link Date}, for JWT claims. */
    public static Date inSeconds(long seconds) {
        return Date.from(now().plusSeconds(seconds));
    }
}
