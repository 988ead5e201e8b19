package io.postmortem.testsupport;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Builders for Jira Cloud REST v3 JSON in Atlassian's REAL shapes (atlassian-rest.md section 1 and the OpenAPI
 * examples): issues, ADF, comment pages, changelog pages, remote links, bulk-create answers, users, errors. Tests of
 * intake and publish reuse them to let WireMock speak like Jira. Everything returns a mutable {@link ObjectNode} (or
 * {@link ArrayNode}) so a test can tweak it; {@code toString()} gives the JSON text.
 */
public final class JiraJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    /** The incident's start in the fixtures: 2026-11-20T09:41:03Z. */
    public static final Instant T0 = Instant.parse("2026-11-20T09:41:03Z");

    private JiraJson() {
    }

    /** Jira's timestamp format: {@code 2026-11-20T14:05:12.000+0000}. */
    public static String time(Instant instant) {
        return JIRA_TIME.format(instant);
    }

    // ---- ADF --------------------------------------------------------------------------------------------------

    /** {@code {"type":"doc","version":1,"content":[paragraph(text)]}}. */
    public static ObjectNode adf(String text) {
        ObjectNode doc = F.objectNode().put("type", "doc").put("version", 1);
        doc.putArray("content").add(paragraph(text));
        return doc;
    }

    public static ObjectNode paragraph(String text) {
        ObjectNode p = F.objectNode().put("type", "paragraph");
        p.putArray("content").addObject().put("type", "text").put("text", text);
        return p;
    }

    /** The rich comment body of atlassian-rest.md 1.2: mention, code mark, hardBreak, inlineCard, emoji, codeBlock. */
    public static ObjectNode richAdf() {
        ObjectNode doc = F.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        ObjectNode p = content.addObject().put("type", "paragraph");
        ArrayNode inline = p.putArray("content");
        inline.addObject().put("type", "mention").putObject("attrs").put("id", "5b10a2844c20165700ede21g")
                .put("text", "@Mia Krystof").put("accessLevel", "");
        inline.addObject().put("type", "text").put("text", " rolled back ");
        ObjectNode code = inline.addObject().put("type", "text").put("text", "checkout@4.2.1");
        code.putArray("marks").addObject().put("type", "code");
        inline.addObject().put("type", "hardBreak");
        inline.addObject().put("type", "inlineCard").putObject("attrs").put("url", "https://grafana.acme.io/d/checkout");
        inline.addObject().put("type", "emoji").putObject("attrs").put("shortName", ":fire:").put("id", "1f525")
                .put("text", "\uD83D\uDD25");
        ObjectNode block = content.addObject().put("type", "codeBlock");
        block.putObject("attrs").put("language", "sql");
        block.putArray("content").addObject().put("type", "text").put("text", "SHOW max_connections;");
        return doc;
    }

    // ---- users ------------------------------------------------------------------------------------------------

    public static ObjectNode user(String accountId, String displayName) {
        return user(accountId, displayName, "atlassian");
    }

    /** GET /rest/api/3/status/{id} as Jira Cloud answers it; category key new, indeterminate or done. */
    public static ObjectNode status(String id, String name, String categoryKey) {
        ObjectNode s = F.objectNode();
        s.put("self", "https://acme.atlassian.net/rest/api/3/status/" + id).put("description", "")
                .put("iconUrl", "https://acme.atlassian.net/images/icons/statuses/generic.png").put("name", name).put("id", id);
        int categoryId = switch (categoryKey) { case "new" -> 2; case "indeterminate" -> 4; case "done" -> 3; default -> 1; };
        String categoryName = switch (categoryKey) { case "new" -> "To Do"; case "indeterminate" -> "In Progress"; case "done" -> "Done"; default -> "No Category"; };
        String color = switch (categoryKey) { case "new" -> "blue-gray"; case "indeterminate" -> "yellow"; case "done" -> "green"; default -> "medium-gray"; };
        s.putObject("statusCategory").put("self", "https://acme.atlassian.net/rest/api/3/statuscategory/" + categoryId)
                .put("id", categoryId).put("key", categoryKey).put("colorName", color).put("name", categoryName);
        return s;
    }

    /** A user as Jira returns it; accountType is atlassian (person), app or customer. */
    public static ObjectNode user(String accountId, String displayName, String accountType) {
        ObjectNode u = F.objectNode();
        u.put("self", "https://acme.atlassian.net/rest/api/3/user?accountId=" + accountId);
        u.put("accountId", accountId).put("accountType", accountType).put("displayName", displayName)
                .put("active", true).put("timeZone", "Europe/Berlin");
        u.putObject("avatarUrls").put("48x48", "https://avatar.example/" + accountId + ".png");
        return u;
    }

    public static final String DANA = "712020:4c1e0000-aaaa-bbbb-cccc-000000000000";
    public static final String MIA = "5b10a2844c20165700ede21g";

    // ---- issue ------------------------------------------------------------------------------------------------

    /** The resolved incident INC-231 of atlassian-rest.md 1.1, with an outward and an inward link. */
    public static ObjectNode issue(String key, String id) {
        ObjectNode issue = F.objectNode().put("expand", "renderedFields,names,schema,operations,editmeta,changelog")
                .put("id", id).put("self", "https://acme.atlassian.net/rest/api/3/issue/" + id).put("key", key);
        ObjectNode f = issue.putObject("fields");
        f.put("summary", "Checkout API 5xx spike");
        ObjectNode status = f.putObject("status").put("id", "10004").put("name", "Resolved");
        status.putObject("statusCategory").put("id", 3).put("key", "done").put("name", "Done");
        f.putObject("issuetype").put("id", "10010").put("name", "Incident").put("subtask", false);
        f.putObject("project").put("id", "10000").put("key", key.substring(0, key.indexOf('-'))).put("name",
                "Incidents");
        f.putObject("resolution").put("id", "10000").put("name", "Done");
        f.put("resolutiondate", "2026-11-20T14:05:12.000+0000");
        f.putObject("priority").put("id", "1").put("name", "Highest");
        f.set("assignee", user(DANA, "Dana Ops"));
        f.set("reporter", user(MIA, "Mia Krystof"));
        f.putArray("labels").add("sev1").add("payments");
        f.put("created", "2026-11-20T09:41:03.000+0000");
        f.put("updated", "2026-11-20T14:05:12.000+0000");
        f.set("description", adf("Error rate > 20% on /checkout"));
        f.putArray("components").addObject().put("id", "10050").put("name", "checkout-api");
        ArrayNode links = f.putArray("issuelinks");
        ObjectNode out = links.addObject().put("id", "20011");
        out.set("type", linkType("10003", "Relates", "relates to", "relates to"));
        ObjectNode outIssue = out.putObject("outwardIssue").put("id", "10190").put("key", "OPS-77");
        ObjectNode outFields = outIssue.putObject("fields").put("summary", "Raise DB pool size");
        outFields.putObject("status").put("name", "To Do").putObject("statusCategory").put("key", "new");
        ObjectNode in = links.addObject().put("id", "20012");
        in.set("type", linkType("10500", "Problem/Incident", "is caused by", "causes"));
        ObjectNode inIssue = in.putObject("inwardIssue").put("id", "10199").put("key", "PRB-9");
        inIssue.putObject("fields").put("summary", "Connection pool leak");
        issue.putObject("renderedFields").put("description", "<p>Error rate &gt; 20% on /checkout</p>");
        return issue;
    }

    public static ObjectNode linkType(String id, String name, String inward, String outward) {
        return F.objectNode().put("id", id).put("name", name).put("inward", inward).put("outward", outward)
                .put("self", "https://acme.atlassian.net/rest/api/3/issueLinkType/" + id);
    }

    /** GET /rest/api/3/issueLinkType. */
    public static ObjectNode issueLinkTypes() {
        ObjectNode root = F.objectNode();
        root.putArray("issueLinkTypes").add(linkType("10000", "Blocks", "is blocked by", "blocks"))
                .add(linkType("10003", "Relates", "relates to", "relates to"))
                .add(linkType("10002", "Duplicate", "is duplicated by", "duplicates"));
        return root;
    }

    // ---- comments -----------------------------------------------------------------------------------------------

    /** Comment number {@code n} (id 30000+n), created n minutes after {@link #T0}, alternating authors. */
    public static ObjectNode comment(int n) {
        String created = time(T0.plusSeconds(60L * n));
        ObjectNode c = F.objectNode();
        c.put("self", "https://acme.atlassian.net/rest/api/3/issue/10231/comment/" + (30000 + n));
        c.put("id", Integer.toString(30000 + n));
        c.set("author", n % 2 == 0 ? user(DANA, "Dana Ops") : user(MIA, "Mia Krystof"));
        c.set("body", n == 0 ? richAdf() : adf("Update #" + n));
        c.set("updateAuthor", c.get("author"));
        c.put("created", created).put("updated", created).put("jsdPublic", true);
        return c;
    }

    /** A page of GET /issue/{key}/comment with comments [startAt, startAt+pageSize) of {@code total}. */
    public static ObjectNode commentPage(int startAt, int pageSize, int total) {
        ObjectNode page = F.objectNode().put("startAt", startAt).put("maxResults", pageSize).put("total", total);
        ArrayNode comments = page.putArray("comments");
        for (int i = startAt; i < Math.min(startAt + pageSize, total); i++) {
            comments.add(comment(i));
        }
        return page;
    }

    // ---- changelog --------------------------------------------------------------------------------------------

    public static ObjectNode changeItem(String field, String fieldId, String from, String fromString, String to,
            String toString) {
        ObjectNode item = F.objectNode().put("field", field).put("fieldtype", "jira").put("fieldId", fieldId);
        item.put("from", from).put("fromString", fromString).put("to", to).put("toString", toString);
        return item;
    }

    /** History number {@code n} (id 55000+n), n minutes after {@link #T0}; a status change every 10th, else priority. */
    public static ObjectNode history(int n) {
        ObjectNode h = F.objectNode().put("id", Integer.toString(55000 + n));
        h.set("author", user(DANA, "Dana Ops"));
        h.put("created", time(T0.plusSeconds(60L * n + 30)));
        ArrayNode items = h.putArray("items");
        if (n % 10 == 9) {
            items.add(changeItem("status", "status", "3", "In Progress", "10004", "Resolved"));
            items.add(changeItem("resolution", "resolution", null, null, "10000", "Done"));
        } else {
            items.add(changeItem("priority", "priority", "3", "Medium", "1", "Highest"));
        }
        return h;
    }

    /** A page of GET /issue/{key}/changelog (oldest first) with histories [startAt, startAt+pageSize). */
    public static ObjectNode changelogPage(String issueKey, int startAt, int pageSize, int total) {
        boolean last = startAt + pageSize >= total;
        ObjectNode page = F.objectNode();
        page.put("self", "https://acme.atlassian.net/rest/api/3/issue/" + issueKey + "/changelog?maxResults="
                + pageSize + "&startAt=" + startAt);
        if (!last) {
            page.put("nextPage", "https://acme.atlassian.net/rest/api/3/issue/" + issueKey
                    + "/changelog?maxResults=" + pageSize + "&startAt=" + (startAt + pageSize));
        }
        page.put("maxResults", pageSize).put("startAt", startAt).put("total", total).put("isLast", last);
        ArrayNode values = page.putArray("values");
        for (int i = startAt; i < Math.min(startAt + pageSize, total); i++) {
            values.add(history(i));
        }
        return page;
    }

    // ---- WireMock stubs for paged lists ---------------------------------------------------------------------------

    /**
     * Stubs GET /rest/api/3/issue/{key}/comment for {@code total} comments served {@code serverPageSize} at a time
     * (whatever maxResults the client asks, like Jira's real cap), every response delayed by {@code delayMs}.
     */
    public static void stubCommentPages(WireMockServer server, String issueKey, int total, int serverPageSize,
            int delayMs) {
        for (int start = 0; start < Math.max(total, 1); start += serverPageSize) {
            server.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + issueKey + "/comment"))
                    .withQueryParam("startAt", equalTo(Integer.toString(start)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withFixedDelay(delayMs)
                            .withBody(commentPage(start, serverPageSize, total).toString())));
        }
    }

    /** Same for GET /rest/api/3/issue/{key}/changelog. */
    public static void stubChangelogPages(WireMockServer server, String issueKey, int total, int serverPageSize,
            int delayMs) {
        for (int start = 0; start < Math.max(total, 1); start += serverPageSize) {
            server.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + issueKey + "/changelog"))
                    .withQueryParam("startAt", equalTo(Integer.toString(start)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withFixedDelay(delayMs)
                            .withBody(changelogPage(issueKey, start, serverPageSize, total).toString())));
        }
    }

    /**
     * Stubs everything intake reads for one incident: GET issue ({@link #issue}), {@code comments} comments and
     * {@code changes} changelog entries (100 per page, no delay) and the Slack remote link.
     */
    public static void stubIncident(WireMockServer server, String issueKey, String issueId, int comments, int changes) {
        server.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + issueKey)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(issue(issueKey, issueId).toString())));
        stubCommentPages(server, issueKey, comments, 100, 0);
        stubChangelogPages(server, issueKey, changes, 100, 0);
        server.stubFor(get(urlPathEqualTo("/rest/api/3/issue/" + issueKey + "/remotelink")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(remoteLinks().toString())));
    }

    // ---- remote links, search, writes -------------------------------------------------------------------------

    /** GET /remotelink: the Slack war-room link of atlassian-rest.md 1.4. */
    public static ArrayNode remoteLinks() {
        ArrayNode links = F.arrayNode();
        ObjectNode link = links.addObject().put("id", 10050)
                .put("self", "https://acme.atlassian.net/rest/api/3/issue/INC-231/remotelink/10050")
                .put("globalId", "slack-thread=T0123:C0456:1763632000.123456");
        link.putObject("application").put("type", "com.slack").put("name", "Slack");
        link.put("relationship", "mentioned in");
        ObjectNode object = link.putObject("object").put("url", "https://acme.slack.com/archives/C0456/p1763632000123456")
                .put("title", "#inc-231-checkout war room").put("summary", "Incident channel");
        object.putObject("icon").put("url16x16", "https://a.slack-edge.com/favicon.ico");
        object.putObject("status").put("resolved", false);
        return links;
    }

    /** One issue of a /search/jql answer, with the given issue property value (may be null). */
    public static ObjectNode foundIssue(String id, String key, String propertyKey, ObjectNode propertyValue) {
        ObjectNode issue = F.objectNode().put("id", id).put("key", key)
                .put("self", "https://acme.atlassian.net/rest/api/3/issue/" + id);
        issue.putObject("fields").put("summary", "Action " + key);
        if (propertyKey != null) {
            issue.putObject("properties").set(propertyKey, propertyValue);
        }
        return issue;
    }

    /** A /search/jql page: {@code {issues, isLast, nextPageToken?}}. */
    public static ObjectNode searchPage(List<ObjectNode> issues, String nextPageToken) {
        ObjectNode page = F.objectNode();
        page.putArray("issues").addAll(issues);
        page.put("isLast", nextPageToken == null);
        if (nextPageToken != null) {
            page.put("nextPageToken", nextPageToken);
        }
        return page;
    }

    public static ObjectNode createdIssue(String id, String key) {
        return F.objectNode().put("id", id).put("key", key).put("self", "https://acme.atlassian.net/rest/api/3/issue/"
                + id);
    }

    /** One element error of a bulk create: {@code {status, failedElementNumber, elementErrors{errorMessages, errors}}}. */
    public static ObjectNode bulkError(int failedElementNumber, String field, String message) {
        ObjectNode error = F.objectNode().put("status", 400).put("failedElementNumber", failedElementNumber);
        ObjectNode elementErrors = error.putObject("elementErrors");
        elementErrors.putArray("errorMessages");
        elementErrors.putObject("errors").put(field, message);
        return error;
    }

    /** A bulk create answer: {@code {"issues":[...],"errors":[...]}}. */
    public static ObjectNode bulkCreated(List<ObjectNode> issues, List<ObjectNode> errors) {
        ObjectNode root = F.objectNode();
        root.putArray("issues").addAll(issues);
        root.putArray("errors").addAll(errors);
        return root;
    }

    /** Jira's error body: {@code {"errorMessages":[...],"errors":{}}}. */
    public static ObjectNode errors(String... errorMessages) {
        ObjectNode root = F.objectNode();
        ArrayNode messages = root.putArray("errorMessages");
        for (String m : errorMessages) {
            messages.add(m);
        }
        root.putObject("errors");
        return root;
    }

    /** GET /rest/api/3/project/{key} with its issue types. */
    public static ObjectNode project(String id, String key, String... issueTypeNames) {
        ObjectNode p = F.objectNode().put("id", id).put("key", key).put("name", key + " project")
                .put("self", "https://acme.atlassian.net/rest/api/3/project/" + id).put("projectTypeKey", "software")
                .put("simplified", false).put("style", "classic");
        ArrayNode types = p.putArray("issueTypes");
        for (int i = 0; i < issueTypeNames.length; i++) {
            types.addObject().put("id", Integer.toString(10001 + i)).put("name", issueTypeNames[i])
                    .put("subtask", false).put("hierarchyLevel", 0);
        }
        return p;
    }
}
