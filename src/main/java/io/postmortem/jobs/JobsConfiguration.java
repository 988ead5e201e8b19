package io.postmortem.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * The one job runner: db-scheduler, wired by hand (its Spring Boot starter does not auto-configure on Boot 4). Jobs
 * live in the {@code scheduled_tasks} table (Flyway V5), so an accepted webhook or a publish request survives a
 * restart, and a job abandoned by a dead process is taken over (heartbeats, {@link JobsProperties}).
 *
 * <ul>
 * <li>{@value #CLIENT}: schedules jobs, joining the caller's Spring transaction (the data source is wrapped in a
 * {@link TransactionAwareDataSourceProxy}), so a job and the rows that explain it commit together. Features use it
 * through {@link Jobs}.</li>
 * <li>{@code jobsScheduler}: runs every {@link Task} bean of the context (each feature declares its own tasks);
 * recurring tasks are started with it.</li>
 * <li>{@code jobsLifecycle}: starts it after the context is ready (unless {@code postmortem.jobs.auto-start=false})
 * and stops it on close, after the web server stopped taking requests: running jobs get {@code shutdownMaxWait} to
 * finish; unfinished ones are picked up again after a restart.</li>
 * </ul>
 * Job data is stored by {@link TaskDataSerializer}: compact for the kinds with a {@link TaskDataCodec}, Java
 * serialization for the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
public class JobsConfiguration {

    /** The name of the scheduling client bean. */
    public static final String CLIENT = "jobsClient";

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    @Bean
    TaskDataSerializer taskDataSerializer(List<TaskDataCodec<?>> codecs, JobsProperties properties) {
        return new TaskDataSerializer(properties.compactTaskData() ? codecs : List.of());
    }

    @Bean(CLIENT)
    SchedulerClient jobsClient(DataSource dataSource, TaskDataSerializer serializer) {
        return SchedulerClient.Builder.create(transactionAware(dataSource)).serializer(serializer).build();
    }

    @Bean(destroyMethod = "")
    Scheduler jobsScheduler(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties, java.time.Clock clock,
            TaskDataSerializer serializer) {
        List<Task<?>> oneTime = new ArrayList<>();
        List<RecurringTask<?>> recurring = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) recurring.add(r);
            else oneTime.add(task);
        }
        // startTasks registers the recurring tasks as known tasks too
        return Scheduler.create(transactionAware(dataSource), oneTime)
                .startTasks(recurring.toArray(new RecurringTask[0]))
                .serializer(serializer)
                // picked_by names the instance that runs a job: host name and process id, so two instances on one
                // host (tests, a compose scale-out sharing a network namespace) are told apart in scheduled_tasks
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(instanceName()))
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
    SmartLifecycle jobsLifecycle(Scheduler jobsScheduler, JobsProperties properties) {
        return new SchedulerLifecycle(jobsScheduler, properties.autoStart());
    }

    /** {@code <host>-<pid>} (db-scheduler's default is the host name alone). */
    static String instanceName() {
        String host = new com.github.kagkarlsson.scheduler.SchedulerName.Hostname().getName();
        String name = host + "-" + ProcessHandle.current().pid();
        return name.length() > 90 ? name.substring(name.length() - 90) : name; // picked_by is varchar(100)
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
                log.info("Job scheduler started");
            } else {
                log.info("Job scheduler not started (postmortem.jobs.auto-start=false): jobs are stored, not run");
            }
            running = true;
        }

        @Override
        public void stop() {
            if (running && autoStart) {
                log.info("Stopping the job scheduler (running jobs get up to 20 s)");
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
