package io.postmortem.publish;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.postmortem.publish.Publication.State;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable publish job: a db-scheduler one-time task, run by the application's scheduler (which runs every
 * {@code Task} bean). A run killed half-way is revived by db-scheduler after its heartbeat goes stale and simply
 * runs the (idempotent) process again; a rate limit or outage reschedules it with exponential backoff, at most
 * {@code postmortem.publish.max-attempts} times, after which the publication is FAILED with the last message.
 */
@Configuration(proxyBeanMethods = false)
public class PublishTasks {

    public static final String TASK = "postmortem-publish";

    @Bean
    OneTimeTask<PublishRequest> publishTask(PublishProcess process, PublicationRepository publications,
                                            PublishProperties properties) {
        int maxAttempts = properties.maxAttempts();
        return Tasks.oneTime(TASK, PublishRequest.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(maxAttempts,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryBackoff())))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    PublishRequest request = instance.getData();
                    int attempt = context.getExecution().consecutiveFailures + 1;
                    try {
                        process.run(request.clientKey(), request.issueKey());
                    } catch (PublishProcess.RetryLater e) {
                        if (attempt >= maxAttempts) {
                            publications.finish(request.clientKey(), request.issueKey(), State.FAILED,
                                    "Gave up after " + attempt + " attempts: " + e.getMessage() + " Publish again later.");
                            return;
                        }
                        throw e;
                    }
                });
    }
}
