package io.postmortem.webhooks;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * Accepts a verified {@code jira:issue_updated} delivery on the request thread: de-duplicates it and stores a durable
 * job, in one transaction, so an answered delivery is never lost and a repeated one is never processed twice. Never
 * calls Atlassian. A delivery caused by the app's own account, or one that no {@link IssueEventListener} could act on
 * ({@link IssueEventListener#interestedIn}: not a status change of an incident, not a tracked change of an action
 * item), is answered without storing anything: no job, no de-duplication row.
 *
 * <p>De-duplication: a change with an (issue id, changelog id) is recorded by that pair, which is the same in every
 * delivery of the change, whether Jira retries it under the same {@code X-Atlassian-Webhook-Identifier} or sends it
 * under another one; so the identifier needs no record of its own there. It is recorded when the delivery carries no
 * changelog (a comment, say), where it is the only key. One insert per delivery instead of two.
 */
@Service
public class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    public enum Outcome { ACCEPTED, DUPLICATE, IGNORED }

    private final SeenDeliveries repository;
    private final io.postmortem.jobs.Jobs scheduler;
    private final TransactionTemplate transactions;
    private final AppAccounts appAccounts;
    private final WebhookMetrics metrics;

    private final AcceptanceBatcher batcher;

    private final java.time.Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<IssueEventListener> listeners;

    public WebhookIntake(SeenDeliveries repository, io.postmortem.jobs.Jobs jobs,
            TransactionTemplate transactions, AppAccounts appAccounts, WebhookMetrics metrics, AcceptanceBatcher batcher,
            java.time.Clock clock, org.springframework.beans.factory.ObjectProvider<IssueEventListener> listeners) {
        this.clock = clock;
        this.listeners = listeners;
        this.repository = repository;
        this.scheduler = jobs;
        this.transactions = transactions;
        this.appAccounts = appAccounts;
        this.metrics = metrics;
        this.batcher = batcher;
        batcher.single(p -> storeOne(p.clientKey(), p.webhookId(), p.issueId(), p.changelogId(), p.event()));
    }

    /**
     * @param webhookId X-Atlassian-Webhook-Identifier (may be null: then only the changelog de-duplicates)
     * @param facts     what the body says about the issue, the change and who made it
     * @param body      the body as received (stored in the job)
     */
    Outcome accept(String clientKey, String webhookId, WebhookFacts facts, String body) {
        metrics.received();
        String issueId = facts.issueId();
        String issueKey = facts.issueKey();
        String changelogId = facts.changelogId();
        String actor = facts.actorAccountId();
        try (var a = MDC.putCloseable("clientKey", clientKey); var b = MDC.putCloseable("issueKey", issueKey)) {
            if (actor != null && appAccounts.knownAppAccount(clientKey).filter(actor::equals).isPresent()) {
                metrics.ignored("own-change");
                log.debug("Ignoring webhook caused by the app's own account");
                return Outcome.IGNORED;
            }
            if (!relevant(clientKey, facts.change())) {
                // Jira's filter (descriptor) keeps most of these away; what still comes costs no job and no row
                metrics.ignored("irrelevant");
                log.debug("Ignoring webhook no listener can act on (fields {})", facts.change().changedFields());
                return Outcome.IGNORED;
            }
            String jobId = webhookId != null ? webhookId : "no-id-" + UUID.randomUUID();
            WebhookEvent event = new WebhookEvent(clientKey, jobId, body);
            AcceptanceBatcher.Pending pending = new AcceptanceBatcher.Pending(clientKey, webhookId, issueId, changelogId,
                    event, new CompletableFuture<>());
            boolean stored = batcher.offer(pending) ? await(pending)
                    : storeOne(clientKey, webhookId, issueId, changelogId, event);
            if (stored) {
                log.debug("Accepted webhook {} (changelog {})", jobId, changelogId);
                return Outcome.ACCEPTED;
            }
            metrics.deduplicated();
            log.info("Duplicate webhook {} (changelog {}) ignored", jobId, changelogId);
            return Outcome.DUPLICATE;
        }
    }

    /** True when some listener could act on the change (each answers without calling Atlassian). */
    boolean relevant(String clientKey, IssueChange change) {
        for (IssueEventListener listener : (Iterable<IssueEventListener>) listeners.orderedStream()::iterator) {
            if (listener.interestedIn(clientKey, change)) return true;
        }
        return false;
    }

    private static boolean await(AcceptanceBatcher.Pending pending) {
        try {
            return pending.result().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing the webhook", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Storing the webhook took too long", e);
        }
    }

    /** Stores one delivery in its own transaction; false when it was seen before. */
    boolean storeOne(String clientKey, String webhookId, String issueId, String changelogId, WebhookEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                Boolean stored = transactions.execute(status -> {
                    boolean change = issueId != null && changelogId != null;
                    if (change ? !repository.firstChange(clientKey, issueId, changelogId)
                            : webhookId != null && !repository.firstDelivery(clientKey, webhookId)) {
                        status.setRollbackOnly();
                        return false;
                    }
                    scheduler.schedule(new TaskInstance<>(WebhookTasks.WEBHOOK, clientKey + "|" + event.webhookId(), event), clock.instant());
                    return true;
                });
                return Boolean.TRUE.equals(stored);
            } catch (TransientDataAccessException e) {
                // a concurrent delivery of the same event holds the row lock; once it commits we see the duplicate
                if (attempt >= 5) throw e;
                sleep(20L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
