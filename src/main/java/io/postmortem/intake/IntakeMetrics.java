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
 * Intake meters: the {@code postmortem.jobs} gauge of draft-building jobs by state (read from
 * {@code intake_job}, cached for a second so a scrape costs one query) and {@code postmortem.jobs.finished}
 * counter by outcome.
 */
@Component
public class IntakeMetrics {

    private final MeterRegistry registry;
    private final IntakeJobRepository jobs;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private record Snapshot(long at, Map<State, Long> counts) {
    }

    public IntakeMetrics(ObjectProvider<MeterRegistry> registry, IntakeJobRepository jobs) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        this.jobs = jobs;
        for (State state : State.values()) {
            Gauge.builder("postmortem.jobs", this, m -> m.count(state))
                    .description("draft-building jobs by state").tag("state", state.name()).register(this.registry);
        }
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
