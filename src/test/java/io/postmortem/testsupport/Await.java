package io.postmortem.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something another thread does (a durable job, a second instance): one helper for all. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 50 ms until it holds or {@code timeout} passes; fails naming {@code what}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(50);
        }
        if (!condition.getAsBoolean()) throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
    }
}
