package io.postmortem.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * Group commit for webhook acceptance: deliveries arriving together are stored in ONE transaction (their "seen"
 * marks and their durable jobs), instead of one transaction and connection each, so a burst of deliveries does
 * not queue for the connection pool. Duplicates inside a batch are answered at once; should the batch hit a
 * delivery already stored earlier (a unique-key violation), it is rolled back and its deliveries are accepted one
 * by one ({@link Single}), which sorts out exactly which ones are duplicates. Each request thread waits for its own
 * answer: nothing is acknowledged before it is committed.
 *
 * <p>Why it is kept (README, Benchmarks: WebhookAckBenchmark with {@code postmortem.jobs.group-commit=false}): on
 * PostgreSQL a burst of 200 deliveries was answered with p99 55-81 ms and 0.46-0.53 ms of CPU each with it, 130-144 ms
 * and 0.74-0.76 ms without it, in two rounds each; on the embedded H2 the two rounds disagreed.
 */
@Component
public class AcceptanceBatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceBatcher.class);
    private static final int MAX_BATCH = 50;
    private static final int WRITERS = 2;

    /** One delivery waiting to be stored; completes with true (stored) or false (duplicate). */
    record Pending(String clientKey, String webhookId, String issueId, String changelogId, WebhookEvent event,
                   CompletableFuture<Boolean> result) {
    }

    /** The one-delivery path (its own transaction). */
    interface Single {
        boolean store(Pending pending);
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(10_000);
    private final SeenDeliveries seenDeliveries;
    private final io.postmortem.jobs.Jobs scheduler;
    private final TransactionTemplate transactions;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;
    private final boolean enabled;
    private volatile Single single;

    private final java.time.Clock clock;

    public AcceptanceBatcher(SeenDeliveries seenDeliveries, io.postmortem.jobs.Jobs jobs, TransactionTemplate transactions,
            java.time.Clock clock, WebhookProperties properties) {
        this.clock = clock;
        this.seenDeliveries = seenDeliveries;
        this.scheduler = jobs;
        this.transactions = transactions;
        this.enabled = properties.groupCommit();
        if (!enabled) {
            log.info("Webhook group commit off: each delivery commits on its own request thread");
            return;
        }
        for (int i = 0; i < WRITERS; i++) {
            Thread t = new Thread(this::run, "intake-accept-" + (i + 1));
            t.setDaemon(true);
            t.start();
            writers.add(t);
        }
    }

    void single(Single single) {
        this.single = single;
    }

    /**
     * Queues the delivery; false when group commit is off, or the queue is full or closing (the caller then stores it
     * itself).
     */
    boolean offer(Pending pending) {
        return enabled && running && single != null && queue.offer(pending);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    void store(List<Pending> batch) {
        List<Pending> fresh = new ArrayList<>(batch.size());
        Set<String> deliveries = new HashSet<>();
        Set<String> changes = new HashSet<>();
        for (Pending p : batch) {
            boolean dupDelivery = p.webhookId() != null && !deliveries.add(p.clientKey() + "\n" + p.webhookId());
            boolean dupChange = p.issueId() != null && p.changelogId() != null
                    && !changes.add(p.clientKey() + "\n" + p.issueId() + "\n" + p.changelogId());
            if (dupDelivery || dupChange) p.result().complete(false);
            else fresh.add(p);
        }
        if (fresh.isEmpty()) return;
        try {
            transactions.executeWithoutResult(status -> {
                Instant now = clock.instant();
                java.sql.Timestamp ts = java.sql.Timestamp.from(now);
                List<TaskInstance<?>> jobs = new ArrayList<>(fresh.size());
                List<Object[]> seen = new ArrayList<>();
                List<Object[]> changed = new ArrayList<>();
                for (Pending p : fresh) {
                    // the change's (issue, changelog) pair, else the delivery identifier (see WebhookIntake)
                    if (p.issueId() != null && p.changelogId() != null) {
                        changed.add(new Object[] {p.clientKey(), p.issueId(), p.changelogId(), ts});
                    } else if (p.webhookId() != null) {
                        seen.add(new Object[] {p.clientKey(), p.webhookId(), ts});
                    }
                    jobs.add(new TaskInstance<>(WebhookTasks.WEBHOOK, p.clientKey() + "|" + p.event().webhookId(), p.event()));
                }
                // JDBC batches: one round trip per table instead of one per delivery
                seenDeliveries.recordBatch(seen, changed);
                scheduler.scheduleBatch(jobs, now);
            });
            fresh.forEach(p -> p.result().complete(true));
        } catch (DataIntegrityViolationException e) {
            // some delivery was stored before (a later retry by Jira): sort them out one by one
            log.debug("Batch of {} hit an earlier delivery; storing one by one", fresh.size());
            for (Pending p : fresh) {
                try {
                    p.result().complete(single.store(p));
                } catch (RuntimeException ex) {
                    p.result().completeExceptionally(ex);
                }
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        for (Thread t : writers) t.join(5000);
    }
}
