package io.postmortem.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The issue glance tells the team where the post-mortem stands without opening it. */
class IssueStateTest {

    @Test
    void draftShowsHowManyOfTheTenQuestionsAreAnswered() {
        PostMortem draft = PostMortem.newDraft("INC-7").toBuilder()
                .answers(Answers.empty().with(Question.TIMES, "09:41 / 09:52 / 11:11").with(Question.NEAR_MISS, Answers.UNKNOWN))
                .build();
        assertThat(label(draft)).isEqualTo("Draft 2/10");
        assertThat(IssueState.glanceValue(draft).path("value").path("type").asString()).isEqualTo("default");
    }

    @Test
    void readyOnlyWhenAllTenAreAnsweredAndNothingBlocksPublishing() {
        Answers all = Answers.empty();
        for (Question q : Question.values()) all = all.with(q, "answer to " + q.key());
        PostMortem answered = PostMortem.newDraft("INC-7").toBuilder().answers(all).build();
        assertThat(label(answered)).isEqualTo("Ready");

        PostMortem blocked = answered.toBuilder()
                .findings(List.of(Finding.error("actions.owner", "actionItems[0].ownerAccountId", "no owner", null))).build();
        assertThat(label(blocked)).isEqualTo("Draft 10/10");
    }

    @Test
    void publishedWinsOverEverythingElse() {
        PostMortem published = PostMortem.newDraft("INC-7").toBuilder().status(PostMortem.Status.PUBLISHED).build();
        JsonNode glance = IssueState.glanceValue(published);
        assertThat(glance.path("type").asString()).isEqualTo("lozenge");
        assertThat(glance.path("value").path("label").asString()).isEqualTo("Published");
        assertThat(glance.path("value").path("type").asString()).isEqualTo("success");
    }

    private static String label(PostMortem doc) {
        return IssueState.glanceValue(doc).path("value").path("label").asString();
    }
}
