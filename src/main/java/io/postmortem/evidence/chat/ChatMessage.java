package io.postmortem.evidence.chat;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One message (or one line of a pasted timeline) after parsing a paste or an export.
 *
 * @param source      evidence id: {@code slack:<ts>} (export ts, or for a desktop paste a synthetic
 *                    {@code <epochSecond>.<line, 6 digits>}), {@code teams:<n>} (n-th message), {@code paste:<line>}
 * @param at          when it was posted (UTC); for a timeline line, the time written at its start; null for free text
 *                    without a time of its own
 * @param author      display name as shown in the paste (null for timeline lines / free text)
 * @param authorId    Slack user id (exports only), else null
 * @param text        the message text, cleaned of "(edited)", reactions, reply counters and attachment lines
 * @param bot         posted by an app/bot (alerting, status page...): its time is a machine timestamp
 * @param zone        the zone to read times written without one inside {@link #text}; null means "the caller's default"
 * @param zoneAssumed true when {@link #zone} was not written in the paste but chosen by the caller
 * @param line        1-based line number in the paste (0 for exports)
 * @param original    the message as written, with its header/time as written
 * @param stamped     true when {@link #at} came from the line itself (timeline lines), false when from a chat header
 */
public record ChatMessage(String source, Instant at, String author, String authorId, String text, boolean bot,
                          ZoneId zone, boolean zoneAssumed, int line, String original, boolean stamped) {
}
