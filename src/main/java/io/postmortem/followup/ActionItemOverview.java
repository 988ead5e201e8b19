package io.postmortem.followup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;

/**
 * The open (or only the overdue) action items of every published post-mortem of an installation, for a lead who
 * wants to see what slips: {@code GET /api/actionitems} and the full-page view in Jira. Read from the drafts, whose
 * items follow their Jira issues (webhooks), so no Jira call is made.
 */
@Component
public class ActionItemOverview {

    /** Which items. */
    public enum State {
        OPEN, OVERDUE;

        /** {@code open} or {@code overdue} (any case); null for anything else. */
        public static State parse(String value) {
            if (value == null || value.isBlank()) return OPEN;
            for (State s : values()) if (s.name().equalsIgnoreCase(value.strip())) return s;
            return null;
        }
    }

    /** One action item as the overview shows it. */
    public record Item(String incidentKey, String incidentSummary, String pageUrl, String itemId, String jiraKey,
                       String summary, String ownerAccountId, String ownerDisplayName, LocalDate due, String status,
                       boolean overdue, long daysOverdue, String issueUrl) {
    }

    /**
     * The answer.
     *
     * @param jql    JQL for boards and filters: the action-item label(s) and the state (items created later are
     *               included too); null when no label is configured
     * @param keysJql JQL for exactly the listed issues
     */
    public record Overview(String state, LocalDate today, int count, List<Item> items, String jql, String jqlUrl,
                           String keysJql, String keysJqlUrl) {
    }

    private final DraftRepository drafts;
    private final SettingsRepository settings;
    private final AtlassianSites sites;
    private final Clock clock;

    public ActionItemOverview(DraftRepository drafts, SettingsRepository settings, AtlassianSites sites, Clock clock) {
        this.drafts = drafts;
        this.settings = settings;
        this.sites = sites;
        this.clock = clock;
    }

    public Overview overview(String clientKey, State state) {
        Settings s = settings.get(clientKey);
        LocalDate today = LocalDate.ofInstant(clock.instant(), FollowUpReminders.zone(s));
        String jira = sites.jira(clientKey).baseUrl().replaceAll("/+$", "");
        List<Item> items = new ArrayList<>();
        for (String key : drafts.issueKeys(clientKey)) {
            PostMortem doc = drafts.find(clientKey, key).orElse(null);
            if (doc == null || doc.status() != PostMortem.Status.PUBLISHED) continue;
            for (ActionItem a : doc.actionItems()) {
                if (ReminderPlan.isClosed(a)) continue;
                boolean overdue = ReminderPlan.isOverdue(a, today);
                if (state == State.OVERDUE && !overdue) continue;
                items.add(new Item(doc.issueKey(), doc.summary() == null ? null : firstSentence(doc.summary()),
                        doc.confluencePage() == null ? null : doc.confluencePage().url(), a.id(), a.jiraKey(), a.summary(),
                        a.ownerAccountId(), a.ownerDisplayName(), a.due(), a.status(), overdue,
                        overdue ? ChronoUnit.DAYS.between(a.due(), today) : 0,
                        a.jiraKey() == null ? null : jira + "/browse/" + a.jiraKey()));
            }
        }
        items.sort(Comparator.comparing((Item i) -> !i.overdue()).thenComparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::incidentKey).thenComparing(Item::itemId));
        String jql = labelJql(s, state);
        List<String> keys = items.stream().map(Item::jiraKey).filter(k -> k != null).toList();
        String keysJql = keys.isEmpty() ? null : "key in (" + keys.stream().map(JiraClient::jqlString)
                .collect(Collectors.joining(", ")) + ") ORDER BY duedate ASC";
        return new Overview(state.name().toLowerCase(Locale.ROOT), today, items.size(), items, jql, url(jira, jql),
                keysJql, url(jira, keysJql));
    }

    static String labelJql(Settings s, State state) {
        if (s.actionItemLabels().isEmpty()) return null;
        String labels = s.actionItemLabels().stream().map(JiraClient::jqlString).collect(Collectors.joining(", "));
        return "labels in (" + labels + ") AND statusCategory != Done"
                + (state == State.OVERDUE ? " AND duedate < startOfDay()" : "") + " ORDER BY duedate ASC";
    }

    private static String url(String jira, String jql) {
        return jql == null ? null : jira + "/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String firstSentence(String s) {
        String t = s.strip();
        int dot = t.indexOf(". ");
        String first = dot > 0 ? t.substring(0, dot + 1) : t;
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }
}
