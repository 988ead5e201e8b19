package io.postmortem.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.postmortem.intake.IntakeJob.State;

/**
 * The visible status of the draft-building job of each incident ({@code intake_job}).
 */
@Repository
public class IntakeJobRepository {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public IntakeJobRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void queued(String clientKey, String issueKey, String issueId, String cause) {
        Timestamp now = now();
        int rows = jdbc.sql("""
                update intake_job set state = ?, cause = ?, issue_id = coalesce(?, issue_id), attempts = 0,
                       last_error = null, updated_at = ?
                where client_key = ? and issue_key = ? and state <> 'RUNNING' and state <> 'QUEUED'""")
                .params(State.QUEUED.name(), cause, issueId, now, clientKey, issueKey).update();
        if (rows == 0) {
            try {
                jdbc.sql("""
                        insert into intake_job (client_key, issue_key, issue_id, state, cause, attempts, created_at, updated_at)
                        values (?, ?, ?, ?, ?, 0, ?, ?)""")
                        .params(clientKey, issueKey, issueId, State.QUEUED.name(), cause, now, now).update();
            } catch (DuplicateKeyException e) {
                // already QUEUED or RUNNING: the pending job will pick up the newest state of the issue
            }
        }
    }

    public void running(String clientKey, String issueKey, int attempt) {
        jdbc.sql("update intake_job set state = ?, attempts = ?, updated_at = ? where client_key = ? and issue_key = ?")
                .params(State.RUNNING.name(), attempt, now(), clientKey, issueKey).update();
    }

    public void done(String clientKey, String issueKey) {
        jdbc.sql("update intake_job set state = ?, last_error = null, updated_at = ? where client_key = ? and issue_key = ?")
                .params(State.DONE.name(), now(), clientKey, issueKey).update();
    }

    /**
     * Records a failed attempt. {@code willRetry} keeps the job QUEUED (db-scheduler runs it again later) with
     * the error visible; otherwise it is FAILED for good.
     */
    public void failed(String clientKey, String issueKey, String error, boolean willRetry) {
        String message = error == null ? "Unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        jdbc.sql("update intake_job set state = ?, last_error = ?, updated_at = ? where client_key = ? and issue_key = ?")
                .params((willRetry ? State.QUEUED : State.FAILED).name(), message, now(), clientKey, issueKey).update();
    }

    /** Forgets DONE and FAILED status rows last changed before {@code before}; queued and running ones stay. */
    public int forgetFinishedBefore(Instant before) {
        return jdbc.sql("delete from intake_job where state in ('DONE', 'FAILED') and updated_at < ?")
                .param(Timestamp.from(before)).update();
    }

    public Optional<IntakeJob> find(String clientKey, String issueKey) {
        return jdbc.sql("select * from intake_job where client_key = ? and issue_key = ?")
                .params(clientKey, issueKey).query(IntakeJobRepository::map).optional();
    }

    /** Number of jobs per state over all installations (for the {@code postmortem.jobs} gauge). */
    public Map<State, Long> countByState() {
        Map<State, Long> counts = new TreeMap<>();
        for (State s : State.values()) counts.put(s, 0L);
        jdbc.sql("select state, count(*) from intake_job group by state").query((ResultSet rs) -> {
            State s = State.valueOf(rs.getString(1));
            counts.put(s, rs.getLong(2));
        });
        return counts;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static IntakeJob map(ResultSet rs, int n) throws SQLException {
        return new IntakeJob(rs.getString("client_key"), rs.getString("issue_key"), rs.getString("issue_id"),
                State.valueOf(rs.getString("state")), rs.getString("cause"), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
