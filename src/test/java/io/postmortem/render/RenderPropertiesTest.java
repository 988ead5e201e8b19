package io.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.DataImpact;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.Impact;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RejectedAction;
import io.postmortem.postmortem.RootCause;
import io.postmortem.postmortem.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever people type (markup, CDATA terminators, ampersands, control characters, emoji, right-to-left text, very
 * long lines, pipes and newlines) the storage output stays well-formed XML and the Markdown tables keep their shape.
 */
class RenderPropertiesTest {
    private static final Renderer RENDERER = new Renderer();

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> fragments = Arbitraries.of("<script>alert(1)</script>", "]]>", "<![CDATA[", "&", "&amp;",
                "&#0;", "\u0000", "\u0007", "\u001b[31m", "\u0085", "|", "||", "\\|", "\n", "\r\n", "\r", "\t", "😀",
                "👩‍💻", "\u202Eevil\u202C", "שלום עולם", "مرحبا بالعالم", "`code`", "*", "**", "_x_", "[x](y)", "#",
                "> ", "- ", "1. ", "\\", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "<br>", "\"", "'", "x".repeat(5000),
                " ", "</p></td></tr></tbody></table>", "<ac:structured-macro ac:name=\"html\">", "{{title}}", "{{{x}}}",
                "---", "|---|---|", "%s", "\u2028", "\u2029");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> text = Arbitraries.oneOf(fragments, any, Arbitraries.strings().alpha().numeric().ofMaxLength(12))
                .list().ofMaxSize(6).map(l -> String.join("", l));
        return text.list().ofSize(30);
    }

    static PostMortem document(List<String> t) {
        Instant at = Instant.parse("2026-11-19T09:41:00Z");
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            timeline.add(new TimelineEntry(i == 2 ? null : at.plusSeconds(600L * i), t.get(i), t.get(i + 1), t.get(i + 2),
                    i % 2 == 0));
        }
        List<ActionItem> actions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            actions.add(new ActionItem("a" + i, t.get(10 + i), t.get(11 + i), t.get(12 + i), t.get(13 + i),
                    i == 1 ? null : LocalDate.parse("2026-12-01"), i == 2 ? null : ActionItem.PreventsRecurrence.YES,
                    t.get(14 + i), t.get(15 + i), null));
        }
        return PostMortem.builder()
                .issueKey(t.get(0)).summary(t.get(1))
                .header(new Header(t.get(2), t.get(3), Header.Severity.P1, t.get(4), t.get(5), null, null, null))
                .keyTimes(new KeyTimes(new KeyTime(at, t.get(6), KeyTime.Basis.STATED, t.get(7)), null, null))
                .impact(new Impact(List.of(t.get(8), t.get(9)), t.get(10), t.get(11), t.get(12), t.get(13)))
                .timeline(timeline)
                .answers(Answers.empty().with(io.postmortem.postmortem.Question.FIX, t.get(14)))
                .rootCause(new RootCause(t.get(15), RootCause.Certainty.MOST_LIKELY, t.get(16)))
                .fiveWhys(List.of(t.get(17), t.get(18)))
                .contributingFactors(List.of(new ContributingFactor(t.get(19), t.get(20))))
                .wentWell(List.of(t.get(21))).wentBadly(List.of(t.get(22))).lucky(List.of(t.get(23)))
                .dataImpact(new DataImpact(t.get(24), t.get(25), new DataImpact.PersonalData(true, t.get(26), t.get(27),
                        t.get(28)), new DataImpact.RegulatoryNotification(true, t.get(29), t.get(0))))
                .actionItems(actions)
                .rejectedActions(List.of(new RejectedAction(t.get(1), t.get(2), t.get(3))))
                .unknownsAtTheTime(List.of(t.get(4)))
                .supportingEvidence(List.of(new EvidenceLink(t.get(5), "https://x.example/" + t.get(6), "DASHBOARD"),
                        new EvidenceLink(t.get(7), t.get(8), t.get(9))))
                .externalVersion(t.get(10) + "\n- " + t.get(11) + "\n" + t.get(12))
                .build();
    }

    @Property(tries = 300)
    void storageIsAlwaysWellFormedXml(@ForAll("texts") List<String> t) throws Exception {
        PostMortem doc = document(t);
        StorageXml.parse(RENDERER.storage(doc));
        StorageXml.parse(RENDERER.externalStorage(doc));
    }

    @Property(tries = 300)
    void markdownTablesKeepTheirColumnCount(@ForAll("texts") List<String> t) {
        PostMortem doc = document(t);
        String md = RENDERER.markdown(doc);
        assertThat(tableRows(md, "| Time | Who/what | Event |")).hasSize(doc.timeline().size())
                .allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(4));
        assertThat(tableRows(md, "| # | Action | Owner | Due | Prevents recurrence? | Status |"))
                .hasSize(doc.actionItems().size())
                .allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(7));
        assertThat(md).doesNotContain("<script");
    }

    @Property(tries = 300)
    void pageTitleIsOneCleanLine(@ForAll("texts") List<String> t) {
        String title = RENDERER.pageTitle(document(t));
        assertThat(title).startsWith("Post-Mortem: ").hasSizeLessThanOrEqualTo(255);
        assertThat(title.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isTrue();
    }

    /** Lines of the table under {@code header}, after its delimiter row, up to the first blank line. */
    static List<String> tableRows(String md, String header) {
        String[] lines = md.split("\n", -1);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].equals(header)) continue;
            for (int j = i + 2; j < lines.length && !lines[j].isEmpty(); j++) rows.add(lines[j]);
        }
        return rows;
    }

    /** Cell separators as GFM sees them: a pipe not preceded by a backslash. */
    static int unescapedPipes(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) n++;
        }
        return n;
    }
}
