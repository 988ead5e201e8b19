package io.postmortem.forge.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Forge's {@code avi:jira:updated:issue} event in the shape of Jira's {@code jira:issue_updated} webhook, which is what
 * the intake reads: {@code issue} and {@code changelog} as they come, the acting user ({@code atlassianId}) as
 * {@code user.accountId}. The event is read at the top level or under {@code payload} (Forge Remote's body shape is
 * not documented; both are accepted).
 */
final class ForgeEvents {

    /** Not an issue event: the message says why. */
    static final class NotAnIssueEvent extends RuntimeException {
        NotAnIssueEvent(String message) {
            super(message, null, false, false);
        }
    }

    private ForgeEvents() {
    }

    static byte[] asWebhook(JsonMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new NotAnIssueEvent("Malformed event: the body is not valid JSON");
        }
        JsonNode event = root != null && root.path("issue").isObject() ? root
                : root != null && root.path("payload").path("issue").isObject() ? root.path("payload") : null;
        if (event == null) {
            throw new NotAnIssueEvent("Malformed event: expected a JSON object with an \"issue\" (or payload.issue)");
        }
        ObjectNode webhook = json.createObjectNode();
        webhook.put("webhookEvent", "jira:issue_updated");
        if (event.hasNonNull("eventType")) webhook.set("forgeEventType", event.get("eventType"));
        webhook.set("issue", event.get("issue"));
        if (event.path("changelog").isObject()) webhook.set("changelog", event.get("changelog"));
        String actor = event.path("atlassianId").isString() ? event.path("atlassianId").asString()
                : event.path("user").path("accountId").asString(null);
        if (actor != null && !actor.isBlank()) webhook.putObject("user").put("accountId", actor);
        return json.writeValueAsBytes(webhook);
    }

    /** The same body on every retry gives the same id: {@code forge:} + SHA-256 of the body (hex, 32 characters). */
    static String deliveryId(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "forge:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
