package io.postmortem.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BaseUrlPatternsTest {

    private final BaseUrlPatterns patterns = new BaseUrlPatterns(
            List.of("https://*.atlassian.net", " https://*.jira-dev.com ", "http://127.0.0.1:*"));

    @Test
    void starMatchesExactlyOneLabelOrPort() {
        assertThat(patterns.allows("https://acme.atlassian.net")).isTrue();
        assertThat(patterns.allows("https://ACME.atlassian.net/")).isTrue();
        assertThat(patterns.allows("https://acme.atlassian.net/wiki")).isTrue();
        assertThat(patterns.allows("https://x.jira-dev.com")).isTrue();
        assertThat(patterns.allows("http://127.0.0.1:8990/wiki")).isTrue();

        assertThat(patterns.allows("https://a.b.atlassian.net")).isFalse();
        assertThat(patterns.allows("https://atlassian.net")).isFalse();
        assertThat(patterns.allows("http://acme.atlassian.net")).isFalse();
        assertThat(patterns.allows("https://acme.atlassian.net.evil.com")).isFalse();
        assertThat(patterns.allows("https://evil.com/.atlassian.net")).isFalse();
        assertThat(patterns.allows("https://acme.atlassian.net:8443")).isFalse();
        assertThat(patterns.allows("https://user@acme.atlassian.net")).isFalse();
        assertThat(patterns.allows("https://acme.atlassian.net/other")).isFalse();
        assertThat(patterns.allows("https://acme.atlassian.net?x=1")).isFalse();
        assertThat(patterns.allows("http://127.0.0.1")).isFalse();
        assertThat(patterns.allows("not a url")).isFalse();
        assertThat(patterns.allows(null)).isFalse();
    }

    @Test
    void jiraAndConfluenceOfOneSiteShareTheOrigin() {
        assertThat(Sites.originOf("https://acme.atlassian.net")).isEqualTo(Sites.originOf("https://acme.atlassian.net/wiki"));
        assertThat(Sites.originOf("http://127.0.0.1:8990")).isEqualTo(Sites.originOf("http://127.0.0.1:8990/wiki/"));
        assertThat(Sites.originOf("https://acme.atlassian.net")).isNotEqualTo(Sites.originOf("https://acme.atlassian.net:8443/wiki"));
    }
}
