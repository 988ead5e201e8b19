package io.postmortem.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.Caller;
import io.postmortem.web.ApiError;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jira's {@code jira:issue_updated} webhook (descriptor: POST /connect/webhooks/issue-updated). The Connect JWT is
 * verified before this runs (the default for every handler: qsh bound to this request); the {@link Caller} names the
 * installation. Answers 204 at once after storing a durable job, or after storing nothing when no listener can act on
 * the delivery ({@link WebhookIntake}); never calls Atlassian here.
 *
 * <ul>
 * <li>400 JSON error: the body is not a JSON object with an {@code issue}, or {@code issue.id}, {@code issue.key} or
 * {@code changelog.id} does not fit its column (32, 64, 32 characters) or holds spaces or control characters; the
 * details name the field. Nothing is stored.</li>
 * <li>413 JSON error: the body is larger than {@code postmortem.jobs.max-webhook-bytes} (default 5 MB); nothing is stored.</li>
 * <li>401 (by the Connect layer): unknown installation, bad or missing JWT.</li>
 * </ul>
 */
@RestController
public class IssueUpdatedWebhookController {

    /**
     * Longer {@code X-Atlassian-Webhook-Identifier}s are treated as absent (Jira's are UUIDs): the identifier is
     * stored in {@code intake_webhook_seen.webhook_id} (255) and in the job's instance id
     * {@code clientKey|identifier} ({@code scheduled_tasks.task_instance}, 500, with a client key of up to 255).
     */
    static final int MAX_WEBHOOK_ID = 200;

    /** How much of an oversized body is read (and dropped) before answering, so the client sees the 413. */
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    private final WebhookIntake intake;
    private final JsonMapper json;
    private final WebhookProperties properties;
    private final WebhookMetrics metrics;

    public IssueUpdatedWebhookController(WebhookIntake intake, JsonMapper json, WebhookProperties properties,
            WebhookMetrics metrics) {
        this.intake = intake;
        this.json = json;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Where the dynamic webhooks (registered per site, {@code io.postmortem.dynamicwebhooks}) are delivered. */
    public static final String DYNAMIC_PATH = "/connect/webhooks/dynamic/issue-updated";

    /**
     * The descriptor's static webhook and the dynamic ones come to the same handler (same Connect JWT check, same
     * intake, so one change delivered by both is accepted once: the (issue, changelog) pair de-duplicates); two paths
     * so logs and {@code http.server.requests} tell the sources apart.
     */
    @PostMapping({"/connect/webhooks/issue-updated", DYNAMIC_PATH})
    @ResponseStatus(HttpStatus.NO_CONTENT) // answered without a body, so no message converter is consulted
    public void issueUpdated(Caller caller, HttpServletRequest request,
            @RequestHeader(name = "X-Atlassian-Webhook-Identifier", required = false) String webhookId) throws IOException {
        long started = System.nanoTime();
        byte[] body = body(request, properties.maxWebhookBytes());
        WebhookFacts facts;
        try {
            facts = WebhookFacts.read(json, body);
        } catch (WebhookFacts.MalformedWebhook e) {
            throw new RefusedDelivery(HttpStatus.BAD_REQUEST, e.getMessage(), e.details());
        }
        String id = webhookId == null || webhookId.isBlank() || webhookId.length() > MAX_WEBHOOK_ID ? null : webhookId;
        intake.accept(caller.clientKey(), id, facts, new String(body, StandardCharsets.UTF_8));
        metrics.acknowledged(System.nanoTime() - started);
    }

    @ExceptionHandler(RefusedDelivery.class)
    ResponseEntity<ApiError> refused(RefusedDelivery e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(new ApiError(e.getMessage(), e.details()));
    }

    /** The whole body; refused with 413 (after reading and dropping it) when it is longer than {@code limit}. */
    private static byte[] body(HttpServletRequest request, long limit) throws IOException {
        try (InputStream in = request.getInputStream()) {
            long declared = request.getContentLengthLong();
            byte[] body = declared > limit ? null
                    : declared >= 0 && declared < Integer.MAX_VALUE ? in.readNBytes((int) declared) // Tomcat ends the stream at Content-Length
                    : WebhookBody.readAtMost(in, limit);
            if (body == null) {
                drain(in);
                throw new RefusedDelivery(HttpStatus.CONTENT_TOO_LARGE, "Webhook body too large",
                        List.of("The limit is " + limit + " bytes; nothing was stored"));
            }
            return body;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) != -1) {
            total += n;
        }
    }
}
