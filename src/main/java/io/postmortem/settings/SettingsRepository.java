package io.postmortem.settings;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Settings per installation, stored as the contract's JSON; an installation without a row has the defaults. */
@Repository
public class SettingsRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final java.time.Clock clock;

    public SettingsRepository(JdbcClient jdbc, JsonMapper json, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public Settings get(String clientKey) {
        return jdbc.sql("select settings from installation_settings where client_key = ?")
                .param(clientKey)
                .query((rs, n) -> json.readValue(rs.getString(1), Settings.class))
                .optional()
                .orElseGet(Settings::defaults);
    }

    /** The effective settings for one incident: the installation's, with its project's overrides applied. */
    public Settings forIssue(String clientKey, String issueKey) {
        return get(clientKey).forProject(Settings.projectOf(issueKey));
    }

    public Settings save(String clientKey, Settings settings, String accountId) {
        String body = json.writeValueAsString(settings);
        Timestamp now = Timestamp.from(clock.instant());
        int rows = jdbc.sql("update installation_settings set settings = ?, updated_at = ?, updated_by = ? where client_key = ?")
                .params(body, now, accountId, clientKey).update();
        if (rows == 0) {
            jdbc.sql("insert into installation_settings (client_key, settings, updated_at, updated_by) values (?, ?, ?, ?)")
                    .params(clientKey, body, now, accountId).update();
        }
        return settings;
    }
}
