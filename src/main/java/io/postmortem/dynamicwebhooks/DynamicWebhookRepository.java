package io.postmortem.dynamicwebhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code dynamic_webhook}: per installation, the webhook ids Jira gave, what was registered, when it was registered
 * and last refreshed, and the state of failed attempts. A failure never touches the ids: what is registered on the
 * site stays known until Jira's own list says otherwise.
 */
@Repository
public class DynamicWebhookRepository {

    /** One installation's row. {@code ids} is empty when nothing is registered. */
    public record State(String clientKey, List<Long> ids, String registration, Instant registeredAt, Instant refreshedAt,
                        Instant expiresAt, boolean checkDue, int attempts, Instant nextAttemptAt, String lastError) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public DynamicWebhookRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<State> find(String clientKey) {
        return jdbc.sql("select * from dynamic_webhook where client_key = ?").param(clientKey).query(DynamicWebhookRepository::map).optional();
    }

    public List<State> all() {
        return jdbc.sql("select * from dynamic_webhook order by client_key").query(DynamicWebhookRepository::map).list();
    }

    /** How many installations' last attempt failed (the gauge {@code postmortem.dynamic_webhooks.failing}). */
    double countFailing() {
        try {
            return jdbc.sql("select count(*) from dynamic_webhook where attempts > 0").query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Asks the next run to compare with Jira's list at once (an install, a settings change); a waiting retry is due now. */
    public void markCheckDue(String clientKey) {
        Timestamp now = now();
        int rows = jdbc.sql("update dynamic_webhook set check_due = true, next_attempt_at = null, updated_at = ? where client_key = ?")
                .params(now, clientKey).update();
        if (rows == 0) {
            try {
                jdbc.sql("insert into dynamic_webhook (client_key, check_due, attempts, updated_at) values (?, true, 0, ?)")
                        .params(clientKey, now).update();
            } catch (DuplicateKeyException raced) {
                markCheckDue(clientKey);
            }
        }
    }

    /** The row exists (inserted with a check due when new). */
    State ensure(String clientKey) {
        return find(clientKey).orElseGet(() -> {
            markCheckDue(clientKey);
            return find(clientKey).orElseThrow();
        });
    }

    /** Forgets the installation's registration (uninstalled: Jira drops an app's webhooks with the app). */
    public void forget(String clientKey) {
        jdbc.sql("delete from dynamic_webhook where client_key = ?").param(clientKey).update();
    }

    /** Jira created these webhooks for {@code registration} at {@code at}; they expire at {@code expiresAt}. */
    void registered(String clientKey, List<Long> ids, String registration, Instant at, Instant expiresAt) {
        Timestamp now = Timestamp.from(at);
        jdbc.sql("""
                update dynamic_webhook set webhook_ids = ?, registration = ?, registered_at = ?, refreshed_at = ?, expires_at = ?,
                check_due = false, attempts = 0, next_attempt_at = null, last_error = null, updated_at = ? where client_key = ?""")
                .params(join(ids), registration, now, now, Timestamp.from(expiresAt), now, clientKey).update();
    }

    /** The webhooks were refreshed (or only checked: {@code expiresAt} null keeps the known expiry). */
    void refreshed(String clientKey, Instant expiresAt) {
        Timestamp now = now();
        if (expiresAt == null) {
            jdbc.sql("update dynamic_webhook set check_due = false, attempts = 0, next_attempt_at = null, last_error = null,"
                    + " updated_at = ? where client_key = ?").params(now, clientKey).update();
        } else {
            jdbc.sql("update dynamic_webhook set refreshed_at = ?, expires_at = ?, check_due = false, attempts = 0,"
                    + " next_attempt_at = null, last_error = null, updated_at = ? where client_key = ?")
                    .params(now, Timestamp.from(expiresAt), now, clientKey).update();
        }
    }

    /** A failed attempt: counted, tried again at {@code next} with a check of Jira's list; ids and filter stay as they were. */
    void failed(String clientKey, int attempts, Instant next, String error) {
        String e = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("update dynamic_webhook set attempts = ?, next_attempt_at = ?, last_error = ?, check_due = true, updated_at = ?"
                + " where client_key = ?").params(attempts, Timestamp.from(next), e, now(), clientKey).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String join(List<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static State map(ResultSet rs, int n) throws SQLException {
        String ids = rs.getString("webhook_ids");
        List<Long> list = new ArrayList<>();
        if (ids != null && !ids.isBlank()) Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).forEach(list::add);
        return new State(rs.getString("client_key"), List.copyOf(list), rs.getString("registration"), instant(rs, "registered_at"),
                instant(rs, "refreshed_at"), instant(rs, "expires_at"), rs.getBoolean("check_due"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
