package io.postmortem.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.postmortem.followup.ReminderPlan.Kind;

/**
 * Table {@code followup_reminder}: every reminder sent. The send-once protocol: {@link #claim} inserts the
 * reminder's row (its primary key is installation, subject, kind, period) in its own short transaction BEFORE the
 * reminder goes out; only the caller whose insert succeeded sends. After sending, {@link #sent} marks it; when Jira
 * could not be reached, {@link #release} deletes the claim so the next run tries again. A process that dies between
 * claim and send leaves the claim: that reminder is lost, never doubled (the next weekly one still comes).
 */
@Repository
public class ReminderLog {

    /** One recorded reminder. */
    public record Entry(String clientKey, String subject, Kind kind, String period, String incidentKey,
                        String recipients, String state, String channel, Instant claimedAt, Instant sentAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReminderLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this caller now owns the reminder and must send it; false when it was claimed before. */
    public boolean claim(String clientKey, String subject, Kind kind, String period, String incidentKey,
                         List<String> recipients) {
        try {
            return jdbc.sql("""
                    insert into followup_reminder (client_key, subject, kind, period, incident_key, recipients, state, claimed_at)
                    values (?, ?, ?, ?, ?, ?, 'CLAIMED', ?)""")
                    .params(clientKey, subject, kind.name(), period, incidentKey, String.join(",", recipients),
                            Timestamp.from(clock.instant()))
                    .update() == 1;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    public void sent(String clientKey, String subject, Kind kind, String period, String channel) {
        jdbc.sql("update followup_reminder set state = 'SENT', channel = ?, sent_at = ? "
                        + "where client_key = ? and subject = ? and kind = ? and period = ?")
                .params(channel, Timestamp.from(clock.instant()), clientKey, subject, kind.name(), period).update();
    }

    /** Marks a reminder whose delivery failed in a way that may have reached Jira: it is not tried again. */
    public void failed(String clientKey, String subject, Kind kind, String period, String error) {
        jdbc.sql("update followup_reminder set state = 'FAILED', error = ? "
                        + "where client_key = ? and subject = ? and kind = ? and period = ?")
                .params(error == null ? null : error.substring(0, Math.min(1000, error.length())), clientKey, subject,
                        kind.name(), period).update();
    }

    /** Gives the claim up (the reminder could not be delivered; the next run tries again). */
    public void release(String clientKey, String subject, Kind kind, String period) {
        jdbc.sql("delete from followup_reminder where client_key = ? and subject = ? and kind = ? and period = ? "
                        + "and state = 'CLAIMED'")
                .params(clientKey, subject, kind.name(), period).update();
    }

    /** Whether this very reminder was claimed already (sent, being sent, or failed). */
    public boolean recorded(String clientKey, String subject, Kind kind, String period) {
        return jdbc.sql("select count(*) from followup_reminder where client_key = ? and subject = ? and kind = ? and period = ?")
                .params(clientKey, subject, kind.name(), period).query(Long.class).single() > 0;
    }

    /** Whether a reminder of this kind was claimed for the subject, whatever its period. */
    public boolean any(String clientKey, String subject, Kind kind) {
        return jdbc.sql("select count(*) from followup_reminder where client_key = ? and subject = ? and kind = ?")
                .params(clientKey, subject, kind.name()).query(Long.class).single() > 0;
    }

    /** Every reminder of an installation, oldest claim first. */
    public List<Entry> list(String clientKey) {
        return jdbc.sql("select * from followup_reminder where client_key = ? order by claimed_at, subject, kind, period")
                .param(clientKey)
                .query((rs, n) -> {
                    Timestamp sent = rs.getTimestamp("sent_at");
                    return new Entry(rs.getString("client_key"), rs.getString("subject"), Kind.valueOf(rs.getString("kind")),
                            rs.getString("period"), rs.getString("incident_key"), rs.getString("recipients"),
                            rs.getString("state"), rs.getString("channel"), rs.getTimestamp("claimed_at").toInstant(),
                            sent == null ? null : sent.toInstant());
                }).list();
    }
}
