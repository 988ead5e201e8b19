package io.postmortem.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job runner's tunables ({@code postmortem.jobs.*}, shared with the intake's own settings).
 *
 * @param pollInterval      how often db-scheduler looks for due jobs (tests: 100-200 ms)
 * @param threads           worker threads of the scheduler
 * @param autoStart         false keeps the scheduler stopped (jobs are stored but not run); for tests and maintenance
 * @param maxAttempts       attempts of a failing job (a webhook delivery, a draft build) before it is left FAILED
 * @param retryBackoff      first wait before a failed job is tried again; doubles each time
 * @param heartbeatInterval how often a running job proves its process is alive
 * @param missedHeartbeats  a running job whose process missed this many heartbeats is taken over by another
 *                          scheduler (or by this one after a restart): heartbeat x missed = the longest a job
 *                          abandoned by a dead process waits before it resumes
 * @param compactTaskData   job data of the kinds with a {@link TaskDataCodec} stored compactly (default); false stores
 *                          every job with db-scheduler's Java serialization (both are read back either way). Kept for
 *                          the benchmark that shows what the codecs are worth (README, Benchmarks)
 */
@ConfigurationProperties("postmortem.jobs")
public record JobsProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("true") boolean autoStart,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("5s") Duration heartbeatInterval,
        @DefaultValue("4") int missedHeartbeats,
        @DefaultValue("true") boolean compactTaskData) {

    /** How long after its last heartbeat a running job counts as abandoned. */
    public Duration deadAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeats);
    }
}
