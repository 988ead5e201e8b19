package io.postmortem.ops;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the state of the durable job queue (db-scheduler's {@code scheduled_tasks}, created by intake's migration)
 * for health and metrics. Works before that table exists: {@link #snapshot()} is then empty.
 */
@Component("jobQueueReader")
public class JobQueue {

    /** A due task not picked up within this long is overdue: the scheduler is stuck or too slow. */
    static final Duration OVERDUE_AFTER = Duration.ofMinutes(5);
    /** A picked task whose heartbeat is older than this has probably lost its executor. */
    static final Duration STALE_HEARTBEAT = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile boolean tableSeen;

    public JobQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts at one moment. */
    public record Snapshot(long total, long due, long overdue, long running, long failing, long staleHeartbeats,
                           Instant oldestDue) {
    }

    /** Empty when the table does not exist (yet). Other database errors propagate. */
    public Optional<Snapshot> snapshot() {
        if (!tableSeen && !tableExists()) {
            return Optional.empty();
        }
        tableSeen = true;
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp overdueTs = Timestamp.from(now.minus(OVERDUE_AFTER));
        Timestamp staleTs = Timestamp.from(now.minus(STALE_HEARTBEAT));
        return Optional.of(jdbc.sql("""
                select count(*) as total,
                       coalesce(sum(case when picked = false and execution_time <= :now then 1 else 0 end), 0) as due,
                       coalesce(sum(case when picked = false and execution_time <= :overdue then 1 else 0 end), 0) as overdue,
                       coalesce(sum(case when picked = true then 1 else 0 end), 0) as running,
                       coalesce(sum(case when consecutive_failures > 0 then 1 else 0 end), 0) as failing,
                       coalesce(sum(case when picked = true and last_heartbeat < :stale then 1 else 0 end), 0) as stale,
                       min(case when picked = false and execution_time <= :now then execution_time end) as oldest
                from scheduled_tasks""")
                .param("now", nowTs).param("overdue", overdueTs).param("stale", staleTs)
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Snapshot(rs.getLong("total"), rs.getLong("due"), rs.getLong("overdue"), rs.getLong("running"),
                            rs.getLong("failing"), rs.getLong("stale"), oldest == null ? null : oldest.toInstant());
                }).single());
    }

    /**
     * When the running job {@code taskName}/{@code instanceId} last proved its process alive, if that was more than
     * {@code deadAfter} ago: its process died (crash, kill, power loss) and the scheduler will revive it.
     */
    public Optional<Instant> abandonedSince(String taskName, String instanceId, java.time.Duration deadAfter) {
        Timestamp limit = Timestamp.from(clock.instant().minus(deadAfter));
        return jdbc.sql("select last_heartbeat from scheduled_tasks where task_name = :t and task_instance = :i "
                        + "and picked = true and last_heartbeat < :limit")
                .param("t", taskName).param("i", instanceId).param("limit", limit)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    private boolean tableExists() {
        try {
            jdbc.sql("select count(*) from scheduled_tasks where 1 = 0").query(Long.class).single();
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }
}
