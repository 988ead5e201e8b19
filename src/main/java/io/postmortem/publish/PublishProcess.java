package io.postmortem.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.ConfluenceClient;
import io.postmortem.atlassian.ConfluenceModel.NewPage;
import io.postmortem.atlassian.ConfluenceModel.Page;
import io.postmortem.atlassian.ConfluenceModel.Space;
import io.postmortem.atlassian.ConfluenceTitleConflictException;
import io.postmortem.atlassian.ConfluenceVersionConflictException;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraModel.IssueType;
import io.postmortem.atlassian.JiraModel.NewRemoteLink;
import io.postmortem.atlassian.JiraModel.BulkCreateResult;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.atlassian.JiraModel.NewIssue;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.drafts.IssueState;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ConfluencePage;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.ActionItemIssueRepository.Row;
import io.postmortem.publish.Publication.State;
import io.postmortem.settings.ConfluenceNotInstalled;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run of publishing an incident's post-mortem. Every step is idempotent, so a run that died anywhere is
 * simply run again (by the durable task) and converges:
 * <ol>
 * <li>PAGE: the stored page is updated (version + 1; a 409 re-reads the version and retries once). Without a
 * stored page it is created; a title clash is resolved by adopting the page when it is ours (its body names our
 * incident) or by a clear variant ("… (INC-7)", then "… (2)"). The page lists the action items' Jira keys, so on
 * a first publish it is written again once the issues exist; on a re-publish the items go first and the page is
 * written once.</li>
 * <li>ITEMS: action items without a Jira key are created with bulk create (≤ 50 per call), each carrying the
 * issue property {@code postmortem-item} {incident, itemId} in the same call and the link to the incident in
 * {@code update.issuelinks} ({@link JiraClient#createIssues}). When an earlier run may have created issues whose keys were lost, the marks are
 * found with JQL first and adopted (and linked, if the crash came between create and link), so no item is ever
 * created twice; this search runs on every run that has an item without a key, whatever our own progress record
 * says, because that record may be among the writes a crash lost. Items whose summary, owner or due date
 * changed since they were last written are updated.</li>
 * <li>INCIDENT: remote link to the page (by globalId), issue property {@code postmortem}, glance status.</li>
 * <li>EXTERNAL: the external version as a child page, only when the redaction checklist is complete and no
 * redaction finding remains.</li>
 * </ol>
 * Per-item failures (Jira's own message) end the run DONE with the items' errors; anything that stops the
 * whole run ends it FAILED with a message; rate limits and outages are rethrown as {@link RetryLater}.
 */
@Service
public class PublishProcess {

    public static final String ITEM_PROPERTY = "postmortem-item";

    private static final Logger log = LoggerFactory.getLogger(PublishProcess.class);

    private final DraftRepository drafts;
    private final IssueState issueState;
    private final SettingsRepository settings;
    private final PublicationRepository publications;
    private final ActionItemIssueRepository itemIssues;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final PublishDocuments documents;
    private final ConnectProperties connect;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final ExecutorService parallel;
    private final Clock clock;

    public PublishProcess(DraftRepository drafts, SettingsRepository settings, PublicationRepository publications,
                          ActionItemIssueRepository itemIssues, AtlassianSites sites, AtlassianClients clients,
                          PublishDocuments documents, ConnectProperties connect, JsonMapper json,
                          ObjectProvider<MeterRegistry> meters, Clock clock, PublishProperties properties,
                          IssueState issueState) {
        this.issueState = issueState;
        this.drafts = drafts;
        this.settings = settings;
        this.publications = publications;
        this.itemIssues = itemIssues;
        this.sites = sites;
        this.clients = clients;
        this.documents = documents;
        this.connect = connect;
        this.json = json;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        AtomicInteger n = new AtomicInteger();
        this.parallel = Executors.newFixedThreadPool(Math.max(1, properties.parallelCalls()), r -> {
            Thread t = new Thread(r, "publish-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.clock = clock;
    }

    /** Stops the pool of parallel calls with the application (a run still going is revived after the restart). */
    @jakarta.annotation.PreDestroy
    void close() {
        parallel.shutdownNow();
    }

    /** A run stopped for a reason a person must fix (message says what); publishing again resumes. */
    public static class PublishFailure extends RuntimeException {
        public PublishFailure(String message) {
            super(message);
        }
    }

    /** A transient failure (rate limit, outage): the durable task tries again later. */
    public static class RetryLater extends RuntimeException {
        public RetryLater(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Runs (or resumes) the publication; never throws except {@link RetryLater}. */
    public void run(String clientKey, String issueKey) {
        // every log line of the run names the installation and the incident, as the README promises
        try (var a = MDC.putCloseable("clientKey", clientKey); var b = MDC.putCloseable("issueKey", issueKey)) {
            runLogged(clientKey, issueKey);
        }
    }

    private void runLogged(String clientKey, String issueKey) {
        Timer.Sample sample = Timer.start(meters);
        try {
            State end = runSteps(clientKey, issueKey);
            sample.stop(meters.timer("postmortem.publish.duration", "outcome", end.name().toLowerCase(Locale.ROOT)));
        } catch (PublishFailure e) {
            publications.finish(clientKey, issueKey, State.FAILED, e.getMessage());
            sample.stop(meters.timer("postmortem.publish.duration", "outcome", "failed"));
        } catch (AtlassianSites.UnknownSiteException e) {
            publications.finish(clientKey, issueKey, State.FAILED, "The Jira installation is no longer active");
            sample.stop(meters.timer("postmortem.publish.duration", "outcome", "failed"));
        } catch (AtlassianApiException e) {
            sample.stop(meters.timer("postmortem.publish.duration", "outcome", e.isTransient() ? "retry" : "failed"));
            if (e.isTransient()) {
                publications.retrying(clientKey, issueKey, "Waiting to try again: " + e.getMessage());
                throw new RetryLater(e.getMessage(), e);
            }
            publications.finish(clientKey, issueKey, State.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Publishing {} failed unexpectedly", issueKey, e);
            publications.finish(clientKey, issueKey, State.FAILED, "Publishing failed unexpectedly; try again");
            sample.stop(meters.timer("postmortem.publish.duration", "outcome", "failed"));
        }
    }

    private State runSteps(String clientKey, String issueKey) {
        publications.running(clientKey, issueKey, "START");
        PostMortem doc = drafts.find(clientKey, issueKey)
                .orElseThrow(() -> new PublishFailure("The post-mortem of " + issueKey + " no longer exists"));
        Publication pub = publications.find(clientKey, issueKey).orElseThrow();
        Settings s = settings.forIssue(clientKey, issueKey);
        if (doc.header() != null && doc.header().nextReviewAt() == null) {
            // no review date yet: the installation's review delay after publishing (the page shows it)
            java.time.LocalDate reviewAt = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                    .plusDays(s.followUp().reviewAfterDays());
            doc = drafts.modify(clientKey, issueKey, d -> d.header() == null || d.header().nextReviewAt() != null ? d
                    : d.toBuilder().header(d.header().withNextReviewAt(reviewAt)).build());
        }
        if (blank(s.confluenceSpaceKey())) {
            throw new PublishFailure("No Confluence space is configured for project " + Settings.projectOf(issueKey)
                    + ": a Jira administrator sets it on the app's configuration page");
        }
        if (!doc.actionItems().isEmpty() && blank(s.actionItemProject())) {
            throw new PublishFailure("No Jira project for action items is configured for project " + Settings.projectOf(issueKey)
                    + ": a Jira administrator sets it on the app's configuration page");
        }
        AtlassianSite jiraSite = sites.jira(clientKey);
        AtlassianSite confluenceSite = sites.confluenceFor(clientKey)
                .orElseThrow(() -> new PublishFailure(ConfluenceNotInstalled.message(connect.normalizedBaseUrl())));
        JiraClient jira = clients.jira(jiraSite);
        ConfluenceClient confluence = clients.confluence(confluenceSite);

        // 1+2. the page and the action items. Re-publishing: items first (their descriptions link to the page we
        // have), then one page write that carries their keys. First time: the page (items link to it), the items,
        // then the page again with the new keys, so its action-item table shows live Jira status. The final page
        // write runs beside the incident writes (3.), which only need the page's id and address.
        boolean itemsToCreate = doc.actionItems().stream().anyMatch(a -> blank(a.jiraKey()) && !blank(a.summary()));
        CompletableFuture<Optional<IssueType>> issueType = itemsToCreate
                ? CompletableFuture.supplyAsync(() -> jira.issueType(s.actionItemProject(), s.actionItemIssueType()), parallel)
                : CompletableFuture.completedFuture(Optional.empty());
        String knownId = pub.pageId() != null ? pub.pageId() : doc.confluencePage() != null ? doc.confluencePage().id() : null;
        Optional<Page> existing = knownId == null ? Optional.empty() : confluence.page(knownId);
        String externalId = pub.externalPageId() != null ? pub.externalPageId()
                : doc.confluencePage() != null ? doc.confluencePage().externalPageId() : null;
        Page page;
        ItemsOutcome items;
        CompletableFuture<Void> labels;
        if (existing.isPresent()) {
            page = existing.get();
            labels = labelsAsync(confluence, page.id(), issueKey);
            publications.running(clientKey, issueKey, "ITEMS");
            items = publishItems(clientKey, doc, pub, s, jira, jiraSite, issueType, page.title(), page.webUrl(confluenceSite.baseUrl()));
        } else {
            if (knownId != null) log.info("The page {} of {} is gone; creating a new one", knownId, issueKey);
            publications.running(clientKey, issueKey, "PAGE");
            page = createPage(doc, confluence, s);
            checkpoint(clientKey, issueKey, page, confluenceSite, externalId);
            labels = labelsAsync(confluence, page.id(), issueKey);
            publications.running(clientKey, issueKey, "ITEMS");
            items = publishItems(clientKey, doc, pub, s, jira, jiraSite, issueType, page.title(), page.webUrl(confluenceSite.baseUrl()));
        }
        CompletableFuture<Page> finalPage = CompletableFuture.completedFuture(page);
        String title = page.title();
        if (existing.isPresent() || items.created() > 0) {
            PostMortem withKeys = drafts.find(clientKey, issueKey).orElse(doc);
            String desired = documents.pageTitle(withKeys);
            String storage = documents.storage(withKeys);
            Page current = page;
            title = keptTitle(current, desired);
            finalPage = CompletableFuture.supplyAsync(() -> update(confluence, current, desired, storage, issueKey), parallel);
        }
        String pageUrl = page.webUrl(confluenceSite.baseUrl());

        // 3. the incident (every write here hits the same issue: one after another)
        publications.running(clientKey, issueKey, "INCIDENT");
        jira.upsertRemoteLink(issueKey, new NewRemoteLink("postmortem-page-" + page.id(), pageUrl, title,
                "Post-mortem of " + issueKey, "post-mortem", "com.atlassian.confluence", "Confluence"));
        PostMortem latest = drafts.find(clientKey, issueKey).orElse(doc);
        issueState.recordPublished(clientKey, jira, issueKey, latest, page.id(), pageUrl, items.keys());
        page = join(finalPage);
        checkpoint(clientKey, issueKey, page, confluenceSite, externalId);
        join(labels);

        // 4. the external version, only when it is cleared for sharing
        PostMortem current = drafts.find(clientKey, issueKey).orElse(doc);
        if (externalReady(current)) {
            publications.running(clientKey, issueKey, "EXTERNAL");
            externalId = publishExternal(current, page, externalId, confluence);
            publications.externalPage(clientKey, issueKey, externalId);
        }

        // 5. the draft
        publications.running(clientKey, issueKey, "FINISH");
        ConfluencePage published = new ConfluencePage(page.id(), page.title(), pageUrl, page.versionNumber(), externalId);
        drafts.modify(clientKey, issueKey, d -> d.toBuilder().status(PostMortem.Status.PUBLISHED).confluencePage(published).build());
        String error = items.failed() == 0 ? null
                : items.failed() + " of " + items.total() + " action item(s) could not be written to Jira; see each item's error";
        publications.finish(clientKey, issueKey, State.DONE, error);
        return State.DONE;
    }

    // ---- 1. page ----------------------------------------------------------------------------------------------

    /** A new page, or (after a crash, or a title clash with our own page) the one that is already ours. */
    private Page createPage(PostMortem doc, ConfluenceClient confluence, Settings s) {
        String title = documents.pageTitle(doc);
        String body = documents.storage(doc);
        String spaceId = confluence.spaceByKey(s.confluenceSpaceKey()).map(Space::id)
                .orElseThrow(() -> new PublishFailure("The Confluence space '" + s.confluenceSpaceKey()
                        + "' does not exist or the app cannot see it: check the app's configuration"));
        String parentId = blank(s.confluenceParentPageId()) ? null : s.confluenceParentPageId();
        for (String candidate : titleCandidates(title, doc.issueKey())) {
            try {
                return confluence.createPage(new NewPage(spaceId, parentId, candidate, body));
            } catch (ConfluenceTitleConflictException taken) {
                Optional<Page> clash = confluence.findPageByTitle(spaceId, candidate).flatMap(p -> confluence.page(p.id()));
                if (clash.isPresent() && isOurs(clash.get(), doc.issueKey())) {
                    return update(confluence, clash.get(), candidate, body, doc.issueKey());
                }
            }
        }
        throw new PublishFailure("Every title tried for the page is taken in space " + s.confluenceSpaceKey()
                + " (\"" + title + "\" and its variants); rename the post-mortem and publish again");
    }

    private void checkpoint(String clientKey, String issueKey, Page page, AtlassianSite confluenceSite, String externalId) {
        String url = page.webUrl(confluenceSite.baseUrl());
        publications.page(clientKey, issueKey, page.id(), url, page.versionNumber(), page.title());
        ConfluencePage stored = new ConfluencePage(page.id(), page.title(), url, page.versionNumber(), externalId);
        drafts.modify(clientKey, issueKey, d -> d.toBuilder().confluencePage(stored).build());
    }

    private CompletableFuture<Void> labelsAsync(ConfluenceClient confluence, String pageId, String issueKey) {
        return CompletableFuture.runAsync(() ->
                confluence.addLabels(pageId, List.of("postmortem", issueKey.toLowerCase(Locale.ROOT))), parallel);
    }

    /** The title, then "… (INC-7)", then "… (2)" … "… (9)". */
    static List<String> titleCandidates(String title, String issueKey) {
        List<String> out = new ArrayList<>();
        out.add(title);
        if (!title.contains(issueKey)) out.add(title + " (" + issueKey + ")");
        for (int i = 2; i <= 9; i++) out.add(title + " (" + i + ")");
        return out;
    }

    /** A page is ours when its body carries our incident key (the header's Jira macro) . */
    static boolean isOurs(Page page, String issueKey) {
        String body = page.storageValue();
        return body != null && body.contains(">" + issueKey + "<");
    }

    /** Keeps a variant title we had to choose ("… (INC-7)") as long as the post-mortem's own title is unchanged. */
    static String keptTitle(Page current, String desiredTitle) {
        return current.title() != null && current.title().startsWith(desiredTitle) ? current.title() : desiredTitle;
    }

    private Page update(ConfluenceClient confluence, Page current, String desiredTitle, String body, String issueKey) {
        String title = keptTitle(current, desiredTitle);
        String message = "Re-published from " + issueKey;
        try {
            return confluence.updatePage(current.id(), title, body, current.versionNumber() + 1, message, null);
        } catch (ConfluenceVersionConflictException stale) {
            Page fresh = confluence.page(current.id())
                    .orElseThrow(() -> new PublishFailure("The page " + current.id() + " disappeared while publishing"));
            return confluence.updatePage(current.id(), title, body, fresh.versionNumber() + 1, message, null);
        } catch (ConfluenceTitleConflictException taken) {
            if (title.equals(current.title())) throw taken;
            return confluence.updatePage(current.id(), current.title(), body, current.versionNumber() + 1, message, null);
        }
    }

    // ---- 2. action items ------------------------------------------------------------------------------------

    record ItemsOutcome(List<String> keys, int total, int failed, int created) {
    }

    private record ItemResult(String jiraKey, String error) {
    }

    private ItemsOutcome publishItems(String clientKey, PostMortem doc, Publication pub, Settings s, JiraClient jira,
                                      AtlassianSite jiraSite, CompletableFuture<Optional<IssueType>> issueType,
                                      String pageTitle, String pageUrl) {
        String incident = doc.issueKey();
        List<ActionItem> items = doc.actionItems().stream().filter(i -> !blank(i.summary()) && !blank(i.id())).toList();
        if (items.isEmpty()) return new ItemsOutcome(List.of(), 0, 0, 0);
        LocalDate defaultDue = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(s.defaultDueDays());

        Map<String, Row> rowsByItem = new HashMap<>();
        Map<String, Row> rowsByKey = new HashMap<>();
        for (Row r : itemIssues.forIncident(clientKey, incident)) {
            rowsByItem.put(r.itemId(), r);
            rowsByKey.put(r.jiraKey(), r);
        }
        Map<String, String> keyByItem = new LinkedHashMap<>();
        for (ActionItem item : items) {
            if (!blank(item.jiraKey())) keyByItem.put(item.id(), item.jiraKey());
            else if (rowsByItem.containsKey(item.id())) keyByItem.put(item.id(), rowsByItem.get(item.id()).jiraKey());
        }
        // Before creating anything, look in Jira for what an earlier run may have created and not recorded (it died
        // between Jira's answer and our commit, or its records were lost): every issue we create carries the mark
        // postmortem-item {incident, itemId} and, in the same call, the link to the incident. This never depends
        // on our own progress record, so no crash at any instant can make an item be created twice.
        Map<String, String> adoptedNeedingLink = new LinkedHashMap<>();
        if (items.stream().anyMatch(i -> !keyByItem.containsKey(i.id()))) {
            // the property condition needs the descriptor to index postmortem-item; linkedIssues finds the marks
            // even where the property is not indexed
            String jql = "issue.property[" + ITEM_PROPERTY + "].incident = " + JiraClient.jqlString(incident)
                    + " OR issue in linkedIssues(" + JiraClient.jqlString(incident) + ") ORDER BY created ASC";
            for (FoundIssue found : jira.search(jql, List.of("summary", "issuelinks"), List.of(ITEM_PROPERTY), List.of(), 1000)) {
                JsonNode mark = found.properties().get(ITEM_PROPERTY);
                if (mark == null || !incident.equals(mark.path("incident").asString(null))) continue;
                String itemId = mark.path("itemId").asString(null);
                if (itemId != null && !keyByItem.containsKey(itemId)) {
                    keyByItem.put(itemId, found.key());
                    if (!linksTo(found.fields(), incident)) adoptedNeedingLink.put(itemId, found.key());
                    log.info("Adopted {} for action item {}: created by an earlier run that did not record it", found.key(), itemId);
                }
            }
        }

        Map<String, ItemResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        // an adopted issue created by the create-then-link path may have died before its link: link it now
        for (Map.Entry<String, String> e : adoptedNeedingLink.entrySet()) {
            try {
                jira.linkIssues(s.linkType(), e.getValue(), incident, null);
            } catch (AtlassianApiException ex) {
                if (ex.isTransient()) throw ex;
                results.put(e.getKey(), new ItemResult(e.getValue(), "Not linked to " + incident + ": " + jiraMessage(ex)));
            }
        }
        List<ActionItem> toCreate = items.stream().filter(i -> !keyByItem.containsKey(i.id())).toList();
        int[] createdCount = {0};
        if (!toCreate.isEmpty()) {
            createItems(clientKey, incident, toCreate, s, defaultDue, jira, jiraSite, join(issueType), pageTitle, pageUrl, results);
            createdCount[0] = (int) toCreate.stream().filter(i -> results.containsKey(i.id()) && results.get(i.id()).jiraKey() != null).count();
        }

        // update issues whose summary, owner or due date changed since we last wrote them
        List<CompletableFuture<Void>> updates = new ArrayList<>();
        for (ActionItem item : items) {
            String key = keyByItem.get(item.id());
            if (key == null || results.containsKey(item.id())) continue;
            Row last = rowsByKey.get(key);
            // an item without a due date keeps the default it was given when created (not a new one every day)
            LocalDate due = item.due() != null ? item.due() : last != null && last.due() != null ? last.due() : defaultDue;
            boolean changed = last == null || !Objects.equals(last.summary(), item.summary())
                    || !Objects.equals(last.ownerAccountId(), item.ownerAccountId()) || !Objects.equals(last.due(), due);
            if (!changed) {
                results.put(item.id(), new ItemResult(key, null));
                continue;
            }
            updates.add(CompletableFuture.runAsync(() -> {
                ObjectNode fields = json.createObjectNode();
                fields.put("summary", item.summary());
                if (item.ownerAccountId() != null) fields.putObject("assignee").put("accountId", item.ownerAccountId());
                else fields.putNull("assignee");
                fields.put("duedate", due.toString());
                String error = null;
                try {
                    jira.editIssue(key, fields);
                    itemIssues.save(new Row(clientKey, key, incident, item.id(), item.summary(), item.ownerAccountId(), due));
                    meters.counter("postmortem.publish.items.updated").increment();
                } catch (AtlassianApiException e) {
                    if (e.isTransient()) throw e;
                    error = jiraMessage(e);
                    meters.counter("postmortem.publish.items.failed").increment();
                }
                results.put(item.id(), new ItemResult(key, error));
            }, parallel));
        }
        updates.forEach(PublishProcess::join);

        // remember keys and errors in the draft
        drafts.modify(clientKey, incident, d -> d.toBuilder().actionItems(d.actionItems().stream().map(a -> {
            ItemResult r = results.get(a.id());
            if (r == null) return a;
            return new ActionItem(a.id(), a.summary(), a.description(), a.ownerAccountId(), a.ownerDisplayName(), a.due(),
                    a.preventsRecurrence(), a.status(), r.jiraKey() != null ? r.jiraKey() : a.jiraKey(), r.error());
        }).toList()).build());
        List<String> keys = results.values().stream().map(ItemResult::jiraKey).filter(Objects::nonNull).distinct().toList();
        int failed = (int) results.values().stream().filter(r -> r.error() != null).count();
        return new ItemsOutcome(keys, items.size(), failed, createdCount[0]);
    }

    private void createItems(String clientKey, String incident, List<ActionItem> toCreate, Settings s, LocalDate defaultDue,
                             JiraClient jira, AtlassianSite jiraSite, Optional<IssueType> issueType, String pageTitle,
                             String pageUrl, Map<String, ItemResult> results) {
        IssueType type = issueType
                .orElseThrow(() -> new PublishFailure("Jira project " + s.actionItemProject() + " has no issue type '"
                        + s.actionItemIssueType() + "' (or the project does not exist): check the app's configuration"));
        publications.itemsAttempted(clientKey, incident);
        String incidentUrl = jiraSite.baseUrl().replaceAll("/+$", "") + "/browse/" + incident;
        List<NewIssue> issues = new ArrayList<>();
        for (ActionItem item : toCreate) {
            issues.add(newIssue(item, incident, s, type.id(), defaultDue, pageTitle, pageUrl, incidentUrl));
        }
        List<Integer> linkRefused = new ArrayList<>();
        for (BulkCreateResult r : jira.createIssues(issues)) {
            ActionItem item = toCreate.get(r.index());
            if (r.succeeded()) {
                created(clientKey, incident, item, r.created().key(), defaultDue, results);
            } else if (r.errors().containsKey("issuelinks") || r.errorText().toLowerCase(Locale.ROOT).contains("issuelinks")) {
                linkRefused.add(r.index()); // the create screen refuses links at create: create, then link
            } else {
                results.put(item.id(), new ItemResult(null, itemError(r)));
                meters.counter("postmortem.publish.items.failed").increment();
            }
        }
        if (linkRefused.isEmpty()) return;
        List<NewIssue> retry = linkRefused.stream().map(i -> issues.get(i).withoutLinks()).toList();
        for (BulkCreateResult r : jira.createIssues(retry)) {
            ActionItem item = toCreate.get(linkRefused.get(r.index()));
            if (!r.succeeded()) {
                results.put(item.id(), new ItemResult(null, itemError(r)));
                meters.counter("postmortem.publish.items.failed").increment();
                continue;
            }
            String key = r.created().key();
            created(clientKey, incident, item, key, defaultDue, results);
            try { // links all write to the incident: one after another
                jira.linkIssues(s.linkType(), key, incident, null);
            } catch (AtlassianApiException e) {
                if (e.isTransient()) throw e;
                results.put(item.id(), new ItemResult(key, "Created, but not linked to " + incident + ": " + jiraMessage(e)));
            }
        }
    }

    private static String itemError(BulkCreateResult r) {
        String text = r.errorText();
        return text.isBlank() ? "Jira refused this issue" : text;
    }

    private void created(String clientKey, String incident, ActionItem item, String key, LocalDate defaultDue,
                         Map<String, ItemResult> results) {
        LocalDate due = item.due() != null ? item.due() : defaultDue;
        itemIssues.save(new Row(clientKey, key, incident, item.id(), item.summary(), item.ownerAccountId(), due));
        results.put(item.id(), new ItemResult(key, null));
        meters.counter("postmortem.publish.items.created").increment();
    }

    /** One issue to create: fields, the idempotency mark (written with the issue) and the link to the incident. */
    NewIssue newIssue(ActionItem item, String incident, Settings s, String issueTypeId, LocalDate defaultDue,
                      String pageTitle, String pageUrl, String incidentUrl) {
        List<String> labels = new ArrayList<>(s.actionItemLabels());
        labels.add(incident.toLowerCase(Locale.ROOT));
        ObjectNode mark = json.createObjectNode();
        mark.put("incident", incident);
        mark.put("itemId", item.id());
        return new NewIssue(s.actionItemProject(), issueTypeId, item.summary().strip(),
                ActionItemDescription.adf(json, item, incident, incidentUrl, pageTitle, pageUrl),
                blank(item.ownerAccountId()) ? null : item.ownerAccountId(), item.due() != null ? item.due() : defaultDue,
                labels.stream().filter(l -> !blank(l)).map(l -> l.strip().replaceAll("\\s+", "-")).distinct().toList(),
                null, null, null, Map.of(ITEM_PROPERTY, mark), List.of(new NewIssue.NewLink(s.linkType(), incident)));
    }

    /** Whether a found issue's {@code issuelinks} field already links it with the incident (either direction). */
    static boolean linksTo(JsonNode fields, String incident) {
        if (fields == null) return false;
        for (JsonNode link : fields.path("issuelinks")) {
            if (incident.equals(link.path("inwardIssue").path("key").asString(null))
                    || incident.equals(link.path("outwardIssue").path("key").asString(null))) {
                return true;
            }
        }
        return false;
    }

    // ---- 4. external page -------------------------------------------------------------------------------------

    private boolean externalReady(PostMortem doc) {
        if (blank(doc.externalVersion()) || !doc.redactionChecklist().complete()) return false;
        return documents.findings(doc).stream().noneMatch(f -> documents.isRedactionRule(f.rule()));
    }

    private String publishExternal(PostMortem doc, Page internal, String externalId, ConfluenceClient confluence) {
        String title = internal.title() + " (external)";
        String body = documents.externalStorage(doc);
        Page page = null;
        if (externalId != null) {
            Optional<Page> current = confluence.page(externalId);
            if (current.isPresent()) page = update(confluence, current.get(), title, body, doc.issueKey());
        }
        if (page == null) {
            try {
                page = confluence.createPage(new NewPage(internal.spaceId(), internal.id(), title, body));
            } catch (ConfluenceTitleConflictException taken) {
                Optional<Page> existing = confluence.findPageByTitle(internal.spaceId(), title).flatMap(p -> confluence.page(p.id()));
                if (existing.isEmpty() || !internal.id().equals(existing.get().parentId())) {
                    throw new PublishFailure("The title \"" + title + "\" is taken by another page; the external version was not published");
                }
                page = update(confluence, existing.get(), title, body, doc.issueKey());
            }
        }
        confluence.addLabels(page.id(), List.of("external-shareable", "postmortem", doc.issueKey().toLowerCase(Locale.ROOT)));
        return page.id();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String jiraMessage(AtlassianApiException e) {
        return e.details().isEmpty() ? e.getMessage() : String.join("; ", e.details());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
