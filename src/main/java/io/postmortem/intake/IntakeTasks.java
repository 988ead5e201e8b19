package io.postmortem.intake;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The intake's durable jobs (rows of {@code scheduled_tasks}): building a draft, and the reconciliation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeTasks {

    /** Builds (or refreshes) the draft of one incident. */
    public static final String BUILD = "intake-build-draft";

    /** Finds recently resolved incidents without a draft, per installation. */
    public static final String RECONCILE = "intake-reconcile";

    @Bean
    OneTimeTask<BuildRequest> intakeBuildTask(DraftBuildJob job) {
        return Tasks.oneTime(BUILD, BuildRequest.class)
                .onFailure(job.failureHandler())
                .execute((instance, context) -> job.run(instance.getData(), context.getExecution().consecutiveFailures + 1));
    }

    /** Finished draft-build status rows ({@code postmortem.retention.finished-intake-jobs}). */
    @Bean
    io.postmortem.retention.Purge finishedIntakeJobsPurge(IntakeJobRepository repository,
            io.postmortem.retention.RetentionProperties retention) {
        return new io.postmortem.retention.Purge() {
            public String what() {
                return "intake_job";
            }

            public int purge(java.time.Instant now) {
                return repository.forgetFinishedBefore(now.minus(retention.finishedIntakeJobs()));
            }
        };
    }

    @Bean
    RecurringTask<Void> intakeReconcileTask(ObjectProvider<Reconciler> reconciler, IntakeProperties properties) {
        return Tasks.recurring(RECONCILE, FixedDelay.of(properties.reconcileInterval()))
                .execute((instance, context) -> reconciler.getObject().reconcileAll());
    }
}
