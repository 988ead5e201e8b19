package io.postmortem.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the intake ({@code postmortem.jobs.*}).
 *
 * @param pollInterval       how often db-scheduler looks for due jobs (tests: 200ms)
 * @param threads            worker threads of the scheduler
 * @param autoStart          false keeps the scheduler stopped (jobs are stored but not run); for tests and maintenance
 * @param maxAttempts        attempts of a draft build before it is left FAILED
 * @param retryBackoff       first wait before retrying a failed build; doubles each time
 * @param settleDelay        wait after the webhook before building, so late post-function/Automation changes land first
 * @param reconcileInterval  how often each installation is searched for resolved incidents without a draft
 * @param reconcileLimit     at most this many incidents per installation and run
 * @param maxWebhookBytes    larger webhook bodies are refused with 413 and not stored
 * @param fetchThreads       bounded pool on which the independent Jira reads of one build run concurrently
 * @param relatedLimit       at most this many similar past incidents are looked up
 * @param heartbeatInterval  how often a running job proves its process is alive
 * @param missedHeartbeats   a running job whose process missed this many heartbeats is taken over by another
 *                           scheduler (or by this one after a restart): heartbeat x missed = the longest a job
 *                           abandoned by a dead process waits before it resumes
 */
@ConfigurationProperties("postmortem.jobs")
public record IntakeProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("true") boolean autoStart,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("0s") Duration settleDelay,
        @DefaultValue("15m") Duration reconcileInterval,
        @DefaultValue("50") int reconcileLimit,
        @DefaultValue("5242880") long maxWebhookBytes,
        @DefaultValue("16") int fetchThreads,
        @DefaultValue("5") int relatedLimit,
        @DefaultValue("5s") Duration heartbeatInterval,
        @DefaultValue("4") int missedHeartbeats) {

    /** How long after its last heartbeat a running job counts as abandoned. */
    public Duration deadAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeats);
    }
}
