package io.postmortem.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.postmortem.testsupport.JiraJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Jira Data Center (context path {@code /jira}) and a Confluence Data Center ({@code /confluence}) on one WireMock,
 * speaking the DC REST dialect only: Jira {@code /rest/api/2} with wiki-markup text bodies, users by {@code name},
 * the changelog under {@code ?expand=changelog}, {@code POST /rest/api/2/search}; Confluence {@code /rest/api/content}
 * with storage format and spaces by key. Every request must carry {@code Authorization: Bearer <PAT>} (else 401); a
 * Cloud path ({@code /rest/api/3}, {@code /wiki/api/v2}) is a 404, as on a real DC site. The incident's data and what
 * the app writes are kept in the public maps.
 */
public final class FakeDataCenter implements ResponseDefinitionTransformerV2 {

    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    public static final String JIRA = "/jira";
    public static final String CONFLUENCE = "/confluence";
    public static final String SPACE_KEY = "PM";
    public static final String PROJECT = "OPS";

    /** An issue: its fields as DC shows them, its properties, what it is linked to. */
    public record Issue(String id, String key, ObjectNode fields, Map<String, JsonNode> properties, List<String> linkedTo) {
    }

    public record Page(String id, String title, String parentId, String body, int version) {
    }

    public final WireMockServer server;
    private final String pat;
    public final Map<String, Issue> issues = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<String, List<ObjectNode>> comments = new ConcurrentHashMap<>();
    public final Map<String, List<ObjectNode>> histories = new ConcurrentHashMap<>();
    public final Map<String, Map<String, JsonNode>> remoteLinks = new ConcurrentHashMap<>();
    public final List<String[]> issueLinks = new CopyOnWriteArrayList<>();
    public final Map<String, Page> pages = new ConcurrentHashMap<>();
    public final Map<String, List<String>> labels = new ConcurrentHashMap<>();
    /** Bodies of {@code POST /rest/api/2/issue/{key}/notify}, by issue key. */
    public final Map<String, List<JsonNode>> notifications = new ConcurrentHashMap<>();
    private final AtomicInteger nextIssue = new AtomicInteger(501);
    private final AtomicInteger nextPage = new AtomicInteger(65500);

