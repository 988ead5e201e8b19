package io.postmortem.evidence.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import io.postmortem.evidence.chat.PasteRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming reading of Slack exports gives exactly what reading the whole export as one JSON tree gave: that
 * reading is kept here as the reference, and both are compared on the corpus export, a generated 50,000-message
 * export and generated odd ones (numbers as ts, repeated members, attachments, non-objects, a messages wrapper).
 */
class SlackExportStreamingTest {

    private static final ObjectMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    private static final PasteOptions UTC = new PasteOptions(ZoneOffset.UTC, null, Instant.parse("2021-01-04T15:00:00Z"));

    // ---- the reference: the tree reading as it was

    static ParsedThread reference(String text, PasteOptions opts) {
        // an object with no "messages" member is no export, whatever follows it or wherever it breaks off
        if (text.stripLeading().startsWith("{") && !text.contains("\"messages\"")) return null;
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
            throw new PasteRefused(PasteRefused.Reason.NOT_JSON, "The Slack export is not valid JSON" + where + ": " + message);
        }
        JsonNode arr = root.isArray() ? root : root.path("messages");
        if (!arr.isArray()) return null; // no export: an alert payload or a webhook body, read as text
        Map<String, String> names = new HashMap<>();
        for (JsonNode m : arr) {
            String u = str(m, "user");
            String n = realName(m);
            if (u != null && n != null) names.putIfAbsent(u, n);
        }
        List<ChatMessage> out = new ArrayList<>(arr.size());
        List<String> warnings = new ArrayList<>();
        int i = 0, skipped = 0;
        Map<String, Boolean> botNames = new HashMap<>();
        for (JsonNode m : arr) {
            i++;
            if (!m.isObject()) {
                skipped++;
                continue;
            }
            String subtype = str(m, "subtype");
            if (subtype != null && !subtype.equals("bot_message") && !subtype.equals("thread_broadcast")
                    && !subtype.equals("file_share") && !subtype.equals("me_message")) {
                skipped++;
                continue;
            }
            String ts = str(m, "ts");
            Instant at = PasteParser.parseTs(ts);
            if (at == null) {
                warnings.add("Message " + i + " has no valid ts (\"" + ts + "\"); skipped.");
                continue;
            }
            boolean bot = "bot_message".equals(subtype) || m.has("bot_id") || m.has("bot_profile");
            String user = str(m, "user");
            String author = realName(m);
            if (author == null && user != null) author = names.getOrDefault(user, user);
            if (author == null) author = str(m, "username");
            if (author == null) author = str(m.path("bot_profile"), "name");
            if (author == null) author = bot ? "bot" : "unknown";
            String body = str(m, "text");
            if (body == null || body.isBlank()) body = attachmentsText(m);
            String clean = PasteParser.slackText(body == null ? "" : body, names);
            boolean isBot = bot || botNames.computeIfAbsent(author, Bots::isBot);
            out.add(new ChatMessage("slack:" + ts, at, author, user, clean, isBot, opts.zone(), opts.zone() != null, 0, body, false));
        }
        if (skipped > 0) warnings.add(skipped + " join/leave/system messages were skipped.");
        out.sort((a, b) -> a.at().compareTo(b.at()));
        return new ParsedThread(ParsedThread.Format.SLACK_EXPORT, out, warnings);
    }

    private static String attachmentsText(JsonNode m) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode a : m.path("attachments")) {
            String t = str(a, "title");
            if (t == null) t = str(a, "fallback");
            if (t == null) t = str(a, "text");
            if (t != null) sb.append(sb.length() > 0 ? "\n" : "").append(t);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String realName(JsonNode m) {
        JsonNode p = m.path("user_profile");
        String n = str(p, "real_name");
        if (n == null || n.isBlank()) n = str(p, "display_name");
        return n == null || n.isBlank() ? null : n;
    }

    private static String str(JsonNode n, String f) {
        if (n == null || !n.isObject()) return null;
        JsonNode v = n.get(f);
        return v == null || v.isNull() || v.isContainer() ? null : v.asString();
    }

    // ---- comparisons

    private static void assertSameReading(String export) {
        Object expected;
        try {
            expected = reference(export, UTC);
        } catch (PasteRefused e) {
            expected = e.getMessage();
        }
        Object actual;
        try {
            actual = PasteParser.parse(export, UTC);
        } catch (PasteRefused e) {
            actual = e.getMessage();
        }
        if (expected == null) {
            // JSON but no export (an object without a "messages" array): read as text, never refused
            assertThat(actual).isInstanceOfSatisfying(ParsedThread.class,
                    t -> assertThat(t.format()).isNotEqualTo(ParsedThread.Format.SLACK_EXPORT));
        } else if (expected instanceof String message && message.contains("Trailing token")) {
            // the tree reader's wording names its own setting; both name the place and refuse
            assertThat((String) actual).startsWith(message.substring(0, message.indexOf("Trailing token") + "Trailing token".length()));
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void theCorpusExportReadsTheSame() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/evidence/slack-2021-export.json")) {
            String export = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertSameReading(export);
            assertThat(PasteParser.parse(export, UTC).messages()).isNotEmpty();
            assertSameReading("{\"channel\": \"inc\", \"messages\": " + export + ", \"pinned\": [1, {\"x\": []}]}");
        }
    }

    @Test
    void aLargeGeneratedExportReadsTheSame() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            if (i > 0) sb.append(',');
            sb.append(i % 50 == 0 ? "{\"subtype\":\"bot_message\",\"username\":\"Datadog\",\"ts\":\"" + (1700000000 + i) + ".000100\",\"text\":\"Triggered\"}"
                    : i % 97 == 0 ? "{\"subtype\":\"channel_join\",\"user\":\"U" + i % 7 + "\",\"ts\":\"" + (1700000000 + i) + ".1\",\"text\":\"joined\"}"
                    : "{\"ts\":\"" + (1700000000 + i) + ".000200\",\"user\":\"U" + i % 40 + "\",\"user_profile\":{\"real_name\":\"P" + i % 40
                    + "\"},\"text\":\"<@U" + (i + 1) % 40 + "> rolled back " + i + "\"}");
        }
        assertSameReading(sb.append(']').toString());
    }

    @Test
    void oddButValidExportsReadTheSame() {
        for (String export : new String[] {
                "[{\"ts\": 1700000000.000100, \"text\": \"a number as ts\"}, {\"ts\": 1700000001, \"text\": 42}]",
                "[{\"ts\":\"1700000000.1\",\"text\":\"first\",\"text\":\"last wins\",\"user\":\"U1\",\"user_profile\":{\"real_name\":\"A\"},"
                        + "\"user_profile\":{\"display_name\":\"B\"}}]",
                "[{\"ts\":\"1700000000.1\",\"text\":\" \",\"attachments\":[{\"fallback\":\"fb\"},{\"text\":\"t\"},5,{\"title\":null}]}]",
                "[{\"ts\":\"1700000000.1\",\"attachments\":{\"a\":{\"title\":\"object attachments\"}}}]",
                "[1, \"x\", null, [], [{\"ts\":\"1\"}], {\"ts\":\"1700000000.1\",\"bot_profile\":{\"name\":\"Grafana\"}}, {\"ts\":\"oops\"}]",
                "[{\"ts\":\"1700000000.1\",\"bot_id\":null,\"text\":\"bot by id\"}, {\"ts\":null}, {}]",
                "{\"messages\": [{\"ts\":\"1700000000.1\",\"text\":\"one\"}], \"messages\": [{\"ts\":\"1700000002.1\",\"text\":\"two\"}]}",
                "{\"messages\": [{\"ts\":\"1700000000.1\",\"text\":\"one\"}], \"messages\": 5}",
                "{\"messages\": {\"ts\":\"1\"}}", "{\"channel\": \"x\"}", "[]", "{}", "[{\"user\":\"U9\",\"ts\":\"1e9\",\"text\":\"<@U9>\"}]",
                "[{\"ts\":\"1700000000.1\",\"text\":\"a\"}]   ", "[1] [2]", "{\"a\":1} 7", "[1] x", "[{\"ts\": ]", "[{\"ts\":\"1\",,}]",
                "{\"messages\": [1, 2", "[\"\\ud800\", {\"ts\":\"1700000000.1\",\"text\":\"\\u0000nul\"}]"}) {
            assertSameReading(export);
        }
    }

    @Test
    void timestampsNoInstantCanHoldAreSkippedNotFatal() {
        String export = "[{\"ts\":\"1e999999999\",\"text\":\"a\"},{\"ts\":\"1e-999999999\",\"text\":\"b\"},"
                + "{\"ts\":\"99999999999999999\",\"text\":\"c\"},{\"ts\":\"-1e300\",\"text\":\"d\"},"
                + "{\"ts\":\"1700000000.000100\",\"text\":\"e\"}]";
        ParsedThread t = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> PasteParser.parse(export, UTC));
        assertThat(t.messages()).extracting(ChatMessage::text).containsExactly("b", "e"); // 1e-999999999 is 0: the epoch
        assertThat(t.messages().get(0).at()).isEqualTo(Instant.EPOCH);
        assertThat(t.warnings()).contains("Message 1 has no valid ts (\"1e999999999\"); skipped.",
                "Message 3 has no valid ts (\"99999999999999999\"); skipped.", "Message 4 has no valid ts (\"-1e300\"); skipped.");
    }

    @Property(tries = 300)
    void generatedExportsReadTheSame(@ForAll("exports") String export) {
        assertSameReading(export);
    }

    @Provide
    Arbitrary<String> exports() {
        Arbitrary<String> value = Arbitraries.of("\"1700000000.000100\"", "1700000000.5", "12", "null", "true", "\"\"", "\" \"", "\"U1\"",
                "\"Dana Ops\"", "\"bot_message\"", "\"channel_join\"", "{\"real_name\":\"Mia\"}", "{\"display_name\":\" \"}", "[]",
                "[{\"title\":\"t\"}]", "{\"name\":\"PagerDuty\"}", "\"<@U1> hi <https://x.io|x>\"");
        Arbitrary<String> key = Arbitraries.of("ts", "text", "user", "user_profile", "subtype", "username", "bot_id", "bot_profile",
                "attachments", "other");
        Arbitrary<String> member = net.jqwik.api.Combinators.combine(key, value).as((k, v) -> "\"" + k + "\":" + v);
        Arbitrary<String> message = member.list().ofMaxSize(7).map(ms -> "{" + String.join(",", ms) + "}");
        Arbitrary<String> element = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, message), net.jqwik.api.Tuple.of(1, value));
        return element.list().ofMaxSize(12).map(es -> "[" + String.join(",", es) + "]");
    }

}
