package io.postmortem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo's storage-format viewer: macros become plain HTML, and nothing from the page runs as markup. */
class StorageHtmlTest {

    final StorageHtml html = new StorageHtml(id -> id.equals("712020:a") ? "Alex <Chen>" : "unknown user", new StorageHtml.JiraRenderer() {
        @Override
        public String issue(String key) {
            return "<a class=\"jira-issue\">" + StorageHtml.escape(key) + "</a>";
        }

        @Override
        public String query(String jql, String columns) {
            return "<table class=\"jql\"><tr><td>" + StorageHtml.escape(jql) + "</td></tr></table>";
        }
    });

    @Test
    void mapsThePostMortemMacrosToSimpleHtml() {
        String storage = """
                <ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>
                <h2>1. Summary</h2>
                <ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Summary</ac:parameter><ac:rich-text-body><p>Logins &amp; SSO broke&#160;for 90 min</p></ac:rich-text-body></ac:structured-macro>
                <p><ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green</ac:parameter><ac:parameter ac:name="title">Resolved</ac:parameter></ac:structured-macro></p>
                <h2>9. Action items</h2>
                <p><ac:structured-macro ac:name="jira" ac:schema-version="1"><ac:parameter ac:name="key">INC-42</ac:parameter></ac:structured-macro></p>
                <ac:structured-macro ac:name="jira"><ac:parameter ac:name="jqlQuery">issue in linkedIssues("INC-42")</ac:parameter></ac:structured-macro>
                <p>Owner: <ac:link><ri:user ri:account-id="712020:a"/></ac:link></p>
                <ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">More</ac:parameter><ac:rich-text-body><p>hidden</p></ac:rich-text-body></ac:structured-macro>
                <ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[if (a < b) {}]]></ac:plain-text-body></ac:structured-macro>""";
        String out = html.render(storage);
        assertThat(out).contains("<nav class=\"toc\">", "<a href=\"#h-0\">1. Summary</a>", "<h2 id=\"h-0\">1. Summary</h2>");
        assertThat(out).contains("<div class=\"panel panel-info\"><p class=\"panel-title\">Summary</p><p>Logins &amp; SSO broke\u00a0for 90 min</p></div>");
        assertThat(out).contains("<span class=\"status status-green\">Resolved</span>");
        assertThat(out).contains("<a class=\"jira-issue\">INC-42</a>", "<td>issue in linkedIssues(&quot;INC-42&quot;)</td>");
        assertThat(out).contains("<span class=\"user\">@Alex &lt;Chen&gt;</span>");
        assertThat(out).contains("<details><summary>More</summary><p>hidden</p></details>");
        assertThat(out).contains("<pre><code>if (a &lt; b) {}</code></pre>");
        assertThat(out).doesNotContain("ac:", "ri:");
    }

    @Test
    void escapesTextAndDropsActiveContent() {
        String out = html.render("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>alert(2)</script>"
                + "<p><a href=\"javascript:alert(3)\">x</a><span onclick=\"alert(4)\">y</span></p>");
        assertThat(out).contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(out).doesNotContain("<script", "javascript:", "onclick");
    }

    @Test
    void malformedStorageIsShownAsEscapedSource() {
        String out = html.render("<p>unclosed <b>bold</p>");
        assertThat(out).contains("not well-formed XML", "&lt;p&gt;unclosed &lt;b&gt;bold&lt;/p&gt;");
    }
}
