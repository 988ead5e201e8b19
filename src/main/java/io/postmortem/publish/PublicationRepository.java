package io.postmortem.publish;

import io.postmortem.publish.Publication.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code publication}: one row per (installation, incident), checkpointed after every step. */
@Repository
public class PublicationRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PublicationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Publication> find(String clientKey, String issueKey) {
        return jdbc.sql("select * from publication where client_key = ? and issue_key = ?")
                .params(clientKey, issueKey).query(PublicationRepository::map).optional();
    }

    /**
     * Marks the publication requested (PENDING), keeping what earlier runs learnt (page id, items attempted).
     * Returns false when a run is already pending or running: the caller must not queue a second one.
     */
    public boolean request(String clientKey, String issueKey, String accountId) {
        Timestamp now = now();
        int updated = jdbc.sql("""
                update publication set state = 'PENDING', step = null, error = null, requested_by = ?, requested_at = ?,
                       started_at = null, finished_at = null, updated_at = ?
                where client_key = ? and issue_key = ? and state in ('DONE', 'FAILED')""")
                .params(accountId, now, now, clientKey, issueKey).update();
        if (updated == 1) return true;
        if (find(clientKey, issueKey).isPresent()) return false;
        try {
            jdbc.sql("""
                    insert into publication (client_key, issue_key, state, requested_by, requested_at, updated_at)
                    values (?, ?, 'PENDING', ?, ?, ?)""").params(clientKey, issueKey, accountId, now, now).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return false;
        }
    }

    public void running(String clientKey, String issueKey, String step) {
        Timestamp now = now();
        jdbc.sql("update publication set state = 'RUNNING', step = ?, started_at = coalesce(started_at, ?), updated_at = ? "
                        + "where client_key = ? and issue_key = ?")
                .params(step, now, now, clientKey, issueKey).update();
    }

    public void page(String clientKey, String issueKey, String pageId, String pageUrl, int version, String title) {
        jdbc.sql("update publication set page_id = ?, page_url = ?, page_version = ?, page_title = ?, updated_at = ? "
                        + "where client_key = ? and issue_key = ?")
                .params(pageId, pageUrl, version, title, now(), clientKey, issueKey).update();
    }

    public void externalPage(String clientKey, String issueKey, String pageId) {
        jdbc.sql("update publication set external_page_id = ?, updated_at = ? where client_key = ? and issue_key = ?")
                .params(pageId, now(), clientKey, issueKey).update();
    }

    /** Written BEFORE the first bulk create is sent: from then on Jira may hold issues we have no key for. */
    public void itemsAttempted(String clientKey, String issueKey) {
        jdbc.sql("update publication set items_attempted = true, updated_at = ? where client_key = ? and issue_key = ?")
                .params(now(), clientKey, issueKey).update();
    }

    public void finish(String clientKey, String issueKey, State state, String error) {
        Timestamp now = now();
        jdbc.sql("update publication set state = ?, error = ?, finished_at = ?, updated_at = ? where client_key = ? and issue_key = ?")
                .params(state.name(), truncate(error), now, now, clientKey, issueKey).update();
    }

    /** Back to PENDING with a note, when a transient failure (rate limit, outage) makes the scheduler try again. */
    public void retrying(String clientKey, String issueKey, String error) {
        jdbc.sql("update publication set state = 'PENDING', error = ?, updated_at = ? where client_key = ? and issue_key = ?")
                .params(truncate(error), now(), clientKey, issueKey).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }

    private static Publication map(ResultSet rs, int n) throws SQLException {
        int version = rs.getInt("page_version");
        Integer pageVersion = rs.wasNull() ? null : version;
        return new Publication(rs.getString("client_key"), rs.getString("issue_key"), State.valueOf(rs.getString("state")),
                rs.getString("step"), rs.getString("page_id"), rs.getString("page_url"), pageVersion,
                rs.getString("page_title"), rs.getString("external_page_id"), rs.getBoolean("items_attempted"),
                rs.getString("error"), rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
