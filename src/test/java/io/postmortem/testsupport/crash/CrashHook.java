package io.postmortem.testsupport.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Stops "the process" at a chosen external call, the way kill -9 would, inside a test JVM: every outbound
 * Atlassian call goes through this interceptor and every database write through {@link CrashingDataSource}. Armed
 * with a call number and a {@link Phase}, it throws {@link Crash} (an Error: application code does not catch it)
 * before the request leaves, after Atlassian acted but before the app sees the answer, or after the answer but
 * before the app commits what it learnt. From then on the process is dead: every further call and write from any
 * thread also crashes, until {@link #restart()}, which is the new process starting on the same database.
 */
public final class CrashHook implements ClientHttpRequestInterceptor {

    /** Where in an external call the process dies. */
    public enum Phase { BEFORE_REQUEST, AFTER_ATLASSIAN_ACTED, BEFORE_COMMIT }

    /** The simulated kill. */
    public static final class Crash extends Error {
        Crash(String message) {
            super(message, null, false, false);
        }
    }

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private volatile int crashAt = -1;
    private volatile Phase phase;
    private volatile boolean dead;
    private volatile boolean dieOnNextWrite;
    private volatile String how;

    /** Arms the hook: the {@code callNumber}-th external call (1-based) of this process dies at {@code phase}. */
    public void crashAt(int callNumber, Phase phase) {
        this.crashAt = callNumber;
        this.phase = phase;
    }

    /** A new process on the same database: nothing armed, not dead, counters from zero. */
    public void restart() {
        crashAt = -1;
        phase = null;
        dead = false;
        dieOnNextWrite = false;
        how = null;
        calls.set(0);
        log.clear();
    }

    public boolean crashed() {
        return how != null;
    }

    /** What killed the process ("call 4 POST /rest/api/3/issue/bulk, AFTER_ATLASSIAN_ACTED"). */
    public String how() {
        return how;
    }

    public int calls() {
        return calls.get();
    }

    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Waits until no external call of the dead process is still on the wire. */
    public void awaitQuiet() throws InterruptedException {
        for (int i = 0; i < 200 && inFlight.get() > 0; i++) Thread.sleep(25);
        Thread.sleep(150); // tasks that were between two steps reach their next call or write, and die there
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        if (dead) throw new Crash("the process is dead");
        int n = calls.incrementAndGet();
        String call = "call " + n + " " + request.getMethod() + " " + request.getURI().getRawPath();
        log.add(call);
        if (dieOnNextWrite) die(call + " (the process died before committing the previous answer)");
        if (n == crashAt && phase == Phase.BEFORE_REQUEST) die(call + ", " + phase);
        ClientHttpResponse response;
        inFlight.incrementAndGet();
        try {
            response = execution.execute(request, body);
        } finally {
            inFlight.decrementAndGet();
        }
        if (n == crashAt && phase == Phase.AFTER_ATLASSIAN_ACTED) {
            response.close();
            die(call + ", " + phase);
        }
        if (n == crashAt && phase == Phase.BEFORE_COMMIT) {
            how = null;
            dieOnNextWrite = true;
            pendingCall = call;
        }
        return response;
    }

    private volatile String pendingCall;

    /** Called by {@link CrashingDataSource} before every write statement and commit. */
    void beforeWrite(String sql) {
        if (dead) throw new Crash("the process is dead");
        if (dieOnNextWrite && !sql.toLowerCase(Locale.ROOT).contains("scheduled_tasks")) {
            die(pendingCall + ", " + Phase.BEFORE_COMMIT + " (at: " + sql.strip().split("\\s+")[0] + " ...)");
        }
    }

    private void die(String description) {
        dead = true;
        dieOnNextWrite = false;
        how = description;
        throw new Crash("killed at " + description);
    }
}
