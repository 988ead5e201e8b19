package io.postmortem.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.postmortem.evidence.chat.ChatMessage;
import io.postmortem.evidence.chat.ParsedThread;

/** A pasted thread as the draft takes it in: clean text, names and sources on one line and within their lengths. */
class PastedTextTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:44:00Z");

    @Test
    void controlAndBidiCharactersGoAndLongNamesAndSourcesAreCut() {
        ChatMessage hostile = new ChatMessage("slack:" + "1".repeat(400), AT, "Dana\nOps\u202E" + "x".repeat(400), "U1\u0000",
                "paged\u0007 me\r\nat 9:38 \u2066ok\u2069", false, ZoneOffset.UTC, true, 3, "Dana Ops 9:44\u001b[0m\n" + "y".repeat(5000), false);
        ParsedThread thread = new ParsedThread(ParsedThread.Format.SLACK_EXPORT, List.of(hostile), List.of("a warning"));

        ChatMessage m = PastedText.safe(thread).messages().get(0);

        assertThat(m.text()).isEqualTo("paged me\nat 9:38 ok");
        assertThat(m.author()).startsWith("Dana Ops").hasSize(PastedText.MAX_SHORT).endsWith("…").doesNotContain("\u202E");
        assertThat(m.source()).startsWith("slack:111").hasSize(PastedText.MAX_SHORT);
        assertThat(m.authorId()).isEqualTo("U1");
        assertThat(m.original()).startsWith("Dana Ops 9:44[0m\nyyy").hasSize(PastedText.MAX_TEXT);
        assertThat(m.at()).isEqualTo(AT);
        assertThat(m.line()).isEqualTo(3);
        assertThat(PastedText.safe(thread).warnings()).containsExactly("a warning");
    }

    @Test
    void aCleanThreadIsReturnedAsItIs() {
        ParsedThread thread = new ParsedThread(ParsedThread.Format.SLACK_DESKTOP, List.of(new ChatMessage("slack:1795170600.000003", AT,
                "Dana Ops", null, "rolled back 👀", false, ZoneOffset.UTC, true, 3, "Dana Ops  9:44 AM\nrolled back 👀", false)), List.of());
        assertThat(PastedText.safe(thread)).isSameAs(thread);
    }

    @Test
    void fitNeverCutsACharacterInHalf() {
        String emoji = "a".repeat(8) + "👀👀"; // the cut would fall inside the first emoji
        assertThat(PastedText.fit(emoji, 10)).isEqualTo("a".repeat(8) + "…");
        assertThat(PastedText.fit("short", 10)).isEqualTo("short");
    }
}
