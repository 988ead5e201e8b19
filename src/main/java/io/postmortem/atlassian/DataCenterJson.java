package io.postmortem.atlassian;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Data Center answer into the Cloud records: the dialect seam's inbound half. In place, on the parsed tree:
 * <ul>
 * <li>a user ({@code name} + {@code displayName}, no {@code accountId}) gets {@code accountId = name} (DC's REST API
 * names users by {@code name}: assignees, mentions {@code [~name]}) and {@code accountType = atlassian} (DC has no app
 * or customer accounts in these answers);</li>
 * <li>a changelog item without {@code fieldId} gets its system field's id ({@code status}, {@code assignee}, ...);</li>
 * <li>a Confluence content ({@code space.key}, {@code ancestors}) gets {@code spaceId = space.key} and
 * {@code parentId} = its last ancestor's id (DC creates pages by space key, so the key is the space's id here).</li>
 * </ul>
 */
final class DataCenterJson {

    private static final int MAX_DEPTH = 64;

    private DataCenterJson() {
    }

    static JsonNode normalise(JsonNode root) {
        walk(root, 0);
        return root;
    }

    private static void walk(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) return;
        if (node.isArray()) {
            for (JsonNode child : node) walk(child, depth + 1);
            return;
        }
        if (!(node instanceof ObjectNode o)) return;
        if (o.path("name").isString() && o.path("displayName").isString() && !o.has("accountId")) {
            o.put("accountId", o.path("name").asString());
            if (!o.has("accountType")) o.put("accountType", "atlassian");
        }
        if (o.path("field").isString() && o.has("fieldtype") && !o.has("fieldId")
                && "jira".equals(o.path("fieldtype").asString())) {
            o.put("fieldId", o.path("field").asString().toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
        }
        if (o.path("space").path("key").isString() && !o.has("spaceId")) {
            o.put("spaceId", o.path("space").path("key").asString());
            JsonNode ancestors = o.path("ancestors");
            if (ancestors.isArray() && !ancestors.isEmpty() && !o.has("parentId")) {
                o.put("parentId", ancestors.get(ancestors.size() - 1).path("id").asString());
            }
        }
        for (var entry : o.properties()) walk(entry.getValue(), depth + 1);
    }
}
