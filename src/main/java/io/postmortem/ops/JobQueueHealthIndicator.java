package io.postmortem.ops;

import io.postmortem.jobs.JobQueue;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobQueue}: the durable intake/publish queue's due, overdue, running and failing tasks.
 * DOWN when the queue cannot be read, or when tasks sit overdue while none is running (nothing is working the
 * queue). Failing tasks alone keep it UP with details: db-scheduler retries them, and one bad incident must not
 * take the whole app out of a load balancer.
 */
@Component("jobQueue")
public class JobQueueHealthIndicator extends AbstractHealthIndicator {

    private final JobQueue queue;

    public JobQueueHealthIndicator(JobQueue queue) {
        super("Job queue health check failed");
        this.queue = queue;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        queue.snapshot().ifPresentOrElse(s -> {
            boolean stuck = s.overdue() > 0 && s.running() == 0;
            (stuck ? builder.down() : builder.up())
                    .withDetail("table", "scheduled_tasks")
                    .withDetail("tasks", s.total())
                    .withDetail("due", s.due())
                    .withDetail("overdue", s.overdue())
                    .withDetail("running", s.running())
                    .withDetail("failing", s.failing())
                    .withDetail("staleHeartbeats", s.staleHeartbeats());
            if (s.oldestDue() != null) {
                builder.withDetail("oldestDue", s.oldestDue().toString());
            }
        }, () -> builder.up().withDetail("table", "absent (no job queue migrated yet)"));
    }
}
