package io.postmortem.drafts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraModel;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.drafting.SectionDrafter;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.Evidence;
import io.postmortem.evidence.EvidenceEngine;
import io.postmortem.evidence.EvidenceInput;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;

/**
 * Builds or refreshes an incident's draft from Jira, now: {@link DraftService#build}'s work.
 *
 * <p>Round trips: the issue, comments, changelog, remote links and the search for similar past incidents are
 * independent, so they start together on a bounded pool; the client reads later pages of comments and changelog
 * in parallel once the first page gave the total. Then the draft is saved through {@link DraftRepository#modify}
 * (a person's concurrent save wins and the refresh is re-applied on top of it), and the issue properties are
 * written one after the other (per-issue write limits).
 */
@Component
@EnableConfigurationProperties(DraftProperties.class)
class DraftBuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftBuild.class);
    private static final int RELATED_CANDIDATES = 50;

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final SettingsRepository settings;
    private final DraftRepository drafts;
    private final IssueState issueState;
    private final DraftProperties properties;
    private final ExecutorService fetchPool;
    private final EvidenceEngine engine;
    private final SectionDrafter drafter = new SectionDrafter();
    private final PastedEvidenceRepository pastes;

    DraftBuild(AtlassianSites sites, AtlassianClients clients, SettingsRepository settings,
            DraftRepository drafts, IssueState issueState, DraftProperties properties, java.time.Clock clock,
            PastedEvidenceRepository pastes) {
        this.engine = new EvidenceEngine(clock);
        this.pastes = pastes;
        this.sites = sites;
        this.clients = clients;
        this.settings = settings;
        this.drafts = drafts;
        this.issueState = issueState;
        this.properties = properties;
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(properties.fetchThreads(), properties.fetchThreads(), 60,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "intake-fetch-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.fetchPool = pool;
    }

    /**
     * Builds (or refreshes) the incident's draft from its evidence on the Jira site, now. Refreshing keeps every human
     * edit and replaces only the machine-derived parts (timeline rows from evidence, key-time suggestions, evidence
     * links); see {@link DraftRefresh}.
     *
     * @return the stored draft after the build
     */
    PostMortem build(String clientKey, String issueKey) {
        try (var a = MDC.putCloseable("clientKey", clientKey); var b = MDC.putCloseable("issueKey", issueKey)) {
            AtlassianSite site = sites.jira(clientKey);
            JiraClient jira = clients.jira(site);
            Settings config = settings.forIssue(clientKey, issueKey);

            long t0 = System.nanoTime();
            var issueF = async(() -> jira.issue(issueKey, IssueState.POSTMORTEM_PROPERTY, issueState.glancePropertyKey()));
            var commentsF = async(() -> jira.comments(issueKey));
            var changelogF = async(() -> jira.changelog(issueKey));
            var remoteF = async(() -> jira.remoteLinks(issueKey));
            var relatedF = async(() -> relatedCandidates(jira, issueKey, config));
            join(CompletableFuture.allOf(issueF, commentsF, changelogF, remoteF, relatedF));

            long t1 = System.nanoTime();
            JiraModel.Issue issue = issueF.join();
            String storedKey = issue.key() != null ? issue.key() : issueKey;
            List<ParsedThread> pasted = PasteMerge.storedThreads(pastes.list(clientKey, storedKey));
            Evidence parts = analyze(issue, commentsF.join(), changelogF.join(), remoteF.join(), pasted, config);
            List<DraftAssembly.Related> related = DraftAssembly.similar(
                    issue.fields() == null ? null : issue.fields().summary(),
                    issue.fields() == null ? List.of() : issue.fields().labels(), relatedF.join(), properties.relatedLimit());

            Map<String, Suggestion> suggestions = new LinkedHashMap<>(parts.suggestions());
            Suggestion recurrence = DraftAssembly.recurrence(related);
            if (recurrence != null) {
                Suggestion fromLinks = suggestions.get(Question.RECURRENCE.key());
                suggestions.put(Question.RECURRENCE.key(), fromLinks == null ? recurrence
                        : new Suggestion(recurrence.text() + " " + fromLinks.text(), recurrence.source(), recurrence.label()));
            }
            List<EvidenceLink> evidence = new ArrayList<>(parts.supportingEvidence());
            for (EvidenceLink link : DraftAssembly.relatedEvidence(site.baseUrl(), related)) {
                String key = link.label().substring(0, link.label().indexOf(':') < 0 ? link.label().length() : link.label().indexOf(':'));
                evidence.removeIf(e -> e.url() == null && e.label() != null && e.label().startsWith(key));
                evidence.add(link);
            }
            Instant resolvedAt = parts.keyTimes().resolved().at();
            MachineParts fresh = new MachineParts(issue.id(), DraftAssembly.header(issue, resolvedAt), parts.keyTimes(),
                    parts.timeline(), parts.responders(), suggestions, evidence);

            long t2 = System.nanoTime();
            // the section drafts follow the refreshed evidence and the answers as stored (nothing a person wrote changes)
            PostMortem saved = drafts.modify(clientKey, storedKey, current -> drafter.apply(DraftRefresh.refresh(current, fresh)));
            long t3 = System.nanoTime();
            issueState.record(clientKey, jira, storedKey, saved, issue.properties().get(IssueState.POSTMORTEM_PROPERTY),
                    issue.properties().get(issueState.glancePropertyKey()));
            long t4 = System.nanoTime();
            log.info("Draft v{} built: {} timeline rows, {} related incidents (fetch {} ms, analyse {} ms, save {} ms, issue properties {} ms)",
                    saved.version(), saved.timeline().size(), related.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
            return saved;
        }
    }

    /**
     * The evidence engine's reading of the incident. An engine failure fails the build (the durable job retries it and
     * says why); there is no second, simpler reading to fall back on.
     */
    private Evidence analyze(JiraModel.Issue issue, List<JiraModel.Comment> comments,
            List<JiraModel.ChangelogEntry> changelog, List<JiraModel.RemoteLink> remoteLinks, List<ParsedThread> pasted,
            Settings config) {
        return engine.analyze(new EvidenceInput(EvidenceMapping.issue(issue), EvidenceMapping.comments(comments),
                EvidenceMapping.changelog(changelog), EvidenceMapping.remoteLinks(remoteLinks), pasted,
                zone(config.timezone()), Set.copyOf(config.resolvedStatusIds())));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Past incidents of the same project and types (bounded); ranked locally once the summary is known. */
    private List<FoundIssue> relatedCandidates(JiraClient jira, String issueKey, Settings config) {
        try {
            return jira.search(DraftAssembly.relatedJql(issueKey, config.incidentIssueTypes()),
                    List.of("summary", "labels", "resolutiondate"), List.of(), List.of(), RELATED_CANDIDATES);
        } catch (AtlassianApiException e) {
            if (e.status() == 400) { // e.g. an issue type name unknown to the site: related incidents are optional
                log.warn("Search for similar incidents refused: {}", e.getMessage());
                return List.of();
            }
            throw e;
        }
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        return CompletableFuture.supplyAsync(() -> {
            Map<String, String> previous = MDC.getCopyOfContextMap();
            if (mdc != null) MDC.setContextMap(mdc);
            try {
                return call.get();
            } finally {
                if (previous != null) MDC.setContextMap(previous); else MDC.clear();
            }
        }, fetchPool);
    }

    private static void join(CompletableFuture<?> all) {
        try {
            all.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override
    public void destroy() {
        fetchPool.shutdown();
    }
}
