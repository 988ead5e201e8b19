package io.postmortem.testsupport;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builders for Confluence Cloud REST v2 JSON in its real shapes (atlassian-rest.md section 4): spaces, pages,
 * result lists and v2 error bodies.
 */
public final class ConfluenceJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ConfluenceJson() {
    }

    /** {@code GET /spaces?keys=} answer with one space. */
    public static ObjectNode spaces(String id, String key, String homepageId) {
        ObjectNode root = F.objectNode();
        root.putArray("results").addObject().put("id", id).put("key", key).put("name", key + " space")
                .put("type", "global").put("status", "current").put("homepageId", homepageId)
                .put("createdAt", "2025-01-10T08:00:00.000Z").put("authorId", "712020:author");
        root.putObject("_links").put("base", "https://acme.atlassian.net/wiki");
        return root;
    }

    /** A page as POST/PUT/GET /pages/{id} return it; {@code storage} (may be null) is included as body.storage. */
    public static ObjectNode page(String id, String spaceId, String parentId, String title, int version,
            String storage) {
        ObjectNode page = F.objectNode().put("id", id).put("status", "current").put("title", title)
                .put("spaceId", spaceId).put("parentId", parentId).put("parentType", "page")
                .put("authorId", "557058:app").put("ownerId", "557058:app").put("createdAt", "2026-11-21T10:00:00.000Z");
        page.putObject("version").put("createdAt", "2026-11-21T10:00:00.000Z").put("message", "")
                .put("number", version).put("minorEdit", false).put("authorId", "557058:app");
        if (storage != null) {
            page.putObject("body").putObject("storage").put("representation", "storage").put("value", storage);
        }
        page.putObject("_links").put("webui", "/spaces/PM/pages/" + id + "/" + title.replace(' ', '+'))
                .put("editui", "/pages/resumedraft.action?draftId=" + id).put("tinyui", "/x/AbC")
                .put("base", "https://acme.atlassian.net/wiki");
        return page;
    }

    /** A {@code {"results":[...]}} list. */
    public static ObjectNode results(ObjectNode... items) {
        ObjectNode root = F.objectNode();
        root.putArray("results").addAll(java.util.List.of(items));
        root.putObject("_links");
        return root;
    }

    /** A v2 error: {@code {"errors":[{status, code, title, detail}]}}. */
    public static ObjectNode error(int status, String code, String title) {
        ObjectNode root = F.objectNode();
        root.putArray("errors").addObject().put("status", status).put("code", code).put("title", title)
                .putNull("detail");
        return root;
    }
}
