package io.postmortem.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** Seams of the panel that need no running app: script escaping and issue-key checks. */
class PanelServiceTest {

    @Test
    void pageDataCannotEndItsScriptElement() {
        String json = "{\"a\":\"</script><img src=x onerror=alert(1)>&{{7*7}}\u2028\"}";
        String safe = PanelPageController.escapeForScript(json);
        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .contains("\\u003c/script\\u003e").contains("{{7*7}}");
        assertThat(io.postmortem.testsupport.TestJson.MAPPER.readTree(safe).get("a").asString())
                .isEqualTo("</script><img src=x onerror=alert(1)>&{{7*7}}\u2028");
    }

    @Test
    void issueKeysAreCheckedBeforeAnyLookup() {
        assertThat(PanelAccess.validIssueKey("INC-7")).isTrue();
        assertThat(PanelAccess.validIssueKey("OPS_2-10042")).isTrue();
        assertThat(PanelAccess.validIssueKey("INC-0")).isFalse();
        assertThat(PanelAccess.validIssueKey("../INC-7")).isFalse();
        assertThat(PanelAccess.validIssueKey("INC-7<script>")).isFalse();
        assertThat(io.postmortem.settings.Settings.projectOf("OPS_2-10042")).isEqualTo("OPS_2");
    }
}
