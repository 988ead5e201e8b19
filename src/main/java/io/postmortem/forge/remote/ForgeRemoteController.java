package io.postmortem.forge.remote;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.auth.Caller;
import io.postmortem.forge.ForgeInvocation;
import io.postmortem.forge.tenants.ForgeTenants;
import io.postmortem.webhooks.WebhookProperties;
import io.postmortem.webhooks.IssueEventIntake;
import io.postmortem.webhooks.WebhookIntake;
import io.postmortem.web.ApiError;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Forge Remote endpoints the manifest routes Forge's events to. Each needs a verified Forge Invocation Token
 * (the default check of every handler; a Connect JWT does not open them) and answers JSON within Forge's 5 seconds:
 * <ul>
 * <li>{@code POST /forge/events/issue-updated} ({@code avi:jira:updated:issue}): the same durable intake job as the
 * Connect webhook, de-duplicated under Forge's retries (by changelog, else by the body's hash); never calls Jira.</li>
 * <li>{@code POST /forge/lifecycle} ({@code avi:forge:installed:app}, {@code avi:forge:upgraded:app}): the
 * installation is registered (or refreshed) by the authentication itself; this answers what it is now.</li>
 * <li>{@code POST /forge/tick} (hourly scheduled trigger): brings the fresh system token background work needs.</li>
 * <li>{@code POST /forge/uninstalling} (preUninstall): stops calling the site; the data stays.</li>
 * </ul>
 */
@RestController
public class ForgeRemoteController {

    private static final Logger log = LoggerFactory.getLogger(ForgeRemoteController.class);

    private final IssueEventIntake intake;
    private final ForgeTenants tenants;
    private final WebhookProperties limits;
    private final JsonMapper json;

    public ForgeRemoteController(IssueEventIntake intake, ForgeTenants tenants, WebhookProperties limits, JsonMapper json) {
        this.intake = intake;
        this.tenants = tenants;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping(path = "/forge/events/issue-updated", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> issueUpdated(Caller caller, HttpServletRequest request) throws IOException {
        require(request);
        byte[] body = body(request);
        byte[] webhook = ForgeEvents.asWebhook(json, body);
        WebhookIntake.Outcome outcome = intake.accept(caller.clientKey(), ForgeEvents.deliveryId(body), webhook);
        return Map.of("outcome", outcome.name());
    }

    @PostMapping(path = "/forge/lifecycle", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> lifecycle(Caller caller, HttpServletRequest request) throws IOException {
        ForgeInvocation invocation = require(request);
        String eventType = eventType(body(request));
        log.info("Forge lifecycle {} for installation {} (app version {})", eventType == null ? "event" : eventType,
                invocation.installationId(), invocation.appVersion());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("installed", true);
        answer.put("continuesConnect", !caller.clientKey().equals(invocation.installationId())
                && !caller.clientKey().startsWith("ari:"));
        return answer;
    }

    @PostMapping(path = "/forge/tick", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> tick(HttpServletRequest request) {
        ForgeInvocation invocation = require(request);
        tenants.ticked(invocation);
        return Map.of("systemToken", invocation.systemToken() != null);
    }

    @PostMapping(path = "/forge/uninstalling", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> uninstalling(HttpServletRequest request) {
        tenants.uninstalled(require(request));
        return Map.of("installed", false);
    }

    @ExceptionHandler(ForgeEvents.NotAnIssueEvent.class)
    ResponseEntity<ApiError> notAnIssueEvent(ForgeEvents.NotAnIssueEvent e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(IssueEventIntake.MalformedEvent.class)
    ResponseEntity<ApiError> malformed(IssueEventIntake.MalformedEvent e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<ApiError> tooLarge(TooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "Event body too large",
                List.of("The limit is " + limits.maxWebhookBytes() + " bytes; nothing was stored"));
    }

    static ForgeInvocation require(HttpServletRequest request) {
        ForgeInvocation invocation = ForgeInvocation.of(request);
        if (invocation == null) {
            throw AuthenticationFailure.unauthorized("Forge endpoints take a Forge invocation token");
        }
        return invocation;
    }

    private String eventType(byte[] body) {
        if (body.length == 0) return null;
        try {
            var node = json.readTree(body);
            String type = node.path("eventType").asString(null);
            return type != null ? type : node.path("payload").path("eventType").asString(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        long limit = limits.maxWebhookBytes();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) throw new TooLarge();
            return body;
        }
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<String> details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(message, details));
    }

    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
