package io.postmortem.panel;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraModel.User;
import io.postmortem.connect.auth.Caller;
import io.postmortem.drafting.SectionDrafter;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.drafts.DraftRepository.StaleDraftException;
import io.postmortem.drafts.PastedEvidenceRepository;
import io.postmortem.drafts.DraftService;
import io.postmortem.drafts.IssueState;
import io.postmortem.drafts.ReviewRecorded;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;

/** What the panel's API does, apart from HTTP: read, build, save and search owners. */
@Service
public class PanelService {

    static final int MAX_USER_QUERY = 100;
    static final int MAX_USERS = 20;

    private final DraftRepository drafts;
    private final PanelDocuments documents;
    private final PanelReview review;
    private final DraftService builder;
    private final SettingsRepository settings;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final PanelEvidence evidence;
    private final IssueState issueState;
    private final SectionDrafter drafter = new SectionDrafter();
    private final PastedEvidenceRepository pastes;
    private final org.springframework.context.ApplicationEventPublisher events;

    public PanelService(DraftRepository drafts, PanelDocuments documents, PanelReview review,
            DraftService builder, SettingsRepository settings, AtlassianSites sites, AtlassianClients clients,
            PanelEvidence evidence, IssueState issueState, PastedEvidenceRepository pastes,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.pastes = pastes;
        this.evidence = evidence;
        this.issueState = issueState;
        this.drafts = drafts;
        this.documents = documents;
        this.review = review;
        this.builder = builder;
        this.settings = settings;
        this.sites = sites;
        this.clients = clients;
    }

