package io.postmortem.intake;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * Queues draft builds as durable db-scheduler jobs, at most one pending per incident (a second trigger while one
 * is queued coalesces into it: the build reads the issue's newest state anyway), and records them QUEUED in
 * {@code intake_job}.
 */
@Component
public class IntakeJobs {

    private static final Logger log = LoggerFactory.getLogger(IntakeJobs.class);

    private final io.postmortem.jobs.Jobs jobs;
    private final IntakeJobRepository repository;
    private final IntakeProperties properties;

    private final java.time.Clock clock;

    public IntakeJobs(io.postmortem.jobs.Jobs jobs, IntakeJobRepository repository, IntakeProperties properties,
            java.time.Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.repository = repository;
        this.properties = properties;
    }

    /** @return true when a new job was queued, false when one was already pending for the incident */
    public boolean enqueue(String clientKey, String issueKey, String issueId, String cause) {
        BuildRequest request = new BuildRequest(clientKey, issueKey, issueId, cause);
        // status first: a job that starts at once must find its row to mark RUNNING
        repository.queued(clientKey, issueKey, issueId, cause);
        boolean scheduled = jobs.scheduleIfNotExists(new TaskInstance<>(IntakeTasks.BUILD, request.instanceId(), request),
                clock.instant().plus(properties.settleDelay()));
        if (scheduled) {
            log.info("Draft build queued ({})", cause);
            jobs.nudge();
        } else {
            log.info("Draft build already pending; coalesced ({})", cause);
        }
        return scheduled;
    }
}
