package io.postmortem.testsupport.site;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;
import io.postmortem.testsupport.site.DemoIncident.Person;
import io.postmortem.testsupport.site.SiteState.IssueLink;
import io.postmortem.testsupport.site.SiteState.Page;
import io.postmortem.testsupport.site.SiteState.StoredIssue;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake Jira + Confluence Cloud site as one WireMock transformer behind a catch-all stub: for a Connect app
 * (the demo) it checks the app's Connect JWT on every REST call (HS256 with the secret the site handed out at
 * install, iss = app key, qsh of the request relative to the product base URL, exp), then answers from
 * {@link SiteState} in the JSON shapes of Jira platform REST v3 and Confluence REST v2 (plus v1 labels). Writes
 * change the state, so the app can publish, re-read and re-publish as against a real site. The failures a test
 * plans on {@link FakeAtlassianSite} are produced here.
 */
public final class AtlassianSiteTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "postmortem-demo-atlassian-site";
    public static final String SPACE_ID = "98306";
    public static final String SPACE_KEY = "PM";
    public static final String SPACE_HOMEPAGE_ID = "98450";

    private static final Logger log = LoggerFactory.getLogger(AtlassianSiteTransformer.class);
    private static final Pattern LABEL = Pattern.compile("[^\\s]{1,255}");
    private static final Pattern PROPERTY_CLAUSE = Pattern.compile(
            "issue\\.property\\[\\s*\"?([^\\]\"]+)\"?\\s*]\\.([A-Za-z0-9_.]+)\\s*(=|~)\\s*\"?([^\"]*?)\"?\\s*$");

    private final FakeAtlassianSite site;
    private final JsonMapper json;
    private final DemoIncident incident;
    private SiteState state = new SiteState();

    AtlassianSiteTransformer(FakeAtlassianSite site, JsonMapper json) {
        this.site = site;
        this.json = json;
        this.incident = site.incident();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false; // only the site's catch-all stub: a test's own stubs answer as they are
    }

    /** Forgets everything and seeds the incident (needs the base URL, known once the server listens). */
    synchronized void reset() {
        state = new SiteState();
        StoredIssue inc = putIncident(DemoIncident.KEY);
        if (site.connect()) { // the demo's story: the incident's Slack thread and status page
            for (ObjectNode link : incident.remoteLinks(site.baseUrl())) {
                inc.remoteLinks.put(link.get("globalId").asString(), link);
            }
        }
    }

    synchronized StoredIssue putIncident(String key) {
        ObjectNode fields = incident.incidentFields(site.baseUrl());
        return state.add(key.equals(DemoIncident.KEY) ? DemoIncident.ID : String.valueOf(state.nextIssueId.getAndIncrement()), key, fields);
    }

    synchronized FakeAtlassianSite.Issue putIssue(String key, String status, String categoryKey, String assigneeId, String assigneeName,
                                                  String due) {
        ObjectNode f = json.createObjectNode().put("summary", "Action item " + key);
        f.set("issuetype", incident.issueType("Task", site.baseUrl()));
        f.set("project", projectByIdOrKey(DemoIncident.ACTION_PROJECT_KEY));
        f.putObject("status").put("id", "3").put("name", status).putObject("statusCategory").put("id", 3)
                .put("key", categoryKey).put("name", categoryKey);
        if (assigneeId != null) {
            f.putObject("assignee").put("accountId", assigneeId).put("displayName", assigneeName);
        } else {
            f.putNull("assignee");
        }
        f.put("duedate", due);
        return record(state.add(String.valueOf(state.nextIssueId.getAndIncrement()), key, f));
    }

    synchronized FakeAtlassianSite.PageRecord existingPage(String title, String body) {
        Page page = new Page(String.valueOf(state.nextPageId.getAndAdd(17)), SPACE_ID, site.clock().instant().toString());
        page.title = title;
        page.status = "current";
        page.storage = body;
        page.version = 3;
        page.updatedAt = page.createdAt;
        state.pages.put(page.id, page);
        return record(page);
    }

    // ---------------------------------------------------------------- read access for the tests (copies)

    synchronized Map<String, FakeAtlassianSite.PageRecord> pageRecords() {
        Map<String, FakeAtlassianSite.PageRecord> pages = new LinkedHashMap<>();
        state.pages.values().forEach(p -> pages.put(p.id, record(p)));
        return pages;
    }

    synchronized Map<String, FakeAtlassianSite.Issue> issueRecords() {
        Map<String, FakeAtlassianSite.Issue> issues = new LinkedHashMap<>();
        state.issuesByKey.values().stream().filter(i -> !isIncident(i)).forEach(i -> issues.put(i.key, record(i)));
        return issues;
    }

    synchronized Map<String, JsonNode> propertiesOf(String key) {
        return state.issue(key).<Map<String, JsonNode>>map(i -> new LinkedHashMap<>(i.properties)).orElse(Map.of());
    }

    synchronized Map<String, JsonNode> remoteLinksOf(String key) {
        return state.issue(key).<Map<String, JsonNode>>map(i -> new LinkedHashMap<>(i.remoteLinks)).orElse(Map.of());
    }

    synchronized List<String[]> issueLinks() {
        return state.links.stream().map(l -> new String[] {l.typeName(), l.inwardKey(), l.outwardKey()}).toList();
    }

    private static boolean isIncident(StoredIssue i) {
        return i.fields.path("issuetype").path("name").asString("").equals("Incident");
    }

    private FakeAtlassianSite.Issue record(StoredIssue i) {
        List<String> linkedTo = state.links.stream().filter(l -> l.inwardKey().equals(i.key)).map(IssueLink::outwardKey).toList();
        return new FakeAtlassianSite.Issue(i.id, i.key, i.fields.deepCopy(), Map.copyOf(i.properties), linkedTo);
    }

    private static FakeAtlassianSite.PageRecord record(Page p) {
        return new FakeAtlassianSite.PageRecord(p.id, p.spaceId, p.parentId, p.title, p.storage, p.version, List.copyOf(p.labels));
    }

    // ---------------------------------------------------------------- read access for the demo pages and tests

    public synchronized List<ObjectNode> pages() {
        List<ObjectNode> list = new ArrayList<>();
        for (Page p : state.pages.values()) {
            list.add(page(p, true));
        }
        return list;
    }

    public synchronized ObjectNode page(String id) {
        Page p = state.pages.get(id);
        return p == null ? null : page(p, true);
    }

    /** The issues the app created (every issue but the incidents), as GET issue answers them. */
    public synchronized List<ObjectNode> createdIssues() {
        List<ObjectNode> list = new ArrayList<>();
        for (StoredIssue i : state.issuesByKey.values()) {
            if (!isIncident(i)) {
                list.add(issue(i, null));
            }
        }
        return list;
    }

    public synchronized ObjectNode issueJson(String key) {
        return state.issue(key).map(i -> issue(i, null)).orElse(null);
    }

    public synchronized JsonNode issueProperty(String key, String property) {
        return state.issue(key).map(i -> i.properties.get(property)).orElse(null);
    }

    public synchronized List<String> labelsOf(String pageId) {
        Page p = state.pages.get(pageId);
        return p == null ? List.of() : List.copyOf(p.labels);
    }

    // ---------------------------------------------------------------- dispatch

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String rawQuery = q < 0 ? null : url.substring(q + 1);
        String method = request.getMethod().getName().toUpperCase(Locale.ROOT);
        if (site.rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return ResponseDefinitionBuilder.like(error(429, "Rate limit exceeded")).withHeader("Retry-After", "0.05").build();
        }
        try {
            if (path.startsWith("/install-keys/")) {
                return site.installKey(path.substring("/install-keys/".length()))
                        .map(pem -> ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                                .withHeader("Content-Type", "application/x-pem-file").withBody(pem).build())
                        .orElseGet(() -> error(404, "No such key"));
            }
            boolean confluence = path.equals("/wiki") || path.startsWith("/wiki/");
            String denied = !site.connect() ? null
                    : checkJwt(request, method, confluence ? path.substring("/wiki".length()) : path, rawQuery, confluence);
            if (denied != null) {
                log.warn("Fake site refused {} {}: {}", method, path, denied);
                return error(401, denied);
            }
            Call call = new Call(method, path, params(rawQuery), request.getBodyAsString());
            synchronized (this) {
                return confluence ? confluence(call) : jira(call);
            }
        } catch (BadRequest e) {
            return error(e.status, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Fake site failed on {} {}", method, path, e);
            return error(500, "Internal server error");
        }
    }

    private record Call(String method, String path, Map<String, List<String>> query, String body) {
        String param(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static final class BadRequest extends RuntimeException {
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** Connect's rules for the app's calls into a product; null when accepted, else the reason. */
    private String checkJwt(Request request, String method, String relativePath, String rawQuery, boolean confluence) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("JWT ")) {
            return "Missing Authorization: JWT";
        }
        SignedJWT jwt = Hs256.parse(authorization.substring(4).trim());
        if (jwt == null || !JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            return "Malformed or non-HS256 JWT";
        }
        String secret = confluence ? site.confluenceSecret() : site.jiraSecret();
        if (secret == null) {
            return "The app is not installed on this product";
        }
        if (!Hs256.verify(jwt, secret)) {
            return "JWT signature does not verify with the installation's shared secret";
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return "Malformed JWT claims";
        }
        String expectedIssuer = confluence ? site.appKey() + ".confluence" : site.appKey();
        if (!expectedIssuer.equals(claims.getIssuer())) {
            return "JWT iss must be the app key " + expectedIssuer;
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.getTime() < site.clock().millis() - 30_000) {
            return "JWT expired or without exp";
        }
        Object qsh = claims.getClaim("qsh");
        String expected = QueryStringHash.compute(method, relativePath.isEmpty() ? "/" : relativePath, rawQuery);
        if (!expected.equals(qsh)) {
            return "JWT qsh does not match " + QueryStringHash.canonical(method, relativePath, rawQuery);
        }
        return null;
    }

    // ---------------------------------------------------------------- Jira

    private ResponseDefinition jira(Call c) {
        String p = c.path();
        Matcher m;
        if (p.equals("/rest/api/3/myself")) {
            return ok(incident.user(DemoIncident.APP, site.baseUrl()));
        }
        if ((m = match("/rest/api/3/status/([^/]+)", p)) != null) {
            ObjectNode status = incident.status(m.group(1), site.baseUrl());
            return status != null ? ok(status) : error(404, "The status with id '" + m.group(1) + "' does not exist");
        }
        if (p.equals("/rest/api/3/serverInfo")) {
            ObjectNode info = json.createObjectNode();
            info.put("baseUrl", site.baseUrl()).put("deploymentType", "Cloud").put("version", "1001.0.0-SNAPSHOT");
            return ok(info);
        }
        if (p.equals("/rest/api/3/permissions/check") && c.method().equals("POST")) {
            return ok(permissionsCheck(body(c)));
        }
        if (p.equals("/rest/api/3/mypermissions")) {
            ObjectNode perms = json.createObjectNode();
            ObjectNode all = perms.putObject("permissions");
            for (String perm : (c.param("permissions") == null ? "ADMINISTER" : c.param("permissions")).split(",")) {
                all.putObject(perm).put("key", perm).put("havePermission", true);
            }
            return ok(perms);
        }
        if (p.equals("/rest/api/3/user")) {
            Person person = DemoIncident.person(c.param("accountId"));
            return person == null ? error(404, "User does not exist") : ok(incident.user(person, site.baseUrl()));
        }
        if (p.equals("/rest/api/3/user/bulk")) {
            ArrayNode values = json.createArrayNode();
            for (String id : c.query().getOrDefault("accountId", List.of())) {
                Person person = DemoIncident.person(id);
                if (person != null) {
                    values.add(incident.user(person, site.baseUrl()));
                }
            }
            ObjectNode page = json.createObjectNode();
            page.put("startAt", 0).put("maxResults", 50).put("total", values.size()).put("isLast", true);
            page.set("values", values);
            return ok(page);
        }
        if (p.equals("/rest/api/3/user/assignable/search") || p.equals("/rest/api/3/user/search")
                || p.equals("/rest/api/3/user/assignable/multiProjectSearch")) {
            boolean assignable = p.contains("assignable");
            String project = c.param("project") != null ? c.param("project") : c.param("projectKeys");
            if (assignable && project != null && incident.project(project.split(",")[0], site.baseUrl()) == null) {
                return error(404, "No project could be found with key '" + project + "'.");
            }
            return ok(users(c.param("query"), assignable, maxResults(c, 50)));
        }
        if (p.equals("/rest/api/3/user/picker")) {
            ArrayNode found = users(c.param("query"), false, maxResults(c, 50));
            ObjectNode picker = json.createObjectNode();
            ArrayNode list = picker.putArray("users");
            for (JsonNode u : found) {
                list.addObject().put("accountId", u.get("accountId").asString()).put("accountType", "atlassian")
                        .put("displayName", u.get("displayName").asString())
                        .put("html", escape(u.get("displayName").asString()));
            }
            picker.put("total", list.size());
            picker.put("header", "Showing " + list.size() + " of " + list.size() + " matching users");
            return ok(picker);
        }
        if ((m = match("/rest/api/3/project/([^/]+)", p)) != null) {
            ObjectNode project = projectByIdOrKey(m.group(1));
            return project == null ? error(404, "No project could be found with key '" + m.group(1) + "'.") : ok(project);
        }
        if (p.equals("/rest/api/3/project/search") || p.equals("/rest/api/3/project")) {
            ArrayNode values = json.createArrayNode();
            values.add(incident.project(DemoIncident.PROJECT_KEY, site.baseUrl()));
            values.add(incident.project(DemoIncident.ACTION_PROJECT_KEY, site.baseUrl()));
            if (p.endsWith("/project")) {
                return ok(values);
            }
            ObjectNode page = json.createObjectNode();
            page.put("startAt", 0).put("maxResults", 50).put("total", 2).put("isLast", true);
            page.set("values", values);
            return ok(page);
        }
        if (p.equals("/rest/api/3/issuetype") || p.equals("/rest/api/3/issuetype/project")) {
            ArrayNode types = json.createArrayNode();
            for (String n : List.of("Incident", "Task", "Bug")) {
                types.add(incident.issueType(n, site.baseUrl()));
            }
            return ok(types);
        }
        if ((m = match("/rest/api/3/issuetype/([^/]+)", p)) != null) {
            ObjectNode type = incident.issueTypeById(m.group(1), site.baseUrl());
            return type == null ? error(404, "The issue type does not exist.") : ok(type);
        }
        if ((m = match("/rest/api/3/issue/createmeta/([^/]+)/issuetypes", p)) != null) {
            ObjectNode project = projectByIdOrKey(m.group(1));
            if (project == null) {
                return error(404, "No project could be found");
            }
            ObjectNode meta = json.createObjectNode();
            meta.put("startAt", 0).put("maxResults", 50).put("total", project.get("issueTypes").size());
            meta.set("issueTypes", project.get("issueTypes"));
            return ok(meta);
        }
        if ((m = match("/rest/api/3/issue/createmeta/([^/]+)/issuetypes/([^/]+)", p)) != null) {
            ObjectNode meta = json.createObjectNode();
            meta.put("startAt", 0).put("maxResults", 50);
            ArrayNode fields = meta.putArray("fields");
            for (String f : List.of("summary", "issuetype", "project", "assignee", "duedate", "labels", "description", "priority", "issuelinks")) {
                fields.addObject().put("fieldId", f).put("key", f).put("name", f).put("required",
                        f.equals("summary") || f.equals("issuetype") || f.equals("project"));
            }
            meta.put("total", fields.size());
            return ok(meta);
        }
        if (p.equals("/rest/api/3/issueLinkType")) {
            ObjectNode types = json.createObjectNode();
            ArrayNode list = types.putArray("issueLinkTypes");
            list.add(linkType("10000", "Blocks", "is blocked by", "blocks"));
            list.add(linkType("10001", "Cloners", "is cloned by", "clones"));
            list.add(linkType("10002", "Duplicate", "is duplicated by", "duplicates"));
            list.add(linkType("10003", "Relates", "relates to", "relates to"));
            return ok(types);
        }
        if ((m = match("/rest/api/3/status/([^/]+)", p)) != null) {
            ObjectNode status = incident.status(m.group(1), site.baseUrl());
            return status == null ? error(404, "The status with id " + m.group(1) + " does not exist.") : ok(status);
        }
        if (p.equals("/rest/api/3/statuscategory")) {
            ArrayNode cats = json.createArrayNode();
            for (String id : List.of("10000", "3", "10004")) {
                cats.add(incident.status(id, site.baseUrl()).get("statusCategory"));
            }
            return ok(cats);
        }
        if (p.equals("/rest/api/3/issue/bulk") && c.method().equals("POST")) {
            return bulkCreate(body(c));
        }
        if (p.equals("/rest/api/3/issue") && c.method().equals("POST")) {
            ObjectNode update = body(c);
            ObjectNode created = json.createObjectNode();
            ResponseDefinition failed = createOne(update, created);
            return failed != null ? failed : respond(201, created);
        }
        if (p.equals("/rest/api/3/issueLink") && c.method().equals("POST")) {
            return createLink(body(c));
        }
        if (p.equals("/rest/api/3/search/jql") || p.equals("/rest/api/3/search")) {
            if (p.equals("/rest/api/3/search")) {
                return error(410, "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.");
            }
            return search(c);
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/properties/([^/]+)", p)) != null) {
            return property(c, m.group(1), decode(m.group(2)));
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/properties", p)) != null) {
            StoredIssue issue = issueOr404(m.group(1));
            ObjectNode keys = json.createObjectNode();
            ArrayNode list = keys.putArray("keys");
            issue.properties.keySet().forEach(k -> list.addObject().put("key", k)
                    .put("self", site.baseUrl() + "/rest/api/3/issue/" + issue.id + "/properties/" + k));
            return ok(keys);
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/notify", p)) != null && c.method().equals("POST")) {
            StoredIssue issue = issueOr404(m.group(1));
            if (site.notifyRefusal != 0) {
                return error(site.notifyRefusal, site.notifyRefusal == 403 ? "The app is not permitted to send notifications."
                        : "No recipients were defined for notification.");
            }
            site.notifications.add(Map.entry(issue.key, body(c)));
            return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/comment", p)) != null && c.method().equals("POST")) {
            StoredIssue issue = issueOr404(m.group(1));
            ObjectNode req = body(c);
            site.comments.add(Map.entry(issue.key, req));
            ObjectNode comment = json.createObjectNode().put("id", String.valueOf(40000 + site.comments.size()));
            comment.set("author", incident.user(DemoIncident.APP, site.baseUrl()));
            comment.set("body", req.path("body"));
            comment.put("created", jiraNow()).put("updated", jiraNow());
            return respond(201, comment);
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/comment", p)) != null) {
            StoredIssue issue = issueOr404(m.group(1));
            List<ObjectNode> comments = issue.key.equals(DemoIncident.KEY) ? incident.comments(site.baseUrl()) : List.of();
            if ("-created".equals(c.param("orderBy"))) {
                comments = new ArrayList<>(comments);
                java.util.Collections.reverse(comments);
            } else if (c.param("orderBy") != null && !c.param("orderBy").matches("\\+?created")) {
                return error(400, "orderBy must be created, -created or +created");
            }
            return ok(offsetPage(comments, c, 100, "comments", false));
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/changelog", p)) != null) {
            StoredIssue issue = issueOr404(m.group(1));
            List<ObjectNode> histories = issue.key.equals(DemoIncident.KEY) ? incident.changelog(site.baseUrl()) : List.of();
            return ok(offsetPage(histories, c, 100, "values", true));
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/remotelink", p)) != null) {
            StoredIssue issue = issueOr404(m.group(1));
            if (c.method().equals("POST")) {
                return addRemoteLink(issue, body(c));
            }
            String globalId = c.param("globalId");
            if (globalId != null) {
                ObjectNode link = issue.remoteLinks.get(globalId);
                return link == null ? error(404, "No remote link with globalId") : ok(link);
            }
            ArrayNode list = json.createArrayNode();
            issue.remoteLinks.values().forEach(list::add);
            return ok(list);
        }
        if ((m = match("/rest/api/3/issue/([^/]+)/transitions", p)) != null) {
            issueOr404(m.group(1));
            ObjectNode t = json.createObjectNode();
            t.putArray("transitions");
            return ok(t);
        }
        if ((m = match("/rest/api/3/issue/([^/]+)", p)) != null) {
            StoredIssue issue = issueOr404(m.group(1));
            if (c.method().equals("PUT")) {
                return edit(issue, body(c));
            }
            if (!c.method().equals("GET")) {
                return error(405, "Method not allowed");
            }
            ObjectNode answer = issue(issue, c.param("properties"));
            if (c.param("expand") != null && c.param("expand").contains("changelog") && issue.key.equals(DemoIncident.KEY)) {
                List<ObjectNode> histories = new ArrayList<>(incident.changelog(site.baseUrl()));
                java.util.Collections.reverse(histories); // the expand gives newest first
                ObjectNode changelog = answer.putObject("changelog");
                changelog.put("startAt", 0).put("maxResults", histories.size()).put("total", histories.size());
                ArrayNode array = changelog.putArray("histories");
                histories.forEach(array::add);
            }
            if (c.param("expand") != null && c.param("expand").contains("renderedFields")) {
                ObjectNode rendered = answer.putObject("renderedFields");
                rendered.put("description", "<p>" + escape(DemoIncident.SUMMARY) + "</p>");
            }
            return ok(answer);
        }
        return error(404, "The fake site has no resource at " + c.method() + " " + p);
    }

    private ObjectNode permissionsCheck(ObjectNode body) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode global = answer.putArray("globalPermissions");
        ArrayNode project = answer.putArray("projectPermissions");
        if (!site.connect() && !site.admins.contains(body.path("accountId").asString(""))) {
            return answer; // the demo: everybody is a Jira administrator; tests name theirs
        }
        for (JsonNode perm : body.path("globalPermissions")) {
            global.add(perm.asString());
        }
        for (JsonNode req : body.path("projectPermissions")) {
            for (JsonNode perm : req.path("permissions")) {
                ObjectNode granted = project.addObject();
                granted.put("permission", perm.asString());
                granted.set("issues", req.path("issues").isArray() ? req.get("issues") : json.createArrayNode());
                granted.set("projects", req.path("projects").isArray() ? req.get("projects") : json.createArrayNode());
            }
        }
        return answer;
    }

    private ArrayNode users(String query, boolean assignableOnly, int max) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT).trim();
        ArrayNode list = json.createArrayNode();
        for (Person person : DemoIncident.PEOPLE) {
            if (assignableOnly && !person.assignable()) {
                continue;
            }
            boolean matches = q.isEmpty() || person.displayName().toLowerCase(Locale.ROOT).contains(q)
                    || person.email().toLowerCase(Locale.ROOT).startsWith(q);
            if (matches && list.size() < max) {
                list.add(incident.user(person, site.baseUrl()));
            }
        }
        return list;
    }

    private ObjectNode projectByIdOrKey(String idOrKey) {
        for (String key : List.of(DemoIncident.PROJECT_KEY, DemoIncident.ACTION_PROJECT_KEY)) {
            ObjectNode project = incident.project(key, site.baseUrl());
            if (key.equals(idOrKey) || project.get("id").asString().equals(idOrKey)) {
                return project;
            }
        }
        return null;
    }

    private ObjectNode linkType(String id, String name, String inward, String outward) {
        ObjectNode t = json.createObjectNode();
        t.put("id", id).put("name", name).put("inward", inward).put("outward", outward)
                .put("self", site.baseUrl() + "/rest/api/3/issueLinkType/" + id);
        return t;
    }

    private ObjectNode linkTypeByRef(JsonNode ref) {
        for (String[] t : new String[][] {{"10000", "Blocks", "is blocked by", "blocks"}, {"10001", "Cloners", "is cloned by", "clones"},
                {"10002", "Duplicate", "is duplicated by", "duplicates"}, {"10003", "Relates", "relates to", "relates to"}}) {
            if (t[0].equals(ref.path("id").asString(null)) || t[1].equalsIgnoreCase(ref.path("name").asString(""))) {
                return linkType(t[0], t[1], t[2], t[3]);
            }
        }
        return null;
    }

    private ObjectNode offsetPage(List<ObjectNode> all, Call c, int cap, String arrayName, boolean isLastField) {
        int startAt = intParam(c, "startAt", 0);
        int max = Math.min(maxResults(c, cap), cap);
        ObjectNode page = json.createObjectNode();
        page.put("startAt", startAt).put("maxResults", max).put("total", all.size());
        if (isLastField) {
            page.put("isLast", startAt + max >= all.size());
        }
        ArrayNode array = page.putArray(arrayName);
        for (int i = startAt; i < all.size() && i < startAt + max; i++) {
            array.add(all.get(i));
        }
        return page;
    }

    private StoredIssue issueOr404(String idOrKey) {
        return state.issue(decode(idOrKey)).orElseThrow(() -> new BadRequest(404, "Issue does not exist or you do not have permission to see it."));
    }

    /** GET issue's answer: fields with the current issue links, and the requested entity properties. */
    private ObjectNode issue(StoredIssue i, String properties) {
        ObjectNode answer = json.createObjectNode();
        answer.put("expand", "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations");
        answer.put("id", i.id);
        answer.put("self", site.baseUrl() + "/rest/api/3/issue/" + i.id);
        answer.put("key", i.key);
        ObjectNode fields = i.fields.deepCopy();
        ArrayNode links = fields.putArray("issuelinks");
        for (IssueLink l : state.links) {
            ObjectNode type = linkTypeByRef(json.createObjectNode().put("name", l.typeName()));
            if (l.inwardKey().equals(i.key)) {
                ObjectNode e = links.addObject();
                e.put("id", l.id()).put("self", site.baseUrl() + "/rest/api/3/issueLink/" + l.id());
                e.set("type", type);
                e.set("outwardIssue", linkedIssue(l.outwardKey()));
            } else if (l.outwardKey().equals(i.key)) {
                ObjectNode e = links.addObject();
                e.put("id", l.id()).put("self", site.baseUrl() + "/rest/api/3/issueLink/" + l.id());
                e.set("type", type);
                e.set("inwardIssue", linkedIssue(l.inwardKey()));
            }
        }
        answer.set("fields", fields);
        if (properties != null && !properties.isBlank()) {
            ObjectNode props = answer.putObject("properties");
            for (String key : properties.split(",")) {
                String k = key.trim();
                if (k.equals("*all")) {
                    i.properties.forEach(props::set);
                } else if (i.properties.containsKey(k)) {
                    props.set(k, i.properties.get(k));
                }
            }
        }
        return answer;
    }

    private ObjectNode linkedIssue(String key) {
        StoredIssue other = state.issuesByKey.get(key);
        ObjectNode o = json.createObjectNode();
        o.put("id", other == null ? "0" : other.id).put("key", key).put("self", site.baseUrl() + "/rest/api/3/issue/" + key);
        if (other != null) {
            ObjectNode f = o.putObject("fields");
            f.set("summary", other.fields.get("summary"));
            f.set("status", other.fields.get("status"));
            f.set("priority", other.fields.get("priority"));
            f.set("issuetype", other.fields.get("issuetype"));
        }
        return o;
    }

    private ResponseDefinition property(Call c, String issueIdOrKey, String propertyKey) {
        StoredIssue issue = issueOr404(issueIdOrKey);
        switch (c.method()) {
            case "GET" -> {
                JsonNode value = issue.properties.get(propertyKey);
                if (value == null) {
                    return error(404, "The property with key '" + propertyKey + "' does not exist.");
                }
                ObjectNode answer = json.createObjectNode();
                answer.put("key", propertyKey);
                answer.set("value", value);
                return ok(answer);
            }
            case "PUT" -> {
                if (c.body() == null || c.body().isBlank()) {
                    return error(400, "The property value must not be empty.");
                }
                if (c.body().getBytes(StandardCharsets.UTF_8).length > 32_768) {
                    return error(400, "The property value exceeds 32768 bytes.");
                }
                JsonNode value;
                try {
                    value = json.readTree(c.body());
                } catch (JacksonException e) {
                    return error(400, "The property value must be valid JSON.");
                }
                boolean existed = issue.properties.put(propertyKey, value) != null;
                return respond(existed ? 200 : 201, json.createObjectNode());
            }
            case "DELETE" -> {
                return issue.properties.remove(propertyKey) == null ? error(404, "No such property")
                        : ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
            }
            default -> {
                return error(405, "Method not allowed");
            }
        }
    }

    private ResponseDefinition bulkCreate(ObjectNode body) {
        JsonNode updates = body.path("issueUpdates");
        if (!updates.isArray() || updates.isEmpty()) {
            return error(400, "issueUpdates must be a non-empty array");
        }
        if (updates.size() > 50) {
            return error(400, "At most 50 issues can be created in one request");
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode issues = answer.putArray("issues");
        ArrayNode errors = answer.putArray("errors");
        for (int n = 0; n < updates.size(); n++) {
            ObjectNode created = json.createObjectNode();
            Map<String, String> fieldErrors = validate(updates.get(n));
            if (fieldErrors.isEmpty()) {
                createValid((ObjectNode) updates.get(n), created);
                issues.add(created);
            } else {
                ObjectNode e = errors.addObject();
                e.put("status", 400);
                e.put("failedElementNumber", n);
                ObjectNode element = e.putObject("elementErrors");
                element.putArray("errorMessages");
                ObjectNode fe = element.putObject("errors");
                fieldErrors.forEach(fe::put);
            }
        }
        if (site.loseNextBulkAnswer) {
            site.loseNextBulkAnswer = false; // the issues exist, the answer never arrives
            return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        return respond(issues.isEmpty() ? 400 : 201, answer);
    }

    private ResponseDefinition createOne(ObjectNode update, ObjectNode created) {
        Map<String, String> fieldErrors = validate(update);
        if (!fieldErrors.isEmpty()) {
            ObjectNode e = json.createObjectNode();
            e.putArray("errorMessages");
            ObjectNode fe = e.putObject("errors");
            fieldErrors.forEach(fe::put);
            return respond(400, e);
        }
        createValid(update, created);
        return null;
    }

    /** Field checks Jira would make for the OPS project's create screen. */
    private Map<String, String> validate(JsonNode update) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode f = update.path("fields");
        String projectKey = f.path("project").path("key").asString(null);
        String projectId = f.path("project").path("id").asString(null);
        ObjectNode project = projectByIdOrKey(projectKey != null ? projectKey : projectId == null ? "" : projectId);
        if (project == null) {
            errors.put("project", "Specify a valid project ID or key");
        }
        JsonNode typeRef = f.path("issuetype");
        ObjectNode type = typeRef.has("id") ? incident.issueTypeById(typeRef.get("id").asString(), site.baseUrl())
                : typeRef.has("name") ? incident.issueType(typeRef.get("name").asString(), site.baseUrl()) : null;
        if (type == null) {
            errors.put("issuetype", "Specify an issue type");
        } else if (project != null && project.get("issueTypes").valueStream().noneMatch(t -> t.get("id").equals(type.get("id")))) {
            errors.put("issuetype", "Specify a valid issue type");
        }
        String summary = f.path("summary").asString("");
        if (summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        } else if (summary.length() > 255) {
            errors.put("summary", "Summary must be less than 255 characters.");
        }
        if (f.has("assignee") && !f.get("assignee").isNull()) {
            String accountId = f.get("assignee").path("accountId").asString(f.get("assignee").path("id").asString(null));
            Person person = DemoIncident.person(accountId);
            boolean known = person != null ? person.assignable() : !site.connect(); // tests: any account exists
            if (!known || site.unassignable.contains(accountId)) {
                errors.put("assignee", "Specified user cannot be assigned to this issue.");
            }
        }
        if (site.refuseLinksOnCreate && update.path("update").has("issuelinks")) {
            errors.put("issuelinks", "Field 'issuelinks' cannot be set. It is not on the appropriate screen, or unknown.");
        }
        if (f.has("duedate") && !f.get("duedate").isNull()) {
            try {
                LocalDate.parse(f.get("duedate").asString(""));
            } catch (DateTimeParseException e) {
                errors.put("duedate", "Error parsing date string: " + f.get("duedate").asString(""));
            }
        }
        for (JsonNode label : f.path("labels")) {
            if (!label.isString() || !LABEL.matcher(label.asString()).matches()) {
                errors.put("labels", "The label '" + label.asString("") + "' contains spaces which is invalid.");
            }
        }
        if (f.has("description") && !f.get("description").isNull() && !"doc".equals(f.get("description").path("type").asString(""))) {
            errors.put("description", "Operation value must be an Atlassian Document (see the Atlassian Document Format)");
        }
        return errors;
    }

    private void createValid(ObjectNode update, ObjectNode created) {
        JsonNode f = update.path("fields");
        String id = String.valueOf(state.nextIssueId.getAndIncrement());
        ObjectNode project = projectByIdOrKey(f.path("project").path("key").asString(f.path("project").path("id").asString("")));
        String key = project.get("key").asString() + "-" + state.nextActionNumber.getAndIncrement();
        ObjectNode fields = json.createObjectNode();
        fields.put("summary", f.get("summary").asString());
        JsonNode typeRef = f.path("issuetype");
        fields.set("issuetype", typeRef.has("id") ? incident.issueTypeById(typeRef.get("id").asString(), site.baseUrl())
                : incident.issueType(typeRef.get("name").asString(), site.baseUrl()));
        ObjectNode p = json.createObjectNode();
        p.put("id", project.get("id").asString()).put("key", project.get("key").asString()).put("name", project.get("name").asString())
                .put("self", project.get("self").asString());
        fields.set("project", p);
        fields.set("status", incident.status("10000", site.baseUrl()));
        fields.putNull("resolution");
        fields.set("priority", f.has("priority") && f.get("priority").has("id")
                ? priorityById(f.get("priority").get("id").asString()) : incident.priority("Medium", site.baseUrl()));
        fields.set("reporter", incident.user(DemoIncident.APP, site.baseUrl()));
        fields.set("creator", incident.user(DemoIncident.APP, site.baseUrl()));
        applyAssignee(fields, f.get("assignee"));
        fields.put("duedate", f.has("duedate") && !f.get("duedate").isNull() ? f.get("duedate").asString() : null);
        ArrayNode labels = fields.putArray("labels");
        f.path("labels").forEach(l -> labels.add(l.asString()));
        fields.set("description", f.has("description") ? f.get("description") : json.nullNode());
        String now = jiraNow();
        fields.put("created", now);
        fields.put("updated", now);
        StoredIssue issue = state.add(id, key, fields);
        for (JsonNode property : update.path("properties")) {
            issue.properties.put(property.path("key").asString(), property.get("value"));
        }
        for (JsonNode op : update.path("update").path("issuelinks")) {
            JsonNode add = op.path("add");
            if (!add.isMissingNode()) {
                ObjectNode link = json.createObjectNode();
                link.set("type", add.get("type"));
                if (add.has("outwardIssue")) {
                    link.putObject("inwardIssue").put("key", key);
                    link.set("outwardIssue", add.get("outwardIssue"));
                } else {
                    link.set("inwardIssue", add.get("inwardIssue"));
                    link.putObject("outwardIssue").put("key", key);
                }
                createLink(link);
            }
        }
        created.put("id", id).put("key", key).put("self", site.baseUrl() + "/rest/api/3/issue/" + id);
        log.info("Fake site created {} \"{}\"", key, fields.get("summary").asString());
    }

    private ObjectNode priorityById(String id) {
        return switch (id) {
            case "1" -> incident.priority("Highest", site.baseUrl());
            case "2" -> incident.priority("High", site.baseUrl());
            case "3" -> incident.priority("Medium", site.baseUrl());
            default -> incident.priority("Low", site.baseUrl());
        };
    }

    private void applyAssignee(ObjectNode fields, JsonNode ref) {
        String accountId = ref == null || ref.isNull() ? null : ref.path("accountId").asString(ref.path("id").asString(null));
        Person person = DemoIncident.person(accountId);
        if (person != null) {
            fields.set("assignee", incident.user(person, site.baseUrl()));
        } else if (accountId != null) { // an account of the tests' people
            fields.putObject("assignee").put("accountId", accountId).put("accountType", "atlassian").put("active", true);
        } else {
            fields.putNull("assignee");
        }
    }

    private ResponseDefinition edit(StoredIssue issue, ObjectNode body) {
        JsonNode f = body.path("fields");
        List<String> fields = new ArrayList<>();
        f.propertyNames().forEach(fields::add);
        ObjectNode probe = json.createObjectNode();
        ObjectNode probeFields = probe.putObject("fields");
        probeFields.set("project", json.createObjectNode().put("key", issue.fields.path("project").path("key").asString()));
        probeFields.set("issuetype", json.createObjectNode().put("id", issue.fields.path("issuetype").path("id").asString()));
        probeFields.put("summary", f.has("summary") ? f.get("summary").asString("") : issue.fields.get("summary").asString());
        for (String name : List.of("assignee", "duedate", "labels", "description")) {
            if (f.has(name)) {
                probeFields.set(name, f.get(name));
            }
        }
        Map<String, String> errors = validate(probe);
        if (!errors.isEmpty()) {
            ObjectNode e = json.createObjectNode();
            e.putArray("errorMessages");
            ObjectNode fe = e.putObject("errors");
            errors.forEach(fe::put);
            return respond(400, e);
        }
        for (String name : fields) {
            switch (name) {
                case "assignee" -> applyAssignee(issue.fields, f.get(name));
                case "summary", "duedate", "labels", "description" -> issue.fields.set(name, f.get(name));
                default -> {
                    // other fields are accepted and ignored, as screens would hide them
                }
            }
        }
        for (JsonNode op : body.path("update").path("labels")) {
            ArrayNode labels = (ArrayNode) issue.fields.withArray("labels");
            if (op.has("add") && labels.valueStream().noneMatch(l -> l.asString().equals(op.get("add").asString()))) {
                labels.add(op.get("add").asString());
            }
            if (op.has("remove")) {
                for (int n = labels.size() - 1; n >= 0; n--) {
                    if (labels.get(n).asString().equals(op.get("remove").asString())) {
                        labels.remove(n);
                    }
                }
            }
        }
        issue.fields.put("updated", jiraNow());
        site.edits.put(issue.key, f.deepCopy());
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }

    private ResponseDefinition createLink(ObjectNode body) {
        JsonNode typeRef = body.path("type");
        ObjectNode type = linkTypeByRef(typeRef);
        String inward = body.path("inwardIssue").path("key").asString(body.path("inwardIssue").path("id").asString(null));
        String outward = body.path("outwardIssue").path("key").asString(body.path("outwardIssue").path("id").asString(null));
        if (type == null) {
            return error(404, "No issue link type with name '" + typeRef.path("name").asString("") + "' found.");
        }
        if (inward == null || outward == null) {
            return error(400, "inwardIssue and outwardIssue are required");
        }
        StoredIssue in = issueOr404(inward);
        StoredIssue out = issueOr404(outward);
        String typeName = type.get("name").asString();
        boolean exists = state.links.stream().anyMatch(l -> l.typeName().equals(typeName) && l.inwardKey().equals(in.key)
                && l.outwardKey().equals(out.key));
        if (!exists) {
            state.links.add(new IssueLink(String.valueOf(state.nextLinkId.getAndIncrement()), typeName, in.key, out.key));
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(201).build();
    }

    private ResponseDefinition addRemoteLink(StoredIssue issue, ObjectNode body) {
        JsonNode object = body.path("object");
        if (!object.has("url") || !object.has("title")) {
            ObjectNode e = json.createObjectNode();
            e.putArray("errorMessages");
            e.putObject("errors").put("object", "url and title are required");
            return respond(400, e);
        }
        String globalId = body.path("globalId").asString(null);
        ObjectNode existing = globalId == null ? null : issue.remoteLinks.get(globalId);
        int id = existing != null ? existing.get("id").asInt() : state.nextRemoteLinkId.getAndIncrement();
        ObjectNode link = body.deepCopy();
        link.put("id", id);
        link.put("self", site.baseUrl() + "/rest/api/3/issue/" + issue.key + "/remotelink/" + id);
        issue.remoteLinks.put(globalId == null ? "id=" + id : globalId, link);
        ObjectNode answer = json.createObjectNode();
        answer.put("id", id).put("self", link.get("self").asString());
        return respond(existing != null ? 200 : 201, answer);
    }

    /** {@code /rest/api/3/search/jql}: a small JQL evaluator good for what the app asks (AND of simple clauses). */
    private ResponseDefinition search(Call c) {
        String jql;
        List<String> fields = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        int max;
        if (c.method().equals("POST")) {
            ObjectNode body = body(c);
            jql = body.path("jql").asString("");
            body.path("fields").forEach(f -> fields.add(f.asString()));
            body.path("properties").forEach(p -> properties.add(p.asString()));
            max = body.path("maxResults").asInt(50);
        } else {
            jql = c.param("jql") == null ? "" : c.param("jql");
            if (c.param("fields") != null) {
                fields.addAll(List.of(c.param("fields").split(",")));
            }
            if (c.param("properties") != null) {
                properties.addAll(List.of(c.param("properties").split(",")));
            }
            max = maxResults(c, 50);
        }
        String where = jql.replaceAll("(?i)\\s+order\\s+by\\s+.*$", "").trim();
        if (where.isEmpty() || where.toLowerCase(Locale.ROOT).startsWith("order by")) {
            return error(400, "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
        }
        Predicate<StoredIssue> predicate = i -> false; // an OR of ANDs (the app's JQL has no nested parentheses)
        for (String alternative : where.split("(?i)\\s+or\\s+")) {
            Predicate<StoredIssue> all = i -> true;
            for (String clause : alternative.split("(?i)\\s+and\\s+")) {
                all = all.and(clause(clause.trim()));
            }
            predicate = predicate.or(all);
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode issues = answer.putArray("issues");
        for (StoredIssue i : state.issuesByKey.values()) {
            if (predicate.test(i) && issues.size() < max) {
                ObjectNode full = issue(i, String.join(",", properties));
                ObjectNode hit = json.createObjectNode();
                hit.put("id", i.id);
                hit.put("key", i.key);
                hit.put("self", full.get("self").asString());
                if (!fields.isEmpty() && !(fields.size() == 1 && fields.get(0).equals("id"))) {
                    ObjectNode selected = hit.putObject("fields");
                    ObjectNode all = (ObjectNode) full.get("fields");
                    boolean everything = fields.contains("*all") || fields.contains("*navigable");
                    all.properties().forEach(e -> {
                        if (everything || fields.contains(e.getKey())) {
                            selected.set(e.getKey(), e.getValue());
                        }
                    });
                }
                if (full.has("properties")) {
                    hit.set("properties", full.get("properties"));
                }
                issues.add(hit);
            }
        }
        answer.put("isLast", true);
        return ok(answer);
    }

    private Predicate<StoredIssue> clause(String clause) {
        String c = clause.replaceAll("^\\(+", "").replaceAll("\\)+$", "").trim();
        Matcher m = PROPERTY_CLAUSE.matcher(c);
        if (m.matches() && !site.propertiesIndexed) {
            return i -> false;
        }
        if (m.matches()) {
            String key = m.group(1);
            String[] path = m.group(2).split("\\.");
            String value = m.group(4);
            boolean contains = m.group(3).equals("~");
            return i -> {
                JsonNode node = i.properties.get(key);
                for (String part : path) {
                    node = node == null ? null : node.get(part);
                }
                if (node == null || node.isNull()) {
                    return false;
                }
                if (node.isArray()) {
                    return node.valueStream().anyMatch(v -> v.asString("").equals(value));
                }
                return contains ? node.asString("").contains(value) : node.asString("").equals(value);
            };
        }
        m = Pattern.compile("(?i)issue\\s+in\\s+linkedIssues\\(\\s*\"?([A-Z0-9]+-\\d+)\"?.*").matcher(c);
        if (m.matches()) {
            String other = m.group(1);
            return i -> state.links.stream().anyMatch(l -> (l.inwardKey().equals(other) && l.outwardKey().equals(i.key))
                    || (l.outwardKey().equals(other) && l.inwardKey().equals(i.key)));
        }
        m = Pattern.compile("(?i)(project|key|issuekey|labels|issuetype|type|status|statuscategory|assignee)\\s*(=|!=|in|not in)\\s*\\(?(.*?)\\)?").matcher(c);
        if (m.matches()) {
            String field = m.group(1).toLowerCase(Locale.ROOT);
            boolean negate = m.group(2).startsWith("!") || m.group(2).toLowerCase(Locale.ROOT).startsWith("not");
            List<String> values = new ArrayList<>();
            for (String v : m.group(3).split(",")) {
                values.add(v.trim().replaceAll("^\"|\"$", "").toLowerCase(Locale.ROOT));
            }
            Predicate<StoredIssue> p = i -> {
                List<String> actual = new ArrayList<>();
                switch (field) {
                    case "project" -> {
                        actual.add(i.fields.path("project").path("key").asString(""));
                        actual.add(i.fields.path("project").path("id").asString(""));
                    }
                    case "key", "issuekey" -> {
                        actual.add(i.key);
                        actual.add(i.id);
                    }
                    case "labels" -> i.fields.path("labels").forEach(l -> actual.add(l.asString()));
                    case "issuetype", "type" -> actual.add(i.fields.path("issuetype").path("name").asString(""));
                    case "status" -> actual.add(i.fields.path("status").path("name").asString(""));
                    case "statuscategory" -> {
                        actual.add(i.fields.path("status").path("statusCategory").path("name").asString(""));
                        actual.add(i.fields.path("status").path("statusCategory").path("key").asString(""));
                    }
                    case "assignee" -> actual.add(i.fields.path("assignee").path("accountId").asString(""));
                    default -> {
                    }
                }
                return actual.stream().map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(values::contains);
            };
            return negate ? p.negate() : p;
        }
        log.info("Fake site JQL: clause not understood, treated as true: {}", clause);
        return i -> true;
    }

    // ---------------------------------------------------------------- Confluence

    private ResponseDefinition confluence(Call c) {
        String p = c.path().substring("/wiki".length());
        Matcher m;
        if (p.equals("/api/v2/spaces")) {
            ObjectNode answer = json.createObjectNode();
            ArrayNode results = answer.putArray("results");
            String keys = c.param("keys");
            String ids = c.param("ids");
            boolean wanted = (keys == null && ids == null) || (keys != null && List.of(keys.split(",")).contains(SPACE_KEY))
                    || (ids != null && List.of(ids.split(",")).contains(SPACE_ID));
            if (wanted) {
                results.add(space());
            }
            answer.putObject("_links").put("base", site.baseUrl() + "/wiki");
            return ok(answer);
        }
        if ((m = match("/api/v2/spaces/([^/]+)", p)) != null) {
            return m.group(1).equals(SPACE_ID) ? ok(space()) : error(404, "Space not found");
        }
        if ((m = match("/api/v2/spaces/([^/]+)/pages", p)) != null) {
            if (!m.group(1).equals(SPACE_ID)) {
                return error(404, "Space not found");
            }
            return ok(pageList(SPACE_ID, c.param("title"), c.param("status"), "storage".equals(c.param("body-format"))));
        }
        if (p.equals("/api/v2/pages") && c.method().equals("GET")) {
            String spaceId = c.param("space-id");
            return ok(pageList(spaceId, c.param("title"), c.param("status"), "storage".equals(c.param("body-format"))));
        }
        if (p.equals("/api/v2/pages") && c.method().equals("POST")) {
            return createPage(body(c));
        }
        if ((m = match("/api/v2/pages/([^/]+)/labels", p)) != null) {
            Page page = pageOr404(m.group(1));
            ObjectNode answer = json.createObjectNode();
            ArrayNode results = answer.putArray("results");
            for (String label : page.labels) {
                results.addObject().put("id", String.valueOf(Math.abs(label.hashCode()))).put("name", label).put("prefix", "global");
            }
            answer.putObject("_links");
            return ok(answer);
        }
        if ((m = match("/api/v2/pages/([^/]+)", p)) != null) {
            Page page = pageOr404(m.group(1));
            if (c.method().equals("PUT")) {
                return updatePage(page, body(c));
            }
            if (c.method().equals("GET")) {
                return ok(page(page, "storage".equals(c.param("body-format"))));
            }
            return error(405, "Method not allowed");
        }
        if ((m = match("/rest/api/content/([^/]+)/label", p)) != null) {
            Page page = pageOr404(m.group(1));
            if (c.method().equals("POST")) {
                JsonNode body = readJson(c.body());
                List<JsonNode> labels = new ArrayList<>();
                if (body.isArray()) {
                    body.forEach(labels::add);
                } else {
                    labels.add(body);
                }
                for (JsonNode label : labels) {
                    String name = label.path("name").asString("");
                    if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT)) || name.contains(" ")) {
                        return error(400, "Label '" + name + "' is not valid: lowercase, no spaces");
                    }
                    if (!page.labels.contains(name)) {
                        page.labels.add(name);
                    }
                }
            }
            ObjectNode answer = json.createObjectNode();
            ArrayNode results = answer.putArray("results");
            for (String label : page.labels) {
                results.addObject().put("prefix", "global").put("name", label).put("id", String.valueOf(Math.abs(label.hashCode())))
                        .put("label", label);
            }
            answer.put("start", 0).put("limit", 200).put("size", results.size());
            return ok(answer);
        }
        if (p.equals("/rest/api/content") && c.method().equals("GET")) {
            ObjectNode list = pageList(SPACE_KEY.equals(c.param("spaceKey")) ? SPACE_ID : "none", c.param("title"), null, false);
            return ok(list);
        }
        return error(404, "The fake site has no resource at " + c.method() + " /wiki" + p);
    }

    private ObjectNode space() {
        ObjectNode s = json.createObjectNode();
        s.put("id", SPACE_ID).put("key", SPACE_KEY).put("name", "Post-mortems").put("type", "global").put("status", "current")
                .put("homepageId", SPACE_HOMEPAGE_ID).put("createdAt", "2025-03-02T10:00:00.000Z");
        s.putObject("_links").put("webui", "/spaces/" + SPACE_KEY);
        return s;
    }

    private ObjectNode pageList(String spaceId, String title, String status, boolean withBody) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (Page page : state.pages.values()) {
            if ((spaceId == null || page.spaceId.equals(spaceId)) && (title == null || page.title.equals(title))
                    && (status == null || List.of(status.split(",")).contains(page.status))) {
                results.add(page(page, withBody));
            }
        }
        answer.putObject("_links").put("base", site.baseUrl() + "/wiki");
        return answer;
    }

    private Page pageOr404(String id) {
        Page page = state.pages.get(id);
        if (page == null) {
            throw new BadRequest(404, "Page not found");
        }
        return page;
    }

    private ResponseDefinition createPage(ObjectNode body) {
        String spaceId = body.path("spaceId").asString(null);
        String status = body.path("status").asString("current");
        String title = body.path("title").asString(null);
        if (!SPACE_ID.equals(spaceId)) {
            return confluenceError(404, "NOT_FOUND", "Space not found or no permission");
        }
        if ((title == null || title.isBlank()) && !"draft".equals(status)) {
            return confluenceError(400, "BAD_REQUEST", "Title is required for a current page");
        }
        String storage = storageOf(body);
        if (storage == null) {
            return confluenceError(400, "BAD_REQUEST", "body with representation storage is required");
        }
        String xmlError = xmlError(storage);
        if (xmlError != null) {
            return confluenceError(400, "BAD_REQUEST", "Error parsing xhtml: " + xmlError);
        }
        if (titleTaken(title, null)) {
            return confluenceError(400, "BAD_REQUEST",
                    "A page with this title already exists: A page already exists with the same TITLE in this space");
        }
        String parentId = body.path("parentId").asString(null);
        if (parentId != null && !parentId.equals(SPACE_HOMEPAGE_ID) && !state.pages.containsKey(parentId)) {
            return confluenceError(404, "NOT_FOUND", "Parent page not found");
        }
        Page page = new Page(String.valueOf(state.nextPageId.getAndAdd(17)), spaceId, site.clock().instant().toString());
        page.title = title;
        page.status = status;
        page.parentId = parentId; // null: under the space's homepage
        page.storage = storage;
        page.version = 1;
        page.updatedAt = page.createdAt;
        state.pages.put(page.id, page);
        log.info("Fake site created Confluence page {} \"{}\"", page.id, title);
        return ok(page(page, true));
    }

    private ResponseDefinition updatePage(Page page, ObjectNode body) {
        if (site.bumpVersionBeforeNextPut) {
            site.bumpVersionBeforeNextPut = false; // someone else saved the page just now
            page.version++;
        }
        for (String required : List.of("id", "status", "title", "body", "version")) {
            if (!body.has(required)) {
                return confluenceError(400, "BAD_REQUEST", "Field '" + required + "' is required");
            }
        }
        if (!page.id.equals(body.get("id").asString())) {
            return confluenceError(400, "BAD_REQUEST", "The id in the body does not match the path");
        }
        int number = body.path("version").path("number").asInt(-1);
        if (number != page.version + 1) {
            return confluenceError(409, "CONFLICT", "Version must be incremented when updating a page. Current Version: [" + page.version
                    + "]. Provided version: [" + number + "]");
        }
        String storage = storageOf(body);
        if (storage == null) {
            return confluenceError(400, "BAD_REQUEST", "body with representation storage is required");
        }
        String xmlError = xmlError(storage);
        if (xmlError != null) {
            return confluenceError(400, "BAD_REQUEST", "Error parsing xhtml: " + xmlError);
        }
        String title = body.get("title").asString();
        if (titleTaken(title, page.id)) {
            return confluenceError(400, "BAD_REQUEST", "A page with this title already exists");
        }
        page.title = title;
        page.status = body.get("status").asString();
        page.storage = storage;
        page.version = number;
        page.versionMessage = body.path("version").path("message").asString(null);
        page.updatedAt = site.clock().instant().toString();
        if (body.has("parentId") && !body.get("parentId").isNull()) {
            page.parentId = body.get("parentId").asString();
        }
        site.pageUpdates.add(page.id);
        log.info("Fake site updated Confluence page {} to version {}", page.id, page.version);
        return ok(page(page, true));
    }

    private boolean titleTaken(String title, String exceptId) {
        return title != null && state.pages.values().stream().anyMatch(p -> p.title != null && p.title.equals(title) && !p.id.equals(exceptId));
    }

    private static String storageOf(ObjectNode body) {
        JsonNode b = body.path("body");
        if (b.has("representation")) {
            return "storage".equals(b.get("representation").asString()) ? b.path("value").asString(null) : null;
        }
        if (b.has("storage")) {
            return b.get("storage").path("value").asString(null);
        }
        return null;
    }

    /** Null when the storage body is well-formed XML (with Confluence's ac:/ri: namespaces), else the parser's complaint. */
    public static String xmlError(String storage) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setExpandEntityReferences(false);
            String wrapped = "<!DOCTYPE root [<!ENTITY nbsp \"&#160;\"><!ENTITY ndash \"&#8211;\"><!ENTITY mdash \"&#8212;\">"
                    + "<!ENTITY rarr \"&#8594;\"><!ENTITY hellip \"&#8230;\">]>"
                    + "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                    + storage + "</root>";
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            builder.parse(new InputSource(new StringReader(wrapped)));
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private ObjectNode page(Page page, boolean withBody) {
        ObjectNode p = json.createObjectNode();
        p.put("id", page.id).put("status", page.status).put("title", page.title).put("spaceId", page.spaceId)
                .put("parentId", page.parentId == null ? SPACE_HOMEPAGE_ID : page.parentId).put("parentType", "page").put("authorId", DemoIncident.APP.accountId())
                .put("createdAt", page.createdAt);
        ObjectNode version = p.putObject("version");
        version.put("number", page.version).put("message", page.versionMessage == null ? "" : page.versionMessage)
                .put("minorEdit", false).put("authorId", DemoIncident.APP.accountId()).put("createdAt", page.updatedAt);
        if (withBody) {
            p.putObject("body").putObject("storage").put("representation", "storage").put("value", page.storage);
        }
        ObjectNode links = p.putObject("_links");
        links.put("webui", "/spaces/" + SPACE_KEY + "/pages/" + page.id);
        links.put("editui", "/pages/resumedraft.action?draftId=" + page.id);
        links.put("tinyui", "/x/" + page.id);
        links.put("base", site.baseUrl() + "/wiki");
        return p;
    }

    private ResponseDefinition confluenceError(int status, String code, String title) {
        ObjectNode e = json.createObjectNode();
        e.putArray("errors").addObject().put("status", status).put("code", code).put("title", title).putNull("detail");
        return respond(status, e);
    }

    // ---------------------------------------------------------------- helpers

    private static Matcher match(String regex, String path) {
        Matcher m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private ObjectNode body(Call c) {
        JsonNode node = readJson(c.body());
        if (!node.isObject()) {
            throw new BadRequest(400, "The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequest(400, "The request body is empty");
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequest(400, "Unexpected character in the request body: not JSON");
        }
    }

    private static Map<String, List<String>> params(String rawQuery) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return map;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return map;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static int intParam(Call c, String name, int fallback) {
        try {
            return c.param(name) == null ? fallback : Math.max(0, Integer.parseInt(c.param(name)));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, name + " must be a number");
        }
    }

    private static int maxResults(Call c, int fallback) {
        int max = intParam(c, "maxResults", fallback);
        return max == 0 ? fallback : max;
    }

    private String jiraNow() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(java.time.ZoneOffset.UTC)
                .format(site.clock().instant());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private ResponseDefinition ok(JsonNode body) {
        return respond(200, body);
    }

    private ResponseDefinition respond(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(json.writeValueAsString(body)).build();
    }

    private ResponseDefinition error(int status, String message) {
        ObjectNode e = json.createObjectNode();
        e.putArray("errorMessages").add(message);
        e.putObject("errors");
        return respond(status, e);
    }
}
