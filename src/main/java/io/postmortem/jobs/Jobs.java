package io.postmortem.jobs;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * What features use to queue durable jobs: schedules join the caller's Spring transaction (the job and the rows
 * that explain it commit together), and a job due now is started at once instead of at the next poll.
 */
@Component
public class Jobs {

    private final SchedulerClient client;
    private final ObjectProvider<Scheduler> scheduler;

    public Jobs(@org.springframework.beans.factory.annotation.Qualifier(JobsConfiguration.CLIENT) SchedulerClient client,
            ObjectProvider<Scheduler> scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    /** Queues the job; a job with the same task and instance already waiting is replaced. */
    public <T> void schedule(TaskInstance<T> job, Instant at) {
        client.schedule(job, at);
    }

    /** Queues the job unless one with the same task and instance is waiting; true when this call queued it. */
    public <T> boolean scheduleIfNotExists(TaskInstance<T> job, Instant at) {
        return client.scheduleIfNotExists(job, at);
    }

    /** Queues many jobs in one round trip (all due at {@code at}). */
    public void scheduleBatch(java.util.List<TaskInstance<?>> jobs, Instant at) {
        client.scheduleBatch(jobs, at);
    }

    /** Asks the running scheduler to look for due jobs now (nothing happens when it is not started). */
    public void nudge() {
        Scheduler s = scheduler.getIfAvailable();
        if (s == null) return;
        try {
            s.triggerCheckForDueExecutions();
        } catch (RuntimeException notStarted) {
            // not started (tests, auto-start off): the job waits for the next poll
        }
    }

    /**
     * Moves the next run of a recurring task to {@code at} and nudges the scheduler (a run already going on is left
     * alone: the task's next run comes at its usual interval). False when it could not be moved.
     */
    public boolean runRecurringNow(String task, Instant at) {
        try {
            boolean moved = client.reschedule(com.github.kagkarlsson.scheduler.task.TaskInstanceId.of(task,
                    com.github.kagkarlsson.scheduler.task.helper.RecurringTask.INSTANCE), at);
            if (moved) nudge();
            return moved;
        } catch (RuntimeException runningOrAbsent) {
            return false;
        }
    }
}
