package io.postmortem.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The document's JSON is the contract (contract.md section 4): names and shapes must hold. */
class PostMortemJsonTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void roundTripsWithTheContractFieldNames() {
        PostMortem doc = PostMortem.newDraft("INC-7").toBuilder()
                .version(4)
                .summary("Staff logins failed for 90 minutes.")
                .header(new Header("INC-2026-0007", "Staff SSO outage", Header.Severity.P2, "SSO down 90 min",
                        null, null, LocalDate.parse("2027-02-20"), LocalDate.parse("2026-11-20")))
                .keyTimes(new KeyTimes(new KeyTime(Instant.parse("2026-11-20T09:41:00Z"), "comment:1", KeyTime.Basis.STATED, "09:41"),
                        null, null))
                .timeline(List.of(new TimelineEntry(Instant.parse("2026-11-20T09:58:00Z"), "Dana", "Alert fired", "changelog:5", false)))
                .answers(Answers.empty().with(Question.NEAR_MISS, Answers.UNKNOWN))
                .actionItems(List.of(new ActionItem("a1", "Add alert", null, "acc-1", "Dana", LocalDate.parse("2026-12-20"),
                        ActionItem.PreventsRecurrence.DETECTS_ONLY, null, null, null)))
                .build();

        String text = json.writeValueAsString(doc);
        JsonNode tree = json.readTree(text);
        assertThat(tree.get("issueKey").asString()).isEqualTo("INC-7");
        assertThat(tree.get("status").asString()).isEqualTo("DRAFT");
        assertThat(tree.at("/keyTimes/started/at").asString()).isEqualTo("2026-11-20T09:41:00Z");
        assertThat(tree.at("/keyTimes/detected/basis").asString()).isEqualTo("UNKNOWN");
        assertThat(tree.at("/header/nextReviewAt").asString()).isEqualTo("2027-02-20");
        assertThat(tree.at("/answers/nearMiss").asString()).isEqualTo("unknown");
        assertThat(tree.at("/actionItems/0/preventsRecurrence").asString()).isEqualTo("DETECTS_ONLY");
        assertThat(tree.at("/redactionChecklist/legalReviewed").asBoolean()).isFalse();

        PostMortem back = json.readValue(text, PostMortem.class);
        assertThat(back).isEqualTo(doc);
    }

    @Test
    void missingSectionsBecomeEmptyNotNull() {
        PostMortem doc = json.readValue("{\"issueKey\":\"INC-1\",\"version\":1,\"unexpected\":true}", PostMortem.class);
        assertThat(doc.timeline()).isEmpty();
        assertThat(doc.keyTimes().resolved().basis()).isEqualTo(KeyTime.Basis.UNKNOWN);
        assertThat(doc.answers().answeredCount()).isZero();
        assertThat(doc.redactionChecklist().complete()).isFalse();
    }
}
