package io.postmortem.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * db-scheduler wiring, by hand (its Spring Boot starter does not auto-configure on Boot 4). Jobs live in the
 * {@code scheduled_tasks} table (Flyway V5), so an accepted webhook survives a restart.
 *
 * <ul>
 * <li>{@code intakeSchedulerClient}: schedules jobs, joining the caller's Spring transaction (the data source is
 * wrapped in a {@link TransactionAwareDataSourceProxy}), so "seen" marks and the job commit together.</li>
 * <li>{@code intakeScheduler}: runs every {@link Task} bean of the context (intake's and any other feature's);
 * recurring tasks are started with it.</li>
 * <li>{@code intakeSchedulerLifecycle}: starts it after the context is ready (unless {@code postmortem.jobs.auto-start=false})
 * and stops it on close, after the web server stopped taking requests: running jobs get
 * {@code shutdownMaxWait} to finish; unfinished ones are picked up again after a restart.</li>
 * </ul>
 * Client and scheduler store job data with {@link TaskDataSerializer}: compact for webhook deliveries, Java
 * serialization for the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeSchedulerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeSchedulerConfiguration.class);

    @Bean
    OneTimeTask<WebhookEvent> intakeWebhookTask(WebhookDispatcher dispatcher, IntakeProperties properties) {
        return Tasks.oneTime(IntakeTasks.WEBHOOK, WebhookEvent.class)
                .onFailure(new com.github.kagkarlsson.scheduler.task.FailureHandler.MaxRetriesFailureHandler<>(
                        properties.maxAttempts(),
                        new com.github.kagkarlsson.scheduler.task.FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryBackoff())))
                .execute((instance, context) -> dispatcher.dispatch(instance.getData()));
    }

    @Bean
    OneTimeTask<BuildRequest> intakeBuildTask(DraftBuildJob job) {
        return Tasks.oneTime(IntakeTasks.BUILD, BuildRequest.class)
                .onFailure(job.failureHandler())
                .execute((instance, context) -> job.run(instance.getData(), context.getExecution().consecutiveFailures + 1));
    }

    @Bean
    RecurringTask<Void> intakeReconcileTask(ObjectProvider<Reconciler> reconciler, IntakeProperties properties) {
        return Tasks.recurring(IntakeTasks.RECONCILE, FixedDelay.of(properties.reconcileInterval()))
                .execute((instance, context) -> reconciler.getObject().reconcileAll());
    }

    @Bean
    SchedulerClient intakeSchedulerClient(DataSource dataSource) {
        return SchedulerClient.Builder.create(transactionAware(dataSource)).serializer(new TaskDataSerializer()).build();
    }

    @Bean(destroyMethod = "")
    Scheduler intakeScheduler(DataSource dataSource, List<Task<?>> tasks, IntakeProperties properties, java.time.Clock clock) {
        List<Task<?>> oneTime = new ArrayList<>();
        List<RecurringTask<?>> recurring = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) recurring.add(r);
            else oneTime.add(task);
        }
        // startTasks registers the recurring tasks as known tasks too
        return Scheduler.create(transactionAware(dataSource), oneTime)
                .startTasks(recurring.toArray(new RecurringTask[0]))
                .serializer(new TaskDataSerializer())
                .clock(clock::instant)
                .pollingInterval(properties.pollInterval())
                // a job abandoned by a dead process resumes within heartbeat x missed (20 s) plus one poll
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .threads(properties.threads())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
    }

    @Bean
    SmartLifecycle intakeSchedulerLifecycle(Scheduler intakeScheduler, IntakeProperties properties) {
        return new SchedulerLifecycle(intakeScheduler, properties.autoStart());
    }

    private static DataSource transactionAware(DataSource dataSource) {
        return dataSource instanceof TransactionAwareDataSourceProxy ? dataSource : new TransactionAwareDataSourceProxy(dataSource);
    }

    /** Starts after, and stops after, the web server (lower phase): no job starts while requests are still served. */
    static final class SchedulerLifecycle implements SmartLifecycle {
        private final Scheduler scheduler;
        private final boolean autoStart;
        private volatile boolean running;

        SchedulerLifecycle(Scheduler scheduler, boolean autoStart) {
            this.scheduler = scheduler;
            this.autoStart = autoStart;
        }

        @Override
        public void start() {
            if (autoStart) {
                scheduler.start();
                log.info("Intake scheduler started");
            } else {
                log.info("Intake scheduler not started (postmortem.jobs.auto-start=false): jobs are stored, not run");
            }
            running = true;
        }

        @Override
        public void stop() {
            if (running && autoStart) {
                log.info("Stopping intake scheduler (running jobs get up to 20 s)");
                scheduler.stop();
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return SmartLifecycle.DEFAULT_PHASE - 4096;
        }

        /**
         * A db-scheduler {@link Scheduler} cannot be started again once stopped, so it must not take part in
         * Spring's pause/resume (used, for example, when the test framework parks a cached context).
         */
        @Override
        public boolean isPauseable() {
            return false;
        }
    }
}
