package io.postmortem.drafts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.postmortem.evidence.chat.PasteRefused;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pasted threads and Slack exports of a draft, stored as pasted with the options they were read with, in the order
 * they were added. A rebuild of the draft from Jira parses them again with the same options, so the same messages get
 * the same times, and their statements feed the key times.
 */
@Repository
public class PastedEvidenceRepository {

    /**
     * One stored paste.
     *
     * @param seq           1, 2, ... within the draft ("paste 2, line 14" in a key time's source)
     * @param body          the text as pasted
     * @param json          a Slack export (JSON) rather than copied text
     * @param zone          the zone chosen for its times without one, or null
     * @param referenceDate the day "Today"/undated lines were placed on, or null
     * @param anchor        the incident time used to date messages before any date header, or null
     * @param addedBy       account id of the person who pasted it
     */
    public record Paste(int seq, String body, boolean json, String zone, LocalDate referenceDate, Instant anchor,
                        String addedBy, Instant addedAt) {

        /**
         * The paste read again with the options it was stored with, as the draft takes it in ({@link PastedText});
         * throws {@link PasteRefused} if it no longer reads.
         */
        public ParsedThread read() {
            ZoneId z;
            try {
                z = zone == null ? null : ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new PasteRefused(PasteRefused.Reason.UNKNOWN_ZONE, "Unknown time zone " + zone);
            }
            return PastedText.safe(PasteParser.parse(body, new PasteOptions(z, referenceDate, anchor)));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public PastedEvidenceRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a paste after the draft's others; returns it with its number. */
    public Paste add(String clientKey, String issueKey, String body, boolean json, String zone, LocalDate referenceDate,
                     Instant anchor, String addedBy) {
        for (int attempt = 0; ; attempt++) {
            int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from postmortem_paste where client_key = ? and issue_key = ?")
                    .params(clientKey, issueKey).query(Integer.class).single();
            Instant now = clock.instant();
            try {
                jdbc.sql("""
                        insert into postmortem_paste (client_key, issue_key, seq, is_json, zone, reference_date, anchor_at, body, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(clientKey, issueKey, seq, json, zone, referenceDate,
                                anchor == null ? null : Timestamp.from(anchor), body, addedBy, Timestamp.from(now))
                        .update();
                return new Paste(seq, body, json, zone, referenceDate, anchor, addedBy, now);
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) throw e; // two pastes at once took the same number: take the next one
            }
        }
    }

    /** The draft's pastes, oldest first. */
    public List<Paste> list(String clientKey, String issueKey) {
        return jdbc.sql("""
                select seq, body, is_json, zone, reference_date, anchor_at, added_by, added_at from postmortem_paste
                where client_key = ? and issue_key = ? order by seq""")
                .params(clientKey, issueKey)
                .query((rs, n) -> {
                    LocalDate ref = rs.getObject("reference_date", LocalDate.class);
                    Timestamp anchor = rs.getTimestamp("anchor_at");
                    return new Paste(rs.getInt("seq"), rs.getString("body"), rs.getBoolean("is_json"), rs.getString("zone"),
                            ref, anchor == null ? null : anchor.toInstant(),
                            rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
                })
                .list();
    }

    public int count(String clientKey, String issueKey) {
        return jdbc.sql("select count(*) from postmortem_paste where client_key = ? and issue_key = ?")
                .params(clientKey, issueKey).query(Integer.class).single();
    }
}
