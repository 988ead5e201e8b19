package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.drafts.DraftService;
import io.postmortem.PostmortemApplication;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.JiraJson;

/**
 * Draft build for an incident with 1,000 comments and 500 changelog entries when every Jira call takes 50 ms
 * (WireMock fixed delay), through the real bean (signed requests, call policy, evidence engine, database, issue
 * property writes). Prints the number of calls and the wall time against the critical path: issue + first comment
 * page + first changelog page + remote links + search at once (1 round trip), then all remaining pages at once
 * (1), then the property writes one after the other (on a refresh only {@code postmortem} changes: 1) = 3 round
 * trips = 150 ms. Goal: within 1.5x.
 *
 * <p>Measured after {@code bench.warmups} builds (default 200), as in a server that has been running: after 60
 * builds C2 is still compiling the evidence engine and the median is about 10 % higher. The first, cold build is
 * printed too. Runs with the default 16 concurrent calls per site, then with 8 for comparison
 * ({@code -Dbench.onlyDefault=true} skips that). {@code -Dbench.delayMs=0} shows the CPU floor;
 * {@code -Dbench.trace=true} prints when each request of the last build reached Jira.
 * Run with {@code ./mvnw -B test -Dtest=DraftBuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DraftBuildBenchmark {

    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);
    static final int COMMENTS = 1000;
    static final int CHANGES = 500;
    static final int RUNS = 11;
    static final int WARMUPS = Integer.getInteger("bench.warmups", 200);

    @Test
    void draftBuildNearTheCriticalPath() throws Exception {
        WireMockServer jira = new WireMockServer(options().dynamicPort().containerThreads(64));
        jira.start();
        try {
            String key = "INC-1000";
            // a refresh: the incident already shows the "Draft 0/10" glance, so only the postmortem property is written
            var issue = JiraJson.issue(key, "11000");
            var glance = issue.putObject("properties").putObject("com.atlassian.jira.issue:postmortem-facilitator:postmortem-glance:status");
            glance.put("type", "lozenge").putObject("value").put("label", "Draft 0/10").put("type", "default");
            jira.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + key)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withFixedDelay(DELAY_MS).withBody(issue.toString())));
            JiraJson.stubCommentPages(jira, key, COMMENTS, 100, DELAY_MS);
            JiraJson.stubChangelogPages(jira, key, CHANGES, 100, DELAY_MS);
            jira.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + key + "/remotelink")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withFixedDelay(DELAY_MS).withBody(JiraJson.remoteLinks().toString())));
            jira.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withFixedDelay(DELAY_MS)
                    .withBody(JiraJson.searchPage(List.of(JiraJson.foundIssue("10900", "INC-900", null, null)), null).toString())));
            jira.stubFor(put(urlPathMatching("/rest/api/3/issue/.+/properties/.+")).willReturn(aResponse().withStatus(200).withFixedDelay(DELAY_MS)));

            for (int maxConcurrent : Boolean.getBoolean("bench.onlyDefault") ? new int[] {16} : new int[] {16, 8}) { // the default, then the earlier default for comparison
                measure(jira, key, maxConcurrent);
            }
        } finally {
            jira.stop();
        }
    }

    private void measure(WireMockServer jira, String key, int maxConcurrentPerSite) {
        List<String> props = new ArrayList<>(io.postmortem.testsupport.Databases.springProperties("h2"));
        props.addAll(List.of("server.port=0", "postmortem.jobs.auto-start=false", "logging.level.io.postmortem=WARN", "logging.level.io.postmortem.drafts.DraftBuild=INFO",
                "postmortem.atlassian.max-concurrent-per-site=" + maxConcurrentPerSite,
                "postmortem.atlassian.paging-threads=" + maxConcurrentPerSite));
        props.addAll(IntakeTestSupport.properties());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PostmortemApplication.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new))) {
            String clientKey = "bench-" + UUID.randomUUID();
            ConnectFixtures.installJira(app.getBean(InstallationRepository.class), clientKey, jira.baseUrl(), ConnectFixtures.randomSecret());
            DraftService builder = app.getBean(DraftService.class);
            long coldStart = System.nanoTime();
            builder.build(clientKey, key);
            long coldMs = (System.nanoTime() - coldStart) / 1_000_000;
            for (int i = 1; i < WARMUPS; i++) {
                builder.build(clientKey, key); // warm-up: class loading and JIT, as in a server that has been running
            }
            List<Long> times = new ArrayList<>();
            int calls = 0;
            PostMortem last = null;
            for (int i = 0; i < RUNS; i++) {
                jira.resetRequests();
                long start = System.nanoTime();
                last = builder.build(clientKey, key);
                long ms = (System.nanoTime() - start) / 1_000_000;
                times.add(ms);
                if (Boolean.getBoolean("bench.trace") && i == RUNS - 1) {
                    // offsets from the first request of the build (WireMock's own log dates)
                    long t0 = jira.getAllServeEvents().stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElse(0);
                    jira.getAllServeEvents().stream().sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                            .forEach(e -> System.out.printf("    +%4d ms %-4s %-70s process %s ms, send %s ms%n",
                                    e.getRequest().getLoggedDate().getTime() - t0, e.getRequest().getMethod(), e.getRequest().getUrl(),
                                    e.getTiming().getProcessTime(), e.getTiming().getResponseSendTime()));
                    System.out.printf("    done +%d ms%n", ms);
                }
                calls = jira.getAllServeEvents().size();
            }
            Collections.sort(times);
            long writes = jira.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().value().equals("PUT")).count();
            long critical = (2 + writes) * DELAY_MS;
            long median = times.get(times.size() / 2);
            System.out.printf("%nDraftBuildBenchmark: %d comments + %d changelog entries, %d ms per Jira call, max %d concurrent calls per site%n",
                    COMMENTS, CHANGES, DELAY_MS, maxConcurrentPerSite);
            System.out.printf("  machine: %d CPUs, load average %.1f (CPU contention inflates wall time)%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("  Jira calls per build: %d (sequentially that would be %d ms)%n", calls, (long) calls * DELAY_MS);
            System.out.printf("  wall time: min %d ms, median %d ms, max %d ms over %d builds after %d warm-up builds"
                    + " (the very first build after start, JIT cold: %d ms)%n", times.get(0), median, times.get(times.size() - 1), RUNS,
                    WARMUPS, coldMs);
            System.out.printf("  critical path: 2 read round trips + %d property write(s) = %d ms; median/critical = %.2fx (goal <= 1.5x) %s%n", writes, critical,
                    (double) median / critical, median <= critical * 1.5 ? "MET" : "NOT MET");
            System.out.printf("  draft: version %d, %d timeline rows%n", last.version(), last.timeline().size());
            assertThat(calls).isEqualTo(1 + COMMENTS / 100 + CHANGES / 100 + 1 + 1 + writes);
            assertThat(writes).isEqualTo(1);
        }
    }
}
