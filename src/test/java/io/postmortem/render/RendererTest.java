package io.postmortem.render;

import static io.postmortem.testsupport.SeedExample.seedExample;
import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RootCause;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.testsupport.SeedExample;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RendererTest {
    private static final String AC = "http://atlassian.com/content";
    private static final String RI = "http://atlassian.com/resource/identifier";
    private static final List<String> HEADINGS = List.of("1. Summary", "2. Impact", "3. Timeline",
            "4. Root Cause Analysis", "The one-sentence cause", "Five whys",
            "Contributing factors (not the root cause, but made it worse or slower to detect)", "5. Data impact",
            "6. What went well", "7. What didn't go well", "8. Where we got lucky", "9. Action items",
            "Actions explicitly rejected (and why)", "10. Supporting evidence", "11. External-facing version",
            "Redaction checklist (before publishing externally)");

    private final Renderer renderer = new Renderer();

    private static String golden(String name) {
        return io.postmortem.testsupport.Golden.read(name);
    }

    @Test
    void seedExampleMatchesTheGoldenMarkdown() throws Exception {
        assertThat(renderer.markdown(seedExample())).isEqualTo(golden("seed-example.md"));
    }

    @Test
    void seedExampleMatchesTheGoldenStorage() throws Exception {
        assertThat(renderer.storage(seedExample())).isEqualTo(golden("seed-example.storage.xml"));
    }

    @Test
    void externalVersionMatchesItsGoldens() throws Exception {
        assertThat(renderer.externalMarkdown(seedExample())).isEqualTo(golden("seed-example.external.md"));
        assertThat(renderer.externalStorage(seedExample())).isEqualTo(golden("seed-example.external.storage.xml"));
    }

    @Test
    void markdownHasEverySeedHeadingInOrder() {
        String md = renderer.markdown(seedExample());
        int at = md.indexOf("# Post-Mortem: ");
        assertThat(at).isZero();
        for (String h : HEADINGS) {
            int next = md.indexOf("# " + h + "\n", at);
            assertThat(next).as(h).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void storageParsesAsXmlAndHasEverySectionHeadingAndTheConfluenceConstructs() throws Exception {
        Document doc = StorageXml.parse(renderer.storage(seedExample()));
        List<String> headings = new java.util.ArrayList<>();
        for (String tag : List.of("h2", "h3")) {
            NodeList n = doc.getElementsByTagName(tag);
            for (int i = 0; i < n.getLength(); i++) headings.add(n.item(i).getTextContent());
        }
        assertThat(headings).containsAll(HEADINGS);

        List<String> macros = new java.util.ArrayList<>();
        NodeList m = doc.getElementsByTagNameNS(AC, "structured-macro");
        for (int i = 0; i < m.getLength(); i++) macros.add(((Element) m.item(i)).getAttributeNS(AC, "name"));
        assertThat(macros).contains("toc", "info", "status", "jira", "note");
        assertThat(macros.stream().filter("jira"::equals)).hasSize(3); // the incident + OPS-101 + OPS-102

        NodeList users = doc.getElementsByTagNameNS(RI, "user");
        assertThat(users.getLength()).isEqualTo(4);
        assertThat(((Element) users.item(0)).getAttributeNS(RI, "account-id")).isEqualTo(SeedExample.ALEX);
        assertThat(doc.getElementsByTagName("time").getLength()).isEqualTo(8); // review + 3 key times + 4 dues
        assertThat(doc.getElementsByTagNameNS(AC, "task").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagName("em").getLength()).isEqualTo(3); // one learned-later row, three cells
    }

    @Test
    void unknownTimesAndAMostLikelyCauseAreSaidPlainly() throws Exception {
        PostMortem doc = seedExample().toBuilder()
                .keyTimes(new KeyTimes(KeyTime.unknown(), SeedExample.seedExample().keyTimes().detected(), null))
                .rootCause(new RootCause("An expired SAML signing certificate", RootCause.Certainty.MOST_LIKELY, null))
                .timeline(List.of(new TimelineEntry(null, "Helpdesk", "Staff reports", "manual", false)))
                .build();
        String md = renderer.markdown(doc);
        assertThat(md).contains("- **Duration:** Start unknown - Detected " + SeedExample.DAY + " 09:52 UTC - Resolved unknown");
        // each key time says its basis and where it came from; unknown says why
        assertThat(md).contains("  - Started: unknown (nothing in the evidence says it)\n");
        assertThat(md).contains("  - Detected: 09:52 UTC, stated (comment 30102 by Priya Raman): \"Ticket volume triggered escalation");
        assertThat(md).contains("### The one-sentence cause\nMost likely cause: An expired SAML signing certificate\n");
        assertThat(md).contains("| unknown | Helpdesk | Staff reports |");
        String storage = renderer.storage(doc);
        StorageXml.parse(storage);
        assertThat(storage).contains("<strong>Duration:</strong> Start unknown - Detected <time datetime=\"" + SeedExample.DAY + "\" /> 09:52 UTC - Resolved unknown");
        assertThat(storage).contains("<p>Most likely cause: An expired SAML signing certificate</p>");
    }

    @Test
    void hostileTextIsEscapedInBothFormats() throws Exception {
        String evil = "a|b <script>alert(1)</script> ]]> & \"q\" 'x'\nsecond line\u0007 *bold* [l](javascript:x)";
        PostMortem doc = seedExample().toBuilder().summary(evil)
                .timeline(List.of(new TimelineEntry(SeedExample.at("10:00"), evil, evil, "manual", true)))
                .build();
        String md = renderer.markdown(doc);
        assertThat(md).contains("| *a\\|b &lt;script>alert(1)&lt;/script> \\]\\]> & \"q\" 'x'<br>second line \\*bold\\* "
                + "\\[l\\](javascript:x)* |");
        assertThat(md).doesNotContain("<script>").doesNotContain("\u0007");
        String storage = renderer.storage(doc);
        StorageXml.parse(storage);
        assertThat(storage).contains("a|b &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;q&quot; &#39;x&#39;"
                + "<br/>second line *bold*");
    }

    @Test
    void aCorroboratedKeyTimeSaysWhichSourcesAgreeAndTheirNamesAreEscaped() throws Exception {
        // the seed's started time: Alex's comment and the pasted IdP log line say 09:41 (golden files); here the log line's
        // author is hostile text, as a pasted thread's sender name can be
        KeyTime started = seedExample().keyTimes().started();
        KeyTimeCandidate line = started.candidates().get(1);
        KeyTimeCandidate hostile = new KeyTimeCandidate(line.at(), line.source(), line.where(), line.quote(), line.original(), null,
                "Eve <script>x</script> *b*", null, line.statement(), line.basis(), line.confidence(), line.reason());
        PostMortem doc = seedExample().toBuilder().keyTimes(new KeyTimes(started.withCandidates(List.of(started.candidates().get(0), hostile)),
                seedExample().keyTimes().detected(), null)).build();
        assertThat(doc.keyTimes().started().corroboratedBy()).containsExactly(hostile);
        String md = renderer.markdown(doc);
        assertThat(md).contains("(2 sources agree: comment 30105 by Alex Morgan; paste 1, line 2 by Eve &lt;script>x&lt;/script> \\*b\\*)\n");
        assertThat(md).doesNotContain("<script>");
        String storage = renderer.storage(doc);
        StorageXml.parse(storage);
        assertThat(storage).contains("(2 sources agree: comment 30105 by Alex Morgan; paste 1, line 2 by Eve &lt;script&gt;x&lt;/script&gt; *b*)</p></li>");
        // a single source, a person's time and an unknown time say nothing of the kind
        PostMortem single = seedExample().toBuilder().keyTimes(new KeyTimes(started.withCandidates(List.of(started.candidates().get(0))),
                seedExample().keyTimes().detected(), null)).build();
        assertThat(renderer.markdown(single)).doesNotContain("sources agree");
    }

    @Test
    void ownersWithoutAnAccountAndItemsWithoutAKeyRenderAsText() throws Exception {
        PostMortem doc = seedExample().toBuilder().actionItems(List.of(new ActionItem("x", "Add an alert", null,
                "bad id\" onload=\"x", "Dana <Ops>", null, null, null, "not a key", null))).build();
        String storage = renderer.storage(doc);
        Document xml = StorageXml.parse(storage);
        assertThat(xml.getElementsByTagNameNS(RI, "user").getLength()).isZero();
        assertThat(storage).contains("<td><p>Dana &lt;Ops&gt;</p></td><td><p>unknown</p></td><td><p>unknown</p></td>");
        assertThat(renderer.markdown(doc)).contains("| A1 | Add an alert | Dana &lt;Ops> | unknown | unknown | Open |");
    }

    @Test
    void externalOutputCarriesNothingInternal() {
        PostMortem doc = seedExample();
        for (String out : List.of(renderer.externalMarkdown(doc), renderer.externalStorage(doc))) {
            assertThat(out).doesNotContain("INC-", "OPS-", "Alex", "Dana", "SAML", "grafana", "Post-Mortem",
                    SeedExample.ALEX, "Staff SSO");
            assertThat(out).contains("some staff could not sign in", "support@example.com");
        }
    }

    @Test
    void anItemAlreadyInJiraAndOpenPastItsDateSaysOverdueSinceOnThePageAndInMarkdown() throws Exception {
        // a2 (OPS-102, In Progress) is due on day 11, a1 (OPS-101) on day 21; a3 has no Jira issue yet
        java.time.LocalDate later = SeedExample.day(30);
        String storage = renderer.storage(seedExample(), later);
        StorageXml.parse(storage);
        assertThat(storage).contains("<ac:parameter ac:name=\"title\">OVERDUE</ac:parameter></ac:structured-macro> since <time datetime=\""
                + SeedExample.day(11) + "\" />");
        assertThat(storage.split("OVERDUE", -1)).as("only a1 and a2: a3 and a4 are not in Jira").hasSize(3);
        String md = renderer.markdown(seedExample(), later);
        assertThat(md).contains("| In Progress (overdue since " + SeedExample.day(11) + ") |")
                .contains("| Open (overdue since " + SeedExample.day(21) + ") |");
        assertThat(renderer.storage(seedExample(), SeedExample.TODAY)).as("nothing overdue today").doesNotContain("OVERDUE");
        PostMortem closed = seedExample().toBuilder().actionItems(seedExample().actionItems().stream()
                .map(a -> new io.postmortem.postmortem.ActionItem(a.id(), a.summary(), a.description(), a.ownerAccountId(),
                        a.ownerDisplayName(), a.due(), a.preventsRecurrence(), "Done", a.jiraKey(), null)).toList()).build();
        assertThat(renderer.storage(closed, later)).as("done items are never overdue").doesNotContain("OVERDUE");
    }

    @Test
    void pageTitleIsTheSeedsShapeOnOneLineAndBounded() {
        assertThat(renderer.pageTitle(seedExample()))
                .isEqualTo("Post-Mortem: Staff SSO logins failed after SAML certificate expiry - " + SeedExample.DAY);
        PostMortem messy = seedExample().toBuilder().header(new Header("INC-2026-0042", "Line one\nline\ttwo "
                + "x".repeat(400), null, null, null, null, null, LocalDate.parse("2026-11-19"))).build();
        String t = renderer.pageTitle(messy);
        assertThat(t).startsWith("Post-Mortem: Line one line two x").endsWith("… - 2026-11-19").doesNotContain("\n");
        assertThat(t.length()).isLessThanOrEqualTo(255);
        assertThat(renderer.pageTitle(PostMortem.newDraft("INC-9"))).isEqualTo("Post-Mortem: INC-9 - undated");
    }

    @Test
    void oneRendererServesManyThreadsWithTheSameOutput() throws Exception {
        String expected = golden("seed-example.storage.xml");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> out = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) out.add(pool.submit(() -> renderer.storage(seedExample())));
            for (var f : out) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theXmlCheckItselfRejectsMalformedStorage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StorageXml.parse("<p>a</b>"))
                .isInstanceOf(org.xml.sax.SAXParseException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StorageXml.parse("<p>\u0001</p>"))
                .isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    @Test
    void anEmptyDraftStillRendersEverySection() throws Exception {
        PostMortem empty = PostMortem.newDraft("INC-1");
        String md = renderer.markdown(empty);
        for (String h : HEADINGS) assertThat(md).contains("# " + h + "\n");
        assertThat(md).contains("**Severity:** unknown", "| - | No action items yet |", "> Not written yet.");
        StorageXml.parse(renderer.storage(empty));
        StorageXml.parse(renderer.externalStorage(empty));
    }
}
