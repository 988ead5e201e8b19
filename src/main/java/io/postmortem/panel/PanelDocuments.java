package io.postmortem.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.postmortem.drafts.DraftLimits;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.RejectedAction;
import io.postmortem.postmortem.SafeText;
import io.postmortem.postmortem.TimelineEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a document a person saved (PUT body) into a {@link PostMortem}, with field-level errors for anything the
 * model cannot hold (bad enum, bad date, wrong type) or that is too long ({@link DraftLimits}). What of it the server
 * keeps is {@link io.postmortem.drafts.DraftService#save}'s rule.
 *
 * <p>Every string of the body passes {@link SafeText} before it is read, so what is stored (and later published,
 * exported and shown) holds no control characters and no bidi overrides. The fields in {@link #SINGLE_LINE} are
 * folded onto one line: a line break in an action item's summary (a Jira summary cannot hold one) or in the title
 * becomes a space, so the save succeeds and publishing does not fail on it later.
 */
@Component
public class PanelDocuments {

    static final int MAX_TEXT = DraftLimits.MAX_TEXT;
    static final int MAX_SHORT = DraftLimits.MAX_SHORT;
    static final int MAX_LONG_TEXT = DraftLimits.MAX_LONG_TEXT;
    static final int MAX_LIST = DraftLimits.MAX_LIST;
    static final int MAX_TIMELINE = DraftLimits.MAX_TIMELINE;
    static final int MAX_URL = DraftLimits.MAX_URL;

    /** Fields (array indexes written {@code []}) that end up on one line: Jira summaries, page titles, names, links. */
    static final Set<String> SINGLE_LINE = Set.of("header.incidentId", "header.title", "actionItems[].id",
            "actionItems[].summary", "actionItems[].ownerAccountId", "actionItems[].ownerDisplayName", "timeline[].who",
            "timeline[].source", "impact.services[]", "supportingEvidence[].label", "supportingEvidence[].url");

    private final JsonMapper json;

    public PanelDocuments(JsonMapper json) {
        this.json = json;
    }

    /** The parsed document and the version the client started from. */
    public record Incoming(PostMortem doc, long version) {
    }

    public Incoming read(String body) {
        if (body == null || body.isBlank()) {
            throw PanelException.badRequest("The request has no body", List.of("expected the post-mortem document as JSON"));
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            throw PanelException.badRequest("Malformed JSON", List.of(position(e)));
        }
        if (tree == null || !tree.isObject()) {
            throw PanelException.badRequest("Invalid document", List.of("expected a JSON object"));
        }
        clean(tree, "");
        JsonNode version = tree.get("version");
        if (version == null || version.isNull()) {
            throw PanelException.badRequest("Invalid document", List.of("version: required (the version you started from)"));
        }
        if (!version.isIntegralNumber() || version.asLong() < 0) {
            throw PanelException.badRequest("Invalid document", List.of("version: must be a non-negative integer"));
        }
        PostMortem doc;
        try {
            doc = json.treeToValue(tree, PostMortem.class);
        } catch (JacksonException e) {
            throw PanelException.badRequest("Invalid document", List.of(fieldError(e)));
        }
        List<String> errors = validate(doc);
        if (!errors.isEmpty()) {
            throw PanelException.badRequest("Invalid document", errors);
        }
        return new Incoming(doc, version.asLong());
    }

    /** Replaces every string under {@code node} by its {@link SafeText} form, single-line where the path says so. */
    static void clean(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (var property : object.properties()) {
                String childPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                JsonNode value = property.getValue();
                if (value.isString()) {
                    String text = value.asString();
                    String safe = safe(text, childPath);
                    if (safe != text) object.put(property.getKey(), safe);
                } else {
                    clean(value, childPath);
                }
            }
        } else if (node instanceof ArrayNode array) {
            String childPath = path + "[]";
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString()) {
                    String text = value.asString();
                    String safe = safe(text, childPath);
                    if (safe != text) array.set(i, array.stringNode(safe));
                } else {
                    clean(value, childPath);
                }
            }
        }
    }

    private static String safe(String text, String path) {
        return SINGLE_LINE.contains(path) ? SafeText.singleLine(text) : SafeText.multiLine(text);
    }

    /** "header.severity: ..." in the contract's path notation, with what is allowed. */
    static String fieldError(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String field = path.isEmpty() ? "document" : path.toString();
        if (e instanceof InvalidFormatException invalid) {
            Class<?> type = invalid.getTargetType();
            if (type != null && type.isEnum()) {
                return field + ": must be one of " + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", "");
            }
            if (type == java.time.LocalDate.class) {
                return field + ": must be a date YYYY-MM-DD";
            }
            if (type == java.time.Instant.class) {
                return field + ": must be a UTC instant like 2026-11-20T09:41:00Z";
            }
            return field + ": invalid value " + abbreviate(String.valueOf(invalid.getValue()));
        }
        String original = e.getOriginalMessage() == null ? "invalid value" : e.getOriginalMessage();
        if (original.contains("LocalDate")) return field + ": must be a date YYYY-MM-DD";
        if (original.contains("Instant")) return field + ": must be a UTC instant like 2026-11-20T09:41:00Z";
        return field + ": " + abbreviate(original.split("\n")[0]);
    }

    static String position(JacksonException e) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + abbreviate(String.valueOf(e.getOriginalMessage()).split("\n")[0]);
        }
        return abbreviate(String.valueOf(e.getOriginalMessage()).split("\n")[0]);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Length and size limits, each reported with its path. */
    List<String> validate(PostMortem d) {
        List<String> errors = new ArrayList<>();
        max(errors, "summary", d.summary(), MAX_TEXT);
        if (d.header() != null) {
            max(errors, "header.incidentId", d.header().incidentId(), MAX_SHORT);
            max(errors, "header.title", d.header().title(), MAX_SHORT);
            max(errors, "header.customerImpact", d.header().customerImpact(), MAX_TEXT);
        }
        for (Question q : Question.values()) {
            max(errors, "answers." + q.key(), d.answers().get(q), MAX_TEXT);
        }
        size(errors, "impact.services", d.impact().services(), MAX_LIST);
        for (int i = 0; i < d.impact().services().size(); i++) max(errors, "impact.services[" + i + "]", d.impact().services().get(i), MAX_SHORT);
        max(errors, "impact.customerSegments", d.impact().customerSegments(), MAX_TEXT);
        max(errors, "impact.geography", d.impact().geography(), MAX_TEXT);
        max(errors, "impact.revenueImpact", d.impact().revenueImpact(), MAX_TEXT);
        max(errors, "impact.dataIntegrity", d.impact().dataIntegrity(), MAX_TEXT);
        size(errors, "timeline", d.timeline(), MAX_TIMELINE);
        for (int i = 0; i < d.timeline().size(); i++) {
            TimelineEntry t = d.timeline().get(i);
            max(errors, "timeline[" + i + "].who", t.who(), MAX_SHORT);
            max(errors, "timeline[" + i + "].event", t.event(), MAX_TEXT);
            max(errors, "timeline[" + i + "].source", t.source(), MAX_SHORT);
            max(errors, "timeline[" + i + "].original", t.original(), MAX_TEXT);
        }
        max(errors, "rootCause.sentence", d.rootCause().sentence(), MAX_TEXT);
        max(errors, "rootCause.evidence", d.rootCause().evidence(), MAX_TEXT);
        strings(errors, "fiveWhys", d.fiveWhys(), 20);
        size(errors, "contributingFactors", d.contributingFactors(), MAX_LIST);
        for (int i = 0; i < d.contributingFactors().size(); i++) {
            ContributingFactor f = d.contributingFactors().get(i);
            max(errors, "contributingFactors[" + i + "].factor", f.factor(), MAX_TEXT);
            max(errors, "contributingFactors[" + i + "].how", f.how(), MAX_TEXT);
        }
        strings(errors, "wentWell", d.wentWell(), MAX_LIST);
        strings(errors, "wentBadly", d.wentBadly(), MAX_LIST);
        strings(errors, "lucky", d.lucky(), MAX_LIST);
        strings(errors, "unknownsAtTheTime", d.unknownsAtTheTime(), MAX_LIST);
        max(errors, "dataImpact.lost", d.dataImpact().lost(), MAX_TEXT);
        max(errors, "dataImpact.exposed", d.dataImpact().exposed(), MAX_TEXT);
        max(errors, "dataImpact.personalData.categories", d.dataImpact().personalData().categories(), MAX_TEXT);
        max(errors, "dataImpact.personalData.volume", d.dataImpact().personalData().volume(), MAX_SHORT);
        max(errors, "dataImpact.personalData.jurisdiction", d.dataImpact().personalData().jurisdiction(), MAX_SHORT);
        max(errors, "dataImpact.regulatoryNotification.regulator", d.dataImpact().regulatoryNotification().regulator(), MAX_SHORT);
        max(errors, "dataImpact.regulatoryNotification.deadline", d.dataImpact().regulatoryNotification().deadline(), MAX_SHORT);
        size(errors, "actionItems", d.actionItems(), MAX_LIST);
        for (int i = 0; i < d.actionItems().size(); i++) {
            ActionItem a = d.actionItems().get(i);
            max(errors, "actionItems[" + i + "].id", a.id(), 64); // action_item_issue.item_id
            max(errors, "actionItems[" + i + "].summary", a.summary(), 255);
            max(errors, "actionItems[" + i + "].description", a.description(), MAX_LONG_TEXT);
            max(errors, "actionItems[" + i + "].ownerAccountId", a.ownerAccountId(), 128);
            max(errors, "actionItems[" + i + "].ownerDisplayName", a.ownerDisplayName(), MAX_SHORT);
        }
        size(errors, "rejectedActions", d.rejectedActions(), MAX_LIST);
        for (int i = 0; i < d.rejectedActions().size(); i++) {
            RejectedAction r = d.rejectedActions().get(i);
            max(errors, "rejectedActions[" + i + "].idea", r.idea(), MAX_TEXT);
            max(errors, "rejectedActions[" + i + "].reason", r.reason(), MAX_TEXT);
            max(errors, "rejectedActions[" + i + "].revisitIf", r.revisitIf(), MAX_TEXT);
        }
        size(errors, "supportingEvidence", d.supportingEvidence(), MAX_LIST);
        for (int i = 0; i < d.supportingEvidence().size(); i++) {
            EvidenceLink l = d.supportingEvidence().get(i);
            max(errors, "supportingEvidence[" + i + "].label", l.label(), MAX_SHORT);
            max(errors, "supportingEvidence[" + i + "].url", l.url(), MAX_URL);
        }
        max(errors, "externalVersion", d.externalVersion(), MAX_LONG_TEXT);
        return errors;
    }

    private static void max(List<String> errors, String path, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(path + ": at most " + max + " characters (got " + value.length() + ")");
        }
    }

    private static void size(List<String> errors, String path, List<?> list, int max) {
        if (list.size() > max) errors.add(path + ": at most " + max + " entries (got " + list.size() + ")");
    }

    private static void strings(List<String> errors, String path, List<String> list, int maxEntries) {
        size(errors, path, list, maxEntries);
        for (int i = 0; i < list.size(); i++) max(errors, path + "[" + i + "]", list.get(i), MAX_TEXT);
    }
}
