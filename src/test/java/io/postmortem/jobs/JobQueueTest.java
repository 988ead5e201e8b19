package io.postmortem.jobs;

import io.postmortem.ops.JobQueueHealthIndicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.postmortem.testsupport.Databases;

/** The job queue's counts and health on the real databases, with db-scheduler's table shape. */
class JobQueueTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void countsDueOverdueRunningFailingAndStaleTasks(String kind) {
        DataSource ds = Databases.migrated(kind);
        JdbcClient jdbc = JdbcClient.create(ds);
        createTableIfMissing(jdbc);
        JobQueue queue = new JobQueue(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        JobQueueHealthIndicator health = new JobQueueHealthIndicator(queue);

        assertThat(queue.snapshot()).hasValueSatisfying(s -> assertThat(s.total()).isZero());
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);

        insert(jdbc, "overdue", NOW.minus(Duration.ofMinutes(10)), false, 0, null);
        insert(jdbc, "due", NOW.minus(Duration.ofMinutes(1)), false, 0, null);
        insert(jdbc, "future", NOW.plus(Duration.ofHours(1)), false, 0, null);
        insert(jdbc, "running-stale", NOW.minus(Duration.ofMinutes(20)), true, 0, NOW.minus(Duration.ofMinutes(10)));
        insert(jdbc, "failing", NOW.plus(Duration.ofMinutes(5)), false, 2, null);

        JobQueue.Snapshot s = queue.snapshot().orElseThrow();
        assertThat(s.total()).isEqualTo(5);
        assertThat(s.due()).isEqualTo(2);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.running()).isEqualTo(1);
        assertThat(s.failing()).isEqualTo(1);
        assertThat(s.staleHeartbeats()).isEqualTo(1);
        assertThat(s.oldestDue()).isEqualTo(NOW.minus(Duration.ofMinutes(10)));

        Health up = health.health(true);
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("due", 2L).containsEntry("overdue", 1L).containsEntry("failing", 1L);

        // overdue work and nothing running: the queue is not being worked
        jdbc.sql("delete from scheduled_tasks where task_instance = 'running-stale'").update();
        assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void withoutTheTableTheQueueIsReportedAbsentAndHealthStaysUp() {
        JobQueue queue = new JobQueue(JdbcClient.create(Databases.h2()), io.postmortem.testsupport.TestClock.clock());
        assertThat(queue.snapshot()).isEmpty();
        Health health = new JobQueueHealthIndicator(queue).health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("table").toString()).startsWith("absent");
    }

    /** db-scheduler's PostgreSQL DDL (task_data left out: the queries never read it). Intake's migration may have made it. */
    static void createTableIfMissing(JdbcClient jdbc) {
        jdbc.sql("""
                create table if not exists scheduled_tasks (
                  task_name varchar(100) not null,
                  task_instance varchar(100) not null,
                  execution_time timestamp with time zone not null,
                  picked boolean not null,
                  picked_by varchar(50),
                  last_success timestamp with time zone,
                  last_failure timestamp with time zone,
                  consecutive_failures int,
                  last_heartbeat timestamp with time zone,
                  version bigint not null,
                  primary key (task_name, task_instance))""").update();
        jdbc.sql("delete from scheduled_tasks").update();
    }

    static void insert(JdbcClient jdbc, String instance, Instant executionTime, boolean picked, int failures, Instant heartbeat) {
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, consecutive_failures,
                  last_heartbeat, version) values ('test-task', :i, :t, :p, :by, :f, :hb, 1)""")
                .param("i", instance).param("t", Timestamp.from(executionTime)).param("p", picked)
                .param("by", picked ? "node-1" : null).param("f", failures)
                .param("hb", heartbeat == null ? null : Timestamp.from(heartbeat)).update();
    }
}
