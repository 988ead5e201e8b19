package io.postmortem.retention;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The recurring purge (a row of {@code scheduled_tasks}: one instance runs it at a time, on the app's clock). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionTasks {

    public static final String PURGE = "retention-purge";

    @Bean
    RecurringTask<Void> retentionPurgeTask(ObjectProvider<Retention> retention, RetentionProperties properties) {
        return Tasks.recurring(PURGE, FixedDelay.of(properties.purgeInterval()))
                .execute((instance, context) -> retention.getObject().purgeAll());
    }
}
