package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.atlassian.AtlassianCallPolicy;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.JiraJson;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Shared pieces of the intake's end-to-end tests: Jira stubs, webhook delivery, waiting. */
final class IntakeTestSupport {

    static final String WEBHOOK_PATH = "/connect/webhooks/issue-updated";
    static final String APP_ACCOUNT = "557058:app-postmortem-facilitator";
    static final HttpClient HTTP = io.postmortem.testsupport.TestHttp.CLIENT;

    private IntakeTestSupport() {
    }

    /** Retries as in production but with short waits; records every wait the policy asked for. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FastRetries {
        static final List<Duration> WAITS = new CopyOnWriteArrayList<>();

        @Bean
        @Primary
        AtlassianCallPolicy fastAtlassianCallPolicy() {
            return AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(50))
                    .sleeper(d -> {
                        WAITS.add(d);
                        Thread.sleep(Math.min(d.toMillis(), 30));
                    }).build();
        }
    }

    /** Properties every intake end-to-end test uses (fast polling, quick retries, no reconciliation during tests). */
    static List<String> properties() {
        return List.of("postmortem.jobs.poll-interval=200ms", "postmortem.jobs.retry-backoff=200ms",
                "postmortem.jobs.reconcile-interval=1h",
                "postmortem.connect.allowed-base-urls=http://127.0.0.1:*,http://localhost:*");
    }

    /** Stubs a resolved incident the way Jira Cloud answers for it. */
    static void stubIncident(WireMockServer wm, String key, String id, int comments, int histories) {
        ObjectNode issue = JiraJson.issue(key, id);
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + key)).willReturn(okJson(issue.toString())));
        JiraJson.stubCommentPages(wm, key, comments, 100, 0);
        JiraJson.stubChangelogPages(wm, key, histories, 100, 0);
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + key + "/remotelink")).willReturn(okJson(JiraJson.remoteLinks().toString())));
        stubCommon(wm);
    }

    /**
     * Comment and changelog pages (Jira's real page shapes, 100 per page) whose entries each say something distinct
     * and lie 10 minutes apart, so the evidence engine keeps every one as its own timeline row.
     */
    static void stubDistinctPages(WireMockServer wm, String key, int comments, int histories) {
        for (int start = 0; start < comments; start += 100) {
            ObjectNode page = JiraJson.commentPage(start, 100, comments);
            int n = start;
            for (var c : page.withArray("comments")) {
                ObjectNode comment = (ObjectNode) c;
                comment.put("created", JiraJson.time(JiraJson.T0.plusSeconds(600L * n)));
                comment.set("body", JiraJson.adf("Restarted payment worker shard " + n + " after its queue depth alarm fired"));
                n++;
            }
            wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + key + "/comment"))
                    .withQueryParam("startAt", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(start)))
                    .willReturn(okJson(page.toString())));
        }
        for (int start = 0; start < histories; start += 100) {
            ObjectNode page = JiraJson.changelogPage(key, start, 100, histories);
            int n = start;
            for (var h : page.withArray("values")) {
                ObjectNode history = (ObjectNode) h;
                history.put("created", JiraJson.time(JiraJson.T0.plusSeconds(600L * n + 300)));
                var items = history.putArray("items");
                items.add(n % 2 == 0 ? JiraJson.changeItem("priority", "priority", "3", "Medium", "1", "Highest")
                        : JiraJson.changeItem("priority", "priority", "1", "Highest", "3", "Medium"));
                n++;
            }
            wm.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + key + "/changelog"))
                    .withQueryParam("startAt", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(start)))
                    .willReturn(okJson(page.toString())));
        }
    }

    /** myself, search (one similar past incident) and property writes. */
    static void stubCommon(WireMockServer wm) {
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/myself"))
                .willReturn(okJson(JiraJson.user(APP_ACCOUNT, "Post-Mortem Facilitator", "app").toString())));
        ObjectNode past = JiraJson.foundIssue("10180", "INC-180", null, null);
        ((ObjectNode) past.get("fields")).put("summary", "Checkout API 5xx after deploy");
        wm.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(okJson(JiraJson.searchPage(List.of(past), null).toString())));
        wm.stubFor(put(urlPathMatching("/rest/api/3/issue/[^/]+/properties/.+"))
                .willReturn(aResponse().withStatus(200)));
        // the workflow's statuses, for "was the status it came from already resolved?"
        for (String[] st : new String[][] {{"1", "Open", "new"}, {"3", "In Progress", "indeterminate"},
                {"10004", "Resolved", "done"}, {"6", "Closed", "done"}}) {
            wm.stubFor(get(urlPathEqualTo("/rest/api/3/status/" + st[0])).willReturn(okJson(JiraJson.status(st[0], st[1], st[2]).toString())));
        }
    }

    static HttpResponse<String> deliver(int port, String clientKey, String secret, String body, String webhookId,
            Integer retry) throws Exception {
        return deliver(port, clientKey, secret, HttpRequest.BodyPublishers.ofString(body), webhookId, retry);
    }

    /** With {@code BodyPublishers.ofInputStream} the body goes chunked, without a Content-Length. */
    static HttpResponse<String> deliver(int port, String clientKey, String secret, HttpRequest.BodyPublisher body,
            String webhookId, Integer retry) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WEBHOOK_PATH))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "JWT " + ConnectFixtures.requestJwt(clientKey, secret, "POST", WEBHOOK_PATH))
                .POST(body);
        if (webhookId != null) r.header("X-Atlassian-Webhook-Identifier", webhookId);
        if (retry != null) r.header("X-Atlassian-Webhook-Retry", retry.toString());
        r.header("X-Atlassian-Webhook-Flow", "Primary");
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> getIntake(int port, String token, String issueKey) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/postmortems/" + issueKey + "/intake"))
                .header("Authorization", "JWT " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@link io.postmortem.testsupport.Await#until}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        io.postmortem.testsupport.Await.until(what, timeout, condition);
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
