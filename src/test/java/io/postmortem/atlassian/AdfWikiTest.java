package io.postmortem.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.postmortem.evidence.adf.WikiText;
import tools.jackson.databind.json.JsonMapper;

/** The app's ADF as Data Center wiki markup; reading it back as text gives the ADF's text. */
class AdfWikiTest {

    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @Test
    void paragraphsListsMarksAndLinksBecomeWikiMarkup() {
        var adf = JSON.readTree("""
                {"type":"doc","version":1,"content":[
                 {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Why"}]},
                 {"type":"paragraph","content":[{"type":"text","text":"From ","marks":[{"type":"strong"}]},
                   {"type":"text","text":"the post-mortem [draft]","marks":[{"type":"link","attrs":{"href":"https://pm.example/p?a=1|2"}}]},
                   {"type":"hardBreak"},{"type":"text","text":"pool_size","marks":[{"type":"code"}]}]},
                 {"type":"bulletList","content":[
                   {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one *star*"}]}]},
                   {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"two"}]},
                     {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"nested"}]}]}]}]}]}]}""");
        String wiki = AdfWiki.toWiki(adf);
        assertThat(wiki).isEqualTo("""
                h2. Why

                *From* [the post\\-mortem \\[draft\\]|https://pm.example/p?a=1%7C2]\\\\
                {{pool_size}}

                * one \\*star\\*
                * two
                ** nested""");
        assertThat(WikiText.convert(wiki).links()).containsExactly(
                new io.postmortem.evidence.adf.AdfText.Link("https://pm.example/p?a=1%7C2", "the post-mortem [draft]"));
    }
}
