package io.postmortem.intake;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.intake.IntakeJob.State;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;

/**
 * A lost webhook loses nothing: periodically, per installation, search for incidents resolved in the last two
 * days that have no draft and no job, and queue their build.
 */
@Component
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final SettingsRepository settings;
    private final DraftRepository drafts;
    private final IntakeJobRepository jobRepository;
    private final IntakeJobs jobs;
    private final IntakeProperties properties;

    private final java.time.Clock clock;

    public Reconciler(AtlassianSites sites, AtlassianClients clients, SettingsRepository settings,
            DraftRepository drafts, IntakeJobRepository jobRepository, IntakeJobs jobs, IntakeProperties properties,
            java.time.Clock clock) {
        this.clock = clock;
        this.sites = sites;
        this.clients = clients;
        this.settings = settings;
        this.drafts = drafts;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** Runs over every active Jira installation; one failing site does not stop the others. */
    public void reconcileAll() {
        // Jira retries a delivery for about 30 minutes: identifiers older than a day can go
        int forgotten = jobRepository.forgetDeliveriesBefore(clock.instant().minus(java.time.Duration.ofDays(1)));
        if (forgotten > 0) log.debug("Forgot {} old webhook identifiers", forgotten);
        for (String clientKey : sites.jiraTenants()) {
            try (var a = MDC.putCloseable("clientKey", clientKey)) {
                reconcile(clientKey);
            } catch (RuntimeException e) {
                log.warn("Reconciliation failed for an installation: {}", e.getMessage());
            }
        }
    }

    /** @return the number of builds queued */
    public int reconcile(String clientKey) {
        String jql = jql(settings.get(clientKey));
        JiraClient jira = clients.jira(sites.jira(clientKey));
        int queued = 0;
        for (FoundIssue issue : jira.search(jql, List.of("summary"), List.of(), List.of(), properties.reconcileLimit())) {
            if (issue.key() == null || drafts.exists(clientKey, issue.key())) continue;
            var job = jobRepository.find(clientKey, issue.key());
            if (job.isPresent() && job.get().state() != State.DONE) continue; // queued, running, or visibly failed
            if (jobs.enqueue(clientKey, issue.key(), issue.id(), "RECONCILE")) queued++;
        }
        if (queued > 0) log.info("Reconciliation queued {} draft build(s)", queued);
        return queued;
    }

    /** The bounded JQL for recently resolved incidents of an installation's settings. */
    static String jql(Settings s) {
        StringBuilder jql = new StringBuilder();
        jql.append("issuetype in (").append(list(s.incidentIssueTypes())).append(")");
        if (!s.incidentProjects().isEmpty()) {
            jql.append(" AND project in (").append(list(s.incidentProjects())).append(")");
        }
        if (s.resolvedStatusIds().isEmpty()) {
            jql.append(" AND statusCategory = Done");
        } else {
            jql.append(" AND status in (").append(list(s.resolvedStatusIds())).append(")");
        }
        jql.append(" AND resolved >= -2d ORDER BY resolved DESC");
        return jql.toString();
    }

    private static String list(List<String> values) {
        return values.stream().map(JiraClient::jqlString).collect(Collectors.joining(", "));
    }
}
