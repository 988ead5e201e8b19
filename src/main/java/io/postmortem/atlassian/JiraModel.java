package io.postmortem.atlassian;

import io.postmortem.evidence.time.JiraTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed views of Jira Cloud REST v3 JSON, holding only the fields this app uses (unknown properties are ignored).
 * ADF bodies (description, comment body) stay {@link JsonNode}s. Timestamps stay Jira's strings
 * ({@code 2026-11-20T14:05:12.000+0000}); {@link #instant(String)} parses them.
 */
public final class JiraModel {

    private JiraModel() {
    }

    /**
     * Parses a Jira timestamp ({@code 2026-11-20T14:05:12.000+0000}, also ISO offsets); null stays null, anything else
     * unreadable throws {@link java.time.format.DateTimeParseException}. The one Jira time parser is
     * {@link JiraTime}; this is its strict form, for typed client objects.
     */
    public static Instant instant(String jiraTime) {
        return JiraTime.parse(jiraTime);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(String accountId, String displayName, String accountType, Boolean active) {

        /** A person (not an app or customer account). */
        public boolean isPerson() {
            return "atlassian".equals(accountType);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatusCategory(Integer id, String key, String name) {
    }

    /** An action-item issue's status, assignee and due date, as {@link JiraClient#actionItemState} reads them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemFields(Status status, User assignee, String duedate) {

        /** In a status of category {@code done} (whatever the status is called). */
        public boolean done() {
            return status != null && status.statusCategory() != null && "done".equals(status.statusCategory().key());
        }

        public java.time.LocalDate due() {
            return duedate == null || duedate.isBlank() ? null : java.time.LocalDate.parse(duedate.substring(0, Math.min(10, duedate.length())));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemIssue(String id, String key, ItemFields fields) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(String id, String name, StatusCategory statusCategory) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssueType(String id, String name, Boolean subtask) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectRef(String id, String key, String name) {
    }

    /** Priority, resolution, component: {id, name}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssueLinkType(String id, String name, String inward, String outward) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkedIssueFields(String summary, Status status, IssueType issuetype) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkedIssue(String id, String key, LinkedIssueFields fields) {
    }

    /**
     * One entry of {@code fields.issuelinks}: only the OTHER issue is present. With {@code outwardIssue} set the
     * sentence is "this issue {@code type.outward} other"; with {@code inwardIssue} set it is "this issue
     * {@code type.inward} other". {@link #label()} gives that phrase.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssueLink(String id, IssueLinkType type, LinkedIssue inwardIssue, LinkedIssue outwardIssue) {

        public LinkedIssue other() {
            return outwardIssue != null ? outwardIssue : inwardIssue;
        }

        /** How this issue relates to {@link #other()}, e.g. "relates to", "is caused by". */
        public String label() {
            if (type == null) {
                return null;
            }
            return outwardIssue != null ? type.outward() : type.inward();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssueFields(String summary, JsonNode description, Status status, IssueType issuetype,
            ProjectRef project, Named priority, User assignee, User reporter, String created, String updated,
            String resolutiondate, Named resolution, List<String> labels, List<IssueLink> issuelinks,
            List<Named> components) {

        public IssueFields {
            labels = labels == null ? List.of() : List.copyOf(labels);
            issuelinks = issuelinks == null ? List.of() : List.copyOf(issuelinks);
            components = components == null ? List.of() : List.copyOf(components);
        }
    }

    /** GET /rest/api/3/issue/{key}; {@code properties} holds the issue properties asked for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issue(String id, String key, IssueFields fields, Map<String, JsonNode> properties) {

        public Issue {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Visibility(String type, String value, String identifier) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(String id, User author, JsonNode body, String created, String updated, Boolean jsdPublic,
            Visibility visibility) {

        /** JSM internal notes ({@code jsdPublic:false}) must stay off public pages. */
        public boolean isInternal() {
            return Boolean.FALSE.equals(jsdPublic);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CommentPage(Integer startAt, Integer maxResults, Integer total, List<Comment> comments) {
    }

    /** One changed field; Jira's {@code fromString}/{@code toString} are {@link #fromText}/{@link #toText} here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangeItem(String field, String fieldtype, String fieldId, String from,
            @JsonProperty("fromString") String fromText, String to, @JsonProperty("toString") String toText) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangelogEntry(String id, User author, String created, List<ChangeItem> items) {

        public ChangelogEntry {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangelogPage(Integer startAt, Integer maxResults, Integer total, Boolean isLast,
            List<ChangelogEntry> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteLinkApplication(String type, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteLinkStatus(Boolean resolved) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteLinkObject(String url, String title, String summary, RemoteLinkStatus status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteLink(Long id, String globalId, RemoteLinkApplication application, String relationship,
            @JsonProperty("object") RemoteLinkObject object) {
    }

    /** What to POST to /remotelink; the same {@code globalId} updates the existing link instead of adding one. */
    public record NewRemoteLink(String globalId, String url, String title, String summary, String relationship,
            String applicationType, String applicationName) {

        public NewRemoteLink {
            if (globalId == null || globalId.isBlank() || url == null || url.isBlank() || title == null) {
                throw new IllegalArgumentException("A remote link needs a globalId, a url and a title");
            }
        }

        ObjectNode toJson() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("globalId", globalId);
            if (relationship != null) {
                root.put("relationship", relationship);
            }
            if (applicationType != null || applicationName != null) {
                ObjectNode app = root.putObject("application");
                if (applicationType != null) {
                    app.put("type", applicationType);
                }
                if (applicationName != null) {
                    app.put("name", applicationName);
                }
            }
            ObjectNode object = root.putObject("object");
            object.put("url", url);
            object.put("title", title);
            if (summary != null) {
                object.put("summary", summary);
            }
            return root;
        }
    }

    /** Answer of POST /remotelink: 201 on create, 200 on update. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteLinkIdentifies(Long id, String self) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String id, String key, String name, List<IssueType> issueTypes) {

        public Project {
            issueTypes = issueTypes == null ? List.of() : List.copyOf(issueTypes);
        }
    }

    /** An issue found by JQL: its fields (as asked) and the issue properties asked for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FoundIssue(String id, String key, JsonNode fields, Map<String, JsonNode> properties) {

        public FoundIssue {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /** Data Center: an issue read with {@code ?expand=changelog}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpandedChangelog(String id, String key, Histories changelog) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Histories(Integer startAt, Integer maxResults, Integer total, List<ChangelogEntry> histories) {
    }

    /** Data Center: a page of POST /rest/api/2/search. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OffsetSearchPage(Integer startAt, Integer maxResults, Integer total, List<FoundIssue> issues) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchPage(List<FoundIssue> issues, Boolean isLast, String nextPageToken) {
    }

    /**
     * An issue to create. {@code description} is ADF; {@code extraFields} (may be null) is merged into
     * {@code fields} for anything else (custom fields, components). {@code properties} are issue properties written
     * in the same call (atomically with the issue: publish's idempotency mark), {@code links} issue links made in
     * the same call ({@code update.issuelinks}).
     */
    public record NewIssue(String projectKey, String issueTypeId, String summary, JsonNode description,
            String assigneeAccountId, LocalDate dueDate, List<String> labels, String priorityId, String parentKey,
            ObjectNode extraFields, Map<String, JsonNode> properties, List<NewLink> links) {

        /** A link from the new issue to an existing one, of the named type (the new issue is the inward side). */
        public record NewLink(String typeName, String outwardIssueKey) {
        }

        public NewIssue(String projectKey, String issueTypeId, String summary, JsonNode description,
                String assigneeAccountId, LocalDate dueDate, List<String> labels, String priorityId, String parentKey,
                ObjectNode extraFields) {
            this(projectKey, issueTypeId, summary, description, assigneeAccountId, dueDate, labels, priorityId, parentKey,
                    extraFields, Map.of(), List.of());
        }

        /** The same issue without links (for a create screen that refuses {@code issuelinks}: link afterwards). */
        public NewIssue withoutLinks() {
            return new NewIssue(projectKey, issueTypeId, summary, description, assigneeAccountId, dueDate, labels,
                    priorityId, parentKey, extraFields, properties, List.of());
        }

        public NewIssue {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            links = links == null ? List.of() : List.copyOf(links);
            if (projectKey == null || issueTypeId == null || summary == null || summary.isBlank()) {
                throw new IllegalArgumentException("A new issue needs a project key, an issue type id and a summary");
            }
            labels = labels == null ? List.of() : List.copyOf(labels);
            for (String label : labels) {
                if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("Jira labels cannot contain spaces: \"" + label + "\"");
                }
            }
        }

        /** The {@code {"fields": ...}} object of one issueUpdates element. */
        ObjectNode toIssueUpdate() {
            ObjectNode update = JsonNodeFactory.instance.objectNode();
            ObjectNode fields = update.putObject("fields");
            fields.putObject("project").put("key", projectKey);
            fields.putObject("issuetype").put("id", issueTypeId);
            fields.put("summary", summary);
            if (description != null) {
                fields.set("description", description);
            }
            if (assigneeAccountId != null) {
                fields.putObject("assignee").put("accountId", assigneeAccountId);
            }
            if (dueDate != null) {
                fields.put("duedate", dueDate.toString());
            }
            if (!labels.isEmpty()) {
                ArrayNode array = fields.putArray("labels");
                labels.forEach(array::add);
            }
            if (priorityId != null) {
                fields.putObject("priority").put("id", priorityId);
            }
            if (parentKey != null) {
                fields.putObject("parent").put("key", parentKey);
            }
            if (extraFields != null) {
                fields.setAll(extraFields);
            }
            if (!links.isEmpty()) {
                ArrayNode issuelinks = update.putObject("update").putArray("issuelinks");
                for (NewLink link : links) {
                    ObjectNode add = issuelinks.addObject().putObject("add");
                    add.putObject("type").put("name", link.typeName());
                    add.putObject("outwardIssue").put("key", link.outwardIssueKey());
                }
            }
            if (!properties.isEmpty()) {
                ArrayNode props = update.putArray("properties");
                properties.forEach((key, value) -> props.addObject().put("key", key).set("value", value));
            }
            return update;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreatedIssue(String id, String key, String self) {
    }

    /**
     * The outcome of one element of a bulk create, in the order the issues were given. Either {@code created} is
     * set, or {@code status} and Jira's messages ({@code errorMessages}, {@code errors} by field) say why not.
     */
    public record BulkCreateResult(int index, NewIssue request, CreatedIssue created, Integer status,
            List<String> errorMessages, Map<String, String> errors) {

        public boolean succeeded() {
            return created != null;
        }

        /** Jira's reasons in one line, e.g. "assignee: Specified user cannot be assigned to this issue." */
        public String errorText() {
            StringBuilder sb = new StringBuilder();
            errorMessages.forEach(m -> sb.append(sb.isEmpty() ? "" : "; ").append(m));
            errors.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
            return sb.toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorCollection(List<String> errorMessages, Map<String, String> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BulkError(Integer status, Integer failedElementNumber, ErrorCollection elementErrors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreatedIssues(List<CreatedIssue> issues, List<BulkError> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IssueLinkTypes(List<IssueLinkType> issueLinkTypes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityProperty(String key, JsonNode value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PermissionsCheck(List<String> globalPermissions) {
    }

    /** GET /rest/api/3/serverInfo (only the field we read). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServerInfo(String baseUrl) {
    }
}
