package io.postmortem.webhooks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.postmortem.jobs.JobsProperties;

/** The durable job of one accepted delivery: it hands the webhook to every {@link IssueEventListener}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookTasks {

    /** The task's name in {@code scheduled_tasks} (kept from when it lived in intake: stored jobs still run). */
    public static final String WEBHOOK = "intake-webhook";

    /** The hourly clean-up of delivery identifiers Jira can no longer retry. */
    public static final String FORGET_SEEN = "webhooks-forget-seen";

    @Bean
    RecurringTask<Void> forgetSeenDeliveriesTask(SeenDeliveries seen, java.time.Clock clock) {
        // Jira retries a delivery for about 30 minutes: identifiers older than a day can go
        return Tasks.recurring(FORGET_SEEN, FixedDelay.of(java.time.Duration.ofHours(1)))
                .execute((instance, context) -> seen.forgetDeliveriesBefore(clock.instant().minus(java.time.Duration.ofDays(1))));
    }

    @Bean
    OneTimeTask<WebhookEvent> webhookTask(WebhookDispatcher dispatcher, JobsProperties jobs) {
        return Tasks.oneTime(WEBHOOK, WebhookEvent.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(jobs.maxAttempts(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(jobs.retryBackoff())))
                .execute((instance, context) -> dispatcher.dispatch(instance.getData()));
    }
}