    public FakeDataCenter(String pat) {
        this.pat = pat;
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(getName())));
    }

    @Override
    public String getName() {
        return "fake-data-center";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    public String jiraBaseUrl() {
        return server.baseUrl() + JIRA;
    }

    public String confluenceBaseUrl() {
        return server.baseUrl() + CONFLUENCE;
    }

    public void reset() {
        issues.clear();
        comments.clear();
        histories.clear();
        remoteLinks.clear();
        issueLinks.clear();
        pages.clear();
        labels.clear();
        editors.clear();
        server.resetRequests();
    }

    public static ObjectNode user(String name, String displayName) {
        return JSON.createObjectNode().put("self", "http://jira.example/rest/api/2/user?username=" + name).put("name", name)
                .put("key", "JIRAUSER" + Math.abs(name.hashCode() % 100000)).put("emailAddress", name + "@example.com")
                .put("displayName", displayName).put("active", true).put("timeZone", "Europe/Berlin");
    }

    /** A resolved incident {@code key} with a wiki-markup description, its comments and a status history. */
    public void incident(String key, String id, Instant created, Instant resolved) {
        ObjectNode f = JSON.createObjectNode();
        f.put("summary", "Checkout API 5xx spike");
        f.put("description", "Error rate > 20% on {{/checkout}} after the *4.2* deploy, see [the dashboard|https://grafana.example/d/checkout]");
        ObjectNode status = f.putObject("status").put("id", "10004").put("name", "Resolved");
        status.putObject("statusCategory").put("id", 3).put("key", "done").put("name", "Done");
        f.putObject("issuetype").put("id", "10010").put("name", "Incident").put("subtask", false);
        f.putObject("project").put("id", "10000").put("key", key.substring(0, key.indexOf('-'))).put("name", "Incidents");
        f.putObject("resolution").put("id", "1").put("name", "Done");
        f.put("resolutiondate", JiraJson.time(resolved));
        f.putObject("priority").put("id", "1").put("name", "Highest");
        f.set("assignee", user("dana", "Dana Ops"));
        f.set("reporter", user("mia", "Mia Krystof"));
        f.putArray("labels").add("sev1");
        f.put("created", JiraJson.time(created));
        f.put("updated", JiraJson.time(resolved));
        f.putArray("components");
        f.putArray("issuelinks");
        issues.put(key, new Issue(id, key, f, new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>()));
        List<ObjectNode> cs = new CopyOnWriteArrayList<>();
        String[] bodies = {
                "Paging [~dana], 5xx on checkout since the deploy. h3. Impact\n* card payments fail",
                "Rolled back *checkout 4.2*, errors dropping. Thread: [war room|https://chat.example/room/42]",
                "Error rate back to normal; [~mia] watching the {{db-pool}} graph"};
        for (int i = 0; i < bodies.length; i++) {
            ObjectNode c = JSON.createObjectNode().put("id", Integer.toString(40000 + i))
                    .put("self", "http://jira.example/rest/api/2/issue/" + id + "/comment/" + (40000 + i));
            c.set("author", user(i == 1 ? "dana" : "mia", i == 1 ? "Dana Ops" : "Mia Krystof"));
            c.put("body", bodies[i]);
            c.put("created", JiraJson.time(created.plusSeconds(600L * (i + 1))));
            c.put("updated", JiraJson.time(created.plusSeconds(600L * (i + 1))));
            cs.add(c);
        }
        comments.put(key, cs);
        ObjectNode h = JSON.createObjectNode().put("id", "70001").put("created", JiraJson.time(resolved));
        h.set("author", user("dana", "Dana Ops"));
        h.putArray("items").addObject().put("field", "status").put("fieldtype", "jira").put("from", "3")
                .put("fromString", "In Progress").put("to", "10004").put("toString", "Resolved");
        histories.put(key, new CopyOnWriteArrayList<>(List.of(h)));
    }

    /** The webhook Jira DC sends when {@code key} moved to Resolved: users by name, no accountId. */
    public String resolvedWebhook(String key, String changelogId) {
        Issue issue = issues.get(key);
        ObjectNode w = JSON.createObjectNode().put("timestamp", 1_700_000_000_000L).put("webhookEvent", "jira:issue_updated")
                .put("issue_event_type_name", "issue_generic");
        w.set("user", user("dana", "Dana Ops"));
        ObjectNode i = w.putObject("issue").put("id", issue.id()).put("key", key)
                .put("self", jiraBaseUrl() + "/rest/api/2/issue/" + issue.id());
        i.set("fields", issue.fields().deepCopy());
        ObjectNode changelog = w.putObject("changelog");
        if (changelogId != null) changelog.put("id", changelogId);
        changelog.putArray("items").addObject().put("field", "status").put("fieldtype", "jira").put("from", "3")
                .put("fromString", "In Progress").put("to", "10004").put("toString", "Resolved");
        return w.toString();
    }

    public List<Issue> actionItems() {
        synchronized (issues) {
            return issues.values().stream().filter(i -> i.key().startsWith(PROJECT + "-")).toList();
        }
    }

    // ---- the fake ------------------------------------------------------------------------------------------

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest r = event.getRequest();
        String url0 = r.getUrl();
        if (url0.startsWith(JIRA + "/rest/oauth2/latest/token") && r.getMethod().getName().equals("POST")) {
            return token(r.getBodyAsString());
        }
        if (url0.startsWith(JIRA + "/rest/oauth2/latest/authorize") && r.getMethod().getName().equals("GET")) {
            return consent(query(url0));
        }
        String auth = r.getHeader("Authorization");
        if (auth != null && auth.startsWith("Bearer " + USER_TOKEN_PREFIX)) {
            return asUser(auth.substring(7 + USER_TOKEN_PREFIX.length()), url0);
        }
        if (!("Bearer " + pat).equals(r.getHeader("Authorization"))) {
            return json(401, JSON.createObjectNode().put("message", "Client must be authenticated to access this resource."));
        }
        String url = r.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        try {
            if (path.startsWith(JIRA + "/rest/api/2/")) return jira(r.getMethod().getName(), path.substring(JIRA.length() + 12), query(url), r.getBodyAsString());
            if (path.startsWith(CONFLUENCE + "/rest/api/")) return confluence(r.getMethod().getName(), path.substring(CONFLUENCE.length() + 10), query(url), r.getBodyAsString());
        } catch (RuntimeException e) {
            return json(500, error("fake failed: " + e));
        }
        return json(404, error("Not a Data Center resource: " + path));
    }

    /** Who is signed in to Jira in the browser: the consent screen's "Allow" gives a code for this person. */
    public volatile String browserUser = "dana";

    /**
     * Jira's consent screen for a browser: an "Allow" link back to the client's redirect URI with a code (the signed-in
     * person's name) and the state. A wrong client is refused, as Jira does.
     */
    private ResponseDefinition consent(Map<String, String> q) {
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type")) || q.get("redirect_uri") == null) {
            return new ResponseDefinition(400, "invalid_request");
        }
        String back = q.get("redirect_uri") + "?code=" + URLEncoder.encode(browserUser, StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
        String html = "<!doctype html><html><head><title>Jira: allow access</title></head><body>"
                + "<p>Post-mortem service wants to act as you in Jira.</p>"
                + "<a id=\"allow\" href=\"" + back.replace("&", "&amp;").replace("\"", "&quot;") + "\">Allow</a></body></html>";
        return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html).build();
    }

    /** Jira DC as OAuth 2.0 provider: the token endpoint hands out {@code user-token-<code>} for a code. */
    public static final String USER_TOKEN_PREFIX = "user-token-";
    public static final String CLIENT_ID = "dc-login-client";
    public static final String CLIENT_SECRET = "dc-login-secret";
    /** People who may edit incidents (everyone else may only browse them). */
    public final java.util.Set<String> editors = ConcurrentHashMap.newKeySet();

    private ResponseDefinition token(String form) {
        Map<String, String> f = query("?" + form);
        if (!CLIENT_ID.equals(f.get("client_id")) || !CLIENT_SECRET.equals(f.get("client_secret"))
                || !"authorization_code".equals(f.get("grant_type")) || f.get("code") == null || f.get("redirect_uri") == null) {
            return json(401, JSON.createObjectNode().put("error", "invalid_client"));
        }
        return json(200, JSON.createObjectNode().put("access_token", USER_TOKEN_PREFIX + f.get("code"))
                .put("token_type", "bearer").put("expires_in", 3600).put("refresh_token", "refresh-" + f.get("code")));
    }

    /** What a signed-in person's own token may read: who they are, and their permissions on an issue. */
    private ResponseDefinition asUser(String name, String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (path.equals(JIRA + "/rest/api/2/myself")) return json(200, user(name, name.substring(0, 1).toUpperCase() + name.substring(1)));
        if (path.equals(JIRA + "/rest/api/2/mypermissions")) {
            String key = query(url).get("issueKey");
            if (key == null || !issues.containsKey(key)) return json(404, error("Issue Does Not Exist"));
            ObjectNode out = JSON.createObjectNode();
            ObjectNode perms = out.putObject("permissions");
            perms.putObject("BROWSE_PROJECTS").put("key", "BROWSE_PROJECTS").put("havePermission", true);
            perms.putObject("EDIT_ISSUES").put("key", "EDIT_ISSUES").put("havePermission", editors.contains(name));
            return json(200, out);
        }
        return json(403, error("A user's token opens nothing else in this fake"));
    }

    private ResponseDefinition jira(String method, String path, Map<String, String> q, String body) {
        Matcher m;
        if (method.equals("GET") && (m = match("issue/([A-Z]+-\\d+)", path)) != null) {
            Issue issue = issues.get(m.group(1));
            if (issue == null) return json(404, error("Issue Does Not Exist"));
            ObjectNode out = JSON.createObjectNode().put("id", issue.id()).put("key", issue.key())
                    .put("self", jiraBaseUrl() + "/rest/api/2/issue/" + issue.id());
            out.set("fields", issue.fields().deepCopy());
            if (q.containsKey("properties")) {
                ObjectNode props = out.putObject("properties");
                for (String p : q.get("properties").split(",")) if (issue.properties().containsKey(p)) props.set(p, issue.properties().get(p));
            }
            if ("changelog".equals(q.get("expand"))) {
                List<ObjectNode> hs = histories.getOrDefault(issue.key(), List.of());
                ObjectNode cl = out.putObject("changelog").put("startAt", 0).put("maxResults", hs.size()).put("total", hs.size());
                ArrayNode array = cl.putArray("histories");
                hs.forEach(array::add);
            }
            return json(200, out);
        }
        if (method.equals("GET") && (m = match("issue/([A-Z]+-\\d+)/comment", path)) != null) {
            List<ObjectNode> cs = comments.getOrDefault(m.group(1), List.of());
            int startAt = Integer.parseInt(q.getOrDefault("startAt", "0"));
            int max = Integer.parseInt(q.getOrDefault("maxResults", "50"));
            ObjectNode out = JSON.createObjectNode().put("startAt", startAt).put("maxResults", max).put("total", cs.size());
            ArrayNode array = out.putArray("comments");
            cs.stream().skip(startAt).limit(max).forEach(array::add);
            return json(200, out);
        }
        if ((m = match("issue/([A-Z]+-\\d+)/remotelink", path)) != null) {
            Map<String, JsonNode> links = remoteLinks.computeIfAbsent(m.group(1), k -> new ConcurrentHashMap<>());
            if (method.equals("GET")) {
                ArrayNode out = JSON.createArrayNode();
                links.values().forEach(out::add);
                return json(200, out);
            }
            JsonNode link = JSON.readTree(body);
            if (!link.path("object").path("url").isString() || !link.path("object").path("title").isString()) {
                return json(400, error("object.url and object.title are required"));
            }
            boolean existed = links.containsKey(link.path("globalId").asString());
            links.put(link.path("globalId").asString(), link);
            return json(existed ? 200 : 201, JSON.createObjectNode().put("id", 10000 + links.size())
                    .put("self", jiraBaseUrl() + "/rest/api/2/issue/" + m.group(1) + "/remotelink/1"));
        }
        if ((m = match("issue/([A-Z]+-\\d+)/properties/([^/]+)", path)) != null) {
            Issue issue = issues.get(m.group(1));
            if (issue == null) return json(404, error("Issue Does Not Exist"));
            String prop = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
            if (method.equals("GET")) {
                JsonNode v = issue.properties().get(prop);
                return v == null ? json(404, error("Property not found")) : json(200, JSON.createObjectNode().put("key", prop).set("value", v));
            }
            boolean existed = issue.properties().containsKey(prop);
            issue.properties().put(prop, JSON.readTree(body));
            return new ResponseDefinition(existed ? 200 : 201, "");
        }
        if (method.equals("PUT") && (m = match("issue/([A-Z]+-\\d+)", path)) != null) {
            Issue issue = issues.get(m.group(1));
            if (issue == null) return json(404, error("Issue Does Not Exist"));
            ObjectNode fields = (ObjectNode) JSON.readTree(body).path("fields");
            if (fields.has("description") && !fields.path("description").isString()) return json(400, error("description: text expected"));
            issue.fields().setAll(fields);
            return new ResponseDefinition(204, "");
        }
        if (method.equals("POST") && path.equals("issue/bulk")) return bulkCreate((ObjectNode) JSON.readTree(body));
        if (method.equals("POST") && (m = match("issue/([A-Z]+-\\d+)/notify", path)) != null) {
            if (!issues.containsKey(m.group(1))) return json(404, error("Issue Does Not Exist"));
            JsonNode n = JSON.readTree(body);
            for (JsonNode u : n.path("to").path("users")) {
                if (!u.path("name").isString() || u.has("accountId")) return json(400, error("users are named by name on Data Center"));
            }
            notifications.computeIfAbsent(m.group(1), k -> new CopyOnWriteArrayList<>()).add(n);
            return new ResponseDefinition(204, "");
        }
        if (method.equals("POST") && path.equals("issueLink")) {
            JsonNode link = JSON.readTree(body);
            if (link.path("comment").has("body") && !link.path("comment").path("body").isString()) return json(400, error("comment body: text expected"));
            String inward = link.path("inwardIssue").path("key").asString();
            String outward = link.path("outwardIssue").path("key").asString();
            issueLinks.add(new String[] {link.path("type").path("name").asString(), inward, outward});
            Issue from = issues.get(inward);
            if (from != null && !from.linkedTo().contains(outward)) from.linkedTo().add(outward);
            return new ResponseDefinition(201, "");
        }
        if (method.equals("POST") && path.equals("search")) return search((ObjectNode) JSON.readTree(body));
        if (method.equals("GET") && (m = match("status/([^/]+)", path)) != null) {
            String id = m.group(1);
            String[] s = switch (id) {
                case "1" -> new String[] {"Open", "new"};
                case "3" -> new String[] {"In Progress", "indeterminate"};
                default -> new String[] {"Resolved", "done"};
            };
            ObjectNode st = JSON.createObjectNode().put("id", id).put("name", s[0]);
            st.putObject("statusCategory").put("key", s[1]);
            return json(200, st);
        }
        if (method.equals("GET") && path.equals("myself")) return json(200, user("postmortem-bot", "Post-mortem service"));
        if (method.equals("GET") && path.equals("serverInfo")) {
            return json(200, JSON.createObjectNode().put("baseUrl", jiraBaseUrl()).put("version", "10.3.1").put("deploymentType", "Server"));
        }
        if (method.equals("GET") && (m = match("project/([^/]+)", path)) != null) {
            if (!m.group(1).equals(PROJECT)) return json(404, error("No project could be found with key '" + m.group(1) + "'."));
            ObjectNode p = JSON.createObjectNode().put("id", "10100").put("key", PROJECT).put("name", "Operations");
            p.putArray("issueTypes").addObject().put("id", "10002").put("name", "Task").put("subtask", false);
            return json(200, p);
        }
        if (method.equals("GET") && path.equals("issueLinkType")) {
            ObjectNode out = JSON.createObjectNode();
            out.putArray("issueLinkTypes").addObject().put("id", "10003").put("name", "Relates").put("inward", "relates to")
                    .put("outward", "relates to");
            return json(200, out);
        }
        if (method.equals("GET") && path.equals("user/assignable/search")) {
            ArrayNode out = JSON.createArrayNode();
            String who = q.getOrDefault("username", "").toLowerCase(java.util.Locale.ROOT);
            if ("dana".startsWith(who)) out.add(user("dana", "Dana Ops"));
            if ("mia".startsWith(who)) out.add(user("mia", "Mia Krystof"));
            return json(200, out);
        }
        return json(404, error("The fake DC has no answer for " + method + " /rest/api/2/" + path));
    }

    private ResponseDefinition bulkCreate(ObjectNode req) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode created = out.putArray("issues");
        ArrayNode errors = out.putArray("errors");
        int i = 0;
        for (JsonNode update : req.path("issueUpdates")) {
            ObjectNode fields = (ObjectNode) update.path("fields");
            String problem = fields.has("description") && !fields.path("description").isString() ? "description: text expected"
                    : fields.path("assignee").has("accountId") ? "assignee: name expected" : null;
            if (problem != null) {
                ObjectNode e = errors.addObject().put("status", 400).put("failedElementNumber", i);
                ObjectNode ee = e.putObject("elementErrors");
                ee.putArray("errorMessages");
                ee.putObject("errors").put(problem.substring(0, problem.indexOf(':')), problem);
            } else {
                int n = nextIssue.getAndIncrement();
                String key = PROJECT + "-" + n;
                Map<String, JsonNode> props = new ConcurrentHashMap<>();
                for (JsonNode p : update.path("properties")) props.put(p.path("key").asString(), p.path("value"));
                List<String> links = new CopyOnWriteArrayList<>();
                for (JsonNode l : update.path("update").path("issuelinks")) {
                    String target = l.path("add").path("outwardIssue").path("key").asString();
                    links.add(target);
                    issueLinks.add(new String[] {l.path("add").path("type").path("name").asString(), key, target});
                }
                // stored as Jira answers it later: the assignee as a whole user, the workflow's first status
                ObjectNode stored = fields.deepCopy();
                if (stored.path("assignee").path("name").isString()) {
                    String name = stored.path("assignee").path("name").asString();
                    stored.set("assignee", user(name, name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1)));
                }
                ObjectNode open = stored.putObject("status").put("id", "1").put("name", "Open");
                open.putObject("statusCategory").put("id", 2).put("key", "new").put("name", "To Do");
                issues.put(key, new Issue(Integer.toString(30000 + n), key, stored, props, links));
                created.addObject().put("id", Integer.toString(30000 + n)).put("key", key)
                        .put("self", jiraBaseUrl() + "/rest/api/2/issue/" + (30000 + n));
            }
            i++;
        }
        return json(created.isEmpty() && !errors.isEmpty() ? 400 : 201, out);
    }

    private static final Pattern PROPERTY_JQL = Pattern.compile("issue\\.property\\[([^\\]]+)\\]\\.(\\w+) = \"([^\"]*)\"");

    private ResponseDefinition search(ObjectNode req) {
        String jql = req.path("jql").asString();
        ObjectNode out = JSON.createObjectNode().put("startAt", req.path("startAt").asInt(0))
                .put("maxResults", req.path("maxResults").asInt(50));
        ArrayNode found = out.putArray("issues");
        Matcher m = PROPERTY_JQL.matcher(jql);
        Matcher linked = Pattern.compile("issue in linkedIssues\\(\"([^\"]+)\"\\)").matcher(jql);
        String linkedTo = linked.find() ? linked.group(1) : null;
        if (m.find()) {
            synchronized (issues) {
                for (Issue issue : issues.values()) {
                    JsonNode v = issue.properties().get(m.group(1));
                    boolean byProperty = v != null && m.group(3).equals(v.path(m.group(2)).asString(""));
                    boolean byLink = linkedTo != null && issue.linkedTo().contains(linkedTo);
                    if (byProperty || byLink) {
                        ObjectNode f = found.addObject().put("id", issue.id()).put("key", issue.key());
                        ObjectNode fields = f.putObject("fields").put("summary", issue.fields().path("summary").asString());
                        ArrayNode links = fields.putArray("issuelinks");
                        for (String target : issue.linkedTo()) {
                            ObjectNode l = links.addObject().put("id", "1" + Math.abs(target.hashCode() % 10000));
                            l.putObject("type").put("name", "Relates").put("inward", "relates to").put("outward", "relates to");
                            l.putObject("outwardIssue").put("key", target);
                        }
                        if (v != null) f.putObject("properties").set(m.group(1), v);
                    }
                }
            }
        }
        out.put("total", found.size());
        return json(200, out);
    }

    private ResponseDefinition confluence(String method, String path, Map<String, String> q, String body) {
        Matcher m;
        if (method.equals("GET") && (m = match("space/([^/]+)", path)) != null) {
            if (!SPACE_KEY.equals(m.group(1))) return json(404, JSON.createObjectNode().put("statusCode", 404).put("message", "No space with key : " + m.group(1)));
            ObjectNode s = JSON.createObjectNode().put("id", 98306).put("key", SPACE_KEY).put("name", "Post-mortems").put("type", "global");
            s.putObject("homepage").put("id", "65537").put("type", "page").put("title", "Post-mortems Home");
            return json(200, s);
        }
        if (method.equals("GET") && path.equals("content")) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode results = out.putArray("results");
            for (Page p : pages.values()) {
                if (SPACE_KEY.equals(q.get("spaceKey")) && p.title().equals(q.get("title"))) results.add(content(p, false));
            }
            out.put("start", 0).put("limit", 25).put("size", results.size());
            return json(200, out);
        }
        if (method.equals("POST") && path.equals("content")) {
            JsonNode req = JSON.readTree(body);
            if (!"page".equals(req.path("type").asString()) || !SPACE_KEY.equals(req.path("space").path("key").asString())
                    || !"storage".equals(req.path("body").path("storage").path("representation").asString())) {
                return json(400, JSON.createObjectNode().put("statusCode", 400).put("message", "type page, space.key and a storage body are required"));
            }
            String title = req.path("title").asString();
            if (pages.values().stream().anyMatch(p -> p.title().equals(title))) {
                return json(400, JSON.createObjectNode().put("statusCode", 400)
                        .put("message", "A page with this title already exists: A page already exists with the title " + title + " in the space with key " + SPACE_KEY));
            }
            String id = Integer.toString(nextPage.incrementAndGet());
            String parent = req.path("ancestors").path(0).path("id").asString(null);
            Page p = new Page(id, title, parent, req.path("body").path("storage").path("value").asString(), 1);
            pages.put(id, p);
            return json(200, content(p, false));
        }
        if ((m = match("content/(\\d+)/label", path)) != null && method.equals("POST")) {
            List<String> ls = labels.computeIfAbsent(m.group(1), k -> new CopyOnWriteArrayList<>());
            for (JsonNode l : JSON.readTree(body)) if (!ls.contains(l.path("name").asString())) ls.add(l.path("name").asString());
            ObjectNode out = JSON.createObjectNode();
            ArrayNode results = out.putArray("results");
            ls.forEach(l -> results.addObject().put("prefix", "global").put("name", l));
            return json(200, out);
        }
        if ((m = match("content/(\\d+)", path)) != null) {
            Page p = pages.get(m.group(1));
            if (p == null) return json(404, JSON.createObjectNode().put("statusCode", 404).put("message", "No content found with id"));
            if (method.equals("GET")) return json(200, content(p, String.valueOf(q.get("expand")).contains("body.storage")));
            if (method.equals("PUT")) {
                JsonNode req = JSON.readTree(body);
                int number = req.path("version").path("number").asInt();
                if (number != p.version() + 1) return json(409, JSON.createObjectNode().put("statusCode", 409).put("message", "Version must be incremented on update. Current version is: " + p.version()));
                Page updated = new Page(p.id(), req.path("title").asString(), p.parentId(), req.path("body").path("storage").path("value").asString(), number);
                pages.put(p.id(), updated);
                return json(200, content(updated, false));
            }
        }
        return json(404, JSON.createObjectNode().put("statusCode", 404).put("message", "The fake DC has no answer for " + method + " " + path));
    }

    private ObjectNode content(Page p, boolean withBody) {
        ObjectNode n = JSON.createObjectNode().put("id", p.id()).put("type", "page").put("status", "current").put("title", p.title());
        n.putObject("space").put("id", 98306).put("key", SPACE_KEY).put("name", "Post-mortems");
        n.putObject("version").put("number", p.version()).put("minorEdit", false);
        ArrayNode ancestors = n.putArray("ancestors");
        ancestors.addObject().put("id", "65537").put("type", "page").put("title", "Post-mortems Home");
        if (p.parentId() != null && !"65537".equals(p.parentId())) ancestors.addObject().put("id", p.parentId()).put("type", "page");
        if (withBody) n.putObject("body").putObject("storage").put("value", p.body()).put("representation", "storage");
        n.putObject("_links").put("webui", "/display/" + SPACE_KEY + "/" + p.title().replace(' ', '+'))
                .put("base", confluenceBaseUrl()).put("context", CONFLUENCE);
        return n;
    }

    private static ObjectNode error(String... messages) {
        ObjectNode e = JSON.createObjectNode();
        ArrayNode m = e.putArray("errorMessages");
        for (String s : messages) m.add(s);
        e.putObject("errors");
        return e;
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(JSON.writeValueAsString(body)).build();
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
}
