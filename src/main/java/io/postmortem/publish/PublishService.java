package io.postmortem.publish;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.rules.Facilitator;
import io.postmortem.settings.ConfluenceNotInstalled;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Accepts publish requests: checks what can be checked at once, then queues the durable job. */
@Service
public class PublishService {

    /** Why a publish request was refused at once. */
    public sealed interface Refusal permits NoDraft, Blocked, NotConfigured {
    }

    public record NoDraft(String message) implements Refusal {
    }

    public record Blocked(String message, List<Finding> findings) implements Refusal {
    }

    public record NotConfigured(String message) implements Refusal {
    }

    /** Either a refusal or the publication as queued. */
    public record Outcome(Refusal refusal, Publication publication) {
    }

    private final DraftRepository drafts;
    private final SettingsRepository settings;
    private final PublicationRepository publications;
    private final AtlassianSites sites;
    private final ConnectProperties connect;
    private final io.postmortem.jobs.Jobs scheduler;
    private final io.postmortem.drafts.DraftReview review;
    private final Clock clock;
    private final io.postmortem.jobs.JobQueue jobs;
    private final java.time.Duration deadAfter;
    private final java.time.Duration pollInterval;

    public PublishService(DraftRepository drafts, SettingsRepository settings, PublicationRepository publications,
                          AtlassianSites sites, ConnectProperties connect,
                          io.postmortem.jobs.Jobs scheduler, Clock clock, io.postmortem.jobs.JobQueue jobs,
                          io.postmortem.jobs.JobsProperties jobSettings, io.postmortem.drafts.DraftReview review) {
        this.review = review;
        this.jobs = jobs;
        this.deadAfter = jobSettings.deadAfter();
        this.pollInterval = jobSettings.pollInterval();
        this.drafts = drafts;
        this.settings = settings;
        this.publications = publications;
        this.sites = sites;
        this.connect = connect;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    public Outcome request(String clientKey, String issueKey, String accountId) {
        Optional<PostMortem> draft = drafts.find(clientKey, issueKey);
        if (draft.isEmpty()) {
            return refused(new NoDraft("No post-mortem draft exists for " + issueKey + " yet"));
        }
        PostMortem doc = draft.get();
        List<Finding> blocking = review.findings(doc).stream()
                .filter(Facilitator::blocksInternalPage).toList();
        if (!blocking.isEmpty()) {
            return refused(new Blocked(blocking.size() + " error(s) must be fixed before publishing", blocking));
        }
        if (sites.confluenceFor(clientKey).isEmpty()) {
            return refused(new NotConfigured(ConfluenceNotInstalled.message(connect.normalizedBaseUrl())));
        }
        Settings s = settings.forIssue(clientKey, issueKey);
        if (s.confluenceSpaceKey() == null || s.confluenceSpaceKey().isBlank()) {
            return refused(new NotConfigured("No Confluence space is configured for project " + Settings.projectOf(issueKey)
                    + ": a Jira administrator sets it on the app's configuration page"));
        }
        if (!doc.actionItems().isEmpty() && (s.actionItemProject() == null || s.actionItemProject().isBlank())) {
            return refused(new NotConfigured("No Jira project for action items is configured for project "
                    + Settings.projectOf(issueKey) + ": a Jira administrator sets it on the app's configuration page"));
        }
        // a request while a run is pending or running coalesces into it; the job is (re)scheduled in any case, so
        // a publication whose job was lost (restored database, manual cleanup) is never stuck
        publications.request(clientKey, issueKey, accountId);
        PublishRequest request = new PublishRequest(clientKey, issueKey);
        if (scheduler.scheduleIfNotExists(new TaskInstance<>(PublishTasks.TASK, request.instanceId(), request), clock.instant())) {
            scheduler.nudge();
        }
        return new Outcome(null, publications.find(clientKey, issueKey).orElseThrow());
    }

    /**
     * When the run of this publication was abandoned by a process that died (no heartbeat for longer than the
     * scheduler allows), what to tell the person: it resumes by itself, soon, and creates nothing twice.
     */
    public Optional<String> resumingNote(String clientKey, String issueKey) {
        String instance = new PublishRequest(clientKey, issueKey).instanceId();
        long within = deadAfter.plus(pollInterval).toSeconds();
        return jobs.abandonedSince(PublishTasks.TASK, instance, deadAfter).map(since ->
                "The last run stopped when the app did (" + since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + "); it resumes by itself within about " + within + " seconds and finishes what it started "
                        + "without creating anything twice.");
    }

    private static Outcome refused(Refusal refusal) {
        return new Outcome(refusal, null);
    }
}
