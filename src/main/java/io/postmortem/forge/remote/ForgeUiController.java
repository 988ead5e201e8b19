package io.postmortem.forge.remote;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.auth.Caller;
import io.postmortem.forge.ForgeInvocation;
import io.postmortem.forge.sites.ForgeSites;
import io.postmortem.panel.PanelAccess;
import io.postmortem.panel.PanelBootstrap;
import io.postmortem.web.ApiError;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the panel and settings page need when they run as Forge Custom UI (resources under {@code forge/static/}):
 * <ul>
 * <li>{@code GET /forge/ui/bootstrap}: the panel's start data for the issue of the calling module's context (the same
 * map a Connect panel page carries, without a session token).</li>
 * <li>{@code POST /forge/ui/call}: the Custom UI's one transport. {@code @forge/bridge}'s {@code invokeRemote} only
 * promises to resolve with a JSON object, so the panel's requests travel as
 * {@code {"method", "path", "contentType", "accept", "body"}} and come back as
 * {@code {"status", "contentType", "body"}} (always HTTP 200, the body as text): the panel sees each answer's real
 * status (404 "no draft yet", 409 conflicts, 422 findings) and body (Markdown too), exactly as over {@code fetch}.
 * The request is dispatched inside this one (an include), with its Forge invocation token, so it is authenticated and checked
 * exactly like a direct call (the token opens only its own issue). Only the post-mortem API ({@code /api/**}) and
 * the bootstrap can be reached this way.</li>
 * </ul>
 */
@RestController
public class ForgeUiController {

    private static final Logger log = LoggerFactory.getLogger(ForgeUiController.class);
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*(\\?[^#\\s]*)?");
    private static final int MAX_BODY = 5 * 1024 * 1024;

    /** What the Custom UI asks for. */
    public record Call(String method, String path, String contentType, String accept, String body) {
    }

    private final PanelBootstrap bootstrap;
    private final ForgeSites sites;
    private final JsonMapper json;

    public ForgeUiController(PanelBootstrap bootstrap, ForgeSites sites, JsonMapper json) {
        this.bootstrap = bootstrap;
        this.sites = sites;
        this.json = json;
    }

    @GetMapping(path = "/forge/ui/bootstrap", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> bootstrap(Caller caller, HttpServletRequest request) {
        requireUser(request);
        String issueKey = caller.issueKey();
        if (!PanelAccess.validIssueKey(issueKey)) {
            throw AuthenticationFailure.forbidden("This Forge module has no issue in its context");
        }
        String key = issueKey.toUpperCase(Locale.ROOT);
        return bootstrap.bootstrap(caller, key, "forge", "", sites.siteUrl(caller.clientKey()).orElse(null));
    }

    @PostMapping(path = "/forge/ui/call", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> call(@RequestBody Call call, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        requireUser(request);
        String method = call.method() == null ? "GET" : call.method().toUpperCase(Locale.ROOT);
        String path = call.path();
        if (!METHODS.contains(method)) {
            return envelope(400, error("Method " + call.method() + " cannot be sent through the Forge transport"));
        }
        if (!reachable(path)) {
            return envelope(400, error("Only the post-mortem API (/api/...) can be reached through the Forge transport"));
        }
        byte[] body = call.body() == null ? new byte[0] : call.body().getBytes(StandardCharsets.UTF_8);
        if (body.length > MAX_BODY) {
            return envelope(413, error("Request body too large (the limit is " + MAX_BODY + " bytes)"));
        }
        String contentType = call.contentType() == null || call.contentType().isBlank() ? MediaType.APPLICATION_JSON_VALUE
                : call.contentType();
        String accept = call.accept() == null || call.accept().isBlank() ? MediaType.APPLICATION_JSON_VALUE : call.accept();
        CapturedResponse captured = new CapturedResponse(response);
        RequestDispatcher dispatcher = request.getRequestDispatcher(path);
        try {
            // an include, not a forward: the container closes a forwarded request's real response (Servlet 6.1), and
            // this one still has to carry the envelope; every status and header the dispatch sets stays in `captured`
            dispatcher.include(new TunnelledRequest(request, method, body, contentType, accept), captured);
        } catch (ServletException | RuntimeException e) {
            log.error("Forge transport: {} {} failed", method, path.replaceAll("\\?.*", ""), e);
            return envelope(500, error("Internal error"));
        }
        if (captured.errorMessage() != null || (captured.status() >= 400 && captured.body().length == 0)) {
            return envelope(captured.status(), error(captured.errorMessage() != null ? captured.errorMessage()
                    : "The request was refused (" + captured.status() + ")"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", captured.status());
        answer.put("contentType", captured.getContentType());
        answer.put("body", new String(captured.body(), captured.charset()));
        return answer;
    }

    private static boolean reachable(String path) {
        if (path == null || path.length() > 2048 || !SAFE_PATH.matcher(path).matches()) return false;
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String lower = route.toLowerCase(Locale.ROOT);
        if (lower.contains("..") || lower.contains("//") || lower.contains("%2e") || lower.contains("%2f")
                || lower.contains("%5c") || lower.contains(";")) {
            return false;
        }
        return route.startsWith("/api/") || route.equals("/forge/ui/bootstrap");
    }

    private Map<String, Object> envelope(int status, ApiError error) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("contentType", MediaType.APPLICATION_JSON_VALUE);
        answer.put("body", json.writeValueAsString(error));
        return answer;
    }

    private static ApiError error(String message) {
        return ApiError.of(message);
    }

    private static void requireUser(HttpServletRequest request) {
        ForgeInvocation invocation = ForgeRemoteController.require(request);
        if (invocation.principal() == null) {
            throw AuthenticationFailure.unauthorized("The Forge UI endpoints need a user (the token has no principal)");
        }
    }
}
