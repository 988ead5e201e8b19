package io.postmortem.panel;

import java.time.ZoneId;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraModel.User;
import io.postmortem.connect.auth.Caller;
import io.postmortem.drafts.DraftRepository.StaleDraftException;
import io.postmortem.drafts.DraftService;
import io.postmortem.drafts.TimelineFull;
import io.postmortem.evidence.EvidenceException;
import io.postmortem.evidence.chat.PasteRefused;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;

/**
 * What the panel's API does, apart from HTTP: the caller's access to the issue, then {@link DraftService} (which owns
 * every change to a draft), with its refusals turned into the API's answers. Also the owner picker's search.
 */
@Service
public class PanelService {

    static final int MAX_USER_QUERY = 100;
    static final int MAX_USERS = 20;

    private final DraftService drafts;
    private final PanelDocuments documents;
    private final SettingsRepository settings;
    private final AtlassianSites sites;
    private final AtlassianClients clients;

    public PanelService(DraftService drafts, PanelDocuments documents, SettingsRepository settings, AtlassianSites sites,
            AtlassianClients clients) {
        this.drafts = drafts;
        this.documents = documents;
        this.settings = settings;
        this.sites = sites;
        this.clients = clients;
    }

    /** The draft, with findings computed for what is stored now. */
    public PostMortem get(Caller caller, String issueKey) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        return drafts.withFindings(find(caller, key));
    }

    private PostMortem find(Caller caller, String key) {
        return drafts.find(caller.clientKey(), key)
                .orElseThrow(() -> PanelException.notFound("No post-mortem draft exists for " + key + " yet"));
    }

    /** Builds or rebuilds the draft from the issue's evidence. True in {@code created} when there was none. */
    public Built build(Caller caller, String issueKey) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        boolean existed = drafts.exists(caller.clientKey(), key);
        PostMortem built;
        try {
            built = drafts.build(caller.clientKey(), key);
        } catch (AtlassianApiException e) {
            throw jiraFailure(e);
        }
        return new Built(drafts.withFindings(built), !existed);
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
        try {
            return drafts.save(caller.clientKey(), stored, incoming.doc(), incoming.version(), caller.accountId());
        } catch (StaleDraftException e) {
            throw new Conflict(e.current());
        }
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
     * Merges a pasted thread or Slack export into the stored draft ({@link DraftService#addEvidence}). An empty paste, a
     * JSON body that is not an export, a paste that does not read or that would overfill the timeline is refused with
     * the reason, and nothing is stored.
     */
    public PostMortem addEvidence(Caller caller, String issueKey, String text, boolean json, String tz) {
        String key = PanelAccess.requireIssue(caller, issueKey);
        ZoneId zone = PanelEvidence.zone(tz);
        PostMortem base = find(caller, key);
        if (text == null || text.isBlank()) {
            throw PanelException.badRequest("The paste is empty", List.of("send the thread as text/plain or a Slack export as application/json"));
        }
        char opening = firstNonBlank(text);
        if (json && opening != '[' && opening != '{') {
            throw PanelException.badRequest("The Slack export is not valid JSON at line 1, column 1: expected an array or object", List.of());
        }
        try {
            return drafts.addEvidence(caller.clientKey(), base, text, json, zone, caller.accountId());
        } catch (PasteRefused e) {
            throw PanelEvidence.refusal(e);
        } catch (EvidenceException e) {
            throw PanelEvidence.refusal(e);
        } catch (TimelineFull e) {
            throw PanelEvidence.refusal(e);
        } catch (StaleDraftException e) {
            throw new Conflict(e.current());
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
