package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.atlassian.AtlassianCallPolicy;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.TestAtlassianSites;

/** Status categories come from Jira's GET /rest/api/3/status/{id}, are cached for an hour, and a failure is not cached. */
class StatusCategoriesTest {

    private WireMockServer jira;
    private AtlassianClients clients;
    private StatusCategories categories;
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @BeforeEach
    void start() {
        jira = new WireMockServer(options().dynamicPort());
        jira.start();
        jira.stubFor(get(urlPathEqualTo("/rest/api/3/status/10004")).willReturn(okJson(JiraJson.status("10004", "Resolved", "done").toString())));
        jira.stubFor(get(urlPathEqualTo("/rest/api/3/status/3")).willReturn(okJson(JiraJson.status("3", "In Progress", "indeterminate").toString())));
        jira.stubFor(get(urlPathEqualTo("/rest/api/3/status/404")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"The status with id '404' does not exist\"],\"errors\":{}}")));
        AtlassianSite site = TestAtlassianSites.jira(jira, "site-1");
        AtlassianSites sites = new AtlassianSites() {
            @Override
            public AtlassianSite jira(String clientKey) {
                return site;
            }

            @Override
            public Optional<AtlassianSite> confluenceFor(String jiraClientKey) {
                return Optional.empty();
            }
        };
        clients = new AtlassianClients(AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).maxRetries(0).build(), 2);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        categories = new StatusCategories(sites, clients, clock);
    }

    @AfterEach
    void stop() {
        clients.close();
        jira.stop();
    }

    @Test
    void asksJiraOnceAndKeepsTheAnswerForAnHour() {
        assertThat(categories.isDone("site-1", "10004")).isTrue();
        assertThat(categories.isDone("site-1", "10004")).isTrue();
        assertThat(categories.isDone("site-1", "3")).isFalse();
        jira.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/status/10004")));

        now = now.plus(Duration.ofMinutes(61));
        assertThat(categories.isDone("site-1", "10004")).isTrue();
        jira.verify(2, getRequestedFor(urlPathEqualTo("/rest/api/3/status/10004")));
        OpenApiRecordedRequests.assertAllRequestsValid(jira);
    }

    @Test
    void whatAWebhookShowedNeedsNoCall() {
        categories.learn("site-1", "6", "done");
        categories.learn("site-1", "1", "new");
        assertThat(categories.isDone("site-1", "6")).isTrue();
        assertThat(categories.isDone("site-1", "1")).isFalse();
        assertThat(jira.getAllServeEvents()).isEmpty();
    }

    @Test
    void anUnknownStatusCountsAsNotResolvedAndIsAskedAgainNextTime() {
        assertThat(categories.isDone("site-1", "404")).isFalse();
        assertThat(categories.isDone("site-1", "404")).isFalse();
        jira.verify(2, getRequestedFor(urlPathEqualTo("/rest/api/3/status/404")));
    }
}
