package io.postmortem.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Runs every {@link Purge}; one failing rule does not stop the others (it runs again next time). */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final ObjectProvider<Purge> purges;
    private final Clock clock;
    private final MeterRegistry meters;

    public Retention(ObjectProvider<Purge> purges, Clock clock, MeterRegistry meters) {
        this.purges = purges;
        this.clock = clock;
        this.meters = meters;
    }

    /** @return rows deleted per rule (a failed rule is absent) */
    public Map<String, Integer> purgeAll() {
        Instant now = clock.instant();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        List<Purge> all = purges.orderedStream().toList();
        for (Purge purge : all) {
            try {
                int n = purge.purge(now);
                deleted.put(purge.what(), n);
                if (n > 0) meters.counter("postmortem.retention.purged", "what", purge.what()).increment(n);
            } catch (RuntimeException e) {
                log.warn("Retention rule {} failed (runs again next time): {}", purge.what(), e.getMessage());
            }
        }
        if (deleted.values().stream().anyMatch(n -> n > 0)) log.info("Retention purge deleted {}", deleted);
        return deleted;
    }
}
