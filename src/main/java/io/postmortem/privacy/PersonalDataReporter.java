package io.postmortem.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraModel;

/**
 * The recurring personal data report, per active Jira installation: the account ids the app stores
 * ({@link PersonalData#accountIds}) are recorded in {@code personal_data_account}; those not reported within the cycle
 * are sent, 90 per request, each with when the app stored or last refreshed its data. When an account is due again is
 * Atlassian's answer: its {@code Cycle-Period} header (seconds), or {@code postmortem.privacy.cycle-period} (7 days)
 * when the answer has none. An account Atlassian answers {@code closed} is forgotten at once
 * ({@link PersonalData#forget}) and never reported again; one answered {@code updated} has its display name read from
 * the site and refreshed in the drafts ({@link PersonalData#refresh}), and is then reported with the refresh's time.
 * Ids no longer stored anywhere are dropped from the table. One failing installation does not stop the others.
 */
@Component
public class PersonalDataReporter {

    static final int BATCH = 90;
    private static final Logger log = LoggerFactory.getLogger(PersonalDataReporter.class);

    private final PersonalData personalData;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrivacyProperties properties;

    public PersonalDataReporter(PersonalData personalData, AtlassianSites sites, AtlassianClients clients, JdbcClient jdbc,
            Clock clock, PrivacyProperties properties) {
        this.personalData = personalData;
        this.sites = sites;
        this.clients = clients;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public void reportAll() {
        if (!properties.reportEnabled()) return;
        for (String clientKey : sites.jiraTenants()) {
            try (var a = MDC.putCloseable("clientKey", clientKey)) {
                // asked once per tenant, and inside the try: a way in that cannot answer (a Forge installation gone)
                // fails this tenant only
                Optional<AtlassianSite> target = sites.personalDataReporting(clientKey);
                if (target.isEmpty()) continue;
                report(clientKey, () -> target);
            } catch (RuntimeException e) {
                log.warn("Personal data report failed for an installation (tried again next run): {}", e.getMessage());
            }
        }
    }

    /** What one run did for an installation. */
    public record Result(int stored, int reported, int closed, int refreshed) {
    }

    public Result report(String clientKey) {
        return report(clientKey, () -> sites.personalDataReporting(clientKey));
    }

    /** {@code target}: where the report goes, asked only when some account is due. */
    private Result report(String clientKey, java.util.function.Supplier<Optional<AtlassianSite>> target) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Set<String> stored = personalData.accountIds(clientKey);
        List<String> known = jdbc.sql("select account_id from personal_data_account where client_key = ?").param(clientKey)
                .query(String.class).list();
        for (String id : stored) {
            if (known.contains(id)) continue;
            try {
                jdbc.sql("insert into personal_data_account (client_key, account_id, first_stored_at) values (?, ?, ?)")
                        .params(clientKey, id, at).update();
            } catch (DuplicateKeyException raced) {
                // another instance recorded it meanwhile
            }
        }
        for (String id : known) {
            if (!stored.contains(id)) {
                jdbc.sql("delete from personal_data_account where client_key = ? and account_id = ? and closed_at is null")
                        .params(clientKey, id).update();
            }
        }
        List<JiraClient.ReportedAccount> due = jdbc.sql("""
                select account_id, coalesce(refreshed_at, first_stored_at) from personal_data_account
                where client_key = ? and closed_at is null
                  and (last_reported_at is null or report_again_at <= ?
                       or (report_again_at is null and last_reported_at <= ?))
                order by account_id""")
                .params(clientKey, at, Timestamp.from(now.minus(properties.cyclePeriod())))
                .query((rs, n) -> new JiraClient.ReportedAccount(rs.getString(1), rs.getTimestamp(2).toInstant().toString()))
                .list();
        if (due.isEmpty()) return new Result(stored.size(), 0, 0, 0);
        Optional<AtlassianSite> site = target.get();
        if (site.isEmpty()) return new Result(stored.size(), 0, 0, 0);
        JiraClient jira = clients.jira(site.get());
        int closed = 0;
        int updated = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            List<JiraClient.ReportedAccount> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            JiraClient.AccountReport answer = jira.reportAccounts(properties.reportPath(), batch);
            Timestamp again = Timestamp.from(now.plus(answer.cyclePeriod().orElse(properties.cyclePeriod())));
            for (JiraClient.ReportedAccount a : batch) {
                jdbc.sql("update personal_data_account set last_reported_at = ?, report_again_at = ? where client_key = ? and account_id = ?")
                        .params(at, again, clientKey, a.accountId()).update();
            }
            for (JiraClient.AccountStatus status : answer.accounts()) {
                if (status.accountId() == null) continue;
                if (batch.stream().noneMatch(a -> a.accountId().equals(status.accountId()))) continue; // not ours to act on
                if ("closed".equals(status.status())) {
                    int drafts = personalData.forget(clientKey, status.accountId());
                    jdbc.sql("update personal_data_account set closed_at = ? where client_key = ? and account_id = ?")
                            .params(at, clientKey, status.accountId()).update();
                    log.info("An account was closed: its names and id were removed from {} draft(s)", drafts);
                    closed++;
                } else if ("updated".equals(status.status()) && refresh(clientKey, status.accountId())) {
                    jdbc.sql("update personal_data_account set refreshed_at = ? where client_key = ? and account_id = ?")
                            .params(at, clientKey, status.accountId()).update();
                    updated++;
                }
            }
        }
        log.info("Personal data report: {} account(s) stored, {} reported, {} closed, {} refreshed", stored.size(), due.size(),
                closed, updated);
        return new Result(stored.size(), due.size(), closed, updated);
    }

    /**
     * An account Atlassian reports updated: its display name as the Jira site shows it now replaces the one in the
     * drafts. Asked of the installation's Jira site (for Forge, not the reporting address). False when the site no
     * longer knows the account (the next report says closed) or the lookup fails (the next cycle asks again).
     */
    private boolean refresh(String clientKey, String accountId) {
        try {
            Optional<JiraModel.User> user = clients.jira(sites.jira(clientKey)).user(accountId);
            if (user.isEmpty() || user.get().displayName() == null) return false;
            int drafts = personalData.refresh(clientKey, accountId, user.get().displayName());
            log.info("An account was updated: its name was refreshed in {} draft(s)", drafts);
            return true;
        } catch (RuntimeException e) {
            log.warn("An updated account's name could not be read (asked again next cycle): {}", e.getMessage());
            return false;
        }
    }
}
