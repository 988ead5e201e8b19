package io.postmortem.atlassian;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.postmortem.atlassian.JiraModel.NewIssue;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.TestAtlassianSites;
import io.postmortem.testsupport.WireMockJira;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 429, 5xx and 4xx handling of {@link AtlassianCallPolicy}, seen through {@link JiraClient} against WireMock. */
class AtlassianCallPolicyTest {

    private static final String ISSUE = "/rest/api/3/issue/INC-231";

    private WireMockJira site;
    private WireMockServer wm;
    private ExecutorService pool;
    private RecordingSleeper sleeper;
    private SimpleMeterRegistry meters;
    private JiraClient jira;

    @BeforeEach
    void start() {
        site = WireMockJira.start(options().dynamicPort(), 2);
        wm = site.server();
        pool = site.pool();
        sleeper = new RecordingSleeper();
        meters = new SimpleMeterRegistry();
        jira = site.client(AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).sleeper(sleeper).meterRegistry(meters).build());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void waitsRetryAfterOn429ThenSucceeds() {
        wm.stubFor(get(urlPathEqualTo(ISSUE)).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
                        .withHeader("RateLimit-Reason", "jira-burst-based").withHeader("Content-Type", "application/json")
                        .withBody(JiraJson.errors("Rate limit exceeded.").toString()))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo(ISSUE)).inScenario("rl").whenScenarioStateIs("ok")
                .willReturn(okJson(JiraJson.issue("INC-231", "10231").toString())));

        JiraModel.Issue issue = jira.issue("INC-231");

        assertThat(issue.key()).isEqualTo("INC-231");
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(3))
                .isLessThanOrEqualTo(Duration.ofSeconds(4));
        wm.verify(2, getRequestedFor(urlPathEqualTo(ISSUE)));
        String endpoint = "/rest/api/3/issue/{issueIdOrKey}";
        assertThat(meters.counter("atlassian.calls", "product", "jira", "endpoint", endpoint, "method", "GET",
                "status", "429").count()).isEqualTo(1);
        assertThat(meters.counter("atlassian.calls", "product", "jira", "endpoint", endpoint, "method", "GET",
                "status", "200").count()).isEqualTo(1);
        assertThat(meters.counter("atlassian.rate_limited.waits", "product", "jira", "endpoint", endpoint).count())
                .isEqualTo(1);
        assertThat(meters.timer("atlassian.retry.waits", "product", "jira", "reason", "rate_limited").count())
                .isEqualTo(1);
        OpenApiRecordedRequests.assertAllRequestsValid(wm);
    }

    @Test
    void retries503ThreeTimesWithGrowingBackoffThenSucceeds() {
        stubFailures(3, 503);

        assertThat(jira.myself().displayName()).isEqualTo("Postmortem app");

        wm.verify(4, getRequestedFor(urlPathEqualTo("/rest/api/3/myself")));
        assertThat(sleeper.waits).hasSize(3);
        // 5 s doubling, jitter x0.7-1.3: [3.5, 6.5], [7, 13], [14, 26]
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(3500), Duration.ofMillis(6500));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(7000), Duration.ofMillis(13000));
        assertThat(sleeper.waits.get(2)).isBetween(Duration.ofMillis(14000), Duration.ofMillis(26000));
        OpenApiRecordedRequests.assertAllRequestsValid(wm);
    }

    @Test
    void gives401AClearMessageAndDoesNotRetry() {
        wm.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(JiraJson.errors("You are not authorized to perform this action.").toString())));

        assertThatThrownBy(() -> jira.issue("INC-231"))
                .isInstanceOfSatisfying(AtlassianApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo(ISSUE);
                    assertThat(e.details()).containsExactly("You are not authorized to perform this action.");
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessageStartingWith("Jira refused the app's credentials (401) for GET " + ISSUE)
                .hasMessageContaining("reinstall the app")
                .hasMessageContaining("Jira says: You are not authorized to perform this action.");
        wm.verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void fieldErrorsOf400AreInTheMessage() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[],\"errors\":{\"duedate\":\"Field 'duedate' cannot be set.\"}}")));

        assertThatThrownBy(() -> jira.myself()).isInstanceOf(AtlassianApiException.class)
                .hasMessageContaining("Jira rejected the request as invalid (400)")
                .hasMessageContaining("duedate: Field 'duedate' cannot be set.");
    }

    @Test
    void anAnswerThatIsNotJsonIsAClearError() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Log in to Atlassian</body></html>")));

        assertThatThrownBy(() -> jira.myself()).isInstanceOf(AtlassianApiException.class)
                .hasMessage("Jira answered 200 for GET /rest/api/3/myself with a body that is not the expected JSON: "
                        + "<html><body>Log in to Atlassian</body></html>");
    }

    @Test
    void fiveTimes503FailsAfterFourRetries() {
        stubFailures(5, 503);

        assertThatThrownBy(() -> jira.myself())
                .isInstanceOfSatisfying(AtlassianApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.isTransient()).isTrue();
                })
                .hasMessageContaining("Jira failed with 503 for GET /rest/api/3/myself after 5 attempt(s)");
        wm.verify(5, getRequestedFor(urlPathEqualTo("/rest/api/3/myself")));
        assertThat(sleeper.waits).hasSize(4);
        assertThat(sleeper.waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMillis(39000)));
    }

    @Test
    void creatingPostIsNotRetriedOn503() {
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).willReturn(aResponse().withStatus(503)));
        NewIssue item = new NewIssue("OPS", "10002", "Alert on DB pool saturation", null, null, null, null, null,
                null, null);

        assertThatThrownBy(() -> jira.createIssues(List.of(item))).isInstanceOf(AtlassianApiException.class)
                .hasMessageContaining("503");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/bulk")));
    }

    @Test
    void rateLimitLongerThanMaxWaitFailsAtOnceWithRetryAfter() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1800").withHeader("RateLimit-Reason", "jira-quota-tenant-based")));

        assertThatThrownBy(() -> jira.myself()).isInstanceOfSatisfying(AtlassianApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1800));
        }).hasMessageContaining("kept rate-limiting");
        assertThat(sleeper.waits).isEmpty();
        wm.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/myself")));
    }

    @Test
    void noAnswerIsRetriedThenReportedAsUnreachable() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> jira.myself()).isInstanceOfSatisfying(AtlassianApiException.class,
                e -> assertThat(e.status()).isZero()).hasMessageContaining("Jira could not be reached");
        wm.verify(5, getRequestedFor(urlPathEqualTo("/rest/api/3/myself")));
    }

    @Test
    void oneSitesRateLimitDoesNotStallAnotherSite() throws Exception {
        CountDownLatch siteAWaiting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Sleeper blocking = d -> {
            siteAWaiting.countDown();
            release.await(10, TimeUnit.SECONDS);
        };
        AtlassianCallPolicy policy = AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).sleeper(blocking).build();
        WireMockServer other = new WireMockServer(options().dynamicPort());
        other.start();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).inScenario("a").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")).willSetStateTo("ok"));
            wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).inScenario("a").whenScenarioStateIs("ok")
                    .willReturn(okJson(JiraJson.user("app-a", "App on A", "app").toString())));
            other.stubFor(get(urlPathEqualTo("/rest/api/3/myself"))
                    .willReturn(okJson(JiraJson.user("app-b", "App on B", "app").toString())));
            JiraClient siteA = new JiraClient(TestAtlassianSites.jira(wm, "site-a"), policy, pool);
            JiraClient siteB = new JiraClient(TestAtlassianSites.jira(other, "site-b"), policy, pool);

            Future<JiraModel.User> a = caller.submit(siteA::myself);
            assertThat(siteAWaiting.await(10, TimeUnit.SECONDS)).as("site A is backing off").isTrue();

            assertThat(siteB.myself().displayName()).as("site B answers while A waits").isEqualTo("App on B");
            assertThat(a).isNotDone();

            release.countDown();
            assertThat(a.get(10, TimeUnit.SECONDS).displayName()).isEqualTo("App on A");
        } finally {
            release.countDown();
            caller.shutdownNow();
            other.stop();
        }
    }

    private void stubFailures(int failures, int status) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= failures; i++) {
            wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).inScenario("fail").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                            .withBody("<html><body>Service Unavailable</body></html>"))
                    .willSetStateTo("failed-" + i));
            state = "failed-" + i;
        }
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).inScenario("fail").whenScenarioStateIs(state)
                .willReturn(okJson(JiraJson.user("557058:app", "Postmortem app", "app").toString())));
    }
}
