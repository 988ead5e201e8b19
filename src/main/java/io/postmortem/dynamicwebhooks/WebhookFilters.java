package io.postmortem.dynamicwebhooks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraClient.WebhookSpec;
import io.postmortem.settings.Settings;

/**
 * The webhooks one site needs, from its settings: what the two webhook listeners can act on, and nothing else.
 *
 * <ul>
 * <li>Incidents: {@code issuetype IN (<incident issue types>)}, with {@code AND project IN (<incident projects>)}
 * when the settings name projects; only status changes ({@code fieldIdsFilter: ["status"]}): the draft trigger acts
 * on nothing else.</li>
 * <li>Action items: {@code project IN (<action-item projects>)}: the projects the settings create items in (also per
 * incident project) and those of the items already published; only status, assignee and due-date changes, the fields
 * action-item tracking follows. Left out when there is no such project.</li>
 * </ul>
 * Jira's webhook JQL knows only {@code issueKey, project, issuetype, status, assignee, reporter, issue.property} with
 * {@code =, !=, IN, NOT IN}: the descriptor's {@code issue.property[...] IS NOT EMPTY} is refused there, and a property
 * clause would have to list every incident key, so action items are matched by project (what arrives beyond them is
 * answered 204 at the door without a row). Ids (all digits) are written bare, names and keys as JQL strings.
 */
final class WebhookFilters {

    static final String EVENT = "jira:issue_updated";
    static final List<String> INCIDENT_FIELDS = List.of("status");
    static final List<String> ITEM_FIELDS = List.of("status", "assignee", "duedate");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private WebhookFilters() {
    }

    /** @param itemProjects project keys of the action-item issues already published for the installation */
    static List<WebhookSpec> wanted(Settings settings, Collection<String> itemProjects) {
        List<WebhookSpec> specs = new ArrayList<>();
        String incidents = "issuetype IN (" + values(settings.incidentIssueTypes()) + ")";
        if (!settings.incidentProjects().isEmpty()) {
            incidents += " AND project IN (" + values(settings.incidentProjects()) + ")";
        }
        specs.add(new WebhookSpec(List.of(EVENT), incidents, INCIDENT_FIELDS));
        TreeSet<String> projects = new TreeSet<>();
        add(projects, settings.actionItemProject());
        settings.projects().values().forEach(p -> add(projects, p.actionItemProject()));
        itemProjects.forEach(p -> add(projects, p));
        if (!projects.isEmpty()) {
            specs.add(new WebhookSpec(List.of(EVENT), "project IN (" + values(projects) + ")", ITEM_FIELDS));
        }
        return List.copyOf(specs);
    }

    private static void add(TreeSet<String> projects, String key) {
        if (key != null && !key.isBlank()) projects.add(key.strip());
    }

    private static String values(Collection<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : new TreeSet<>(values)) {
            if (v == null || v.isBlank()) continue;
            String s = v.strip();
            out.add(ID.matcher(s).matches() ? s : JiraClient.jqlString(s));
        }
        return String.join(", ", out);
    }
}
