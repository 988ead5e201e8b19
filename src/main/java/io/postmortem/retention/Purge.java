package io.postmortem.retention;

import java.time.Instant;

/**
 * One retention rule, declared as a bean by the feature that owns the rows: deletes what is older than its
 * retention at {@code now}. Must be idempotent and safe to run on any instance.
 */
public interface Purge {

    /** What is purged (a table, or table and kind), for logs and the {@code postmortem.retention.purged} counter. */
    String what();

    /** @return the number of rows deleted */
    int purge(Instant now);
}
