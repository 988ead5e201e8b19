package io.postmortem.webhooks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.postmortem.jobs.JobsProperties;
import io.postmortem.retention.Purge;
import io.postmortem.retention.RetentionProperties;

/** The durable job of one accepted delivery: it hands the webhook to every {@link IssueEventListener}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookTasks {

    /** The task's name in {@code scheduled_tasks} (kept from when it lived in intake: stored jobs still run). */
    public static final String WEBHOOK = "intake-webhook";

    /** Delivery identifiers Jira can no longer retry ({@code postmortem.retention.seen-deliveries}). */
    @Bean
    Purge seenDeliveriesPurge(SeenDeliveries seen, RetentionProperties retention) {
        return new Purge() {
            public String what() {
                return "intake_webhook_seen";
            }

            public int purge(java.time.Instant now) {
                return seen.forgetDeliveriesBefore(now.minus(retention.seenDeliveries()));
            }
        };
    }

    /** Changes past Jira's retry window ({@code postmortem.retention.seen-changes}). */
    @Bean
    Purge seenChangesPurge(SeenDeliveries seen, RetentionProperties retention) {
        return new Purge() {
            public String what() {
                return "intake_change_seen";
            }

            public int purge(java.time.Instant now) {
                return seen.forgetChangesBefore(now.minus(retention.seenChanges()));
            }
        };
    }

    @Bean
    OneTimeTask<WebhookEvent> webhookTask(WebhookDispatcher dispatcher, JobsProperties jobs) {
        return Tasks.oneTime(WEBHOOK, WebhookEvent.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(jobs.maxAttempts(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(jobs.retryBackoff())))
                .execute((instance, context) -> dispatcher.dispatch(instance.getData()));
    }
}
