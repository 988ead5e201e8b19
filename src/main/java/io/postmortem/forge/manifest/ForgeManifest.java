package io.postmortem.forge.manifest;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Forge manifest's relation to the Connect descriptor: one source of truth. The manifest's {@code connectModules}
 * are derived from {@code atlassian-connect.json} (the descriptor's {@code lifecycle} and each of its
 * {@code modules}), never written by hand; a test fails when the committed {@code forge/manifest.yml} differs, and
 * prints the block to paste. The rules of Connect on Forge (other-ways-in.md 1.1):
 * <ul>
 * <li>every descriptor module type {@code X} becomes {@code jira:X}, a list of objects (a single object such as
 * {@code configurePage} becomes a one-item list);</li>
 * <li>every entry needs a {@code key}: webhooks, which have none in the descriptor, get
 * {@code webhook-<event>} (characters outside {@code [A-Za-z0-9_-]} become {@code -});</li>
 * <li>the descriptor's {@code lifecycle} becomes one {@code jira:lifecycle} entry with key {@code lifecycle}.</li>
 * </ul>
 */
public final class ForgeManifest {

    /** The remote the Connect modules and the Forge endpoints call: the app itself. */
    public static final String REMOTE_KEY = "connect";

    private ForgeManifest() {
    }

    /** The {@code connectModules} of the manifest, from a Jira Connect descriptor. */
    public static ObjectNode connectModules(JsonMapper json, JsonNode descriptor) {
        ObjectNode modules = json.createObjectNode();
        JsonNode lifecycle = descriptor.path("lifecycle");
        if (lifecycle.isObject() && !lifecycle.isEmpty()) {
            ObjectNode entry = json.createObjectNode().put("key", "lifecycle");
            entry.setAll((ObjectNode) lifecycle.deepCopy());
            modules.putArray("jira:lifecycle").add(entry);
        }
        for (Map.Entry<String, JsonNode> type : descriptor.path("modules").properties()) {
            ArrayNode entries = modules.putArray("jira:" + type.getKey());
            JsonNode value = type.getValue();
            Iterator<JsonNode> items = value.isArray() ? value.iterator() : java.util.List.of(value).iterator();
            while (items.hasNext()) {
                JsonNode item = items.next();
                if (!item.isObject()) continue;
                ObjectNode entry = json.createObjectNode();
                entry.put("key", item.hasNonNull("key") ? item.get("key").asString() : derivedKey(type.getKey(), item));
                ((ObjectNode) item).properties().forEach(f -> {
                    if (!f.getKey().equals("key")) entry.set(f.getKey(), f.getValue().deepCopy());
                });
                entries.add(entry);
            }
        }
        return modules;
    }

    /** Webhooks have no key in a descriptor: {@code webhook-<event>}. */
    static String derivedKey(String type, JsonNode item) {
        String base = type.equals("webhooks") ? "webhook-" + item.path("event").asString("event") : type;
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    /** Reads a manifest. */
    public static ObjectNode read(YAMLMapper yaml, String text) {
        JsonNode node = yaml.readTree(text);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("A Forge manifest is a YAML mapping");
        }
        return object;
    }

    /**
     * The manifest for one deployment: {@code connectModules} derived from the served descriptor, the remote's
     * {@code baseUrl} = {@code postmortem.base-url}, and {@code app.id} = {@code postmortem.forge.app-id} when set.
     */
    public static ObjectNode render(JsonMapper json, ObjectNode manifest, JsonNode descriptor, String baseUrl, String appAri) {
        ObjectNode out = manifest.deepCopy();
        ObjectNode app = out.withObject("app");
        if (appAri != null) app.put("id", appAri);
        app.withObject("connect").put("key", descriptor.path("key").asString());
        for (JsonNode remote : out.withArray("remotes")) {
            if (REMOTE_KEY.equals(remote.path("key").asString())) ((ObjectNode) remote).put("baseUrl", baseUrl);
        }
        out.set("connectModules", connectModules(json, descriptor));
        return out;
    }
}
