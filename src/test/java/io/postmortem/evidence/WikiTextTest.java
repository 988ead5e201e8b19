package io.postmortem.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.postmortem.evidence.adf.AdfText;
import io.postmortem.evidence.adf.WikiText;
import tools.jackson.databind.node.JsonNodeFactory;

/** Data Center's wiki-markup bodies read as text, with their mentions and links, through the same door as ADF. */
class WikiTextTest {

    @Test
    void readsMentionsLinksAndFormattingAsPlainText() {
        AdfText.Result r = WikiText.convert("""
                h3. Impact
                [~dana] rolled back *checkout 4.2* at 10:02, see [the dashboard|https://grafana.example/d/checkout] \
                and [https://status.example/incidents/42]
                * card payments _failed_
                {code:sql}SHOW max_connections;{code}
                ||Time||Event||
                |10:02|{{rollback}} done|
                a\\*literal\\* star, [#anchor] and [~accountid:5b10a2844c20165700ede21g]""");
        assertThat(r.text()).isEqualTo("""
                Impact
                @dana rolled back checkout 4.2 at 10:02, see the dashboard and https://status.example/incidents/42
                card payments failed
                SHOW max_connections;
                Time | Event
                10:02 | rollback done
                a*literal* star, [#anchor] and @5b10a2844c20165700ede21g""");
        assertThat(r.mentions()).extracting(AdfText.Mention::accountId).containsExactly("dana", "5b10a2844c20165700ede21g");
        assertThat(r.links()).containsExactly(new AdfText.Link("https://grafana.example/d/checkout", "the dashboard"),
                new AdfText.Link("https://status.example/incidents/42", "https://status.example/incidents/42"));
    }

    @Test
    void aStringBodyGoesThroughTheWikiPathAndNothingThrows() {
        assertThat(AdfText.text(JsonNodeFactory.instance.stringNode("*Rolled back*, errors dropping"))).isEqualTo("Rolled back, errors dropping");
        assertThat(WikiText.convert("").text()).isEmpty();
        assertThat(WikiText.convert(null).text()).isEmpty();
        assertThat(WikiText.convert("[|] [ ] {code} ** __ \\").text()).isNotNull();
        assertThat(WikiText.convert("5 * 3 = 15 and snake_case_name").text()).isEqualTo("5 * 3 = 15 and snake_case_name");
    }
}
