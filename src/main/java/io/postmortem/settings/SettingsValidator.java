package io.postmortem.settings;

import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.ConfluenceClient;
import io.postmortem.atlassian.ConfluenceModel;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraModel;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks settings against the site before they are saved: the Confluence space (and parent page) exist on the
 * paired Confluence, the action-item project exists and has the issue type, the link type exists. Each problem
 * is one {@code "field: message"} line naming the field as the JSON does ({@code projects.INC.actionItemProject}).
 */
@Component
public class SettingsValidator {

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final ConnectProperties connect;

    public SettingsValidator(AtlassianSites sites, AtlassianClients clients, ConnectProperties connect) {
        this.sites = sites;
        this.clients = clients;
        this.connect = connect;
    }

    public List<String> problems(String clientKey, Settings s) {
        List<String> errors = new ArrayList<>();
        JiraClient jira = clients.jira(sites.jira(clientKey));
        Optional<ConfluenceClient> confluence = sites.confluenceFor(clientKey).map(clients::confluence);
        Lookups lookups = new Lookups(jira, confluence);

        if (s.defaultDueDays() < 1 || s.defaultDueDays() > 365) {
            errors.add("defaultDueDays: must be between 1 and 365 days");
        }
        try {
            ZoneId.of(s.timezone());
        } catch (DateTimeException e) {
            errors.add("timezone: '" + s.timezone() + "' is not a time zone (use an Area/City name such as Europe/Berlin)");
        }
        FollowUpSettings f = s.followUp();
        if (f.daysBeforeDue() < 0 || f.daysBeforeDue() > 60) {
            errors.add("followUp.daysBeforeDue: must be between 0 and 60 days");
        }
        if (f.unwrittenAfterBusinessDays() < 1 || f.unwrittenAfterBusinessDays() > 60) {
            errors.add("followUp.unwrittenAfterBusinessDays: must be between 1 and 60 business days");
        }
        if (f.reviewAfterDays() < 1 || f.reviewAfterDays() > 730) {
            errors.add("followUp.reviewAfterDays: must be between 1 and 730 days");
        }
        if (s.incidentIssueTypes().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add("incidentIssueTypes: names must not be blank");
        }
        checkPublishing("", s.confluenceSpaceKey(), s.confluenceParentPageId(), s.actionItemProject(),
                s.actionItemIssueType(), s.actionItemLabels(), s.linkType(), lookups, errors);
        s.projects().forEach((projectKey, p) -> {
            String prefix = "projects." + projectKey + ".";
            if (!projectKey.matches("[A-Z][A-Z0-9_]{0,254}")) {
                errors.add("projects: '" + projectKey + "' is not a Jira project key");
                return;
            }
            if (p == null) return;
            if (p.defaultDueDays() != null && (p.defaultDueDays() < 1 || p.defaultDueDays() > 365)) {
                errors.add(prefix + "defaultDueDays: must be between 1 and 365 days");
            }
            Settings effective = s.forProject(projectKey);
            checkPublishing(prefix, p.confluenceSpaceKey(), p.confluenceParentPageId(), p.actionItemProject(),
                    p.actionItemIssueType() != null || p.actionItemProject() != null ? effective.actionItemIssueType() : null,
                    p.actionItemLabels(), p.linkType(), lookups, errors);
        });
        return errors;
    }

    private void checkPublishing(String prefix, String spaceKey, String parentPageId, String project, String issueType,
                                 List<String> labels, String linkType, Lookups lookups, List<String> errors) {
        if (spaceKey != null && !spaceKey.isBlank()) {
            if (lookups.confluence.isEmpty()) {
                errors.add(prefix + "confluenceSpaceKey: " + ConfluenceNotInstalled.message(connect.normalizedBaseUrl()));
            } else if (lookups.space(spaceKey).isEmpty()) {
                errors.add(prefix + "confluenceSpaceKey: no Confluence space with key '" + spaceKey
                        + "' exists (or the app cannot see it)");
            } else if (parentPageId != null && !parentPageId.isBlank()) {
                Optional<ConfluenceModel.Page> parent = lookups.confluence.get().page(parentPageId);
                if (parent.isEmpty()) {
                    errors.add(prefix + "confluenceParentPageId: no Confluence page with id '" + parentPageId + "' exists");
                } else if (!lookups.space(spaceKey).get().equals(parent.get().spaceId())) {
                    errors.add(prefix + "confluenceParentPageId: page " + parentPageId + " is not in space '" + spaceKey + "'");
                }
            }
        }
        if (project != null && !project.isBlank()) {
            Optional<JiraModel.Project> p = lookups.project(project);
            if (p.isEmpty()) {
                errors.add(prefix + "actionItemProject: no Jira project with key '" + project + "' exists (or the app cannot see it)");
            } else if (issueType != null && !issueType.isBlank()) {
                boolean found = false;
                List<String> names = new ArrayList<>();
                for (JiraModel.IssueType t : p.get().issueTypes()) {
                    names.add(t.name());
                    if (issueType.equalsIgnoreCase(t.name()) || issueType.equals(t.id())) found = true;
                }
                if (!found) {
                    errors.add(prefix + "actionItemIssueType: project " + project + " has no issue type '" + issueType
                            + "' (it has: " + String.join(", ", names) + ")");
                }
            }
        }
        if (labels != null) {
            for (String label : labels) {
                if (label == null || label.isBlank() || label.chars().anyMatch(Character::isWhitespace) || label.length() > 255) {
                    errors.add(prefix + "actionItemLabels: '" + label + "' is not a Jira label (no spaces, 1-255 characters)");
                }
            }
        }
        if (linkType != null && !linkType.isBlank()) {
            List<String> types = lookups.linkTypes();
            if (types.stream().noneMatch(linkType::equalsIgnoreCase)) {
                errors.add(prefix + "linkType: Jira has no issue link type '" + linkType + "' (it has: " + String.join(", ", types) + ")");
            }
        }
    }

    /** Caches what one validation asks the site, so overrides repeating a value cost no extra call. */
    private final class Lookups {
        final JiraClient jira;
        final Optional<ConfluenceClient> confluence;
        final Map<String, Optional<String>> spaces = new HashMap<>();
        final Map<String, Optional<JiraModel.Project>> projects = new HashMap<>();
        List<String> linkTypes;

        Lookups(JiraClient jira, Optional<ConfluenceClient> confluence) {
            this.jira = jira;
            this.confluence = confluence;
        }

        Optional<String> space(String key) {
            return spaces.computeIfAbsent(key, k -> confluence.orElseThrow().spaceByKey(k).map(ConfluenceModel.Space::id));
        }

        Optional<JiraModel.Project> project(String key) {
            return projects.computeIfAbsent(key, jira::project);
        }

        List<String> linkTypes() {
            if (linkTypes == null) linkTypes = jira.issueLinkTypes().stream().map(JiraModel.IssueLinkType::name).toList();
            return linkTypes;
        }
    }
}
