package io.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {
    @Test
    void markdownEscapesTableAndInlineSyntax() {
        assertThat(Escape.markdown("  a|b\nc  ")).isEqualTo("a\\|b<br>c");
        assertThat(Escape.markdown("use `x` *y* [z](u) ~~s~~ \\")).isEqualTo("use \\`x\\` \\*y\\* \\[z\\](u) \\~\\~s\\~\\~ \\\\");
        assertThat(Escape.markdown("<b>R&D &amp; co</b>")).isEqualTo("&lt;b>R&D &amp;amp; co&lt;/b>");
        assertThat(Escape.markdown("snake_case _emph_")).isEqualTo("snake_case \\_emph\\_");
        assertThat(Escape.markdown("a\n\n\nb")).isEqualTo("a<br>b");
        assertThat(Escape.markdown("ctl\u0000\u0007\u009b!")).isEqualTo("ctl!");
    }

    @Test
    void markdownEscapesALeadingBlockMarkerOnly() {
        assertThat(Escape.markdown("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(Escape.markdown("> quote")).isEqualTo("\\> quote");
        assertThat(Escape.markdown("- item")).isEqualTo("\\- item");
        assertThat(Escape.markdown("1. first")).isEqualTo("1\\. first");
        assertThat(Escape.markdown("2026-11-19")).isEqualTo("2026-11-19");
        assertThat(Escape.markdown("09:41")).isEqualTo("09:41");
        assertThat(Escape.markdown("-5% errors")).isEqualTo("-5% errors");
        assertThat(Escape.markdown("#hashtag")).isEqualTo("#hashtag");
    }

    @Test
    void xmlEscapesMarkupQuotesAndDropsIllegalCharacters() {
        assertThat(Escape.xml("<a href=\"x\">R&D's</a> ]]>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt; ]]&gt;");
        assertThat(Escape.xml("a\r\nb\u0000\uFFFE\uD800c 😀")).isEqualTo("a<br/>bc 😀");
    }
}
