package io.postmortem.evidence;

import io.postmortem.evidence.chat.ChatMessage;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.evidence.chat.PasteRefused;
import io.postmortem.evidence.time.TimeMention;
import io.postmortem.evidence.time.TimeMentions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of time and line formats real tools and people write ({@code evidence/formats/catalogue.txt}: syslog,
 * web-server and application logs, journald, Windows events, Kubernetes, AWS, paging and alerting exports and payloads,
 * status pages, chat copies and exports, mail headers, SCADA alarm lists, 12-hour and colonless clocks, zones written
 * every way), each read by the parser that meets it (a paste, or a sentence) and checked to the minute. The cases come
 * from the formats' documentation, not from any incident set; a form that cannot be read without guessing is expected
 * to give no time ("none"), never a wrong one.
 */
class TimeFormatCatalogueTest {

    record Case(String kind, String via, ZoneId zone, LocalDate reference, String expected, String text) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static List<Case> cases() throws IOException {
        String all;
        try (InputStream in = Objects.requireNonNull(TimeFormatCatalogueTest.class.getResourceAsStream("/evidence/formats/catalogue.txt"))) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String[] header = null;
        StringBuilder body = new StringBuilder();
        for (String line : (all + "\n=== end").split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (header != null) {
                    out.add(new Case(header[0].strip(), header[1].strip(), header[2].strip().equals("-") ? null : ZoneId.of(header[2].strip()),
                            LocalDate.parse(header[3].strip()), header[4].strip(), body.toString().strip()));
                }
                header = line.equals("=== end") ? null : line.substring(4).split("\\|");
                body.setLength(0);
            } else if (header != null) body.append(line).append('\n');
        }
        return out;
    }

    /** What the parser makes of a case, in the catalogue's notation. */
    static String read(Case c) {
        List<String> got = new ArrayList<>();
        if (c.via().equals("paste")) {
            try {
                Instant created = c.reference().atTime(LocalTime.NOON).atZone(c.zone() == null ? ZoneId.of("UTC") : c.zone()).toInstant();
                ParsedThread t = PasteParser.parse(c.text(), new PasteOptions(c.zone(), c.reference(), created));
                // a paste read as free text is one text whose times the engine reads as it reads a comment's
                if (t.format() == ParsedThread.Format.FREE_TEXT) return read(new Case(c.kind(), "text", c.zone(), c.reference(), c.expected(), c.text()));
                for (ChatMessage m : t.messages())
                    if (m.at() != null) got.add(minute(m.at()));
            } catch (PasteRefused e) {
                return "refused";
            }
        } else {
            Instant anchor = c.reference().atTime(LocalTime.NOON).atZone(c.zone() == null ? ZoneId.of("UTC") : c.zone()).toInstant();
            Instant prev = null;
            for (TimeMention tm : TimeMentions.find(c.text())) {
                // as a recap is read: a time after another follows it (the day written once dates the rest)
                Instant at = prev == null ? TimeMentions.resolve(tm, anchor, c.zone()) : TimeMentions.resolveAfter(tm, prev, c.zone());
                got.add(at == null ? "?" : minute(at));
                if (at != null) prev = at;
            }
        }
        return got.isEmpty() ? "none" : String.join(", ", got);
    }

    private static String minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).toString().replaceFirst(":00Z$", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFormatIsReadAtTheMinuteItMeans(Case c) {
        assertThat(read(c)).as(c.kind() + "\n" + c.text()).isEqualTo(c.expected());
    }

    /** Prints the catalogue's size and which kinds are misread, so a run shows the whole picture at once. */
    @Test
    void printsTheCatalogue() throws IOException {
        List<Case> all = cases();
        List<String> failing = all.stream().filter(c -> !read(c).equals(c.expected()))
                .map(c -> c.kind() + ": got " + read(c) + ", want " + c.expected()).collect(Collectors.toList());
        System.out.println("[formats] " + all.size() + " cases, " + (all.size() - failing.size()) + " read right, " + failing.size() + " misread");
        failing.forEach(f -> System.out.println("[formats] MISREAD " + f));
        assertThat(all).hasSizeGreaterThan(60);
    }
}
