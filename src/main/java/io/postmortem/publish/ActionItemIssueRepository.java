package io.postmortem.publish;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code action_item_issue}: which Jira issue carries which draft action item, and what we last wrote to it.
 */
@Repository
public class ActionItemIssueRepository {

    /** One action-item issue and the values last written to Jira. */
    public record Row(String clientKey, String jiraKey, String incidentKey, String itemId, String summary,
                      String ownerAccountId, LocalDate due) {
    }

    private final JdbcClient jdbc;

    public ActionItemIssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(String clientKey, String jiraKey) {
        return jdbc.sql("select * from action_item_issue where client_key = ? and jira_key = ?")
                .params(clientKey, jiraKey).query(ActionItemIssueRepository::map).optional();
    }

    public List<Row> forIncident(String clientKey, String incidentKey) {
        return jdbc.sql("select * from action_item_issue where client_key = ? and incident_key = ?")
                .params(clientKey, incidentKey).query(ActionItemIssueRepository::map).list();
    }

    /** Records (or refreshes) what was written to the issue. */
    public void save(Row row) {
        Date due = row.due() == null ? null : Date.valueOf(row.due());
        int updated = jdbc.sql("""
                update action_item_issue set incident_key = ?, item_id = ?, summary = ?, owner_account_id = ?, due = ?
                where client_key = ? and jira_key = ?""")
                .params(row.incidentKey(), row.itemId(), row.summary(), row.ownerAccountId(), due, row.clientKey(), row.jiraKey())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        insert into action_item_issue (client_key, jira_key, incident_key, item_id, summary, owner_account_id, due)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(row.clientKey(), row.jiraKey(), row.incidentKey(), row.itemId(), row.summary(),
                                row.ownerAccountId(), due).update();
            } catch (DuplicateKeyException raced) {
                save(row);
            }
        }
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date due = rs.getDate("due");
        return new Row(rs.getString("client_key"), rs.getString("jira_key"), rs.getString("incident_key"),
                rs.getString("item_id"), rs.getString("summary"), rs.getString("owner_account_id"),
                due == null ? null : due.toLocalDate());
    }
}
