package io.postmortem.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.Caller;
import io.postmortem.web.ApiError;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jira's {@code jira:issue_updated} webhook (descriptor: POST /connect/webhooks/issue-updated). The Connect JWT is
 * verified before this runs (the default for every handler: qsh bound to this request); the {@link Caller} names the
 * installation. Answers 204 at once after storing a durable job; never calls Atlassian here.
 *
 * <ul>
 * <li>400 JSON error: the body is not a JSON object with an {@code issue}.</li>
 * <li>413 JSON error: the body is larger than {@code postmortem.jobs.max-webhook-bytes} (default 5 MB); nothing is stored.</li>
 * <li>401 (by the Connect layer): unknown installation, bad or missing JWT.</li>
 * </ul>
 */
@RestController
public class IssueUpdatedWebhookController {

    /** How much of an oversized body is read (and dropped) before answering, so the client sees the 413. */
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    private final WebhookIntake intake;
    private final JsonMapper json;
    private final IntakeProperties properties;
    private final IntakeMetrics metrics;

    public IssueUpdatedWebhookController(WebhookIntake intake, JsonMapper json, IntakeProperties properties,
            IntakeMetrics metrics) {
        this.intake = intake;
        this.json = json;
        this.properties = properties;
        this.metrics = metrics;
    }

    @PostMapping("/connect/webhooks/issue-updated")
    public ResponseEntity<?> issueUpdated(Caller caller, HttpServletRequest request,
            @RequestHeader(name = "X-Atlassian-Webhook-Identifier", required = false) String webhookId) throws IOException {
        long started = System.nanoTime();
        long limit = properties.maxWebhookBytes();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            if (request.getContentLengthLong() > limit) {
                drain(in);
                return tooLarge(limit);
            }
            body = readAtMost(in, limit);
            if (body == null) {
                drain(in);
                return tooLarge(limit);
            }
        }
        WebhookFacts facts;
        try {
            facts = WebhookFacts.read(json, body);
        } catch (WebhookFacts.MalformedWebhook e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
        }
        String id = webhookId == null || webhookId.isBlank() || webhookId.length() > 255 ? null : webhookId;
        intake.accept(caller.clientKey(), id, facts, new String(body, StandardCharsets.UTF_8));
        metrics.acknowledged(System.nanoTime() - started);
        return ResponseEntity.noContent().build();
    }

    /** The body, or null when it is longer than {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) return null;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) != -1) {
            total += n;
        }
    }

    private static ResponseEntity<ApiError> tooLarge(long limit) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "Webhook body too large",
                List.of("The limit is " + limit + " bytes; nothing was stored"));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<String> details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(message, details));
    }
}
