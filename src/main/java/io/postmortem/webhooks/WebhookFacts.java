package io.postmortem.webhooks;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four fields of a {@code jira:issue_updated} body that acceptance decides on: {@code issue.id},
 * {@code issue.key}, {@code changelog.id} (de-duplication) and {@code user.accountId}, else Data Center's
 * {@code user.name} (the app's own changes are ignored). Read in one streaming pass that also checks the whole body is well-formed JSON, without building a
 * tree: a delivery is acknowledged on the request thread, and the tree is only needed later, by the job.
 * Each field is null when absent, null, blank or not a scalar.
 *
 * <p>The three identifiers are stored (de-duplication rows, the job's status row, the draft), so a value that does not
 * fit its column, or that holds control characters or spaces, makes the body malformed: refused with 400 before
 * anything is stored, the same answer on every retry.
 */
record WebhookFacts(String issueId, String issueKey, String changelogId, String actorAccountId) {

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
                        }
                        case "changelog" -> changelogId = null;
                        case "user" -> actor = null;
                        default -> { }
                    }
                    continue;
                }
                switch (name) {
                    case "issue" -> {
                        issue = true;
                        String[] idKey = fields(p, "id", "key");
                        issueId = idKey[0];
                        issueKey = idKey[1];
                    }
                    case "changelog" -> changelogId = fields(p, "id", null)[0];
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
            WebhookFacts facts = new WebhookFacts(issueId, issueKey, changelogId, actor);
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
