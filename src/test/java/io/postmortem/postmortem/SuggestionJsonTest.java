package io.postmortem.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Suggestions gained items and certainty (section drafts); documents stored before that must still read. */
class SuggestionJsonTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStoredDocumentWithOldSuggestionsStillReads() {
        String stored = "{\"issueKey\":\"INC-7\",\"version\":3,\"suggestions\":{\"fix\":{\"text\":\"Rolled back\","
                + "\"source\":\"comment:1\",\"label\":\"from a comment by Dana, 10:02 UTC\"}}}";
        PostMortem doc = json.readValue(stored, PostMortem.class);
        Suggestion fix = doc.suggestions().get("fix");
        assertThat(fix.text()).isEqualTo("Rolled back");
        assertThat(fix.source()).isEqualTo("comment:1");
        assertThat(fix.label()).isEqualTo("from a comment by Dana, 10:02 UTC");
        assertThat(fix.items()).isEmpty();
        assertThat(fix.certainty()).isNull();
    }

    @Test
    void sectionSuggestionsRoundTripWithItemsAndCertainty() {
        PostMortem doc = PostMortem.newDraft("INC-7").toBuilder().suggestions(java.util.Map.of(
                "wentWell", new Suggestion("A\nB", List.of("A", "B"), "comment:2", "from a comment", null),
                "rootCause", new Suggestion("The cert expired.", List.of(), "comment:3", "from a comment", "CONFIRMED"))).build();
        JsonNode tree = json.readTree(json.writeValueAsString(doc));
        assertThat(tree.at("/suggestions/wentWell/items/1").asString()).isEqualTo("B");
        assertThat(tree.at("/suggestions/rootCause/certainty").asString()).isEqualTo("CONFIRMED");
        PostMortem back = json.readValue(json.writeValueAsString(doc), PostMortem.class);
        assertThat(back.suggestions()).isEqualTo(doc.suggestions());
    }

    @Test
    void blankItemsAreDropped() {
        assertThat(new Suggestion("x", java.util.Arrays.asList("a", null, " "), "s", "l", null).items()).containsExactly("a");
    }
}
