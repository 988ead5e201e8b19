package io.postmortem.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianSites.UnknownSiteException;
import io.postmortem.drafts.DraftService;

/**
 * The body of the durable draft-build job and its failure policy: a failed build is retried later with
 * exponential backoff (db-scheduler reschedules it) up to {@code postmortem.jobs.max-attempts}; errors that a
 * retry cannot fix (400/401/403/404 from Jira, installation gone) fail at once. Either way the job's row in
 * {@code intake_job} carries the state and a message a person can act on.
 */
@Component
public class DraftBuildJob {

    private static final Logger log = LoggerFactory.getLogger(DraftBuildJob.class);
    private static final Set<Integer> PERMANENT = Set.of(400, 401, 403, 404, 410);

    private final DraftService builder;
    private final IntakeJobRepository repository;
    private final io.postmortem.jobs.JobsProperties properties;
    private final IntakeMetrics metrics;

    private final java.time.Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    public DraftBuildJob(DraftService builder, IntakeJobRepository repository, io.postmortem.jobs.JobsProperties properties,
            IntakeMetrics metrics, java.time.Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.builder = builder;
        this.repository = repository;
        this.properties = properties;
        this.metrics = metrics;
    }

    public void run(BuildRequest request, int attempt) {
        try (var a = MDC.putCloseable("clientKey", request.clientKey()); var b = MDC.putCloseable("issueKey", request.issueKey())) {
            repository.running(request.clientKey(), request.issueKey(), attempt);
            long started = System.nanoTime();
            builder.build(request.clientKey(), request.issueKey());
            repository.done(request.clientKey(), request.issueKey());
            events.publishEvent(new io.postmortem.drafts.DraftBuilt(request.clientKey(), request.issueKey()));
            metrics.finished("done");
            log.info("Draft built in {} ms (attempt {})", (System.nanoTime() - started) / 1_000_000, attempt);
        }
    }

    /** db-scheduler failure handler of the build task. */
    public FailureHandler<BuildRequest> failureHandler() {
        return this::onFailure;
    }

    void onFailure(ExecutionComplete complete, ExecutionOperations<BuildRequest> operations) {
        Object data = complete.getExecution().taskInstance.getData();
        if (!(data instanceof BuildRequest request)) {
            operations.stop();
            return;
        }
        Throwable cause = unwrap(complete.getCause().orElse(null));
        int attempts = complete.getExecution().consecutiveFailures + 1;
        String message = describe(cause);
        try (var a = MDC.putCloseable("clientKey", request.clientKey()); var b = MDC.putCloseable("issueKey", request.issueKey())) {
            boolean permanent = isPermanent(cause);
            if (permanent || attempts >= properties.maxAttempts()) {
                repository.failed(request.clientKey(), request.issueKey(),
                        message + (permanent ? "" : " (gave up after " + attempts + " attempts)"), false);
                metrics.finished("failed");
                log.error("Draft build FAILED after {} attempt(s): {}", attempts, message);
                operations.stop();
                return;
            }
            Duration wait = backoff(attempts, cause);
            repository.failed(request.clientKey(), request.issueKey(),
                    message + " (attempt " + attempts + " of " + properties.maxAttempts() + "; retrying in " + wait.toSeconds() + " s)", true);
            log.warn("Draft build attempt {} failed, retrying in {}: {}", attempts, wait, message);
            operations.reschedule(complete, clock.instant().plus(wait));
        }
    }

    Duration backoff(int attempts, Throwable cause) {
        Duration base = properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 10));
        if (cause instanceof AtlassianApiException api && api.retryAfter() != null && api.retryAfter().compareTo(base) > 0) {
            return api.retryAfter();
        }
        return base;
    }

    static boolean isPermanent(Throwable cause) {
        if (cause instanceof AtlassianApiException api) return PERMANENT.contains(api.status());
        return cause instanceof UnknownSiteException;
    }

    static String describe(Throwable cause) {
        if (cause == null) return "The draft build failed for an unknown reason";
        if (cause instanceof AtlassianApiException || cause instanceof UnknownSiteException) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        return "The draft build failed: " + cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
