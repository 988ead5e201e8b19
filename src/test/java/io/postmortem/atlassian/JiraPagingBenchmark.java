package io.postmortem.atlassian;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.TestAtlassianSites;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long reading an incident's evidence takes when every Jira call costs 50 ms: 1,000 comments
 * (maxResults 100 = 10 pages) and 500 changelog entries (5 pages), comments and changelog read concurrently.
 * Critical path = 2 round trips (first page of each, then all remaining pages at once). Run with
 * {@code ./mvnw -B test -Dtest=JiraPagingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JiraPagingBenchmark {

    private static final int DELAY_MS = 50;
    private static final int COMMENTS = 1000;
    private static final int CHANGES = 500;
    private static final int RUNS = 7;

    @Test
    void pagedEvidenceReadsNearTheCriticalPath() throws Exception {
        WireMockServer wm = new WireMockServer(options().dynamicPort().containerThreads(64).jettyAcceptors(2));
        wm.start();
        try {
            JiraJson.stubCommentPages(wm, "INC-1000", COMMENTS, 100, DELAY_MS);
            JiraJson.stubChangelogPages(wm, "INC-1000", CHANGES, 100, DELAY_MS);
            int calls = COMMENTS / 100 + CHANGES / 100;
            long sequentialMs = (long) calls * DELAY_MS;
            long criticalMs = 2L * DELAY_MS;
            System.out.printf("%nJiraPagingBenchmark: %d comments + %d changelog entries, %d ms per Jira call%n",
                    COMMENTS, CHANGES, DELAY_MS);
            System.out.printf("  calls per read: %d; sequential would take %d ms; critical path 2 round trips = %d ms%n",
                    calls, sequentialMs, criticalMs);
            System.out.printf("  machine: %d CPUs, load average %.1f (figures below include CPU contention)%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (int threads : new int[] {8, 16}) {
                measure(wm, threads, calls, sequentialMs, criticalMs);
            }
        } finally {
            wm.stop();
        }
    }

    private void measure(WireMockServer wm, int threads, int calls, long sequentialMs, long criticalMs)
            throws Exception {
        ExecutorService paging = Executors.newFixedThreadPool(threads);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            AtlassianCallPolicy policy = AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).maxConcurrentPerSite(threads).build();
            JiraClient jira = new JiraClient(TestAtlassianSites.jira(wm, "bench-" + threads), policy, paging);
            List<Long> wall = new ArrayList<>();
            int maxInFlight = 0;
            for (int run = 0; run < RUNS + 2; run++) {
                wm.resetRequests();
                long start = System.nanoTime();
                var comments = CompletableFuture.supplyAsync(() -> jira.comments("INC-1000"), callers);
                var changes = CompletableFuture.supplyAsync(() -> jira.changelog("INC-1000"), callers);
                assertThat(comments.get()).hasSize(COMMENTS);
                assertThat(changes.get()).hasSize(CHANGES);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertThat(wm.getAllServeEvents()).hasSize(calls);
                if (run >= 2) { // two warm-up runs
                    wall.add(ms);
                    maxInFlight = Math.max(maxInFlight, JiraClientPagingTestSupport.maxInFlight(
                            wm.getAllServeEvents(), DELAY_MS));
                }
            }
            Collections.sort(wall);
            long median = wall.get(wall.size() / 2);
            System.out.printf("  paging pool %2d threads, %2d calls/site: wall p50 %4d ms (min %d, max %d) over %d runs;"
                    + " %.1f round trips; wall/critical %.2f (goal <= 2.0 with 8 threads); sequential/wall %.1fx;"
                    + " max requests in flight at Jira %d (of 13 after the first pages)%n",
                    threads, threads, median, wall.get(0), wall.get(wall.size() - 1), RUNS,
                    (double) median / DELAY_MS, (double) median / criticalMs, (double) sequentialMs / median, maxInFlight);
        } finally {
            paging.shutdownNow();
            callers.shutdownNow();
        }
    }
}
