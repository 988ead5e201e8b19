package io.postmortem.publish;

import io.postmortem.postmortem.ActionItem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The ADF description of an action-item issue: what, why (does it prevent recurrence?), where it came from. */
final class ActionItemDescription {

    private ActionItemDescription() {
    }

    static ObjectNode adf(JsonMapper json, ActionItem item, String incident, String incidentUrl, String pageTitle, String pageUrl) {
        ObjectNode doc = json.createObjectNode();
        doc.put("type", "doc");
        doc.put("version", 1);
        ArrayNode content = doc.putArray("content");

        ArrayNode what = paragraph(content);
        text(what, "What: ", true);
        text(what, nonBlank(item.description()) ? item.description().strip() : item.summary().strip(), false);

        ArrayNode why = paragraph(content);
        text(why, "Why: ", true);
        text(why, switch (item.preventsRecurrence() == null ? ActionItem.PreventsRecurrence.PARTIALLY : item.preventsRecurrence()) {
            case YES -> "prevents this incident from recurring.";
            case PARTIALLY -> "partly prevents this incident from recurring.";
            case DETECTS_ONLY -> "does not prevent recurrence; it detects it sooner.";
        }, false);

        ArrayNode from = paragraph(content);
        text(from, "From the post-mortem ", false);
        if (nonBlank(pageUrl)) link(from, nonBlank(pageTitle) ? pageTitle : "post-mortem page", pageUrl);
        else text(from, nonBlank(pageTitle) ? pageTitle : "", false);
        text(from, " of incident ", false);
        link(from, incident, incidentUrl);
        text(from, ".", false);
        return doc;
    }

    private static ArrayNode paragraph(ArrayNode content) {
        ObjectNode p = content.addObject();
        p.put("type", "paragraph");
        return p.putArray("content");
    }

    private static void text(ArrayNode parent, String text, boolean strong) {
        if (text == null || text.isEmpty()) return;
        ObjectNode t = parent.addObject();
        t.put("type", "text");
        t.put("text", text);
        if (strong) t.putArray("marks").addObject().put("type", "strong");
    }

    private static void link(ArrayNode parent, String text, String href) {
        ObjectNode t = parent.addObject();
        t.put("type", "text");
        t.put("text", text);
        t.putArray("marks").addObject().put("type", "link").putObject("attrs").put("href", href);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
