package io.postmortem.testsupport;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.postmortem.atlassian.AtlassianCallPolicy;
import io.postmortem.atlassian.JiraClient;

/**
 * A started WireMock server playing Jira site {@code site-a} plus the pool a {@link JiraClient} fetches later pages
 * on, for the Atlassian client tests; {@link #close()} stops both.
 */
public final class WireMockJira implements AutoCloseable {

    private final WireMockServer server;
    private final ExecutorService pool;

    private WireMockJira(WireMockServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Starts a server with {@code options} and a paging pool of {@code pagingThreads}. */
    public static WireMockJira start(WireMockConfiguration options, int pagingThreads) {
        WireMockServer server = new WireMockServer(options);
        server.start();
        return new WireMockJira(server, Executors.newFixedThreadPool(pagingThreads));
    }

    public WireMockServer server() {
        return server;
    }

    public ExecutorService pool() {
        return pool;
    }

    /** A client of site {@code site-a} (unsigned, see {@link TestAtlassianSites}) calling through {@code policy}. */
    public JiraClient client(AtlassianCallPolicy policy) {
        return new JiraClient(TestAtlassianSites.jira(server, "site-a"), policy, pool);
    }

    @Override
    public void close() {
        server.stop();
        pool.shutdownNow();
    }
}
