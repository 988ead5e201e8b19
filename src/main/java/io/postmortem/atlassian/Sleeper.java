package io.postmortem.atlassian;

import java.time.Duration;

/** How {@link AtlassianCallPolicy} waits between attempts; tests inject one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps the current thread. */
    Sleeper REAL = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
        }
    };
}
