package io.postmortem.ops;

import io.postmortem.jobs.JobQueue;

import java.util.Optional;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The app's own gauges, read at scrape time: active installations per product and the job queue's counts
 * ({@code postmortem_installations_active}, {@code postmortem_jobs_due}, …). Scrapes must never fail, so a
 * database error reads as NaN.
 */
@Component
public class OpsMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final JobQueue queue;

    public OpsMetrics(JdbcClient jdbc, JobQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String product : new String[] {"JIRA", "CONFLUENCE"}) {
            Gauge.builder("postmortem.installations.active", this, m -> m.installations(product))
                    .description("Active Connect installations").tag("product", product.toLowerCase()).register(registry);
        }
        gauge(registry, "postmortem.jobs.due", "Queued tasks whose execution time has come", JobQueue.Snapshot::due);
        gauge(registry, "postmortem.jobs.overdue", "Due tasks not picked up for more than 5 minutes", JobQueue.Snapshot::overdue);
        gauge(registry, "postmortem.jobs.running", "Tasks being executed", JobQueue.Snapshot::running);
        gauge(registry, "postmortem.jobs.failing", "Tasks whose last execution failed", JobQueue.Snapshot::failing);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<JobQueue.Snapshot> value) {
        Gauge.builder(name, this, m -> m.jobs(value)).description(description).register(registry);
    }

    private double installations(String product) {
        try {
            return jdbc.sql("select count(*) from installations where installed = true and product = :p")
                    .param("p", product).query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double jobs(ToLongFunction<JobQueue.Snapshot> value) {
        try {
            Optional<JobQueue.Snapshot> s = queue.snapshot();
            return s.isPresent() ? value.applyAsLong(s.get()) : 0;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
