package io.postmortem.rules.language;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loading a model once per JVM on a background daemon thread, so that the first check after the application starts
 * does not wait for it (the English models, the learned blame signal, the sentence embedding). A failure is left for
 * the first real use, which reports it with its message.
 */
public final class WarmUp {
    private final String threadName;
    private final Runnable load;
    private final AtomicBoolean started = new AtomicBoolean();

    public WarmUp(String threadName, Runnable load) {
        this.threadName = threadName;
        this.load = load;
    }

    /** Starts the load on its own daemon thread the first time; later calls do nothing. */
    public void start() {
        if (!started.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException e) {
                // the first real use reports the same problem with its message; nothing to add here
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }
}
