package io.postmortem.aidraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.rules.RedactionRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The model's answer read and checked section by section, and what {@link RedactionRule#scrub} takes out. */
class AiAnswerTest {

    private final JsonMapper json = io.postmortem.testsupport.TestJson.MAPPER;
    private final PostMortem doc = PostMortem.newDraft("INC-7").toBuilder()
            .responders(List.of(new Responder(null, "Dana Ops", "Incident lead", null))).build();

    @Test
    void aValidAnswerGivesOneSuggestionPerUsableSection() throws Exception {
        ObjectNode d = json.createObjectNode();
        d.put("summary", "Card payments failed for about 40 minutes.");
        d.put("rootCause", "The pool limit was too low for the new retry policy.");
        d.putArray("fiveWhys").add("Checkout returned errors.").add("The pool was exhausted.").add("The limit was too low.");
        d.putArray("wentBadly").add("Nothing paged on pool exhaustion.").add("Dana Ops forgot to check the pool metrics.");
        d.putArray("lucky").add(42);
        d.put("externalVersion", "Between 09:00 and 09:40 UTC some customers could not pay. We corrected a configuration "
                + "limit and are adding safeguards.");
        Map<String, Suggestion> s = AiAnswer.read("```json\n" + d + "\n```", "m1", doc, json);
        assertThat(s.keySet()).containsExactly("ai.summary", "ai.rootCause", "ai.fiveWhys", "ai.wentBadly", "ai.externalVersion");
        assertThat(s.get("ai.wentBadly").items()).containsExactly("Nothing paged on pool exhaustion.");
        assertThat(s.values()).allSatisfy(x -> assertThat(x.source()).isEqualTo("ai:m1"));
    }

    @Test
    void secretsAreTakenOutOfWhatTheModelSaysAndAShortChainIsNoChain() throws Exception {
        ObjectNode d = json.createObjectNode();
        d.put("rootCause", "The key AKIAABCDEFGHIJKLMNOP leaked in a log.");
        d.putArray("fiveWhys").add("One.").add("Two.");
        d.put("externalVersion", "Our database server db-01.prod.acme.internal at 10.1.2.3 was overloaded.");
        Map<String, Suggestion> s = AiAnswer.read(d.toString(), "m1", doc, json);
        assertThat(s.keySet()).containsExactly("ai.rootCause");
        assertThat(s.get("ai.rootCause").text()).isEqualTo("The key [secret removed] leaked in a log.");
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> AiAnswer.read("It was the database.", "m1", doc, json)).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> AiAnswer.read("[1,2]", "m1", doc, json)).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> AiAnswer.read("{\"summary\": 3}", "m1", doc, json)).hasMessageContaining("no section");
        assertThatThrownBy(() -> AiAnswer.read(null, "m1", doc, json)).hasMessageContaining("no text");
    }

    @Test
    void scrubTakesOutSecretsAddressesAndQueryStringsButNotClockTimes() {
        String s = RedactionRule.scrub("at 09:41:30 mail ops@acme.io from 10.0.0.7 or 2001:db8:85a3:0:0:8a2e:370:7334, see https://x.io/a?token=abc#f,"
                + " password=hunter2hunter2, postgres://u:p@db/x");
        assertThat(s).contains("09:41:30").contains("[e-mail removed]").contains("https://x.io/a")
                .doesNotContain("ops@acme.io").doesNotContain("10.0.0.7").doesNotContain("8a2e:370")
                .doesNotContain("token=abc").doesNotContain("hunter2").doesNotContain("u:p@");
    }
}
