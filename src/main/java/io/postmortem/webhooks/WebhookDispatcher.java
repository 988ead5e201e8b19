package io.postmortem.webhooks;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs in the durable webhook job (never on the request thread): drops events caused by the app's own account and
 * hands the rest to every {@link IssueEventListener}. A listener that throws makes the job fail and be retried
 * (listeners must be idempotent: delivery is at least once).
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final ObjectProvider<IssueEventListener> listeners;
    private final AppAccounts appAccounts;
    private final JsonMapper json;
    private final WebhookMetrics metrics;

    public WebhookDispatcher(ObjectProvider<IssueEventListener> listeners, AppAccounts appAccounts, JsonMapper json,
            WebhookMetrics metrics) {
        this.listeners = listeners;
        this.appAccounts = appAccounts;
        this.json = json;
        this.metrics = metrics;
    }

    public void dispatch(WebhookEvent event) {
        JsonNode webhook = json.readTree(event.body());
        String issueKey = webhook.path("issue").path("key").asString(null);
        try (var a = MDC.putCloseable("clientKey", event.clientKey()); var b = MDC.putCloseable("issueKey", issueKey)) {
            String actor = webhook.path("user").path("accountId").asString(null);
            if (actor != null && appAccounts.appAccount(event.clientKey()).filter(actor::equals).isPresent()) {
                metrics.ignored("own-change");
                log.debug("Webhook {} was caused by the app itself; ignored", event.webhookId());
                return;
            }
            List<RuntimeException> failures = new ArrayList<>();
            listeners.orderedStream().forEach(listener -> {
                try {
                    listener.onIssueUpdated(event.clientKey(), webhook);
                } catch (RuntimeException e) {
                    log.warn("Listener {} failed on webhook {}: {}", listener.getClass().getSimpleName(), event.webhookId(), e.getMessage());
                    failures.add(e);
                }
            });
            if (!failures.isEmpty()) {
                RuntimeException first = failures.get(0);
                failures.stream().skip(1).forEach(first::addSuppressed);
                throw first;
            }
        }
    }
}
