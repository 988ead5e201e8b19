package io.postmortem.atlassian;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import io.postmortem.atlassian.JiraModel.BulkCreateResult;
import io.postmortem.atlassian.JiraModel.BulkError;
import io.postmortem.atlassian.JiraModel.ChangelogEntry;
import io.postmortem.atlassian.JiraModel.ChangelogPage;
import io.postmortem.atlassian.JiraModel.Comment;
import io.postmortem.atlassian.JiraModel.CommentPage;
import io.postmortem.atlassian.JiraModel.CreatedIssue;
import io.postmortem.atlassian.JiraModel.CreatedIssues;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.atlassian.JiraModel.Issue;
import io.postmortem.atlassian.JiraModel.IssueLinkType;
import io.postmortem.atlassian.JiraModel.IssueType;
import io.postmortem.atlassian.JiraModel.NewIssue;
import io.postmortem.atlassian.JiraModel.NewRemoteLink;
import io.postmortem.atlassian.JiraModel.Project;
import io.postmortem.atlassian.JiraModel.RemoteLink;
import io.postmortem.atlassian.JiraModel.RemoteLinkIdentifies;
import io.postmortem.atlassian.JiraModel.User;
import org.springframework.http.HttpMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed Jira REST client for ONE site: Cloud REST v3, or Data Center REST v2 when the site's {@link Dialect} says so
 * (the few calls that differ branch on it; answers are read into the same records, see {@link SiteHttp}). Obtain it
 * from {@link AtlassianClients#jira(AtlassianSite)} (the Spring bean, which shares one bounded paging executor and one {@link AtlassianCallPolicy}), or construct it
 * directly with {@link #JiraClient(AtlassianSite, AtlassianCallPolicy, Executor)}.
 *
 * <p>It only knows the site's {@link org.springframework.web.client.RestClient} (authentication is the site's
 * business) and Jira's JSON. Every call goes through the policy (retries, 429, per-site gate, metrics); failures
 * surface as {@link AtlassianApiException}. Offset-paged lists (comments, changelog) read the first page, then the
 * rest in parallel on the paging executor, and return items in Jira's order.
 */
public class JiraClient {

    /** The fields {@link #issue} asks for. */
    public static final String ISSUE_FIELDS = "summary,description,status,issuetype,project,priority,assignee,"
            + "reporter,created,updated,resolutiondate,resolution,labels,issuelinks,components";

    /** Jira's cap per bulk create call. */
    public static final int BULK_CREATE_LIMIT = 50;

    /** Jira's limit on an issue property value. */
    public static final int MAX_PROPERTY_BYTES = 32_768;


    private final SiteHttp http;
    /** {@code /rest/api/3} on Cloud, {@code /rest/api/2} on Data Center ({@link Dialect}). */
    private final String api;
    private final boolean dataCenter;
    private final Executor pagingExecutor;
    private final int pageSize;

    public JiraClient(AtlassianSite site, AtlassianCallPolicy policy, Executor pagingExecutor) {
        this(site, policy, pagingExecutor, 100);
    }

    /** @param pageSize maxResults asked for comments and changelog (Jira caps it at 100). */
    public JiraClient(AtlassianSite site, AtlassianCallPolicy policy, Executor pagingExecutor, int pageSize) {
        if (site.product() != AtlassianSite.Product.JIRA) {
            throw new IllegalArgumentException("Not a Jira site: " + site.baseUrl());
        }
        this.http = new SiteHttp(site, policy, "");
        this.dataCenter = site.dialect() == Dialect.DATA_CENTER;
        this.api = dataCenter ? "/rest/api/2" : "/rest/api/3";
        this.pagingExecutor = pagingExecutor;
        this.pageSize = pageSize;
    }

    public AtlassianSite site() {
        return http.site();
    }

    // ---- reading the incident ------------------------------------------------------------------------------------

    /** GET /rest/api/3/issue/{key} with {@link #ISSUE_FIELDS} and, when given, the named issue properties. */
    public Issue issue(String issueKey, String... propertyKeys) {
        if (propertyKeys.length == 0) {
            return http.call(SiteHttp.get(api + "/issue/{issueIdOrKey}", "?fields={fields}", issueKey,
                    ISSUE_FIELDS), Issue.class);
        }
        return http.call(SiteHttp.get(api + "/issue/{issueIdOrKey}", "?fields={fields}&properties={properties}",
                issueKey, ISSUE_FIELDS, String.join(",", propertyKeys)), Issue.class);
    }

    /** GET /rest/api/3/issue/{key}?fields=status,assignee,duedate; empty when the issue is gone or not visible (404). */
    public Optional<JiraModel.ItemIssue> actionItemState(String issueKey) {
        var response = http.send(SiteHttp.accepting(SiteHttp.get(api + "/issue/{issueIdOrKey}", "?fields={fields}",
                issueKey, "status,assignee,duedate"), 404));
        return response.status() == 404 ? Optional.empty() : Optional.of(http.read(response, JiraModel.ItemIssue.class));
    }

    /** ALL comments, oldest first ({@code orderBy=created}); pages after the first are read in parallel. */
    public List<Comment> comments(String issueKey) {
        return OffsetPager.fetchAll(startAt -> {
            CommentPage page = http.call(SiteHttp.get(api + "/issue/{issueIdOrKey}/comment",
                    "?startAt={startAt}&maxResults={maxResults}&orderBy=created", issueKey, startAt, pageSize),
                    CommentPage.class);
            List<Comment> items = page.comments() == null ? List.of() : page.comments();
            return new OffsetPager.Page<>(orZero(page.total()), orZero(page.maxResults()), items);
        }, Comment::id, pagingExecutor);
    }

    /** The FULL changelog, oldest first (unlike {@code expand=changelog}, which is truncated). */
    public List<ChangelogEntry> changelog(String issueKey) {
        if (dataCenter) {
            // Data Center has no paged changelog resource: the issue with ?expand=changelog carries every history
            JiraModel.ExpandedChangelog issue = http.call(SiteHttp.get(api + "/issue/{issueIdOrKey}",
                    "?fields=created&expand=changelog", issueKey), JiraModel.ExpandedChangelog.class);
            return issue.changelog() == null || issue.changelog().histories() == null ? List.of()
                    : issue.changelog().histories();
        }
        return OffsetPager.fetchAll(startAt -> {
            ChangelogPage page = http.call(SiteHttp.get(api + "/issue/{issueIdOrKey}/changelog",
                    "?startAt={startAt}&maxResults={maxResults}", issueKey, startAt, pageSize), ChangelogPage.class);
            List<ChangelogEntry> items = page.values() == null ? List.of() : page.values();
            int total = page.total() != null ? page.total()
                    : startAt + items.size() + (Boolean.FALSE.equals(page.isLast()) ? 1 : 0);
            return new OffsetPager.Page<>(total, orZero(page.maxResults()), items);
        }, ChangelogEntry::id, pagingExecutor);
    }

    /** GET /rest/api/3/issue/{key}/remotelink (a plain array, no paging). */
    public List<RemoteLink> remoteLinks(String issueKey) {
        return http.call(SiteHttp.get(api + "/issue/{issueIdOrKey}/remotelink", "", issueKey),
                new TypeReference<List<RemoteLink>>() {
                });
    }

    /** POST /rest/api/3/issue/{key}/remotelink: creates, or updates the link with the same globalId. */
    public RemoteLinkIdentifies upsertRemoteLink(String issueKey, NewRemoteLink link) {
        return http.call(SiteHttp.write(HttpMethod.POST, api + "/issue/{issueIdOrKey}/remotelink", link.toJson(),
                true, issueKey), RemoteLinkIdentifies.class);
    }

    // ---- search ----------------------------------------------------------------------------------------------

    /**
     * POST /rest/api/3/search/jql, following {@code nextPageToken} until the last page or {@code maxIssues}.
     * The JQL must be bounded (Jira answers 400 to a bare {@code order by}).
     *
     * @param fields          fields to return (Jira's default is {@code id} only); may be empty
     * @param properties      up to 5 issue property keys to return; may be empty
     * @param reconcileIssues ids of issues just written, so the (lagging) search index includes them; may be empty
     */
    public List<FoundIssue> search(String jql, List<String> fields, List<String> properties, List<Long> reconcileIssues,
            int maxIssues) {
        if (properties.size() > 5) {
            throw new IllegalArgumentException("Jira returns at most 5 issue properties per search");
        }
        List<FoundIssue> found = new ArrayList<>();
        if (dataCenter) {
            return searchByOffset(jql, fields, properties, maxIssues, found);
        }
        String token = null;
        do {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("jql", jql);
            body.put("maxResults", Math.min(100, maxIssues - found.size()));
            strings(body.putArray("fields"), fields.isEmpty() ? List.of("id") : fields);
            if (!properties.isEmpty()) {
                strings(body.putArray("properties"), properties);
            }
            if (!reconcileIssues.isEmpty()) {
                ArrayNode ids = body.putArray("reconcileIssues");
                reconcileIssues.forEach(ids::add);
            }
            if (token != null) {
                body.put("nextPageToken", token);
            }
            JiraModel.SearchPage page = http.call(SiteHttp.write(HttpMethod.POST, api + "/search/jql", body, true),
                    JiraModel.SearchPage.class);
            List<FoundIssue> issues = page.issues() == null ? List.of() : page.issues();
            found.addAll(issues.subList(0, Math.min(issues.size(), maxIssues - found.size())));
            token = Boolean.TRUE.equals(page.isLast()) || issues.isEmpty() ? null : page.nextPageToken();
        } while (token != null && found.size() < maxIssues);
        return found;
    }


    /** Data Center: POST /rest/api/2/search, paged by {@code startAt} (no {@code reconcileIssues} there). */
    private List<FoundIssue> searchByOffset(String jql, List<String> fields, List<String> properties, int maxIssues,
            List<FoundIssue> found) {
        while (found.size() < maxIssues) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("jql", jql);
            body.put("startAt", found.size());
            body.put("maxResults", Math.min(100, maxIssues - found.size()));
            strings(body.putArray("fields"), fields.isEmpty() ? List.of("id") : fields);
            if (!properties.isEmpty()) {
                strings(body.putArray("properties"), properties);
            }
            JiraModel.OffsetSearchPage page = http.call(SiteHttp.write(HttpMethod.POST, api + "/search", body, true),
                    JiraModel.OffsetSearchPage.class);
            List<FoundIssue> issues = page.issues() == null ? List.of() : page.issues();
            found.addAll(issues.subList(0, Math.min(issues.size(), maxIssues - found.size())));
            if (issues.isEmpty() || page.total() == null || found.size() >= page.total()) break;
        }
        return found;
    }

    /** A JQL string literal with quotes and backslashes escaped. */
    public static String jqlString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- users, permissions, configuration checks ----------------------------------------------------------------

    /** GET /rest/api/3/status/{idOrName}: a workflow status with its category ({@code new}, {@code indeterminate}, {@code done}). */
    public JiraModel.Status status(String idOrName) {
        return http.call(SiteHttp.get(api + "/status/{idOrName}", "", idOrName), JiraModel.Status.class);
    }

    /** GET /rest/api/3/myself: the account the app acts as. */
    public User myself() {
        return http.call(SiteHttp.get(api + "/myself", ""), User.class);
    }

    /** GET /rest/api/3/serverInfo: the site's own address ({@code baseUrl}, e.g. https://acme.atlassian.net); null if absent. */
    public String siteBaseUrl() {
        return http.call(SiteHttp.get(api + "/serverInfo", ""), JiraModel.ServerInfo.class).baseUrl();
    }

    /**
     * GET /rest/atlassian-connect/1/addons/{addonKey}/properties/{propertyKey}: an app property, read as the app (a
     * Forge app reads the properties of its {@code app.connect.key}); empty when not set.
     */
    public Optional<JsonNode> appProperty(String addonKey, String propertyKey) {
        var response = http.send(SiteHttp.accepting(SiteHttp.get(
                "/rest/atlassian-connect/1/addons/{addonKey}/properties/{propertyKey}", "", addonKey, propertyKey), 404));
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.ofNullable(http.read(response, JiraModel.EntityProperty.class).value());
    }

    /** People (accountType {@code atlassian}, active) assignable in the project and matching the query. */
    public List<User> assignablePeople(String projectKey, String query, int maxResults) {
        List<User> users = http.call(SiteHttp.get(api + "/user/assignable/search",
                dataCenter ? "?project={project}&username={username}&maxResults={maxResults}"
                        : "?project={project}&query={query}&maxResults={maxResults}", projectKey, query == null ? "" : query,
                maxResults), new TypeReference<List<User>>() {
                });
        return users.stream().filter(User::isPerson).filter(u -> !Boolean.FALSE.equals(u.active())).toList();
    }

    /** One account as reported to Atlassian's personal data reporting API: its id and when its data was stored. */
    public record ReportedAccount(String accountId, String updatedAt) {
    }

    /** What Atlassian answers about an account: {@code status} is {@code closed} or {@code updated}. */
    public record AccountStatus(String accountId, String status) {
    }

    private record AccountStatuses(List<AccountStatus> accounts) {
    }

    /**
     * The answer to one personal data report: the accounts closed or updated, and the cycle Atlassian asks for
     * ({@code Cycle-Period}: seconds until these accounts are due again; empty when absent or unreadable).
     */
    public record AccountReport(List<AccountStatus> accounts, Optional<Duration> cyclePeriod) {
    }

    /**
     * Atlassian's personal data reporting API: {@code POST <path>} with {@code {"accounts":[{accountId, updatedAt}]}}
     * (at most 90 accounts); 204 when nothing needs doing, else 200 with the accounts that were closed or updated.
     * A 429 is waited out like every other call. Not part of the platform's OpenAPI file.
     */
    public AccountReport reportAccounts(String path, List<ReportedAccount> accounts) {
        if (accounts.size() > 90) throw new IllegalArgumentException("At most 90 accounts per report");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("accounts");
        for (ReportedAccount a : accounts) list.addObject().put("accountId", a.accountId()).put("updatedAt", a.updatedAt());
        var response = http.send(SiteHttp.write(HttpMethod.POST, path, body, true));
        Optional<Duration> cycle = cyclePeriod(response.headers().getFirst("Cycle-Period"));
        if (response.status() == 204 || response.body() == null || response.body().length == 0) return new AccountReport(List.of(), cycle);
        AccountStatuses answer = http.read(response, AccountStatuses.class);
        return new AccountReport(answer.accounts() == null ? List.of() : answer.accounts(), cycle);
    }

    /**
     * The {@code Cycle-Period} header: a whole number of seconds (an ISO-8601 duration such as {@code P7D} is read
     * too); empty when absent, not positive or unreadable, so the configured cycle applies.
     */
    static Optional<Duration> cyclePeriod(String header) {
        if (header == null || header.isBlank()) return Optional.empty();
        String value = header.strip();
        try {
            Duration d = value.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
            return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** GET /rest/api/3/user?accountId=: the account as the site shows it now; empty when it no longer exists (404). */
    public Optional<User> user(String accountId) {
        var response = http.send(SiteHttp.accepting(SiteHttp.get(api + "/user", "?accountId={accountId}", accountId), 404));
        return response.status() == 404 ? Optional.empty() : Optional.of(http.read(response, User.class));
    }

    /** POST /rest/api/3/permissions/check: does the account hold the global ADMINISTER (Jira administrator)? */
    public boolean isJiraAdministrator(String accountId) {
        if (dataCenter) {
            // Data Center answers this only for the caller itself (GET /mypermissions): the site's own identity
            User me = myself();
            if (me == null || !accountId.equals(me.accountId())) return false;
            JsonNode mine = http.call(SiteHttp.get(api + "/mypermissions", "?permissions=ADMINISTER"), JsonNode.class);
            return mine.path("permissions").path("ADMINISTER").path("havePermission").asBoolean(false);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("accountId", accountId);
        body.putArray("globalPermissions").add("ADMINISTER");
        JiraModel.PermissionsCheck answer = http.call(SiteHttp.write(HttpMethod.POST, api + "/permissions/check",
                body, true), JiraModel.PermissionsCheck.class);
        return answer.globalPermissions() != null && answer.globalPermissions().contains("ADMINISTER");
    }

    /** GET /rest/api/3/project/{key}, with its issue types; empty when it does not exist or is not visible. */
    public Optional<Project> project(String projectKey) {
        var response = http.send(SiteHttp.accepting(SiteHttp.get(api + "/project/{projectIdOrKey}", "",
                projectKey), 404));
        return response.status() == 404 ? Optional.empty() : Optional.of(http.read(response, Project.class));
    }

    /** The project's issue type with that id or (case-insensitive) name; empty when the project or type is absent. */
    public Optional<IssueType> issueType(String projectKey, String idOrName) {
        return project(projectKey).flatMap(p -> p.issueTypes().stream()
                .filter(t -> idOrName.equals(t.id()) || idOrName.equalsIgnoreCase(t.name())).findFirst());
    }

    /** GET /rest/api/3/issueLinkType. */
    public List<IssueLinkType> issueLinkTypes() {
        JiraModel.IssueLinkTypes types = http.call(SiteHttp.get(api + "/issueLinkType", ""),
                JiraModel.IssueLinkTypes.class);
        return types.issueLinkTypes() == null ? List.of() : types.issueLinkTypes();
    }

    // ---- issue properties ----------------------------------------------------------------------------------

    /** GET /rest/api/3/issue/{key}/properties/{propertyKey}; empty when not set. */
    public Optional<JsonNode> issueProperty(String issueKey, String propertyKey) {
        var response = http.send(SiteHttp.accepting(SiteHttp.get(
                api + "/issue/{issueIdOrKey}/properties/{propertyKey}", "", issueKey, propertyKey), 404));
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.ofNullable(http.read(response, JiraModel.EntityProperty.class).value());
    }

    /** PUT /rest/api/3/issue/{key}/properties/{propertyKey} (non-empty JSON, at most 32 768 bytes). */
    public void setIssueProperty(String issueKey, String propertyKey, JsonNode value) {
        if (value == null || value.isNull() || ((value.isObject() || value.isArray()) && value.isEmpty())) {
            throw new IllegalArgumentException("An issue property value must be non-empty JSON");
        }
        int bytes = http.json().writeValueAsString(value).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PROPERTY_BYTES) {
            throw new IllegalArgumentException("Issue property " + propertyKey + " is " + bytes
                    + " bytes; Jira accepts at most " + MAX_PROPERTY_BYTES);
        }
        http.send(SiteHttp.write(HttpMethod.PUT, api + "/issue/{issueIdOrKey}/properties/{propertyKey}", value,
                true, issueKey, propertyKey));
    }

    // ---- writing action items ----------------------------------------------------------------------------------

    /**
     * POST /rest/api/3/issue/bulk in calls of at most 50, sent one after another. Returns one result per input, in
     * input order: the created issue, or Jira's status and messages for that element. Not atomic and not retried
     * on 5xx or no answer (a creating POST): look for already created issues (e.g. by issue property) first.
     */
    public List<BulkCreateResult> createIssues(List<NewIssue> issues) {
        List<BulkCreateResult> results = new ArrayList<>(issues.size());
        for (int from = 0; from < issues.size(); from += BULK_CREATE_LIMIT) {
            List<NewIssue> chunk = issues.subList(from, Math.min(from + BULK_CREATE_LIMIT, issues.size()));
            results.addAll(createChunk(chunk, from));
        }
        return results;
    }

    private List<BulkCreateResult> createChunk(List<NewIssue> chunk, int offset) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode updates = body.putArray("issueUpdates");
        chunk.forEach(issue -> updates.add(dialect(issue.toIssueUpdate())));
        var response = http.send(SiteHttp.accepting(SiteHttp.write(HttpMethod.POST, api + "/issue/bulk", body,
                false), 400));
        CreatedIssues answer = http.read(response, CreatedIssues.class);
        List<BulkError> errors = answer.errors() == null ? List.of() : answer.errors();
        if (response.status() == 400 && errors.isEmpty()) {
            List<String> details = http.policy().errorDetails(response);
            throw new AtlassianApiException(400, "POST", api + "/issue/bulk", "Jira rejected the whole bulk "
                    + "create of " + chunk.size() + " issue(s) (400)." + (details.isEmpty() ? ""
                            : " Jira says: " + String.join("; ", details)), details);
        }
        Map<Integer, BulkError> failed = new HashMap<>();
        for (BulkError error : errors) {
            if (error.failedElementNumber() != null) {
                failed.put(error.failedElementNumber(), error);
            }
        }
        List<CreatedIssue> created = answer.issues() == null ? List.of() : answer.issues();
        List<BulkCreateResult> results = new ArrayList<>(chunk.size());
        int next = 0;
        for (int i = 0; i < chunk.size(); i++) {
            BulkError error = failed.get(i);
            if (error == null && next >= created.size()) {
                // the answer lists fewer issues than it should: say so for this element (a later run finds any
                // issue that was created after all by its property, so nothing is created twice)
                results.add(new BulkCreateResult(offset + i, chunk.get(i), null, response.status(),
                        List.of("Jira did not report this issue as created"), Map.of()));
            } else if (error == null) {
                results.add(new BulkCreateResult(offset + i, chunk.get(i), created.get(next++), null, List.of(),
                        Map.of()));
            } else {
                var messages = error.elementErrors();
                results.add(new BulkCreateResult(offset + i, chunk.get(i), null, error.status(),
                        messages == null || messages.errorMessages() == null ? List.of() : messages.errorMessages(),
                        messages == null || messages.errors() == null ? Map.of() : messages.errors()));
            }
        }
        return results;
    }

    /** PUT /rest/api/3/issue/{key} with {@code {"fields": fields}} (204). */
    public void editIssue(String issueKey, ObjectNode fields) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("fields", fields.deepCopy());
        dialect(body);
        http.send(SiteHttp.write(HttpMethod.PUT, api + "/issue/{issueIdOrKey}", body, true, issueKey));
    }

    /**
     * POST /rest/api/3/issueLink: "{@code inwardKey} {type.outward} {@code outwardKey}" (for Blocks: inward blocks
     * outward). Jira answers 201 even when the link already exists, so this is safe to repeat.
     *
     * @param commentAdf optional ADF comment added to the link; may be null
     */
    public void linkIssues(String linkTypeName, String inwardKey, String outwardKey, JsonNode commentAdf) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("type").put("name", linkTypeName);
        body.putObject("inwardIssue").put("key", inwardKey);
        body.putObject("outwardIssue").put("key", outwardKey);
        if (commentAdf != null) {
            if (dataCenter) body.putObject("comment").put("body", AdfWiki.toWiki(commentAdf));
            else body.putObject("comment").set("body", commentAdf);
        }
        http.send(SiteHttp.write(HttpMethod.POST, api + "/issueLink", body, true));
    }

    /**
     * An issue update ({@code {"fields": ...}}) in the site's dialect: on Data Center the ADF description becomes wiki
     * markup and users are named by {@code name} (which is what a DC user's {@code accountId} holds here).
     */
    private ObjectNode dialect(ObjectNode update) {
        if (!dataCenter) return update;
        JsonNode fields = update.path("fields");
        if (fields instanceof ObjectNode f) {
            JsonNode description = f.get("description");
            if (description != null && description.isObject()) f.put("description", AdfWiki.toWiki(description));
            JsonNode assignee = f.get("assignee");
            if (assignee instanceof ObjectNode a && a.has("accountId")) {
                f.putObject("assignee").put("name", a.path("accountId").asString());
            }
        }
        return update;
    }

    // ---- reaching people ------------------------------------------------------------------------------------------

    /**
     * POST /rest/api/3/issue/{key}/notify: Jira e-mails the named users about the issue (204, sent asynchronously
     * by Jira). Not retried on 5xx or no answer (the e-mail may have gone). Answers false when Jira refuses it: 403
     * (the app may not send notifications, or outgoing mail is off) or 400 (no valid recipient, e.g. a user who may
     * not see the issue); the caller then reaches them another way, e.g. {@link #addComment} with a mention.
     */
    public boolean notify(String issueKey, String subject, String textBody, String htmlBody, List<String> accountIds) {
        if (accountIds.isEmpty()) throw new IllegalArgumentException("A notification needs at least one recipient");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("subject", subject);
        body.put("textBody", textBody);
        if (htmlBody != null) body.put("htmlBody", htmlBody);
        ObjectNode to = body.putObject("to");
        to.put("reporter", false).put("assignee", false).put("watchers", false).put("voters", false);
        ArrayNode users = to.putArray("users");
        // Data Center names users by name (the app stores a DC user's name where Cloud has an account id)
        accountIds.forEach(id -> users.addObject().put(dataCenter ? "name" : "accountId", id));
        var response = http.send(SiteHttp.accepting(SiteHttp.write(HttpMethod.POST,
                api + "/issue/{issueIdOrKey}/notify", body, false, issueKey), 400, 403));
        return response.status() / 100 == 2;
    }

    /**
     * POST /rest/api/3/issue/{key}/comment with an ADF body (201); the new comment's id. Not retried (not idempotent).
     * On Data Center the body goes out as wiki markup (mentions as {@code [~name]}).
     */
    public String addComment(String issueKey, JsonNode adfBody) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (dataCenter) body.put("body", AdfWiki.toWiki(adfBody));
        else body.set("body", adfBody);
        Comment created = http.call(SiteHttp.write(HttpMethod.POST, api + "/issue/{issueIdOrKey}/comment", body,
                false, issueKey), Comment.class);
        return created.id();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    // ---- dynamic webhooks (Connect and OAuth 2.0 apps only) -------------------------------------------------

    /** One webhook to register: {@code jqlFilter} is required by Jira and supports only a subset of JQL. */
    public record WebhookSpec(List<String> events, String jqlFilter, List<String> fieldIdsFilter) {
    }

    /** Jira's answer for one registered webhook, in request order: its id, or why it was not created. */
    public record RegisteredWebhook(Long createdWebhookId, List<String> errors) {
    }

    /** A webhook the app has registered on this site ({@code GET /rest/api/3/webhook}). */
    public record DynamicWebhook(long id, String jqlFilter, JsonNode expirationDate) {
    }

    private record RegistrationResult(List<RegisteredWebhook> webhookRegistrationResult) {
    }

    private record DynamicWebhookPage(List<DynamicWebhook> values, Boolean isLast, Long total) {
    }

    /**
     * POST /rest/api/3/webhook: registers the webhooks, all sent to {@code url} (it must be under the app's base URL;
     * one URL per app). Jira answers 200 even when a webhook was refused: each result holds an id or its errors.
     * Not retried by the call policy (a retry after a lost answer would register twice; the caller reconciles).
     */
    public List<RegisteredWebhook> registerWebhooks(String url, List<WebhookSpec> webhooks) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("url", url);
        ArrayNode list = body.putArray("webhooks");
        for (WebhookSpec w : webhooks) {
            ObjectNode o = list.addObject();
            strings(o.putArray("events"), w.events());
            o.put("jqlFilter", w.jqlFilter());
            if (w.fieldIdsFilter() != null && !w.fieldIdsFilter().isEmpty()) strings(o.putArray("fieldIdsFilter"), w.fieldIdsFilter());
        }
        RegistrationResult answer = http.call(SiteHttp.write(HttpMethod.POST, api + "/webhook", body, false), RegistrationResult.class);
        return answer.webhookRegistrationResult() == null ? List.of() : answer.webhookRegistrationResult();
    }

    /** GET /rest/api/3/webhook, every page: the webhooks this app has registered on the site. */
    public List<DynamicWebhook> dynamicWebhooks() {
        List<DynamicWebhook> all = new ArrayList<>();
        while (true) {
            DynamicWebhookPage page = http.call(SiteHttp.get(api + "/webhook", "?startAt={startAt}&maxResults={maxResults}",
                    all.size(), 100), DynamicWebhookPage.class);
            List<DynamicWebhook> values = page.values() == null ? List.of() : page.values();
            all.addAll(values);
            if (values.isEmpty() || Boolean.TRUE.equals(page.isLast()) || (page.total() != null && all.size() >= page.total())) {
                return all;
            }
        }
    }

    /**
     * PUT /rest/api/3/webhook/refresh: extends the webhooks' life (they expire 30 days after registration or the last
     * refresh); ids Jira does not know are ignored by Jira. Returns the new expiry (epoch milliseconds or Jira's
     * date text, as answered), or null when the answer has none.
     */
    public JsonNode refreshWebhooks(List<Long> ids) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("webhookIds");
        ids.forEach(list::add);
        JsonNode answer = http.call(SiteHttp.write(HttpMethod.PUT, api + "/webhook/refresh", body, true), JsonNode.class);
        JsonNode expiry = answer.get("expirationDate");
        return expiry == null || expiry.isNull() ? null : expiry;
    }

    /** DELETE /rest/api/3/webhook with the ids (Jira answers 202; ids of other apps or unknown ones are ignored). */
    public void deleteWebhooks(List<Long> ids) {
        if (ids.isEmpty()) return;
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("webhookIds");
        ids.forEach(list::add);
        http.send(SiteHttp.write(HttpMethod.DELETE, api + "/webhook", body, true));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
