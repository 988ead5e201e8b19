package io.postmortem.atlassian;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out typed clients for a site: {@code clients.jira(sites.jira(clientKey))},
 * {@code sites.confluenceFor(clientKey).map(clients::confluence)}. Clients are cheap; create one per unit of work.
 *
 * <p>All clients share one {@link AtlassianCallPolicy} (retries, per-installation gate, metrics) and one small fixed
 * thread pool on which later pages of paged lists are fetched in parallel (Java 17: no virtual threads). Paging
 * tasks are leaves (they never wait on other tasks), so the pool cannot deadlock. {@link #close()} stops the pool.
 */
public class AtlassianClients implements AutoCloseable {

    private final AtlassianCallPolicy policy;
    private final ExecutorService pagingExecutor;

    /** @param pagingThreads size of the shared paging pool (e.g. 8) */
    public AtlassianClients(AtlassianCallPolicy policy, int pagingThreads) {
        this.policy = policy;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "atlassian-paging-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pagingExecutor = Executors.newFixedThreadPool(pagingThreads, threads);
    }

    public JiraClient jira(AtlassianSite site) {
        return new JiraClient(site, policy, pagingExecutor);
    }

    public ConfluenceClient confluence(AtlassianSite site) {
        return new ConfluenceClient(site, policy);
    }

    public AtlassianCallPolicy policy() {
        return policy;
    }

    @Override
    public void close() {
        pagingExecutor.shutdown();
        try {
            if (!pagingExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                pagingExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            pagingExecutor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
