package io.postmortem.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful fake of one Atlassian Cloud site on one WireMock server: Jira at the root, Confluence under
 * {@code /wiki}, answering with the JSON shapes of atlassian-rest.md. It remembers what was created (issues with
 * their properties and links, pages with versions and labels), so tests assert outcomes ("exactly N issues
 * exist") rather than call scripts, and it injects the failures Atlassian really produces: an unassignable owner in
 * a bulk create (201 with element errors), a title already taken, a stale page version (409), 429 storms, and a
 * bulk create whose answer is lost after Jira created the issues.
 */
public final class FakeAtlassian implements ResponseDefinitionTransformerV2 {

    public static final String SPACE_KEY = "PM";
    public static final String SPACE_ID = "98306";
    public static final String PROJECT = "OPS";
    public static final String TASK_TYPE_ID = "10002";

    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    /** An issue Jira holds. */
    public record Issue(String id, String key, ObjectNode fields, Map<String, JsonNode> properties, List<String> linkedTo) {
    }

    /** A Confluence page. */
    public record PageRecord(String id, String spaceId, String parentId, String title, String body, int version,
                             Set<String> labels) {
    }

    public final WireMockServer server;
    public final Map<String, Issue> issues = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<String, PageRecord> pages = new ConcurrentHashMap<>();
    public final Map<String, Map<String, JsonNode>> incidentProperties = new ConcurrentHashMap<>();
    public final Map<String, Map<String, JsonNode>> remoteLinks = new ConcurrentHashMap<>();
    public final List<String[]> issueLinks = new CopyOnWriteArrayList<>();
    public final Map<String, ObjectNode> edits = new ConcurrentHashMap<>();
    public final Set<String> admins = ConcurrentHashMap.newKeySet();
    public final Set<String> unassignable = ConcurrentHashMap.newKeySet();
    /** Notifications Jira accepted: issue key and the request body. */
    public final List<Map.Entry<String, JsonNode>> notifications = new CopyOnWriteArrayList<>();
    /** Comments added: issue key and the request body. */
    public final List<Map.Entry<String, JsonNode>> comments = new CopyOnWriteArrayList<>();
    /** Page updates (PUT) received: page id each. */
    public final List<String> pageUpdates = new CopyOnWriteArrayList<>();

    private final AtomicInteger nextIssue = new AtomicInteger(101);
    private final AtomicInteger nextPage = new AtomicInteger(884700);
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile boolean loseNextBulkAnswer;
    private volatile boolean bumpVersionBeforeNextPut;
    private volatile boolean refuseLinksOnCreate;
    private volatile boolean propertiesIndexed = true;
    private volatile int notifyRefusal;

    public FakeAtlassian() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(getName())));
    }

    @Override
    public String getName() {
        return "fake-atlassian";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Forgets all state and recorded requests (the stub stays). */
    public void reset() {
        issues.clear();
        pages.clear();
        incidentProperties.clear();
        remoteLinks.clear();
        issueLinks.clear();
        edits.clear();
        admins.clear();
        unassignable.clear();
        notifications.clear();
        comments.clear();
        pageUpdates.clear();
        notifyRefusal = 0;
        rateLimited.set(0);
        loseNextBulkAnswer = false;
        bumpVersionBeforeNextPut = false;
        refuseLinksOnCreate = false;
        propertiesIndexed = true;
        server.resetRequests();
    }

    /** The next {@code n} requests (any endpoint) get 429 with {@code Retry-After: 0.05}. */
    public void rateLimitNext(int n) {
        rateLimited.set(n);
    }

    /** The next bulk create creates its issues, then the connection drops before Jira's answer arrives. */
    public void loseNextBulkCreateAnswer() {
        loseNextBulkAnswer = true;
    }

    /** Someone else saves the page just before our next update: our version number is then stale (409). */
    public void bumpPageVersionBeforeNextUpdate() {
        bumpVersionBeforeNextPut = true;
    }

    /** The create screen refuses {@code update.issuelinks}: links must be made with POST /issueLink. */
    public void refuseLinksOnCreate() {
        refuseLinksOnCreate = true;
    }

    /** JQL cannot search the postmortem-item property (the descriptor does not index it): only links find marks. */
    public void propertiesNotIndexed() {
        propertiesIndexed = false;
    }

    /** Jira refuses every {@code POST /issue/{key}/notify} with this status (403: the app may not notify; 400). */
    public void refuseNotifications(int status) {
        notifyRefusal = status;
    }

    /** An action-item issue as Jira holds it now (status with its category, assignee, due date). */
    public Issue putIssue(String key, String status, String categoryKey, String assigneeId, String assigneeName, String due) {
        ObjectNode f = JSON.createObjectNode().put("summary", "Action item " + key);
        f.putObject("status").put("id", "3").put("name", status).putObject("statusCategory").put("id", 3)
                .put("key", categoryKey).put("name", categoryKey);
        if (assigneeId != null) f.putObject("assignee").put("accountId", assigneeId).put("displayName", assigneeName);
        else f.putNull("assignee");
        if (due != null) f.put("duedate", due);
        else f.putNull("duedate");
        Issue issue = new Issue(Integer.toString(nextIssue.incrementAndGet() + 20000), key, f, new ConcurrentHashMap<>(),
                new CopyOnWriteArrayList<>());
        issues.put(key, issue);
        return issue;
    }

    /** A page someone else already made in the space. */
    public PageRecord existingPage(String title, String body) {
        String id = Integer.toString(nextPage.incrementAndGet());
        PageRecord p = new PageRecord(id, SPACE_ID, null, title, body, 3, ConcurrentHashMap.newKeySet());
        pages.put(id, p);
        return p;
    }

    public List<Issue> issuesOf(String incident) {
        synchronized (issues) {
            return issues.values().stream().filter(i -> {
                JsonNode mark = i.properties().get(PublishProcess.ITEM_PROPERTY);
                return mark != null && incident.equals(mark.path("incident").asString(""));
            }).toList();
        }
    }

    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    public void stop() {
        server.stop();
    }

    // ---- the fake ------------------------------------------------------------------------------------------

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest r = event.getRequest();
        String method = r.getMethod().getName();
        String url = r.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return json(429, error("Rate limit exceeded"), "Retry-After", "0.05");
        }
        try {
            return route(method, path, query(url), r.getBodyAsString());
        } catch (RuntimeException e) {
            return json(500, error("fake failed: " + e), null, null);
        }
    }

    private ResponseDefinition route(String method, String path, Map<String, String> q, String body) {
        Matcher m;
        // ---- Jira
        if (method.equals("POST") && (m = match("/rest/api/3/issue/([^/]+)/notify", path)) != null) {
            if (notifyRefusal != 0) {
                return json(notifyRefusal, error(notifyRefusal == 403 ? "The app is not permitted to send notifications."
                        : "No recipients were defined for notification."), null, null);
            }
            notifications.add(Map.entry(m.group(1), JSON.readTree(body)));
            return new ResponseDefinition(204, "");
        }
        if (method.equals("POST") && (m = match("/rest/api/3/issue/([^/]+)/comment", path)) != null) {
            JsonNode req = JSON.readTree(body);
            comments.add(Map.entry(m.group(1), req));
            ObjectNode c = JSON.createObjectNode().put("id", Integer.toString(40000 + comments.size()));
            c.putObject("author").put("accountId", "557058:app").put("displayName", "Post-Mortem Facilitator")
                    .put("accountType", "app");
            c.set("body", req.path("body"));
            c.put("created", "2025-11-20T10:00:00.000+0000").put("updated", "2025-11-20T10:00:00.000+0000");
            return json(201, c, null, null);
        }
        if (method.equals("POST") && path.equals("/rest/api/3/permissions/check")) {
            ObjectNode req = (ObjectNode) JSON.readTree(body);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode granted = out.putArray("globalPermissions");
            if (admins.contains(req.path("accountId").asString(""))) granted.add("ADMINISTER");
            out.putArray("projectPermissions");
            return json(200, out, null, null);
        }
        if (method.equals("GET") && (m = match("/rest/api/3/project/([^/]+)", path)) != null) {
            if (!m.group(1).equals(PROJECT)) return json(404, error("No project could be found with key '" + m.group(1) + "'."), null, null);
            ObjectNode p = JSON.createObjectNode().put("id", "10000").put("key", PROJECT).put("name", "Operations");
            ArrayNode types = p.putArray("issueTypes");
            types.addObject().put("id", "10001").put("name", "Bug").put("subtask", false);
            types.addObject().put("id", TASK_TYPE_ID).put("name", "Task").put("subtask", false);
            return json(200, p, null, null);
        }
        if (method.equals("GET") && path.equals("/rest/api/3/issueLinkType")) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode types = out.putArray("issueLinkTypes");
            types.addObject().put("id", "10000").put("name", "Blocks").put("inward", "is blocked by").put("outward", "blocks");
            types.addObject().put("id", "10003").put("name", "Relates").put("inward", "relates to").put("outward", "relates to");
            return json(200, out, null, null);
        }
        if (method.equals("POST") && path.equals("/rest/api/3/issue/bulk")) {
            return bulkCreate((ObjectNode) JSON.readTree(body));
        }
        if (method.equals("POST") && path.equals("/rest/api/3/search/jql")) {
            return search((ObjectNode) JSON.readTree(body));
        }
        if (method.equals("GET") && (m = match("/rest/api/3/issue/([A-Z]+-\\d+)", path)) != null) {
            Issue i = issues.get(m.group(1));
            if (i == null) return json(404, error("Issue does not exist or you do not have permission to see it."), null, null);
            ObjectNode out = JSON.createObjectNode().put("id", i.id()).put("key", i.key());
            ObjectNode f;
            synchronized (issues) {
                f = i.fields().deepCopy();
            }
            if (f.path("assignee").has("id") && !f.path("assignee").has("accountId")) {
                ((ObjectNode) f.get("assignee")).put("accountId", f.path("assignee").path("id").asString());
            }
            if (!f.has("status")) {
                f.putObject("status").put("id", "1").put("name", "Open").putObject("statusCategory").put("id", 2)
                        .put("key", "new").put("name", "To Do");
            }
            out.set("fields", f);
            return json(200, out, null, null);
        }
        if (method.equals("PUT") && (m = match("/rest/api/3/issue/([A-Z]+-\\d+)", path)) != null) {
            Issue issue = issues.get(m.group(1));
            if (issue == null) return json(404, error("Issue does not exist or you do not have permission to see it."), null, null);
            ObjectNode fields = (ObjectNode) JSON.readTree(body).path("fields");
            JsonNode assignee = fields.path("assignee");
            if (assignee.isObject() && unassignable.contains(assignee.path("accountId").asString(""))) {
                ObjectNode err = error();
                ((ObjectNode) err.path("errors")).put("assignee", "Specified user cannot be assigned to this issue.");
                return json(400, err, null, null);
            }
            issue.fields().setAll(fields);
            edits.put(issue.key(), fields);
            return new ResponseDefinition(204, "");
        }
        if (method.equals("POST") && path.equals("/rest/api/3/issueLink")) {
            JsonNode link = JSON.readTree(body);
            String inward = link.path("inwardIssue").path("key").asString();
            String outward = link.path("outwardIssue").path("key").asString();
            issueLinks.add(new String[]{link.path("type").path("name").asString(), inward, outward});
            Issue from = issues.get(inward);
            if (from != null) from.linkedTo().add(outward);
            return new ResponseDefinition(201, "");
        }
        if (method.equals("POST") && (m = match("/rest/api/3/issue/([A-Z]+-\\d+)/remotelink", path)) != null) {
            JsonNode link = JSON.readTree(body);
            Map<String, JsonNode> links = remoteLinks.computeIfAbsent(m.group(1), k -> new ConcurrentHashMap<>());
            boolean existed = links.containsKey(link.path("globalId").asString());
            links.put(link.path("globalId").asString(), link);
            return json(existed ? 200 : 201, JSON.createObjectNode().put("id", 10000 + links.size())
                    .put("self", baseUrl() + "/rest/api/3/issue/" + m.group(1) + "/remotelink/1"), null, null);
        }
        if (method.equals("PUT") && (m = match("/rest/api/3/issue/([A-Z]+-\\d+)/properties/([^/]+)", path)) != null) {
            String prop = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
            Map<String, JsonNode> props = incidentProperties.computeIfAbsent(m.group(1), k -> new ConcurrentHashMap<>());
            boolean existed = props.containsKey(prop);
            props.put(prop, JSON.readTree(body));
            return new ResponseDefinition(existed ? 200 : 201, "");
        }
        // ---- Confluence
        if (method.equals("GET") && path.equals("/wiki/api/v2/spaces")) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode results = out.putArray("results");
            if (SPACE_KEY.equals(q.get("keys"))) {
                results.addObject().put("id", SPACE_ID).put("key", SPACE_KEY).put("name", "Post-mortems").put("homepageId", "98450");
            }
            out.putObject("_links");
            return json(200, out, null, null);
        }
        if (method.equals("GET") && path.equals("/wiki/api/v2/pages")) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode results = out.putArray("results");
            for (PageRecord p : pages.values()) {
                if (p.spaceId().equals(q.get("space-id")) && p.title().equals(q.get("title"))) results.add(page(p, false));
            }
            out.putObject("_links");
            return json(200, out, null, null);
        }
        if (method.equals("POST") && path.equals("/wiki/api/v2/pages")) {
            JsonNode req = JSON.readTree(body);
            String title = req.path("title").asString();
            String spaceId = req.path("spaceId").asString();
            if (pages.values().stream().anyMatch(p -> p.spaceId().equals(spaceId) && p.title().equals(title))) {
                ObjectNode err = JSON.createObjectNode();
                err.putArray("errors").addObject().put("status", 400).put("code", "BAD_REQUEST")
                        .put("title", "A page with this title already exists: A page already exists with the same TITLE in this space")
                        .putNull("detail");
                return json(400, err, null, null);
            }
            String id = Integer.toString(nextPage.incrementAndGet());
            PageRecord p = new PageRecord(id, spaceId, req.path("parentId").asString(null), title,
                    req.path("body").path("value").asString(), 1, ConcurrentHashMap.newKeySet());
            pages.put(id, p);
            return json(200, page(p, false), null, null);
        }
        if (method.equals("GET") && (m = match("/wiki/api/v2/pages/(\\d+)", path)) != null) {
            PageRecord p = pages.get(m.group(1));
            if (p == null) return json(404, confluenceError(404, "Page not found"), null, null);
            return json(200, page(p, "storage".equals(q.get("body-format"))), null, null);
        }
        if (method.equals("PUT") && (m = match("/wiki/api/v2/pages/(\\d+)", path)) != null) {
            PageRecord p = pages.get(m.group(1));
            if (p == null) return json(404, confluenceError(404, "Page not found"), null, null);
            if (bumpVersionBeforeNextPut) {
                bumpVersionBeforeNextPut = false;
                p = new PageRecord(p.id(), p.spaceId(), p.parentId(), p.title(), p.body(), p.version() + 1, p.labels());
                pages.put(p.id(), p);
            }
            JsonNode req = JSON.readTree(body);
            int number = req.path("version").path("number").asInt();
            if (number != p.version() + 1) {
                return json(409, confluenceError(409, "Version must be incremented when updating a page. Current Version: ["
                        + p.version() + "]. Provided version: [" + number + "]"), null, null);
            }
            PageRecord updated = new PageRecord(p.id(), p.spaceId(), p.parentId(), req.path("title").asString(),
                    req.path("body").path("value").asString(), number, p.labels());
            pages.put(p.id(), updated);
            pageUpdates.add(p.id());
            return json(200, page(updated, false), null, null);
        }
        if (method.equals("POST") && (m = match("/wiki/rest/api/content/(\\d+)/label", path)) != null) {
            PageRecord p = pages.get(m.group(1));
            if (p == null) return json(404, JSON.createObjectNode().put("message", "No content found"), null, null);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode results = out.putArray("results");
            for (JsonNode l : JSON.readTree(body)) p.labels().add(l.path("name").asString());
            for (String l : p.labels()) results.addObject().put("prefix", "global").put("name", l);
            return json(200, out, null, null);
        }
        return json(404, error("The fake has no answer for " + method + " " + path), null, null);
    }

    private ResponseDefinition bulkCreate(ObjectNode req) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode created = out.putArray("issues");
        ArrayNode errors = out.putArray("errors");
        int i = 0;
        for (JsonNode update : req.path("issueUpdates")) {
            ObjectNode fields = (ObjectNode) update.path("fields");
            String assignee = fields.path("assignee").path("accountId").asString("");
            if (unassignable.contains(assignee)) {
                ObjectNode e = errors.addObject().put("status", 400).put("failedElementNumber", i);
                ObjectNode ee = e.putObject("elementErrors");
                ee.putArray("errorMessages");
                ee.putObject("errors").put("assignee", "Specified user cannot be assigned to this issue.");
            } else if (refuseLinksOnCreate && update.has("update")) {
                ObjectNode e = errors.addObject().put("status", 400).put("failedElementNumber", i);
                ObjectNode ee = e.putObject("elementErrors");
                ee.putArray("errorMessages");
                ee.putObject("errors").put("issuelinks", "Field 'issuelinks' cannot be set. It is not on the appropriate screen, or unknown.");
            } else {
                int n = nextIssue.getAndIncrement();
                String key = PROJECT + "-" + n;
                Map<String, JsonNode> props = new ConcurrentHashMap<>();
                for (JsonNode p : update.path("properties")) props.put(p.path("key").asString(), p.path("value"));
                List<String> links = new CopyOnWriteArrayList<>();
                for (JsonNode l : update.path("update").path("issuelinks")) {
                    String target = l.path("add").path("outwardIssue").path("key").asString();
                    links.add(target);
                    issueLinks.add(new String[]{l.path("add").path("type").path("name").asString(), key, target});
                }
                issues.put(key, new Issue(Integer.toString(20000 + n), key, fields.deepCopy(), props, links));
                created.addObject().put("id", Integer.toString(20000 + n)).put("key", key)
                        .put("self", baseUrl() + "/rest/api/3/issue/" + (20000 + n));
            }
            i++;
        }
        if (loseNextBulkAnswer) {
            loseNextBulkAnswer = false;
            return ResponseDefinitionBuilderFault.fault();
        }
        return json(created.isEmpty() && !errors.isEmpty() ? 400 : 201, out, null, null);
    }

    private static final Pattern PROPERTY_JQL = Pattern.compile("issue\\.property\\[([^\\]]+)\\]\\.(\\w+) = \"([^\"]*)\"");

    private ResponseDefinition search(ObjectNode req) {
        String jql = req.path("jql").asString();
        Matcher m = PROPERTY_JQL.matcher(jql);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode found = out.putArray("issues");
        Matcher keys = Pattern.compile("^key in \\(([^)]*)\\)$").matcher(jql.strip());
        if (keys.find()) { // the reconciler's read of open action items: the fields asked for, as Jira holds them
            for (String key : keys.group(1).split(",")) {
                Issue issue = issues.get(key.strip());
                if (issue == null) continue;
                ObjectNode f = found.addObject().put("id", issue.id()).put("key", issue.key());
                ObjectNode fields = f.putObject("fields");
                for (JsonNode name : req.path("fields")) {
                    JsonNode v = issue.fields().get(name.asString());
                    if (v != null) fields.set(name.asString(), v.deepCopy());
                }
            }
            out.put("isLast", true);
            return json(200, out, null, null);
        }
        Matcher linked = Pattern.compile("issue in linkedIssues\\(\"([^\"]+)\"\\)").matcher(jql);
        String linkedTo = linked.find() ? linked.group(1) : null;
        if (m.find()) {
            String prop = m.group(1);
            String field = m.group(2);
            String value = m.group(3);
            synchronized (issues) {
                for (Issue issue : issues.values()) {
                    JsonNode v = issue.properties().get(prop);
                    boolean byProperty = propertiesIndexed && v != null && value.equals(v.path(field).asString(""));
                    boolean byLink = linkedTo != null && issue.linkedTo().contains(linkedTo);
                    if (byProperty || byLink) {
                        ObjectNode f = found.addObject().put("id", issue.id()).put("key", issue.key());
                        ObjectNode fields = f.putObject("fields").put("summary", issue.fields().path("summary").asString());
                        if (requested(req, "issuelinks")) {
                            ArrayNode links = fields.putArray("issuelinks");
                            for (String target : issue.linkedTo()) {
                                ObjectNode l = links.addObject().put("id", "1" + Math.abs(target.hashCode() % 10000));
                                l.putObject("type").put("name", "Relates").put("inward", "relates to").put("outward", "relates to");
                                l.putObject("outwardIssue").put("key", target);
                            }
                        }
                        if (v != null) f.putObject("properties").set(prop, v);
                    }
                }
            }
        }
        out.put("isLast", true);
        return json(200, out, null, null);
    }

    private static boolean requested(ObjectNode req, String field) {
        for (JsonNode f : req.path("fields")) if (field.equals(f.asString())) return true;
        return false;
    }

    private ObjectNode page(PageRecord p, boolean withBody) {
        ObjectNode n = JSON.createObjectNode().put("id", p.id()).put("status", "current").put("title", p.title())
                .put("spaceId", p.spaceId());
        if (p.parentId() != null) n.put("parentId", p.parentId());
        n.putObject("version").put("number", p.version()).put("message", "");
        if (withBody) n.putObject("body").putObject("storage").put("representation", "storage").put("value", p.body());
        n.putObject("_links").put("webui", "/spaces/" + SPACE_KEY + "/pages/" + p.id()).put("base", baseUrl() + "/wiki");
        return n;
    }

    private static ObjectNode error(String... messages) {
        ObjectNode e = JSON.createObjectNode();
        ArrayNode m = e.putArray("errorMessages");
        for (String s : messages) m.add(s);
        e.putObject("errors");
        return e;
    }

    private static ObjectNode confluenceError(int status, String title) {
        ObjectNode e = JSON.createObjectNode();
        e.putArray("errors").addObject().put("status", status).put("code", status == 409 ? "CONFLICT" : "NOT_FOUND")
                .put("title", title).putNull("detail");
        return e;
    }

    private static ResponseDefinition json(int status, JsonNode body, String header, String value) {
        var b = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body));
        if (header != null) b.withHeader(header, value);
        return b.build();
    }

    private static Matcher match(String regex, String path) {
        Matcher m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        int at = url.indexOf('?');
        if (at < 0) return q;
        for (String pair : url.substring(at + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static final class ResponseDefinitionBuilderFault {
        static ResponseDefinition fault() {
            return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
    }
}
