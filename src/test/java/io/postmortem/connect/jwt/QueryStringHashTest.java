package io.postmortem.connect.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every vector of connect-protocol.md section 3. */
class QueryStringHashTest {

    @Test
    void vectorA_officialUnderstandingJwtExample() {
        String query = "lic=none&tz=Australia%2FSydney&cp=%2Fjira&user_key=&loc=en-US&user_id=&jwt=abc.def.ghi"
                + "&xdm_e=http%3A%2F%2Fstorm%3A2990&xdm_c=channel-servlet-hello-world&xdm_p=1";
        assertThat(QueryStringHash.canonical("GET", "/hello-world", query)).isEqualTo(
                "GET&/hello-world&cp=%2Fjira&lic=none&loc=en-US&tz=Australia%2FSydney&user_id=&user_key="
                        + "&xdm_c=channel-servlet-hello-world&xdm_e=http%3A%2F%2Fstorm%3A2990&xdm_p=1");
        assertThat(QueryStringHash.compute("GET", "/hello-world", query))
                .isEqualTo("8063ff4ca1e41df7bc90c8ab6d0f6207d491cf6dad7c66ea797b4614b71922e9");
    }

    @Test
    void vectorB_pathWithoutQuery() {
        assertThat(QueryStringHash.canonical("GET", "/path", null)).isEqualTo("GET&/path&");
        assertThat(QueryStringHash.compute("GET", "/path", null))
                .isEqualTo("799be84a7fa35570087163c0cd9af3abff7ac05c2c12ba0bb1d7eebc984b3ac2");
    }

    @Test
    void vectorC_rootAndEmptyPath() {
        String expected = "c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239";
        assertThat(QueryStringHash.canonical("GET", "/", null)).isEqualTo("GET&/&");
        assertThat(QueryStringHash.compute("GET", "/", null)).isEqualTo(expected);
        assertThat(QueryStringHash.compute("GET", "", "")).isEqualTo(expected);
    }

    @Test
    void vectorD_namesSortedByCodePoint() {
        assertThat(QueryStringHash.canonical("GET", "/path/to/service", "a=1&A=2&b=3&B=4"))
                .isEqualTo("GET&/path/to/service&A=2&B=4&a=1&b=3");
        assertThat(QueryStringHash.compute("GET", "/path/to/service", "a=1&A=2&b=3&B=4"))
                .isEqualTo("70282c7cf82834bd5a3d6dacda1b4ccd5cf5860a63a1fa2fb86b64d576e6a1d5");
    }

    @Test
    void vectorE_realXrayIframeUrl() {
        String query = "xdm_e=https%3A%2F%2Fbethsaidach-1738694022756.atlassian.net"
                + "&xdm_c=channel-com.xpandit.plugins.xray__manual-steps-import&cp="
                + "&xdm_deprecated_addon_key_do_not_use=com.xpandit.plugins.xray&lic=active&cv=1001.0.0-SNAPSHOT&jwt=x.y.z";
        assertThat(QueryStringHash.canonical("GET", "/view/dialog/test/manual-steps-import", query)).isEqualTo(
                "GET&/view/dialog/test/manual-steps-import&cp=&cv=1001.0.0-SNAPSHOT&lic=active"
                        + "&xdm_c=channel-com.xpandit.plugins.xray__manual-steps-import"
                        + "&xdm_deprecated_addon_key_do_not_use=com.xpandit.plugins.xray"
                        + "&xdm_e=https%3A%2F%2Fbethsaidach-1738694022756.atlassian.net");
        assertThat(QueryStringHash.compute("GET", "/view/dialog/test/manual-steps-import", query))
                .isEqualTo("698846ea21237d1c3bf3491cdf6c38e715eedc21c3505c127de5ee27c91558c7");
    }

    @Test
    void repeatedParametersSortRawValuesAndLowercaseMethodIsUppercased() {
        String query = "zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2&repeated=Parameter 2";
        assertThat(QueryStringHash.canonical("get", "/path/to/service", query))
                .isEqualTo("GET&/path/to/service&first=param&repeated=Parameter%202,parameter%201,parameter%202&zee_last=param");
    }

    @Test
    void ampersandInPathIsEscaped() {
        assertThat(QueryStringHash.canonical("post", "/rest/api/2/project&a=b&c=d", "x=y"))
                .isEqualTo("POST&/rest/api/2/project%26a=b%26c=d&x=y");
    }

    @Test
    void basePathIsStripped() {
        assertThat(QueryStringHash.stripBasePath("/jira/rest/api/2/project/jira", "/jira")).isEqualTo("/rest/api/2/project/jira");
        assertThat(QueryStringHash.canonical("GET", "/wiki/rest/api/content", null, "/wiki")).isEqualTo("GET&/rest/api/content&");
        assertThat(QueryStringHash.canonical("GET", "/wikipedia", null, "/wiki")).isEqualTo("GET&/wikipedia&");
    }

    @Test
    void trailingSlashPlusSpaceStarAndTilde() {
        assertThat(QueryStringHash.canonical("GET", "/a/b/", "q=a+b*c~d")).isEqualTo("GET&/a/b&q=a%20b%2Ac~d");
    }
}
