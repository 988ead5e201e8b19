package io.postmortem.followup;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/**
 * The follow-through's durable jobs (rows of {@code scheduled_tasks}): the recurring reminder run and the debounced
 * page update. db-scheduler
 * runs a recurring task's execution on one scheduler at a time across instances; {@link ReminderLog} makes each
 * reminder once even where two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
public class FollowUpTasks {

    /** Sends the reminders due, for every installation. */
    public static final String REMINDERS = "followup-reminders";

    @Bean
    RecurringTask<Void> followUpReminderTask(ObjectProvider<FollowUpReminders> reminders, ObjectProvider<ItemReconciler> items,
            FollowUpProperties properties) {
        // the open items are read from Jira first (a change whose webhook was lost), then the reminders are decided
        return Tasks.recurring(REMINDERS, FixedDelay.of(properties.checkInterval())).execute((instance, context) -> {
            items.getObject().reconcileAll();
            reminders.getObject().runAll();
        });
    }

    /** The debounced page update of one post-mortem ({@link PageRefresh}); a failing one is tried 5 times. */
    @Bean
    OneTimeTask<PageRefresh.Request> followUpPageRefreshTask(ObjectProvider<PageRefresh> refresh) {
        return Tasks.oneTime(PageRefresh.TASK, PageRefresh.Request.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(5,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(java.time.Duration.ofMinutes(1))))
                .execute((instance, context) -> refresh.getObject().refresh(instance.getData().clientKey(),
                        instance.getData().incidentKey()));
    }

    /** The recurring reminder task on {@code schedule} (tests build their own schedulers with it). */
    public static RecurringTask<Void> reminderTask(Schedule schedule, Supplier<FollowUpReminders> reminders) {
        return Tasks.recurring(REMINDERS, schedule).execute((instance, context) -> reminders.get().runAll());
    }
}
