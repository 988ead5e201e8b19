package io.postmortem.intake;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.postmortem.intake.IntakeJob.State;

/**
 * Intake meters: {@code postmortem.webhooks.received}, {@code postmortem.webhooks.deduplicated},
 * {@code postmortem.webhooks.ignored} (tag reason), timer {@code postmortem.webhooks.ack} (p50/p99), {@code postmortem.jobs} gauge by state (read from
 * {@code intake_job}, cached for a second so a scrape costs one query) and {@code postmortem.jobs.finished}
 * counter by outcome.
 */
@Component
public class IntakeMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter deduplicated;
    private final IntakeJobRepository jobs;
    private final io.micrometer.core.instrument.Timer ack;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private record Snapshot(long at, Map<State, Long> counts) {
    }

    public IntakeMetrics(ObjectProvider<MeterRegistry> registry, IntakeJobRepository jobs) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        this.jobs = jobs;
        this.received = Counter.builder("postmortem.webhooks.received")
                .description("jira:issue_updated deliveries that passed authentication").register(this.registry);
        this.deduplicated = Counter.builder("postmortem.webhooks.deduplicated")
                .description("deliveries dropped as already seen (same identifier or same changelog)").register(this.registry);
        this.ack = io.micrometer.core.instrument.Timer.builder("postmortem.webhooks.ack")
                .description("time to acknowledge a delivery on the server (read, parse, de-duplicate, store the job)")
                .publishPercentiles(0.5, 0.99).register(this.registry);
        for (State state : State.values()) {
            Gauge.builder("postmortem.jobs", this, m -> m.count(state))
                    .description("draft-building jobs by state").tag("state", state.name()).register(this.registry);
        }
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

    public void finished(String outcome) {
        registry.counter("postmortem.jobs.finished", "outcome", outcome).increment();
    }

    private double count(State state) {
        Snapshot s = snapshot.get();
        long now = System.nanoTime();
        if (s == null || now - s.at() > Duration.ofSeconds(1).toNanos()) {
            try {
                s = new Snapshot(now, jobs.countByState());
                snapshot.set(s);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
        return s.counts().getOrDefault(state, 0L);
    }
}
