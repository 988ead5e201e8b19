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

/**
 * The recurring personal data report, per active Jira installation: the account ids the app stores
 * ({@link PersonalData#accountIds}) are recorded in {@code personal_data_account}; those not reported within the cycle
 * ({@code postmortem.privacy.cycle-period}, 7 days) are sent, 90 per request; an account Atlassian answers
 * {@code closed} is forgotten at once ({@link PersonalData#forget}) and never reported again. {@code updated} needs
 * nothing: the app keeps no profile data beyond the names written into the post-mortem at the time. Ids no longer
 * stored anywhere are dropped from the table. One failing installation does not stop the others.
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
    public record Result(int stored, int reported, int closed) {
    }

    public Result report(String clientKey) {
        return report(clientKey, () -> sites.personalDataReporting(clientKey));
    }

    /** {@code target}: where the report goes, asked only when some account is due. */
    private Result report(String clientKey, java.util.function.Supplier<Optional<AtlassianSite>> target) {
        Instant now = clock.instant();
        Set<String> stored = personalData.accountIds(clientKey);
        List<String> known = jdbc.sql("select account_id from personal_data_account where client_key = ?").param(clientKey)
                .query(String.class).list();
        for (String id : stored) {
            if (known.contains(id)) continue;
            try {
                jdbc.sql("insert into personal_data_account (client_key, account_id, first_stored_at) values (?, ?, ?)")
                        .params(clientKey, id, Timestamp.from(now)).update();
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
                select account_id, first_stored_at from personal_data_account
                where client_key = ? and closed_at is null and (last_reported_at is null or last_reported_at <= ?)
                order by account_id""")
                .params(clientKey, Timestamp.from(now.minus(properties.cyclePeriod())))
                .query((rs, n) -> new JiraClient.ReportedAccount(rs.getString(1), rs.getTimestamp(2).toInstant().toString()))
                .list();
        if (due.isEmpty()) return new Result(stored.size(), 0, 0);
        Optional<AtlassianSite> site = target.get();
        if (site.isEmpty()) return new Result(stored.size(), 0, 0);
        JiraClient jira = clients.jira(site.get());
        int closed = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            List<JiraClient.ReportedAccount> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            List<JiraClient.AccountStatus> answer = jira.reportAccounts(properties.reportPath(), batch);
            List<Object[]> reported = new ArrayList<>();
            for (JiraClient.ReportedAccount a : batch) reported.add(new Object[] {Timestamp.from(now), clientKey, a.accountId()});
            for (Object[] row : reported) {
                jdbc.sql("update personal_data_account set last_reported_at = ? where client_key = ? and account_id = ?")
                        .params(row).update();
            }
            for (JiraClient.AccountStatus status : answer) {
                if (!"closed".equals(status.status()) || status.accountId() == null) continue;
                if (batch.stream().noneMatch(a -> a.accountId().equals(status.accountId()))) continue; // not ours to act on
                int drafts = personalData.forget(clientKey, status.accountId());
                jdbc.sql("update personal_data_account set closed_at = ? where client_key = ? and account_id = ?")
                        .params(Timestamp.from(now), clientKey, status.accountId()).update();
                log.info("An account was closed: its names and id were removed from {} draft(s)", drafts);
                closed++;
            }
        }
        log.info("Personal data report: {} account(s) stored, {} reported, {} closed", stored.size(), due.size(), closed);
        return new Result(stored.size(), due.size(), closed);
    }
}
