package io.postmortem.aidraft;

import io.postmortem.drafting.DraftMaterial;
import io.postmortem.drafting.Section;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.rules.BlameDetector;
import io.postmortem.rules.RedactionRule;
import io.postmortem.rules.RuleContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's answer: one JSON object with the eight section keys (the schema is {@link #SCHEMA}). Each
 * section is checked on its own: a text section must be a non-blank string, a list section an array of strings
 * (the five whys at least three steps); too long, wrong type or missing, and the section is left out. What is kept
 * goes through the facilitator's own rules: text is {@link RedactionRule#scrub scrubbed} (a model must not hand a
 * secret back), an item or text that the blameless check flags is left out, and the external version must pass the
 * redaction scan. An answer with no usable section is refused as a whole.
 */
final class AiAnswer {

    static final String SCHEMA = """
            {"type":"object","additionalProperties":false,
             "required":["summary","rootCause","fiveWhys","contributingFactors","wentWell","wentBadly","lucky","externalVersion"],
             "properties":{
              "summary":{"type":"string"},"rootCause":{"type":"string"},
              "fiveWhys":{"type":"array","items":{"type":"string"}},
              "contributingFactors":{"type":"array","items":{"type":"string"}},
              "wentWell":{"type":"array","items":{"type":"string"}},
              "wentBadly":{"type":"array","items":{"type":"string"}},
              "lucky":{"type":"array","items":{"type":"string"}},
              "externalVersion":{"type":"string"}}}""";

    static final int MAX_TEXT = 4_000;
    static final int MAX_ITEM = 600;
    static final int MAX_ITEMS = 8;

    /** An answer that cannot be used at all. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private AiAnswer() {
    }

    /** The suggestions keyed {@code ai.<section>}, each with source {@code ai:<model>}; at least one. */
    static Map<String, Suggestion> read(String content, String model, PostMortem doc, JsonMapper json) throws Refused {
        if (content == null || content.isBlank()) throw new Refused("the model sent no text (a refusal or an empty answer)");
        JsonNode root;
        try {
            root = json.readTree(stripFence(content));
        } catch (JacksonException e) {
            throw new Refused("the model's answer is not JSON");
        }
        if (root == null || !root.isObject()) throw new Refused("the model's answer is not a JSON object");
        DraftMaterial m = DraftMaterial.from(doc);
        BlameDetector blame = new BlameDetector(m.people());
        RuleContext ctx = new RuleContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), m.people(), m.internalTerms());
        String source = "ai:" + model;
        Map<String, Suggestion> out = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (Section s : Section.values()) {
            JsonNode v = root.get(s.key());
            Suggestion sug = s.list() ? list(s, v, blame, source, model) : text(s, v, blame, ctx, source, model);
            if (sug == null) dropped.add(s.key());
            else out.put("ai." + s.key(), sug);
        }
        if (out.isEmpty()) throw new Refused("no section of the model's answer could be used");
        return out;
    }

    private static Suggestion text(Section s, JsonNode v, BlameDetector blame, RuleContext ctx, String source, String model) {
        if (v == null || !v.isString()) return null;
        String t = RedactionRule.scrub(v.asString().strip());
        if (t.isEmpty() || t.length() > MAX_TEXT || !blame.findAll(t).isEmpty()) return null;
        if (s == Section.EXTERNAL_VERSION
                && new RedactionRule().scan(t, ctx).stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) return null;
        return new Suggestion(t, List.of(), source, label(model), null);
    }

    private static Suggestion list(Section s, JsonNode v, BlameDetector blame, String source, String model) {
        if (v == null || !v.isArray()) return null;
        List<String> items = new ArrayList<>();
        for (JsonNode i : v) {
            if (!i.isString()) return null;
            String t = RedactionRule.scrub(i.asString().strip());
            if (t.isEmpty() || t.length() > MAX_ITEM) continue;
            if (!blame.findAll(t).isEmpty()) {
                if (s == Section.FIVE_WHYS) return null; // a chain with a link taken out is no chain
                continue;
            }
            items.add(t);
            if (items.size() == MAX_ITEMS) break;
        }
        if (items.isEmpty() || (s == Section.FIVE_WHYS && items.size() < 3)) return null;
        return new Suggestion(String.join("\n", items), items, source, label(model), null);
    }

    private static String label(String model) {
        return "from the model " + model + ", given the redacted evidence; checked with the blameless and redaction rules";
    }

    /** Models sometimes wrap JSON in a Markdown fence despite being told not to. */
    static String stripFence(String s) {
        String t = s.strip();
        if (t.startsWith("```")) {
            int nl = t.indexOf('\n');
            int end = t.lastIndexOf("```");
            if (nl > 0 && end > nl) t = t.substring(nl + 1, end).strip();
        }
        return t;
    }
}
