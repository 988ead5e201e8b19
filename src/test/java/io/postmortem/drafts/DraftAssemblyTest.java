package io.postmortem.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.postmortem.atlassian.JiraModel;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.Header.Severity;
import io.postmortem.testsupport.JiraJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class DraftAssemblyTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void headerFromTheIssue() {
        JiraModel.Issue issue = JSON.treeToValue(JiraJson.issue("INC-231", "10231"), JiraModel.Issue.class);
        Header h = DraftAssembly.header(issue, Instant.parse("2026-11-20T14:05:12Z"));
        assertThat(h.incidentId()).isEqualTo("INC-2026-0231");
        assertThat(h.title()).isEqualTo("Checkout API 5xx spike");
        assertThat(h.severity()).isEqualTo(Severity.P1);
        assertThat(h.date()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(h.nextReviewAt()).isEqualTo(LocalDate.parse("2027-02-20"));
    }

    @Test
    void severityMapping() {
        assertThat(DraftAssembly.severity("Highest", List.of())).isEqualTo(Severity.P1);
        assertThat(DraftAssembly.severity("P1", List.of())).isEqualTo(Severity.P1);
        assertThat(DraftAssembly.severity("High", List.of())).isEqualTo(Severity.P2);
        assertThat(DraftAssembly.severity("Medium", List.of())).isEqualTo(Severity.P3);
        assertThat(DraftAssembly.severity("Lowest", List.of())).isEqualTo(Severity.P4);
        assertThat(DraftAssembly.severity("Custom", List.of("payments", "sev-2"))).isEqualTo(Severity.P2);
        assertThat(DraftAssembly.severity(null, List.of())).isNull();
    }

    @Test
    void incidentIdUsesResolutionYearAndPadsTheNumber() {
        assertThat(DraftAssembly.incidentId("INC-7", LocalDate.parse("2025-12-31"))).isEqualTo("INC-2025-0007");
        assertThat(DraftAssembly.incidentId("OPS-12345", LocalDate.parse("2026-01-01"))).isEqualTo("INC-2026-12345");
    }

    @Test
    void similarIncidentsAreRankedBySharedWordsAndBecomeEvidenceAndTheRecurrencePrefill() {
        List<FoundIssue> candidates = List.of(found("INC-100", "Checkout API timeouts", "payments"),
                found("INC-101", "Login page typo"), found("INC-102", "Checkout 5xx spike after deploy", "payments"));
        var related = DraftAssembly.similar("Checkout API 5xx spike", List.of("payments", "sev1"), candidates, 5);
        assertThat(related).extracting(DraftAssembly.Related::key).containsExactly("INC-102", "INC-100");
        var links = DraftAssembly.relatedEvidence("https://acme.atlassian.net/", related);
        assertThat(links.get(0).url()).isEqualTo("https://acme.atlassian.net/browse/INC-102");
        assertThat(links).allMatch(l -> l.kind().equals("RELATED_INCIDENT"));
        assertThat(DraftAssembly.recurrence(related).text()).contains("INC-102").contains("INC-100");
        assertThat(DraftAssembly.recurrence(List.of())).isNull();
    }

    @Test
    void relatedJqlIsBoundedAndQuoted() {
        assertThat(DraftAssembly.relatedJql("INC-231", List.of("Incident", "Major \"Outage\"")))
                .isEqualTo("project = \"INC\" AND issuetype in (\"Incident\", \"Major \\\"Outage\\\"\") AND statusCategory = Done"
                        + " AND resolved >= -365d AND key != \"INC-231\" ORDER BY resolved DESC");
    }

    static FoundIssue found(String key, String summary, String... labels) {
        var fields = JsonNodeFactory.instance.objectNode().put("summary", summary);
        var l = fields.putArray("labels");
        for (String s : labels) l.add(s);
        return new FoundIssue("1", key, fields, null);
    }
}
