package io.postmortem.dynamicwebhooks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.postmortem.connect.descriptor.DescriptorCustomizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The recurring job (a row of {@code scheduled_tasks}: one instance runs it at a time, on the application's clock)
 * and, when the feature is on, the descriptor without its static {@code jira:issue_updated} webhook.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DynamicWebhookProperties.class)
public class DynamicWebhookTasks {

    public static final String TASK = "dynamic-webhooks";

    @Bean
    RecurringTask<Void> dynamicWebhooksTask(ObjectProvider<DynamicWebhooks> webhooks, DynamicWebhookProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.checkInterval()))
                .execute((instance, context) -> webhooks.getObject().syncAll());
    }

    /** On: the per-site webhooks replace the descriptor's one-for-every-site webhook (Jira reads it at install/update). */
    @Bean
    DescriptorCustomizer dynamicWebhooksDescriptor(DynamicWebhookProperties properties) {
        return descriptor -> {
            if (!properties.enabled()) return;
            JsonNode modules = descriptor.get("modules");
            if (!(modules instanceof ObjectNode m) || !(m.get("webhooks") instanceof ArrayNode hooks)) return;
            for (int i = hooks.size() - 1; i >= 0; i--) {
                if (WebhookFilters.EVENT.equals(hooks.get(i).path("event").asString(null))) hooks.remove(i);
            }
            if (hooks.isEmpty()) m.remove("webhooks");
        };
    }
}
