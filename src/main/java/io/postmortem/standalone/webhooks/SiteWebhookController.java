package io.postmortem.standalone.webhooks;

import io.postmortem.webhooks.RefusedDelivery;
import io.postmortem.webhooks.WebhookBody;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.standalone.SitesProperties;
import io.postmortem.web.ApiError;
import io.postmortem.webhooks.IssueEventIntake;
import io.postmortem.webhooks.WebhookProperties;

/**
 * A Jira admin webhook of an operator-configured site: {@code POST /webhooks/jira/{siteId}} (Cloud: Jira settings →
 * System → WebHooks; Data Center: Administration → System → WebHooks), registered with the site's
 * {@code webhook-secret}. Not a Connect call ({@link IgnoreJwt}): the signature over the raw body is the
 * authentication, so it is checked here, where the body is read, before anything is parsed or stored.
 *
 * <ul>
 * <li>401 JSON error: unknown site, a site without a webhook secret, no {@code X-Hub-Signature}, or a wrong one;
 * nothing is stored.</li>
 * <li>400 / 413: a body that is not an issue event, or too large; nothing is stored.</li>
 * <li>204: stored as the same durable intake job as every other way in ({@link IssueEventIntake}); a retry (the same
 * {@code X-Atlassian-Webhook-Identifier}, or without one the same issue and changelog id) is acknowledged and dropped.</li>
 * </ul>
 */
@RestController
@IgnoreJwt
public class SiteWebhookController {

    private static final Logger log = LoggerFactory.getLogger(SiteWebhookController.class);
    /** Jira's identifiers are UUIDs; longer ones are treated as absent (they key the job and the seen-deliveries row). */
    private static final int MAX_WEBHOOK_ID = 200;

    private final SitesProperties sites;
    private final IssueEventIntake intake;
    private final WebhookProperties limits;

    public SiteWebhookController(SitesProperties sites, IssueEventIntake intake, WebhookProperties limits) {
        this.sites = sites;
        this.intake = intake;
        this.limits = limits;
    }

    @PostMapping("/webhooks/jira/{siteId}")
    public ResponseEntity<Void> webhook(@PathVariable String siteId, HttpServletRequest request,
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
            @RequestHeader(name = "X-Atlassian-Webhook-Identifier", required = false) String webhookId) throws IOException {
        var site = sites.site(siteId);
        String secret = site.map(SitesProperties.Site::webhookSecret).orElse(null);
        byte[] body = WebhookBody.readAtMost(request.getInputStream(), limits.maxWebhookBytes());
        if (secret == null || secret.isEmpty()) {
            throw new RefusedDelivery(HttpStatus.UNAUTHORIZED, "No webhook is accepted for this site",
                    List.of("Configure postmortem.sites.<id>.webhook-secret and register the webhook with that secret"));
        }
        if (signature == null) {
            throw new RefusedDelivery(HttpStatus.UNAUTHORIZED, "Unsigned webhook",
                    List.of("Register the webhook with the site's secret: Jira then sends X-Hub-Signature"));
        }
        if (body == null) {
            throw new RefusedDelivery(HttpStatus.CONTENT_TOO_LARGE, "Webhook body too large",
                    List.of("The limit is " + limits.maxWebhookBytes() + " bytes; nothing was stored"));
        }
        if (!WebhookSignature.verify(secret, body, signature)) {
            log.warn("Refused a webhook for site {} with a wrong signature", siteId);
            throw new RefusedDelivery(HttpStatus.UNAUTHORIZED, "Wrong webhook signature",
                    List.of("X-Hub-Signature must be sha256=<HMAC-SHA256 of the body with the site's webhook secret>"));
        }
        String id = webhookId == null || webhookId.isBlank() || webhookId.length() > MAX_WEBHOOK_ID ? null : webhookId.strip();
        intake.accept(SitesProperties.tenant(siteId), id, body);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RefusedDelivery.class)
    ResponseEntity<ApiError> refused(RefusedDelivery e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(new ApiError(e.getMessage(), e.details()));
    }

    @ExceptionHandler(IssueEventIntake.MalformedEvent.class)
    ResponseEntity<ApiError> malformed(IssueEventIntake.MalformedEvent e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiError(e.getMessage(), List.of()));
    }
}
