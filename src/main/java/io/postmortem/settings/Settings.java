package io.postmortem.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An installation's settings (contract.md section 4). {@code projects} overrides the publishing fields per
 * incident project key; {@link #forProject(String)} gives the effective values for one incident.
 *
 * @param resolvedStatusIds status ids that count as "resolved"; empty means any status in category {@code done}
 * @param timezone          the zone assumed for pasted times that carry none, when the person does not choose one
 * @param followUp          reminders and review dates after publishing ({@link FollowUpSettings}); absent: defaults
 */
public record Settings(String confluenceSpaceKey, String confluenceParentPageId, String actionItemProject,
                       String actionItemIssueType, List<String> actionItemLabels, String linkType,
                       Integer defaultDueDays, List<String> incidentIssueTypes, List<String> incidentProjects,
                       List<String> resolvedStatusIds, String timezone, Map<String, ProjectSettings> projects,
                       FollowUpSettings followUp) {

    public Settings {
        actionItemIssueType = blankTo(actionItemIssueType, "Task");
        actionItemLabels = actionItemLabels == null ? List.of("postmortem-action") : List.copyOf(actionItemLabels);
        linkType = blankTo(linkType, "Relates");
        defaultDueDays = defaultDueDays == null ? 30 : defaultDueDays;
        incidentIssueTypes = incidentIssueTypes == null || incidentIssueTypes.isEmpty() ? List.of("Incident") : List.copyOf(incidentIssueTypes);
        incidentProjects = incidentProjects == null ? List.of() : List.copyOf(incidentProjects);
        resolvedStatusIds = resolvedStatusIds == null ? List.of() : List.copyOf(resolvedStatusIds);
        timezone = blankTo(timezone, "UTC");
        projects = projects == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(projects));
        if (followUp == null) followUp = FollowUpSettings.defaults();
    }

    /** Settings without follow-through values (they take their defaults). */
    public Settings(String confluenceSpaceKey, String confluenceParentPageId, String actionItemProject,
                    String actionItemIssueType, List<String> actionItemLabels, String linkType, Integer defaultDueDays,
                    List<String> incidentIssueTypes, List<String> incidentProjects, List<String> resolvedStatusIds,
                    String timezone, Map<String, ProjectSettings> projects) {
        this(confluenceSpaceKey, confluenceParentPageId, actionItemProject, actionItemIssueType, actionItemLabels,
                linkType, defaultDueDays, incidentIssueTypes, incidentProjects, resolvedStatusIds, timezone, projects, null);
    }

    /** The same settings with other follow-through values. */
    public Settings withFollowUp(FollowUpSettings value) {
        return new Settings(confluenceSpaceKey, confluenceParentPageId, actionItemProject, actionItemIssueType,
                actionItemLabels, linkType, defaultDueDays, incidentIssueTypes, incidentProjects, resolvedStatusIds,
                timezone, projects, value);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The project key of an issue key ("INC-7" gives "INC"; null when the key has no project part). */
    public static String projectOf(String issueKey) {
        if (issueKey == null) return null;
        int dash = issueKey.lastIndexOf('-');
        return dash > 0 ? issueKey.substring(0, dash) : null;
    }

    /** The effective settings for an incident in {@code projectKey}: per-project values override the defaults. */
    public Settings forProject(String projectKey) {
        ProjectSettings p = projectKey == null ? null : projects.get(projectKey);
        if (p == null) return this;
        return new Settings(orElse(p.confluenceSpaceKey(), confluenceSpaceKey),
                orElse(p.confluenceParentPageId(), confluenceParentPageId),
                orElse(p.actionItemProject(), actionItemProject),
                orElse(p.actionItemIssueType(), actionItemIssueType),
                p.actionItemLabels() != null ? p.actionItemLabels() : actionItemLabels,
                orElse(p.linkType(), linkType),
                p.defaultDueDays() != null ? p.defaultDueDays() : defaultDueDays,
                incidentIssueTypes, incidentProjects, resolvedStatusIds, timezone, projects, followUp);
    }

    /** Per incident-project overrides; null fields fall back to the installation's values. */
    public record ProjectSettings(String confluenceSpaceKey, String confluenceParentPageId, String actionItemProject,
                                  String actionItemIssueType, List<String> actionItemLabels, String linkType,
                                  Integer defaultDueDays) {
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
