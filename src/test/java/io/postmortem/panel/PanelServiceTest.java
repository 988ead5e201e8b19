package io.postmortem.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;

import io.postmortem.connect.auth.Caller;
import io.postmortem.intake.DraftBuilder;

/** Seams of the panel's service that the running app cannot show (it always has a DraftBuilder). */
class PanelServiceTest {

    @Test
    void withoutADraftBuilderBuildingAnswers503WithAClearMessage() {
        PanelService service = new PanelService(null, null, null,
                new StaticListableBeanFactory().getBeanProvider(DraftBuilder.class), null, null, null, null, null, null);
        Caller caller = new Caller("site-a", "557058:alex", "INC-7", true);
        assertThatThrownBy(() -> service.build(caller, "INC-7"))
                .isInstanceOfSatisfying(PanelException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("not available");
                });
        // authorization comes first
        assertThatThrownBy(() -> service.build(caller, "INC-8"))
                .isInstanceOfSatisfying(PanelException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void pageDataCannotEndItsScriptElement() {
        String json = "{\"a\":\"</script><img src=x onerror=alert(1)>&{{7*7}}\u2028\"}";
        String safe = PanelPageController.escapeForScript(json);
        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .contains("\\u003c/script\\u003e").contains("{{7*7}}");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(safe).get("a").asString())
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
