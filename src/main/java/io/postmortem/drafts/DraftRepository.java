package io.postmortem.drafts;

import io.postmortem.postmortem.PostMortem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores one post-mortem draft per (installation, incident) with optimistic versioning.
 *
 * <p>People save through {@link #update} with the version they started from; a stale version raises
 * {@link StaleDraftException} carrying the current document so nothing typed is silently overwritten.
 * Machine writers (intake, publish) use {@link #modify}, which re-reads and retries on a concurrent save.
 */
@Repository
public class DraftRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public DraftRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public Optional<PostMortem> find(String clientKey, String issueKey) {
        return jdbc.sql("select document from postmortem_draft where client_key = ? and issue_key = ?")
                .params(clientKey, issueKey)
                .query((rs, n) -> read(rs.getString(1)))
                .optional();
    }

    public boolean exists(String clientKey, String issueKey) {
        return jdbc.sql("select count(*) from postmortem_draft where client_key = ? and issue_key = ?")
                .params(clientKey, issueKey).query(Integer.class).single() > 0;
    }

    /** Issue keys of all drafts of an installation (used by reconciliation to find incidents without one). */
    public List<String> issueKeys(String clientKey) {
        return jdbc.sql("select issue_key from postmortem_draft where client_key = ? order by issue_key")
                .param(clientKey).query(String.class).list();
    }

    /** Inserts a new draft at version 1; throws {@link DraftExistsException} when the incident already has one. */
    public PostMortem insert(String clientKey, PostMortem doc) {
        Instant now = clock.instant();
        PostMortem stored = doc.toBuilder().version(1).updatedAt(now).build();
        try {
            jdbc.sql("""
                    insert into postmortem_draft (client_key, issue_key, issue_id, version, status, answered, document, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(clientKey, stored.issueKey(), stored.issueId(), stored.version(), stored.status().name(),
                            stored.answeredQuestions(), write(stored), Timestamp.from(now), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DraftExistsException(stored.issueKey());
        }
        return stored;
    }

    /**
     * Saves {@code doc} if the stored version is still {@code expectedVersion}; the stored document gets
     * {@code expectedVersion + 1}. Throws {@link StaleDraftException} with the current document otherwise.
     */
    public PostMortem update(String clientKey, PostMortem doc, long expectedVersion) {
        Instant now = clock.instant();
        PostMortem stored = doc.toBuilder().version(expectedVersion + 1).updatedAt(now).build();
        int rows = jdbc.sql("""
                update postmortem_draft set version = ?, status = ?, answered = ?, document = ?, issue_id = coalesce(?, issue_id), updated_at = ?
                where client_key = ? and issue_key = ? and version = ?""")
                .params(stored.version(), stored.status().name(), stored.answeredQuestions(), write(stored),
                        stored.issueId(), Timestamp.from(now), clientKey, stored.issueKey(), expectedVersion)
                .update();
        if (rows == 1) return stored;
        PostMortem current = find(clientKey, doc.issueKey()).orElseThrow(() -> new DraftNotFoundException(doc.issueKey()));
        throw new StaleDraftException(current);
    }

    /**
     * Applies a machine change to the current draft (or to a new empty one), retrying when a person saved
     * in between. Returns the stored result. Each statement commits on its own: a failed insert inside one
     * transaction would poison it on PostgreSQL.
     */
    public PostMortem modify(String clientKey, String issueKey, UnaryOperator<PostMortem> change) {
        for (int attempt = 0; ; attempt++) {
            Optional<PostMortem> current = find(clientKey, issueKey);
            try {
                if (current.isEmpty()) {
                    return insert(clientKey, change.apply(PostMortem.newDraft(issueKey)));
                }
                return update(clientKey, change.apply(current.get()), current.get().version());
            } catch (StaleDraftException | DraftExistsException e) {
                if (attempt >= 5) throw e;
            }
        }
    }

    private PostMortem read(String document) {
        return json.readValue(document, PostMortem.class);
    }

    private String write(PostMortem doc) {
        return json.writeValueAsString(doc);
    }

    /** The draft changed since the caller read it; carries the current document. */
    public static class StaleDraftException extends RuntimeException {
        private final transient PostMortem current;

        public StaleDraftException(PostMortem current) {
            super("The post-mortem was changed by someone else (now at version " + current.version() + ")");
            this.current = current;
        }

        public PostMortem current() {
            return current;
        }
    }

    public static class DraftExistsException extends RuntimeException {
        public DraftExistsException(String issueKey) {
            super("A draft already exists for " + issueKey);
        }
    }

    public static class DraftNotFoundException extends RuntimeException {
        public DraftNotFoundException(String issueKey) {
            super("No post-mortem draft exists for " + issueKey + " yet");
        }
    }
}
