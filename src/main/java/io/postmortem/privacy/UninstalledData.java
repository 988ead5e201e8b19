package io.postmortem.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.postmortem.retention.Purge;
import io.postmortem.retention.RetentionProperties;

/**
 * An uninstalled installation's data is deleted once the grace period ({@code postmortem.retention.uninstalled-grace},
 * 30 days) has passed since its uninstall; a reinstall within it (Connect {@code installed}, or a Forge installation
 * of the same tenant) keeps everything. A tenant goes only when no Connect or Forge installation of it is active and
 * its last uninstall is older than the grace period. Everything stored under the tenant goes in one transaction:
 * drafts, pastes, settings, publications, action items, intake status and de-duplication rows, personal data
 * records, queued jobs, and the installation rows themselves (with their shared secret or system token).
 */
@Component
public class UninstalledData implements Purge {

    private static final Logger log = LoggerFactory.getLogger(UninstalledData.class);

    /** Tables keyed by {@code client_key} (the tenant). */
    static final List<String> TENANT_TABLES = List.of("postmortem_paste", "postmortem_draft", "installation_settings",
            "publication", "action_item_issue", "intake_job", "intake_webhook_seen", "intake_change_seen",
            "personal_data_account", "followup_reminder", "forge_connect_link", "dynamic_webhook");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RetentionProperties retention;

    public UninstalledData(JdbcClient jdbc, TransactionTemplate transactions, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
    }

    @Override
    public String what() {
        return "uninstalled-installations";
    }

    /** @return the number of tenants whose data was deleted */
    @Override
    public int purge(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(retention.uninstalledGrace()));
        Set<String> candidates = new LinkedHashSet<>();
        candidates.addAll(jdbc.sql("select client_key from installations where installed = false and uninstalled_at < ?")
                .param(cutoff).query(String.class).list());
        candidates.addAll(jdbc.sql("select tenant from forge_installation where installed = false and uninstalled_at < ?")
                .param(cutoff).query(String.class).list());
        int deleted = 0;
        for (String tenant : candidates) {
            Boolean gone = transactions.execute(status -> {
                // still installed somewhere, or uninstalled within the grace period: keep
                int keep = jdbc.sql("select count(*) from installations where client_key = ? and (installed = true or uninstalled_at >= ?)")
                        .params(tenant, cutoff).query(Integer.class).single()
                        + jdbc.sql("select count(*) from forge_installation where tenant = ? and (installed = true or uninstalled_at >= ?)")
                        .params(tenant, cutoff).query(Integer.class).single();
                if (keep > 0) return false;
                for (String table : TENANT_TABLES) {
                    jdbc.sql("delete from " + table + " where client_key = ?").param(tenant).update();
                }
                String prefix = tenant + "|";
                jdbc.sql("delete from scheduled_tasks where substr(task_instance, 1, ?) = ?").params(prefix.length(), prefix).update();
                jdbc.sql("delete from forge_installation where tenant = ?").param(tenant).update();
                jdbc.sql("delete from installations where client_key = ?").param(tenant).update();
                return true;
            });
            if (Boolean.TRUE.equals(gone)) {
                log.info("Deleted the data of an installation uninstalled more than {} ago", retention.uninstalledGrace());
                deleted++;
            }
        }
        return deleted;
    }
}
