package io.postmortem.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something another thread does (a durable job, a second instance): one helper for all. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 50 ms until it holds or {@code timeout} passes; fails naming {@code what}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        if (!upTo(timeout, condition)) throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
    }

    /** Polls {@code condition} every 50 ms until it holds or {@code timeout} passes, and says whether it held: for a
     * wait that lets a test go on either way (a fixture that only prefers a quiet moment). */
    public static boolean upTo(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
