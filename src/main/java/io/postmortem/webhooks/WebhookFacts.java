package io.postmortem.webhooks;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four fields of a {@code jira:issue_updated} body that acceptance decides on: {@code issue.id},
 * {@code issue.key}, {@code changelog.id} (de-duplication) and {@code user.accountId} (the app's own changes are
 * ignored). Read in one streaming pass that also checks the whole body is well-formed JSON, without building a
 * tree: a delivery is acknowledged on the request thread, and the tree is only needed later, by the job.
 * Each field is null when absent, null, blank or not a scalar.
 */
record WebhookFacts(String issueId, String issueKey, String changelogId, String actorAccountId) {

    /** The body is not a JSON object with an {@code issue} object; the message says which. */
    static final class MalformedWebhook extends Exception {
        MalformedWebhook(String message) {
            super(message, null, false, false);
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
                    case "user" -> actor = fields(p, "accountId", null)[0];
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new MalformedWebhook("Malformed webhook: the body is not valid JSON");
            }
            if (!issue) {
                throw new MalformedWebhook("Malformed webhook: expected a JSON object with an \"issue\"");
            }
            return new WebhookFacts(issueId, issueKey, changelogId, actor);
        } catch (JacksonException e) {
            throw new MalformedWebhook("Malformed webhook: the body is not valid JSON");
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
