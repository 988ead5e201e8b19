package io.postmortem.evidence.keytimes;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One piece of text evidence as the key-time finder reads it: the description, a comment, a chat message, or
 * one line of a pasted timeline (a scribe's list, an incident tool's export).
 *
 * @param source       evidence id ({@code comment:41278}, {@code slack:...}, {@code teams:3}, {@code paste:12},
 *                     {@code issue:INC-7} for the description)
 * @param where        where a person finds it ("comment 41278", "paste 2, line 12", "description")
 * @param author       who wrote it, may be null
 * @param writtenAt    when it was written (the comment's or message's own timestamp); for a line of a pasted
 *                     timeline, null
 * @param text         the text; for a timeline line, the line without its leading time
 * @param zone         the zone to read times written without one (null: such times are left unread)
 * @param zoneAssumed  true when {@link #zone} was not written in the evidence but chosen (installation or paste zone)
 * @param origin       what kind of evidence it is
 * @param bot          written by an alerting tool, a status-page bot or another machine
 * @param lineTime     for a timeline line, the time it starts with (else null)
 * @param lineOriginal for a timeline line, that time as written; for a chat message, its header time as written
 * @param paste        the number of the pasted thread or timeline it came from (1 for the first paste), or 0 when it
 *                     is not from a paste (the description, a comment)
 */
public record Utterance(String source, String where, String author, Instant writtenAt, String text, ZoneId zone,
                        boolean zoneAssumed, Origin origin, boolean bot, Instant lineTime, String lineOriginal, int paste) {

    public enum Origin { DESCRIPTION, COMMENT, CHAT, TIMELINE_LINE }

    public Utterance {
        text = text == null ? "" : text;
        if (paste < 0) throw new IllegalArgumentException("paste number " + paste);
    }
}
