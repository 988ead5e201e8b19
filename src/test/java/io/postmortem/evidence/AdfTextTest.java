package io.postmortem.evidence;

import io.postmortem.evidence.adf.AdfText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AdfTextTest {

    private static JsonNode json(String s) {
        return Corpus.JSON.readTree(s);
    }

    @Test
    void convertsTheDocumentedNodesAndCollectsMentionsAndLinks() {
        JsonNode doc = json("""
                {"type":"doc","version":1,"content":[
                 {"type":"paragraph","content":[
                   {"type":"mention","attrs":{"id":"5b10a2844c20165700ede21g","text":"@Mia Krystof","accessLevel":""}},
                   {"type":"text","text":" rolled back "},{"type":"text","text":"checkout@4.2.1","marks":[{"type":"code"}]},
                   {"type":"hardBreak"},{"type":"inlineCard","attrs":{"url":"https://grafana.acme.io/d/checkout"}},
                   {"type":"emoji","attrs":{"shortName":":fire:","id":"1f525","text":"🔥"}},
                   {"type":"text","text":" runbook","marks":[{"type":"link","attrs":{"href":"https://wiki.acme.internal/rb"}}]},
                   {"type":"text","text":" on "},{"type":"date","attrs":{"timestamp":"1763632800000"}},
                   {"type":"text","text":" "},{"type":"status","attrs":{"text":"RESOLVED","color":"green"}}]},
                 {"type":"codeBlock","attrs":{"language":"sql"},"content":[{"type":"text","text":"SHOW max_connections;"}]},
                 {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"}]}]},
                   {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"two"}]}]}]},
                 {"type":"panel","attrs":{"panelType":"warning"},"content":[{"type":"paragraph","content":[{"type":"text","text":"careful"}]}]},
                 {"type":"table","content":[{"type":"tableRow","content":[
                   {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Time"}]}]},
                   {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Event"}]}]}]},
                   {"type":"tableRow","content":[
                   {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"14:02"}]}]},
                   {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"rolled back"}]}]}]}]},
                 {"type":"mediaSingle","content":[{"type":"media","attrs":{"id":"x","type":"file","collection":"c"}}]}
                ]}""");
        AdfText.Result r = AdfText.convert(doc);
        assertThat(r.text()).isEqualTo("""
                @Mia Krystof rolled back checkout@4.2.1
                https://grafana.acme.io/d/checkout 🔥 runbook on 2025-11-20 [RESOLVED]
                SHOW max_connections;
                - one
                - two
                careful
                Time | Event
                14:02 | rolled back
                [attachment]""");
        assertThat(r.mentions()).containsExactly(new AdfText.Mention("5b10a2844c20165700ede21g", "Mia Krystof"));
        assertThat(r.links()).extracting(AdfText.Link::url)
                .containsExactly("https://grafana.acme.io/d/checkout", "https://wiki.acme.internal/rb");
    }

    @Test
    void unknownAndMalformedNodesDegradeToTheirTextAndNeverThrow() {
        JsonNode doc = json("""
                {"type":"doc","content":[
                  {"type":"futureWidget","content":[{"type":"text","text":"inner text"}]},
                  {"type":"sparkle","attrs":{"text":"attr text"}},
                  {"type":"text"},{"type":"mention","attrs":{}},{"type":"date","attrs":{"timestamp":"not-a-number"}},
                  {"type":"emoji","attrs":{"shortName":":x:"}}, 42, null, [], {"content":"not an array"},
                  {"type":"paragraph","content":{"type":"text","text":"object content"}}]}""");
        AdfText.Result r = AdfText.convert(doc);
        assertThat(r.text()).contains("inner text").contains("attr text").contains("@user").contains("not-a-number").contains(":x:");
        assertThat(AdfText.convert(null).text()).isEmpty();
        assertThat(AdfText.convert(json("\"plain v2 body\"")).text()).isEqualTo("plain v2 body");
    }

    @Test
    void deeplyNestedDocumentsDoNotOverflowTheStack() {
        tools.jackson.databind.node.ObjectNode leaf = Corpus.JSON.createObjectNode().put("type", "text").put("text", "deep");
        tools.jackson.databind.node.ObjectNode cur = leaf;
        for (int i = 0; i < 5000; i++) {
            tools.jackson.databind.node.ObjectNode n = Corpus.JSON.createObjectNode().put("type", "blockquote");
            n.putArray("content").add(cur);
            cur = n;
        }
        assertThat(AdfText.convert(cur).text()).doesNotContain("deep"); // cut at the depth limit, no StackOverflowError
    }
}
