package io.postmortem.evidence.chat;

import java.util.List;

/**
 * A parsed paste or export: the detected format, its messages in order, non-fatal warnings (lines skipped, dates in
 * the future...) to show the person who pasted it, and its preamble: the lines above the first message header (or, in
 * a pasted timeline, above its first row), whole, which are usually the paster's own note on the paste ("joined the
 * channel late; scrollback before 1:15 PM not copied") or the pasted document's title ("Salt Edge - Postmortem").
 */
public record ParsedThread(Format format, List<ChatMessage> messages, List<String> warnings, List<String> preamble) {

    /**
     * IRC (irssi, WeeChat, HexChat logs), DISCORD, ZOOM (saved chat), MEET (Google Meet's chat panel) and WHATSAPP
     * (WhatsApp exports and Telegram copies) are read like Slack/Teams copies; MAIL is a mail chain copied with its
     * From/Sent/Subject headers.
     */
    public enum Format { SLACK_DESKTOP, SLACK_EXPORT, TEAMS, TIMELINE, FREE_TEXT, IRC, DISCORD, ZOOM, MEET, WHATSAPP, MAIL }

    public ParsedThread {
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
        preamble = List.copyOf(preamble);
    }

    /** A paste with no lines above its first message (every format but copied chat threads). */
    public ParsedThread(Format format, List<ChatMessage> messages, List<String> warnings) {
        this(format, messages, warnings, List.of());
    }
}
