package io.postmortem.evidence.chat;

/**
 * A clear, user-facing refusal of a paste or a Slack export, with the reason as a value (callers choose their answer by
 * the reason, never by the wording). The message is meant to be shown as-is; it never carries a stack trace.
 */
public class PasteRefused extends RuntimeException {

    public enum Reason {
        /** Nothing but white space. */
        EMPTY,
        /** Over the size or line limit: the answer is "paste the incident's window only". */
        TOO_LARGE,
        /** Binary data or control characters. */
        NOT_TEXT,
        /** A Slack export that is not valid JSON, or not an array of messages. */
        NOT_JSON,
        /** Times without a zone: the caller should ask for the zone the times were written in. */
        NEEDS_ZONE,
        /** Times without a date, and no incident date to place them on. */
        NEEDS_DATE,
        /** A zone id that is not a time zone. */
        UNKNOWN_ZONE
    }

    private final Reason reason;

    public PasteRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
