package io.postmortem.followup;

import java.io.Serializable;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.TaskInstance;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.ConfluenceClient;
import io.postmortem.atlassian.ConfluenceModel.Page;
import io.postmortem.atlassian.ConfluenceVersionConflictException;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.jobs.Jobs;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.ActionItemChanged;
import io.postmortem.publish.Publication;
import io.postmortem.publish.PublicationRepository;
import io.postmortem.publish.PublishDocuments;

/**
 * Keeps the published page's action-item table true: an action item that changed in Jira ({@link ActionItemChanged},
 * from the webhook path) schedules one durable page update for its post-mortem, {@code pageRefreshDelay} ahead
 * (db-scheduler one-time task {@value #TASK}, instance = installation and incident). Changes while that update waits
 * join it (it is scheduled only if none is waiting), so a burst of changes gives one page update. The update
 * re-renders the whole page from the draft and writes it over the existing page (never creates one: a page that is
 * gone stays gone until the next publish); while a publish runs it does nothing, as the publish writes the page.
 */
@Component
public class PageRefresh {

    public static final String TASK = "followup-page-refresh";

    private static final Logger log = LoggerFactory.getLogger(PageRefresh.class);

    /** The job's data. */
    public record Request(String clientKey, String incidentKey) implements Serializable {
        public String instanceId() {
            return clientKey + "|" + incidentKey;
        }
    }

    private final Jobs jobs;
    private final FollowUpProperties properties;
    private final java.time.Clock clock;
    private final DraftRepository drafts;
    private final PublicationRepository publications;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final PublishDocuments documents;

    public PageRefresh(Jobs jobs, FollowUpProperties properties, java.time.Clock clock, DraftRepository drafts,
            PublicationRepository publications, AtlassianSites sites, AtlassianClients clients, PublishDocuments documents) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        this.drafts = drafts;
        this.publications = publications;
        this.sites = sites;
        this.clients = clients;
        this.documents = documents;
    }

    @EventListener
    public void onActionItemChanged(ActionItemChanged change) {
        schedule(change.clientKey(), change.incidentKey());
    }

    /** A review recorded (or the next one moved) in the panel: the page's review dates follow, as its table does. */
    @EventListener
    public void onReviewRecorded(io.postmortem.drafts.ReviewRecorded review) {
        schedule(review.clientKey(), review.issueKey());
    }

    /** Schedules the page update unless one is already waiting; true when this call scheduled it. */
    public boolean schedule(String clientKey, String incidentKey) {
        Request request = new Request(clientKey, incidentKey);
        return jobs.scheduleIfNotExists(new TaskInstance<>(TASK, request.instanceId(), request),
                clock.instant().plus(properties.pageRefreshDelay()));
    }

    /** The job: re-render and update the existing page. */
    public void refresh(String clientKey, String incidentKey) {
        Optional<PostMortem> found = drafts.find(clientKey, incidentKey);
        if (found.isEmpty() || found.get().status() != PostMortem.Status.PUBLISHED || found.get().confluencePage() == null) {
            return;
        }
        PostMortem doc = found.get();
        if (publications.find(clientKey, incidentKey).map(p -> p.state() == Publication.State.PENDING || p.state() == Publication.State.RUNNING).orElse(false)) {
            log.info("A publish of {} is running; it writes the page itself", incidentKey);
            return;
        }
        Optional<ConfluenceClient> confluence = sites.confluenceFor(clientKey).map(clients::confluence);
        if (confluence.isEmpty()) return;
        String pageId = doc.confluencePage().id();
        Optional<Page> page = confluence.get().page(pageId);
        if (page.isEmpty()) {
            log.info("The page {} of {} is gone; not creating one (publishing again does)", pageId, incidentKey);
            return;
        }
        String body = documents.storage(doc);
        if (body.equals(page.get().storageValue())) return;
        String message = "Action items updated from Jira";
        try {
            confluence.get().updatePage(pageId, page.get().title(), body, page.get().versionNumber() + 1, message, null);
        } catch (ConfluenceVersionConflictException e) {
            Page fresh = confluence.get().page(pageId).orElseThrow(() -> e);
            confluence.get().updatePage(pageId, fresh.title(), body, fresh.versionNumber() + 1, message, null);
        }
        log.info("The page of {} shows its action items' current state", incidentKey);
    }
}