    /** The draft, with findings computed for what is stored now. */
    public PostMortem get(Caller caller, String issueKey) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        PostMortem doc = find(caller, key);
        return review.withFindings(caller.clientKey(), doc);
    }

    PostMortem find(Caller caller, String key) {
        return drafts.find(caller.clientKey(), key)
                .orElseThrow(() -> PanelException.notFound("No post-mortem draft exists for " + key + " yet"));
    }

    /** Builds or rebuilds the draft from the issue's evidence. True in {@code created} when there was none. */
    public Built build(Caller caller, String issueKey) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        boolean existed = drafts.exists(caller.clientKey(), key);
        PostMortem built;
        try {
            built = builder.build(caller.clientKey(), key);
        } catch (AtlassianApiException e) {
            throw jiraFailure(e);
        }
        return new Built(review.withFindings(caller.clientKey(), built), !existed);
    }

    public record Built(PostMortem doc, boolean created) {
    }

    /**
     * Saves a person's edit made from {@code version}. Findings are recomputed and stored with it. A stale
     * version raises {@link Conflict} with the current document (with its findings).
     */
    public PostMortem save(Caller caller, String issueKey, String body) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        PostMortem stored = find(caller, key);
        PanelDocuments.Incoming incoming = documents.read(body);
        if (incoming.version() != stored.version()) {
            throw new Conflict(review.withFindings(caller.clientKey(), stored));
        }
        // an answered question updates the sections it informs: the drafts are redone from the saved document
        PostMortem merged = drafter.apply(documents.mergeOver(stored, incoming.doc(), caller.accountId()));
        PostMortem reviewed = review.withFindings(caller.clientKey(), merged);
        try {
            PostMortem saved = drafts.update(caller.clientKey(), reviewed, incoming.version());
            issueState.glanceChangedLater(caller.clientKey(), saved);
            if (saved.status() == PostMortem.Status.PUBLISHED && saved.confluencePage() != null
                    && reviewDatesChanged(stored, saved)) {
                events.publishEvent(new ReviewRecorded(caller.clientKey(), key));
            }
            return saved;
        } catch (StaleDraftException e) {
            throw new Conflict(review.withFindings(caller.clientKey(), e.current()));
        }
    }

    private static boolean reviewDatesChanged(PostMortem before, PostMortem after) {
        if (before.header() == null || after.header() == null) return before.header() != after.header();
        return !java.util.Objects.equals(before.header().nextReviewAt(), after.header().nextReviewAt())
                || !java.util.Objects.equals(before.header().lastReviewedAt(), after.header().lastReviewedAt());
    }

    /** The save met someone else's newer version. */
    public static class Conflict extends RuntimeException {
        private final transient PostMortem current;

        Conflict(PostMortem current) {
            super("Someone else saved this post-mortem (now version " + current.version() + ")", null, false, false);
            this.current = current;
        }

        public PostMortem current() {
            return current;
        }
    }

    /**
     * Merges a pasted thread or Slack export into the stored draft (retrying when a save lands in between, so
     * neither the paste nor what was typed is lost). The paste is stored with the draft: the key times are chosen again
     * with it, and every later rebuild from Jira reads it again. A paste that does not read, or that would take the
     * timeline past what a save accepts, is refused before anything is stored.
     */
    public PostMortem addEvidence(Caller caller, String issueKey, String text, boolean json, String tz) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        java.time.ZoneId zone = PanelEvidence.zone(tz);
        PostMortem base = find(caller, key);
        if (text == null || text.isBlank()) {
            throw PanelException.badRequest("The paste is empty", List.of("send the thread as text/plain or a Slack export as application/json"));
        }
        char opening = firstNonBlank(text);
        if (json && opening != '[' && opening != '{') {
            throw PanelException.badRequest("The Slack export is not valid JSON at line 1, column 1: expected an array or object", List.of());
        }
        // read it first and merge it (a refusal stores nothing), then keep it with the draft: every rebuild reads it again
        PanelEvidence.Pasted pasted = evidence.read(base, text, zone);
        // every pasted thread for the key times: the stored ones read again, and this one as just read (reading it
        // back from the store would give the same thread, at the cost of parsing it twice)
        List<io.postmortem.evidence.chat.ParsedThread> all = new java.util.ArrayList<>(
                evidence.storedThreads(pastes.list(caller.clientKey(), key)));
        all.add(pasted.thread());
        PostMortem first = evidence.merge(base, pasted.thread(), all);
        if (PanelEvidence.overflows(base, first)) {
            // stored like that, the draft could not be saved from the panel any more (a PUT checks the same limit)
            throw PanelEvidence.tooManyRows(base, first);
        }
        pastes.add(caller.clientKey(), key, text, json, zone == null ? null : zone.getId(), pasted.options().referenceDate(),
                pasted.options().incidentCreated(), caller.accountId());
        for (int attempt = 0; ; attempt++) {
            PostMortem stored = attempt == 0 ? base : find(caller, key);
            PostMortem withPaste = attempt == 0 ? first : evidence.merge(stored, pasted.thread(), all);
            PostMortem merged = review.withFindings(caller.clientKey(), drafter.apply(withPaste));
            try {
                return drafts.update(caller.clientKey(), merged, stored.version());
            } catch (StaleDraftException e) {
                if (attempt >= 4) throw new Conflict(review.withFindings(caller.clientKey(), e.current()));
            }
        }
    }

    /** The first character that is not white space (the paste is not blank), without copying a large paste. */
    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) return c;
        }
        return ' ';
    }

    /** People assignable in the action-item project of the caller's incident (or of the installation). */
    public List<User> users(Caller caller, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_USER_QUERY) {
            throw PanelException.badRequest("Invalid query", List.of("query: at most " + MAX_USER_QUERY + " characters"));
        }
        String incidentProject = io.postmortem.settings.Settings.projectOf(caller.issueKey());
        Settings effective = settings.get(caller.clientKey()).forProject(incidentProject);
        String project = effective.actionItemProject() != null ? effective.actionItemProject() : incidentProject;
        if (project == null) {
            throw new PanelException(HttpStatus.CONFLICT, "No action-item project is configured",
                    List.of("Set actionItemProject in the app's settings"));
        }
        try {
            return clients.jira(sites.jira(caller.clientKey())).assignablePeople(project, q, MAX_USERS).stream()
                    .map(u -> new User(u.accountId(), u.displayName(), u.accountType(), u.active()))
                    .toList();
        } catch (AtlassianSites.UnknownSiteException e) {
            throw PanelException.notFound("Unknown installation");
        } catch (AtlassianApiException e) {
            throw jiraFailure(e);
        }
    }

    static PanelException jiraFailure(AtlassianApiException e) {
        if (e.status() == 404) {
            return PanelException.notFound("Jira does not know this issue or project");
        }
        return new PanelException(HttpStatus.BAD_GATEWAY, "Jira did not answer as expected (" + e.status() + ")",
                e.details() == null ? List.of() : e.details());
    }
}
