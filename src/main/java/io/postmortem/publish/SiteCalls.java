package io.postmortem.publish;

import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.publish.AtlassianHttp.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Jira (platform REST v3) and Confluence (REST v2, v1 labels) operations publishing and settings need,
 * shaped as atlassian-rest.md describes them. Written here because the shared typed clients were not yet on a
 * branch when publish was built; each method is one HTTP call (paged searches excepted).
 */
public class SiteCalls {

    private final AtlassianHttp http;
    private final JsonMapper json;

    public SiteCalls(AtlassianHttp http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public AtlassianHttp http() {
        return http;
    }

    // ---- Jira ----

    /** POST /rest/api/3/permissions/check: is the account a Jira administrator (global ADMINISTER)? */
    public boolean isJiraAdmin(AtlassianSite jira, String accountId) {
        if (accountId == null || accountId.isBlank()) return false;
        ObjectNode body = json.createObjectNode();
        body.put("accountId", accountId);
        body.putArray("globalPermissions").add("ADMINISTER");
        Response r = http.postIdempotent(jira, u -> u.path("/rest/api/3/permissions/check").build(), body);
        if (!r.ok()) throw new SiteCallException("Could not check Jira permissions: " + r.message(), r.status());
        for (JsonNode p : r.body().path("globalPermissions")) {
            if ("ADMINISTER".equals(p.asString())) return true;
        }
        return false;
    }

    /** GET /rest/api/3/project/{key}: the project with its issue types, or empty when absent or not visible. */
    public Optional<JsonNode> project(AtlassianSite jira, String key) {
        Response r = http.get(jira, u -> u.path("/rest/api/3/project/{key}").build(key));
        if (r.status() == 404) return Optional.empty();
        if (!r.ok()) throw new SiteCallException("Could not read Jira project " + key + ": " + r.message(), r.status());
        return Optional.of(r.body());
    }

    /** GET /rest/api/3/issueLinkType: the names of the site's link types. */
    public List<String> linkTypeNames(AtlassianSite jira) {
        Response r = http.get(jira, u -> u.path("/rest/api/3/issueLinkType").build());
        if (!r.ok()) throw new SiteCallException("Could not read Jira link types: " + r.message(), r.status());
        List<String> names = new ArrayList<>();
        for (JsonNode t : r.body().path("issueLinkTypes")) names.add(t.path("name").asString());
        return names;
    }

    /** POST /rest/api/3/issue/bulk with at most 50 issue updates. Not atomic: 201 with per-element errors. */
    public Response bulkCreate(AtlassianSite jira, List<ObjectNode> issueUpdates) {
        if (issueUpdates.size() > 50) throw new IllegalArgumentException("Jira creates at most 50 issues per call");
        ObjectNode body = json.createObjectNode();
        ArrayNode updates = body.putArray("issueUpdates");
        issueUpdates.forEach(updates::add);
        return http.postCreate(jira, u -> u.path("/rest/api/3/issue/bulk").build(), body);
    }

    /** PUT /rest/api/3/issue/{key} with {@code fields}. 204 on success. */
    public Response editIssue(AtlassianSite jira, String key, ObjectNode fields) {
        ObjectNode body = json.createObjectNode();
        body.set("fields", fields);
        return http.put(jira, u -> u.path("/rest/api/3/issue/{key}").build(key), body);
    }

    /** POST /rest/api/3/issueLink: inward ⟨type.outward⟩ outward. Jira answers 201 even when the link exists. */
    public Response link(AtlassianSite jira, String typeName, String inwardKey, String outwardKey) {
        ObjectNode body = json.createObjectNode();
        body.putObject("type").put("name", typeName);
        body.putObject("inwardIssue").put("key", inwardKey);
        body.putObject("outwardIssue").put("key", outwardKey);
        return http.postIdempotent(jira, u -> u.path("/rest/api/3/issueLink").build(), body);
    }

    /** POST /rest/api/3/issue/{key}/remotelink: creates or (same globalId) updates a remote link. */
    public Response upsertRemoteLink(AtlassianSite jira, String issueKey, String globalId, String url, String title, String summary) {
        ObjectNode body = json.createObjectNode();
        body.put("globalId", globalId);
        body.putObject("application").put("name", "Confluence").put("type", "com.atlassian.confluence");
        body.put("relationship", "post-mortem");
        ObjectNode object = body.putObject("object");
        object.put("url", url);
        object.put("title", title);
        if (summary != null) object.put("summary", summary);
        return http.postIdempotent(jira, u -> u.path("/rest/api/3/issue/{key}/remotelink").build(issueKey), body);
    }

    /** PUT /rest/api/3/issue/{key}/properties/{property}. */
    public Response setIssueProperty(AtlassianSite jira, String issueKey, String property, JsonNode value) {
        return http.put(jira, u -> u.path("/rest/api/3/issue/{key}/properties/{p}").build(issueKey, property), value);
    }

    /**
     * POST /rest/api/3/search/jql, following nextPageToken; each issue with {@code key} and the requested
     * properties (under {@code properties}). {@code reconcile} holds ids of issues just created (search lags writes).
     */
    public List<JsonNode> search(AtlassianSite jira, String jql, List<String> fields, List<String> properties, List<Long> reconcile) {
        List<JsonNode> issues = new ArrayList<>();
        String token = null;
        for (int page = 0; page < 100; page++) {
            ObjectNode body = json.createObjectNode();
            body.put("jql", jql);
            body.put("maxResults", 100);
            ArrayNode f = body.putArray("fields");
            fields.forEach(f::add);
            if (!properties.isEmpty()) {
                ArrayNode p = body.putArray("properties");
                properties.forEach(p::add);
            }
            if (reconcile != null && !reconcile.isEmpty()) {
                ArrayNode rc = body.putArray("reconcileIssues");
                reconcile.stream().limit(50).forEach(rc::add);
            }
            if (token != null) body.put("nextPageToken", token);
            Response r = http.postIdempotent(jira, u -> u.path("/rest/api/3/search/jql").build(), body);
            if (!r.ok()) throw new SiteCallException("Jira search failed: " + r.message(), r.status());
            r.body().path("issues").forEach(issues::add);
            token = r.body().path("nextPageToken").asString(null);
            if (token == null || r.body().path("isLast").asBoolean(false)) break;
        }
        return issues;
    }

    // ---- Confluence (the paired Confluence site; base URL ends in /wiki) ----

    /** GET /api/v2/spaces?keys=KEY: the space id, or empty when there is no such space (or no permission). */
    public Optional<String> spaceId(AtlassianSite confluence, String key) {
        Response r = http.get(confluence, u -> u.path("/api/v2/spaces").queryParam("keys", key).build());
        if (!r.ok()) throw new SiteCallException("Could not read Confluence space " + key + ": " + r.message(), r.status());
        for (JsonNode s : r.body().path("results")) {
            if (key.equals(s.path("key").asString())) return Optional.of(s.path("id").asString());
        }
        return Optional.empty();
    }

    /** GET /api/v2/pages/{id}: the page (with version) or empty when absent. */
    public Optional<JsonNode> page(AtlassianSite confluence, String id) {
        Response r = http.get(confluence, u -> u.path("/api/v2/pages/{id}").build(id));
        if (r.status() == 404) return Optional.empty();
        if (!r.ok()) throw new SiteCallException("Could not read Confluence page " + id + ": " + r.message(), r.status());
        return Optional.of(r.body());
    }

    /** GET /api/v2/pages?space-id=&title=&status=current: the page with exactly this title, if any. */
    public Optional<JsonNode> pageByTitle(AtlassianSite confluence, String spaceId, String title) {
        Response r = http.get(confluence, u -> u.path("/api/v2/pages").queryParam("space-id", spaceId)
                .queryParam("title", "{t}").queryParam("status", "current").build(title));
        if (!r.ok()) throw new SiteCallException("Could not look up Confluence page titles: " + r.message(), r.status());
        for (JsonNode p : r.body().path("results")) {
            if (title.equals(p.path("title").asString())) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** GET /api/v2/pages/{id}/labels: label names. */
    public List<String> labels(AtlassianSite confluence, String pageId) {
        Response r = http.get(confluence, u -> u.path("/api/v2/pages/{id}/labels").build(pageId));
        if (!r.ok()) return List.of();
        List<String> names = new ArrayList<>();
        for (JsonNode l : r.body().path("results")) names.add(l.path("name").asString());
        return names;
    }

    /** POST /api/v2/pages: a current page in storage format. */
    public Response createPage(AtlassianSite confluence, String spaceId, String parentId, String title, String storage) {
        ObjectNode body = json.createObjectNode();
        body.put("spaceId", spaceId);
        body.put("status", "current");
        body.put("title", title);
        if (parentId != null && !parentId.isBlank()) body.put("parentId", parentId);
        body.putObject("body").put("representation", "storage").put("value", storage);
        return http.postCreate(confluence, u -> u.path("/api/v2/pages").build(), body);
    }

    /** PUT /api/v2/pages/{id} with version {@code number}. */
    public Response updatePage(AtlassianSite confluence, String id, String title, String storage, int number, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("id", id);
        body.put("status", "current");
        body.put("title", title);
        body.putObject("body").put("representation", "storage").put("value", storage);
        body.putObject("version").put("number", number).put("message", message);
        return http.put(confluence, u -> u.path("/api/v2/pages/{id}").build(id), body);
    }

    /** POST /rest/api/content/{id}/label (v1; v2 only reads labels). Keeps existing labels. */
    public Response addLabels(AtlassianSite confluence, String pageId, List<String> names) {
        ArrayNode body = json.createArrayNode();
        for (String n : names) body.addObject().put("prefix", "global").put("name", n);
        return http.postIdempotent(confluence, u -> u.path("/rest/api/content/{id}/label").build(pageId), body);
    }

    /** A call that could not be made or answered unexpectedly; carries the site's status (0 = unreachable). */
    public static class SiteCallException extends RuntimeException {
        private final int status;

        public SiteCallException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    static Map<String, Object> map(Object... kv) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
