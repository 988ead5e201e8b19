package io.postmortem.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of a {@code jira:issue_updated} body that acceptance decides on: {@code issue.id},
 * {@code issue.key}, {@code changelog.id} (de-duplication), {@code user.accountId}, else Data Center's
 * {@code user.name} (the app's own changes are ignored), and the {@link IssueChange} (issue type, project, changed fields: is the event relevant at all). Read in one streaming pass that also checks the whole body is well-formed JSON, without building a
 * tree: a delivery is acknowledged on the request thread, and the tree is only needed later, by the job.
 * Each field is null when absent, null, blank or not a scalar.
 *
 * <p>The three identifiers are stored (de-duplication rows, the job's status row, the draft), so a value that does not
 * fit its column, or that holds control characters or spaces, makes the body malformed: refused with 400 before
 * anything is stored, the same answer on every retry.
 */
record WebhookFacts(String issueId, String issueKey, String changelogId, String actorAccountId, IssueChange change) {

    WebhookFacts(String issueId, String issueKey, String changelogId, String actorAccountId) {
        this(issueId, issueKey, changelogId, actorAccountId, new IssueChange(issueId, issueKey, null, null, null, null, Set.of()));
    }

    /** {@code intake_change_seen.issue_id}, {@code intake_job.issue_id}, {@code postmortem_draft.issue_id}. */
    static final int MAX_ISSUE_ID = 32;
    /** {@code intake_change_seen.changelog_id}. */
    static final int MAX_CHANGELOG_ID = 32;
    /** {@code intake_job.issue_key}, {@code postmortem_draft.issue_key}. */
    static final int MAX_ISSUE_KEY = 64;

    /** The body is not a JSON object with an {@code issue} object, or a stored field is unusable; the message says which. */
    static final class MalformedWebhook extends Exception {
        private final List<String> details;

        MalformedWebhook(String message) {
            this(message, List.of());
        }

        MalformedWebhook(String message, List<String> details) {
            super(message, null, false, false);
            this.details = List.copyOf(details);
        }

        List<String> details() {
            return details;
        }
    }

    static WebhookFacts read(JsonMapper json, byte[] body) throws MalformedWebhook {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedWebhook("Malformed webhook: expected a JSON object with an \"issue\"");
            }
            String issueId = null, issueKey = null, changelogId = null, actor = null;
            String typeId = null, typeName = null, projectId = null, projectKey = null;
            Set<String> changed = new LinkedHashSet<>();
            boolean issue = false;
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken value = p.nextToken();
                if (value != JsonToken.START_OBJECT) {
                    p.skipChildren(); // an array; a scalar needs no skipping
                    switch (name) { // a repeated name counts as its last value, as in a tree
                        case "issue" -> {
                            issue = false;
                            issueId = null;
                            issueKey = null;
                            typeId = typeName = projectId = projectKey = null;
                        }
                        case "changelog" -> {
                            changelogId = null;
                            changed.clear();
                        }
                        case "user" -> actor = null;
                        default -> { }
                    }
                    continue;
                }
                switch (name) {
                    case "issue" -> {
                        issue = true;
                        String[] read = issue(p);
                        issueId = read[0];
                        issueKey = read[1];
                        typeId = read[2];
                        typeName = read[3];
                        projectId = read[4];
                        projectKey = read[5];
                    }
                    case "changelog" -> {
                        changed.clear();
                        changelogId = changelog(p, changed);
                    }
                    case "user" -> {
                        // Cloud names users by accountId; Data Center by name (which is a DC user's account id here)
                        String[] who = fields(p, "accountId", "name");
                        actor = who[0] != null ? who[0] : who[1];
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new MalformedWebhook("Malformed webhook: the body is not valid JSON");
            }
            if (!issue) {
                throw new MalformedWebhook("Malformed webhook: expected a JSON object with an \"issue\"");
            }
            WebhookFacts facts = new WebhookFacts(issueId, issueKey, changelogId, actor,
                    new IssueChange(issueId, issueKey, typeId, typeName, projectId, projectKey, changed));
            List<String> problems = facts.problems();
            if (!problems.isEmpty()) {
                throw new MalformedWebhook("Malformed webhook: identifiers that cannot be stored", problems);
            }
            return facts;
        } catch (JacksonException e) {
            throw new MalformedWebhook("Malformed webhook: the body is not valid JSON");
        }
    }

    /** What is wrong with the identifiers that will be stored, one entry per field; empty when they fit. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "issue.id", issueId, MAX_ISSUE_ID);
        check(problems, "issue.key", issueKey, MAX_ISSUE_KEY);
        check(problems, "changelog.id", changelogId, MAX_CHANGELOG_ID);
        return problems;
    }

    private static void check(List<String> problems, String field, String value, int max) {
        if (value == null) return;
        if (value.length() > max) {
            problems.add(field + ": at most " + max + " characters (got " + value.length() + ")");
        } else if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            problems.add(field + ": must not contain spaces or control characters");
        }
    }

    /**
     * Reads the {@code issue} object (the parser is at its START_OBJECT) to its end: id, key, and from its
     * {@code fields} the issue type's id and name and the project's id and key.
     */
    private static String[] issue(JsonParser p) {
        String[] values = new String[6];
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> values[0] = value.isStructStart() ? skip(p) : scalar(p, value);
                case "key" -> values[1] = value.isStructStart() ? skip(p) : scalar(p, value);
                case "fields" -> {
                    if (value != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    String field;
                    while ((field = p.nextName()) != null) {
                        JsonToken v = p.nextToken();
                        if (v == JsonToken.START_OBJECT && field.equals("issuetype")) {
                            String[] type = fields(p, "id", "name");
                            values[2] = type[0];
                            values[3] = type[1];
                        } else if (v == JsonToken.START_OBJECT && field.equals("project")) {
                            String[] project = fields(p, "id", "key");
                            values[4] = project[0];
                            values[5] = project[1];
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return values;
    }

    /** Reads the {@code changelog} object to its end: returns its id, adds each item's field id (else field name). */
    private static String changelog(JsonParser p, Set<String> changed) {
        String id = null;
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken value = p.nextToken();
            if (name.equals("id")) {
                id = value.isStructStart() ? skip(p) : scalar(p, value);
            } else if (name.equals("items") && value == JsonToken.START_ARRAY) {
                JsonToken item;
                while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (item != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    String[] field = fields(p, "fieldId", "field");
                    String f = field[0] != null ? field[0] : field[1];
                    if (f != null) changed.add(f.toLowerCase(Locale.ROOT));
                }
            } else {
                p.skipChildren();
            }
        }
        return id;
    }

    private static String skip(JsonParser p) {
        p.skipChildren();
        return null;
    }

    /** Reads the object the parser is at (its START_OBJECT) to its end; returns the scalar values of the two names. */
    private static String[] fields(JsonParser p, String first, String second) {
        String[] values = new String[2];
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken value = p.nextToken();
            if (value.isStructStart()) {
                p.skipChildren();
                if (name.equals(first)) values[0] = null;
                else if (name.equals(second)) values[1] = null;
            } else if (name.equals(first)) {
                values[0] = scalar(p, value);
            } else if (name.equals(second)) {
                values[1] = scalar(p, value);
            }
        }
        return values;
    }

    private static String scalar(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) return null;
        String s = p.getString();
        return s == null || s.isBlank() ? null : s;
    }
}
