package io.postmortem.demo;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.connect.jwt.QueryStringHash;
import io.postmortem.testsupport.site.DemoIncident;
import io.postmortem.evidence.adf.AdfText;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's host pages (profile {@code demo} only, no JWT: they stand in for Jira and Confluence themselves):
 * an issue view of INC-42 that frames our panel exactly as Jira does (a fresh qsh-bound JWT signed with the
 * installation's secret in the iframe URL), the Confluence pages the app published, and the action items it
 * created on the fake site.
 */
@RestController
@IgnoreJwt
@Profile("demo")
public class DemoController {

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private final FakeAtlassianSite site;
    private final ConnectProperties properties;
    private final MustacheFactory mustache = new DefaultMustacheFactory("demo/");

    private final org.springframework.beans.factory.ObjectProvider<DemoClock> demoClock;

    public DemoController(FakeAtlassianSite site, ConnectProperties properties,
            org.springframework.beans.factory.ObjectProvider<DemoClock> demoClock) {
        this.site = site;
        this.properties = properties;
        this.demoClock = demoClock;
    }

    @GetMapping(value = "/demo", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> issueView() {
        ObjectNode issue = site.data().issueJson(DemoIncident.KEY);
        JsonNode f = issue.get("fields");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("key", DemoIncident.KEY);
        model.put("summary", f.path("summary").asString());
        model.put("status", f.path("status").path("name").asString());
        model.put("statusCategory", f.path("status").path("statusCategory").path("key").asString());
        model.put("type", f.path("issuetype").path("name").asString());
        model.put("priority", f.path("priority").path("name").asString());
        model.put("reporter", f.path("reporter").path("displayName").asString());
        model.put("assignee", f.path("assignee").path("displayName").asString("Unassigned"));
        model.put("created", shown(f.path("created").asString()));
        model.put("resolved", shown(f.path("resolutiondate").asString(null)));
        List<String> labels = new ArrayList<>();
        f.path("labels").forEach(l -> labels.add(l.asString()));
        model.put("labels", labels);
        model.put("description", AdfText.text(f.path("description")));
        List<Map<String, String>> comments = new ArrayList<>();
        for (ObjectNode c : site.incident().comments(site.baseUrl())) {
            comments.add(Map.of("author", c.path("author").path("displayName").asString(), "created", shown(c.path("created").asString()),
                    "text", AdfText.text(c.get("body"))));
        }
        model.put("comments", comments);
        List<Map<String, String>> links = new ArrayList<>();
        for (JsonNode l : f.path("issuelinks")) {
            JsonNode other = l.has("outwardIssue") ? l.get("outwardIssue") : l.get("inwardIssue");
            links.add(Map.of("relation", l.path("type").path(l.has("outwardIssue") ? "outward" : "inward").asString(),
                    "key", other.path("key").asString(), "summary", other.path("fields").path("summary").asString("")));
        }
        model.put("issueLinks", links);
        model.put("pages", pageRows());
        model.put("actionItemCount", site.data().createdIssues().size());
        try {
            model.put("panelSrc", panelUrl(DemoIncident.PRIYA.accountId()));
        } catch (IllegalStateException notInstalled) {
            model.put("notInstalled", "The app is not installed on the fake Jira site, so Jira could not sign the panel's URL."
                    + " The start-up log says why the install was refused.");
        }
        DemoClock followUp = demoClock.getIfAvailable();
        if (followUp != null) model.put("followUp", followUp.model());
        model.put("user", DemoIncident.PRIYA.displayName());
        model.put("siteBaseUrl", site.baseUrl());
        return html(render("issue.mustache", model));
    }

    /** The iframe URL Jira would build for our issue glance: context parameters plus a JWT bound to them by qsh. */
    String panelUrl(String accountId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("issueKey", DemoIncident.KEY);
        params.put("xdm_e", site.baseUrl());
        params.put("xdm_c", "channel-" + properties.appKey() + "__postmortem-glance");
        params.put("cp", "");
        params.put("xdm_deprecated_addon_key_do_not_use", properties.appKey());
        params.put("lic", "none");
        params.put("cv", "1001.0.0-SNAPSHOT");
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(k).append('=').append(encode(v)));
        String jwt = site.jiraToken("GET", "/panel", query.toString(), accountId, Map.of());
        return properties.normalizedBaseUrl() + "/panel?" + query + "&jwt=" + jwt;
    }

    @GetMapping(value = "/demo/confluence/pages", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> pages() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pages", pageRows());
        model.put("siteBaseUrl", site.baseUrl());
        return html(render("pages.mustache", model));
    }

    @GetMapping(value = "/demo/confluence/pages/{id}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@PathVariable String id) {
        ObjectNode page = site.data().page(id);
        if (page == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                    .body("<!doctype html><title>Not found</title><p>No page " + StorageHtml.escape(id) + " on the fake site.</p>");
        }
        StorageHtml storage = new StorageHtml(accountId -> {
            DemoIncident.Person p = DemoIncident.person(accountId);
            return p == null ? "unknown user" : p.displayName();
        }, new StorageHtml.JiraRenderer() {
            @Override
            public String issue(String key) {
                ObjectNode issue = site.data().issueJson(key);
                String summary = issue == null ? "" : issue.path("fields").path("summary").asString("");
                return "<a class=\"jira-issue\" href=\"/demo/jira/issues#" + StorageHtml.escape(key) + "\">" + StorageHtml.escape(key)
                        + "</a> " + StorageHtml.escape(summary);
            }

            @Override
            public String query(String jql, String columns) {
                StringBuilder b = new StringBuilder("<div class=\"jira-table\"><p class=\"jql\">Jira issues: <code>")
                        .append(StorageHtml.escape(jql)).append("</code></p>");
                b.append(issuesTable(site.data().createdIssues()));
                return b.append("</div>").toString();
            }
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", page.path("title").asString());
        model.put("id", id);
        model.put("version", page.path("version").path("number").asInt());
        model.put("versionMessage", page.path("version").path("message").asString(""));
        model.put("labels", site.data().labelsOf(id));
        model.put("body", storage.render(page.path("body").path("storage").path("value").asString("")));
        model.put("siteUrl", site.confluenceBaseUrl() + page.path("_links").path("webui").asString(""));
        return html(render("page.mustache", model));
    }

    @GetMapping(value = "/demo/jira/issues", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> issues() {
        Map<String, Object> model = new LinkedHashMap<>();
        List<ObjectNode> issues = site.data().createdIssues();
        model.put("count", issues.size());
        model.put("table", issuesTable(issues));
        return html(render("issues.mustache", model));
    }

    private List<Map<String, Object>> pageRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ObjectNode p : site.data().pages()) {
            rows.add(Map.of("id", p.path("id").asString(), "title", p.path("title").asString(),
                    "version", p.path("version").path("number").asInt()));
        }
        return rows;
    }

    /** Created issues as an escaped HTML table: key, summary, owner, due date, labels, status, links. */
    private static String issuesTable(List<ObjectNode> issues) {
        if (issues.isEmpty()) {
            return "<p class=\"empty\">No issues created yet.</p>";
        }
        StringBuilder b = new StringBuilder("<table class=\"issues\"><thead><tr><th>Key</th><th>Summary</th><th>Owner</th><th>Due</th>"
                + "<th>Labels</th><th>Status</th><th>Links</th></tr></thead><tbody>");
        for (ObjectNode issue : issues) {
            JsonNode f = issue.get("fields");
            List<String> labels = new ArrayList<>();
            f.path("labels").forEach(l -> labels.add(l.asString()));
            List<String> links = new ArrayList<>();
            for (JsonNode l : f.path("issuelinks")) {
                boolean outward = l.has("outwardIssue");
                links.add(l.path("type").path(outward ? "outward" : "inward").asString() + " "
                        + (outward ? l.get("outwardIssue") : l.get("inwardIssue")).path("key").asString());
            }
            String key = issue.path("key").asString();
            b.append("<tr id=\"").append(StorageHtml.escape(key)).append("\"><td>").append(StorageHtml.escape(key)).append("</td><td>")
                    .append(StorageHtml.escape(f.path("summary").asString(""))).append("</td><td>")
                    .append(StorageHtml.escape(f.path("assignee").path("displayName").asString("Unassigned"))).append("</td><td>")
                    .append(StorageHtml.escape(f.path("duedate").asString("none"))).append("</td><td>")
                    .append(StorageHtml.escape(String.join(", ", labels))).append("</td><td>")
                    .append(StorageHtml.escape(f.path("status").path("name").asString(""))).append("</td><td>")
                    .append(StorageHtml.escape(String.join("; ", links))).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private String render(String template, Map<String, Object> model) {
        Mustache m = mustache.compile(template);
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(body);
    }

    private static String shown(String jiraTime) {
        if (jiraTime == null || jiraTime.isEmpty()) {
            return "";
        }
        return OffsetDateTime.parse(jiraTime, JIRA_TIME).atZoneSameInstant(java.time.ZoneOffset.UTC).format(SHOWN);
    }

    private static String encode(String s) {
        return QueryStringHash.encode(s);
    }
}
