package io.postmortem.evidence;

import io.postmortem.evidence.time.JiraTime;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps Jira Cloud REST v3 JSON (as Jackson 3 trees) onto the evidence input records, for callers that hold raw JSON
 * rather than typed client objects. Shapes: atlassian-rest.md sections 1.1 (issue), 1.2 (comments), 1.3 (changelog),
 * 1.4 (remote links). Missing fields become null; nothing here throws on absent or oddly typed fields.
 */
public final class JiraJson {
    private JiraJson() {
    }

    /** A Jira timestamp ({@code 2026-11-20T14:05:12.000+0000}, or ISO-8601), null when absent or unreadable. */
    public static Instant instant(String s) {
        return JiraTime.parseOrNull(s);
    }

    /** One element of {@code comments[]}. */
    public static JiraComment comment(JsonNode c) {
        return new JiraComment(str(c, "id"), str(c.path("author"), "accountId"), str(c.path("author"), "displayName"),
                instant(str(c, "created")), c.get("body"));
    }

    /** One element of changelog {@code values[]} / {@code histories[]}. */
    public static ChangelogEntry changelogEntry(JsonNode h) {
        List<ChangeItem> items = new ArrayList<>();
        for (JsonNode i : h.path("items"))
            items.add(new ChangeItem(str(i, "field"), str(i, "fieldId"), str(i, "from"), str(i, "fromString"),
                    str(i, "to"), str(i, "toString")));
        return new ChangelogEntry(str(h, "id"), str(h.path("author"), "accountId"), str(h.path("author"), "displayName"),
                instant(str(h, "created")), items);
    }

    /** One element of the remote-link array. */
    public static RemoteLink remoteLink(JsonNode r) {
        JsonNode app = r.path("application");
        String appName = str(app, "name") != null ? str(app, "name") : str(app, "type");
        return new RemoteLink(str(r, "id"), str(r, "globalId"), str(r.path("object"), "url"), str(r.path("object"), "title"), appName);
    }

    /** The issue ({@code GET /rest/api/3/issue/{key}}). */
    public static IssueFacts issue(JsonNode issue) {
        JsonNode f = issue.path("fields");
        List<String> labels = new ArrayList<>();
        for (JsonNode l : f.path("labels")) if (l.isString()) labels.add(l.stringValue());
        List<String> components = new ArrayList<>();
        for (JsonNode c : f.path("components")) if (str(c, "name") != null) components.add(str(c, "name"));
        List<IssueLink> links = new ArrayList<>();
        for (JsonNode l : f.path("issuelinks")) {
            boolean inward = l.has("inwardIssue");
            JsonNode other = inward ? l.path("inwardIssue") : l.path("outwardIssue");
            links.add(new IssueLink(str(l, "id"), str(l.path("type"), inward ? "inward" : "outward"), str(other, "key"),
                    str(other.path("fields"), "summary"), str(other.path("fields").path("status").path("statusCategory"), "key")));
        }
        return new IssueFacts(str(issue, "key"), str(issue, "id"), str(f, "summary"), instant(str(f, "created")),
                instant(str(f, "resolutiondate")), str(f.path("status"), "id"),
                str(f.path("status").path("statusCategory"), "key"), person(f.get("reporter")), person(f.get("assignee")),
                labels, components, f.get("description"), links);
    }

    private static Person person(JsonNode p) {
        if (p == null || !p.isObject()) return null;
        return new Person(str(p, "accountId"), str(p, "displayName"));
    }

    private static String str(JsonNode n, String f) {
        if (n == null || !n.isObject()) return null;
        JsonNode v = n.get(f);
        return v == null || v.isNull() || v.isContainer() ? null : v.asString();
    }
}
