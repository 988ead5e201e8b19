package io.postmortem.webhooks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Webhook meters: {@code postmortem.webhooks.received}, {@code postmortem.webhooks.deduplicated},
 * {@code postmortem.webhooks.ignored} (tag reason) and the timer {@code postmortem.webhooks.ack} (p50/p99).
 */
@Component
public class WebhookMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter deduplicated;
    private final Timer ack;

    public WebhookMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        this.received = Counter.builder("postmortem.webhooks.received")
                .description("jira:issue_updated deliveries that passed authentication").register(this.registry);
        this.deduplicated = Counter.builder("postmortem.webhooks.deduplicated")
                .description("deliveries dropped as already seen (same identifier or same changelog)").register(this.registry);
        this.ack = Timer.builder("postmortem.webhooks.ack")
                .description("time to acknowledge a delivery on the server (read, parse, de-duplicate, store the job)")
                .publishPercentiles(0.5, 0.99).register(this.registry);
    }

    public void received() {
        received.increment();
    }

    /** Records one acknowledgement's server-side duration. */
    public void acknowledged(long nanos) {
        ack.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void deduplicated() {
        deduplicated.increment();
    }

    public void ignored(String reason) {
        registry.counter("postmortem.webhooks.ignored", "reason", reason).increment();
    }
}
