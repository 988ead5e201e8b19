package io.postmortem.drafts;

import java.util.ArrayList;
import java.util.List;

import io.postmortem.evidence.chat.ChatMessage;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.postmortem.SafeText;

/**
 * A pasted thread as the draft may take it in, whenever it is read (when pasted, and again at every rebuild): the
 * messages' text, author and original without control characters or bidi overrides ({@link SafeText}), the author
 * and source on one line and within the lengths a save accepts. The paste itself is stored as pasted; what is
 * derived from it is clean.
 */
public final class PastedText {

    /** A saved timeline row's {@code who} and {@code source} hold at most this many characters. */
    public static final int MAX_SHORT = 300;
    /** A saved timeline row's {@code event} and {@code original} hold at most this many characters. */
    public static final int MAX_TEXT = 4_000;

    private PastedText() {
    }

    public static ParsedThread safe(ParsedThread thread) {
        List<ChatMessage> messages = new ArrayList<>(thread.messages().size());
        boolean changed = false;
        for (ChatMessage m : thread.messages()) {
            ChatMessage clean = safe(m);
            changed |= clean != m;
            messages.add(clean);
        }
        return changed ? new ParsedThread(thread.format(), messages, thread.warnings(), thread.preamble()) : thread;
    }

    private static ChatMessage safe(ChatMessage m) {
        String source = fit(SafeText.singleLine(m.source()), MAX_SHORT);
        String author = fit(SafeText.singleLine(m.author()), MAX_SHORT);
        String authorId = SafeText.singleLine(m.authorId());
        String text = SafeText.multiLine(m.text());
        String original = fit(SafeText.multiLine(m.original()), MAX_TEXT);
        if (source == m.source() && author == m.author() && authorId == m.authorId() && text == m.text() && original == m.original()) {
            return m;
        }
        return new ChatMessage(source, m.at(), author, authorId, text, m.bot(), m.zone(), m.zoneAssumed(), m.line(), original,
                m.stamped());
    }

    /** {@code s} cut to {@code max} characters with an ellipsis, never inside a character; the same instance when it fits. */
    public static String fit(String s, int max) {
        if (s == null || s.length() <= max) return s;
        int cut = max - 1; // room for the ellipsis
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut) + "…";
    }
}
