package io.postmortem.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Jira delivers at least once: what was already accepted, per installation, by delivery identifier
 * ({@code intake_webhook_seen}) and by change ({@code intake_change_seen}: the same change can come under two
 * identifiers). Insert-or-ignore is a plain insert that treats the unique-key violation as "seen before": portable
 * between H2 and PostgreSQL. One place for these inserts, for one delivery and for a batch.
 */
@Repository
public class SeenDeliveries {

    static final String DELIVERY = "insert into intake_webhook_seen (client_key, webhook_id, received_at) values (?, ?, ?)";
    static final String CHANGE = "insert into intake_change_seen (client_key, issue_id, changelog_id, received_at) values (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SeenDeliveries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true the first time this delivery identifier is seen for the installation (deliveries without a changelog) */
    public boolean firstDelivery(String clientKey, String webhookId) {
        try {
            jdbc.update(DELIVERY, clientKey, webhookId, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** @return true the first time this (issue, changelog) change is seen for the installation */
    public boolean firstChange(String clientKey, String issueId, String changelogId) {
        try {
            jdbc.update(CHANGE, clientKey, issueId, changelogId, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Records a batch already known to be new (de-duplicated in memory and against each other); a duplicate key in it
     * fails the whole batch, which the caller then stores one by one.
     */
    void recordBatch(List<Object[]> deliveries, List<Object[]> changes) {
        if (!deliveries.isEmpty()) jdbc.batchUpdate(DELIVERY, deliveries);
        if (!changes.isEmpty()) jdbc.batchUpdate(CHANGE, changes);
    }

    /** Forgets changes older than {@code before}: past Jira's retry window, no delivery of them comes again. */
    public int forgetChangesBefore(Instant before) {
        return jdbc.update("delete from intake_change_seen where received_at < ?", Timestamp.from(before));
    }

    /** Forgets delivery identifiers older than {@code before} (Jira retries for ~30 minutes, so a day is plenty). */
    public int forgetDeliveriesBefore(Instant before) {
        return jdbc.update("delete from intake_webhook_seen where received_at < ?", Timestamp.from(before));
    }
}
