package io.postmortem.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.postmortem.atlassian.JiraModel;
import io.postmortem.evidence.adf.AdfText;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

/**
 * The machine-derived parts read straight from Jira's records: one timeline row per comment and per status,
 * assignee, priority or resolution change (UTC, source {@code comment:<id>} / {@code changelog:<id>}), the key
 * times Jira itself proves (detected = ticket created, resolved = the move into a resolved status, both INFERRED;
 * started stays UNKNOWN), responders (assignee, reporter, commenters) and remote links as supporting evidence.
 * Pure.
 */
public final class JiraEvidence {

    private static final int MAX_EVENT = 280;

    public record Parts(List<TimelineEntry> timeline, KeyTimes keyTimes, List<Responder> responders,
                        Map<String, Suggestion> suggestions, List<EvidenceLink> supportingEvidence) {
    }

    private JiraEvidence() {
    }

    public static Parts derive(JiraModel.Issue issue, List<JiraModel.Comment> comments,
            List<JiraModel.ChangelogEntry> changelog, List<JiraModel.RemoteLink> remoteLinks, List<String> resolvedStatusIds) {
        List<TimelineEntry> timeline = new ArrayList<>();
        Map<String, Responder> responders = new LinkedHashMap<>();
        JiraModel.IssueFields f = issue.fields();
        if (f != null) {
            person(responders, f.assignee(), "assignee");
            person(responders, f.reporter(), "reporter");
        }
        for (JiraModel.Comment c : comments) {
            String text = AdfText.text(c.body());
            timeline.add(new TimelineEntry(JiraModel.instant(c.created()), name(c.author()), shorten(text),
                    "comment:" + c.id(), false, text, null));
            person(responders, c.author(), "responder");
        }
        Instant resolved = null;
        String resolvedSource = null;
        String currentStatus = f == null || f.status() == null ? null : f.status().id();
        boolean currentDone = f != null && f.status() != null && f.status().statusCategory() != null
                && "done".equals(f.status().statusCategory().key());
        for (JiraModel.ChangelogEntry h : changelog) {
            Instant at = JiraModel.instant(h.created());
            for (JiraModel.ChangeItem item : h.items()) {
                String field = item.fieldId() != null ? item.fieldId() : item.field() == null ? "" : item.field().toLowerCase(Locale.ROOT);
                String event = switch (field) {
                    case "status" -> "Status changed from " + quote(item.fromText()) + " to " + quote(item.toText());
                    case "assignee" -> item.toText() == null ? "Unassigned" : "Assigned to " + item.toText();
                    case "priority" -> "Priority changed from " + quote(item.fromText()) + " to " + quote(item.toText());
                    case "resolution" -> item.toText() == null ? "Resolution cleared" : "Resolution set to " + quote(item.toText());
                    default -> null;
                };
                if (event != null) {
                    timeline.add(new TimelineEntry(at, name(h.author()), event, "changelog:" + h.id(), false));
                }
                if ("status".equals(field) && item.to() != null) {
                    boolean intoResolved = resolvedStatusIds.isEmpty()
                            ? currentDone && item.to().equals(currentStatus)
                            : resolvedStatusIds.contains(item.to());
                    if (intoResolved && at != null && (resolved == null || at.isAfter(resolved))) {
                        resolved = at;
                        resolvedSource = "changelog:" + h.id();
                    }
                }
            }
        }
        if (resolved == null && f != null && f.resolutiondate() != null) {
            resolved = JiraModel.instant(f.resolutiondate());
            resolvedSource = "issue:resolutiondate";
        }
        Instant created = f == null ? null : JiraModel.instant(f.created());
        KeyTimes keyTimes = new KeyTimes(KeyTime.unknown(),
                created == null ? KeyTime.unknown() : new KeyTime(created, "issue:created", KeyTime.Basis.INFERRED, null),
                resolved == null ? KeyTime.unknown() : new KeyTime(resolved, resolvedSource, KeyTime.Basis.INFERRED, null));
        List<EvidenceLink> links = new ArrayList<>();
        for (JiraModel.RemoteLink link : remoteLinks) {
            if (link.object() == null || link.object().url() == null) continue;
            String app = link.application() == null ? null
                    : link.application().name() != null ? link.application().name() : link.application().type();
            links.add(new EvidenceLink(link.object().title() != null ? link.object().title() : link.object().url(),
                    link.object().url(), kind(app, link.object().url())));
        }
        timeline.sort(java.util.Comparator.comparing(TimelineEntry::at, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new Parts(timeline, keyTimes, new ArrayList<>(responders.values()), new LinkedHashMap<>(), links);
    }

    /** The time the incident was resolved, as {@link #derive} finds it (null when unknown). */
    public static Instant resolvedAt(Parts parts) {
        return parts.keyTimes().resolved().at();
    }

    static String kind(String application, String url) {
        String a = (application == null ? "" : application).toLowerCase(Locale.ROOT);
        String u = url.toLowerCase(Locale.ROOT);
        if (a.contains("slack") || a.contains("teams") || u.contains("slack.com") || u.contains("teams.microsoft")) return "CHAT";
        if (a.contains("grafana") || a.contains("datadog") || u.contains("grafana") || u.contains("datadog")) return "DASHBOARD";
        if (a.contains("statuspage") || u.contains("status.")) return "STATUS_PAGE";
        if (a.contains("confluence") || a.contains("jira")) return "TICKET";
        return "OTHER";
    }

    private static void person(Map<String, Responder> responders, JiraModel.User user, String role) {
        if (user == null || (user.accountType() != null && !user.isPerson())) return;
        String key = user.accountId() != null ? user.accountId() : "name:" + user.displayName();
        responders.putIfAbsent(key, new Responder(user.displayName(), user.accountId(), role, "jira"));
    }

    private static String name(JiraModel.User user) {
        return user == null || user.displayName() == null ? "" : user.displayName();
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "\"" + s + "\"";
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_EVENT ? t : t.substring(0, MAX_EVENT - 1) + "…";
    }
}
