package io.postmortem.connect.lifecycle;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.nimbusds.jwt.JWTClaimsSet;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.BaseUrlPatterns;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.connect.auth.ConnectJwtAuthenticator;
import io.postmortem.connect.installations.InstallationRepository;

import org.springframework.http.HttpStatus;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The descriptor's lifecycle callbacks, for the Jira and the Confluence descriptor alike (the product comes
 * from the body's {@code productType}, else from a {@code /wiki} base URL).
 * {@code installed}/{@code uninstalled} are signed installs (RS256, checked here, hence {@link IgnoreJwt});
 * {@code enabled} is a plain HS256 call; {@code disabled} may arrive after uninstall without a JWT and is ignored.
 */
@RestController
public class LifecycleController {

    private static final Logger log = LoggerFactory.getLogger(LifecycleController.class);

    private final SignedInstallVerifier verifier;
    private final InstallationRepository installations;
    private final ConnectProperties properties;
    private final BaseUrlPatterns allowed;
    private final ConnectJwtAuthenticator authenticator;
    private final ObjectMapper json;
    private final org.springframework.context.ApplicationEventPublisher events;

    public LifecycleController(SignedInstallVerifier verifier, InstallationRepository installations, ConnectProperties properties,
            ConnectJwtAuthenticator authenticator, ObjectMapper json,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.verifier = verifier;
        this.installations = installations;
        this.properties = properties;
        this.allowed = new BaseUrlPatterns(properties.connect().allowedBaseUrls());
        this.authenticator = authenticator;
        this.json = json;
    }

    @IgnoreJwt
    @PostMapping("/connect/installed")
    public ResponseEntity<Void> installed(HttpServletRequest request, @RequestBody(required = false) String body) {
        LifecycleEvent event = verified(request, body, "installed");
        if (event.sharedSecret() == null || event.sharedSecret().isEmpty()) {
            throw badRequest("installed event without sharedSecret");
        }
        installations.install(event.clientKey(), event.product(), event.baseUrl(), event.displayUrl(), event.sharedSecret(),
                event.oauthClientId());
        log.info("Installed {} for {} at {}", event.product(), event.clientKey(), event.baseUrl());
        events.publishEvent(new io.postmortem.connect.installations.InstallationChanged(event.clientKey(), true));
        if (event.installationId() != null && event.product() == Product.JIRA) {
            events.publishEvent(new io.postmortem.connect.installations.ConnectInstalledOnForge(event.clientKey(),
                    event.installationId()));
        }
        return ResponseEntity.noContent().build();
    }

    @IgnoreJwt
    @PostMapping("/connect/uninstalled")
    public ResponseEntity<Void> uninstalled(HttpServletRequest request, @RequestBody(required = false) String body) {
        LifecycleEvent event = verified(request, body, "uninstalled");
        boolean known = installations.markUninstalled(event.clientKey());
        log.info("Uninstalled {} ({})", event.clientKey(), known ? "row kept, inactive" : "was not installed");
        events.publishEvent(new io.postmortem.connect.installations.InstallationChanged(event.clientKey(), false));
        return ResponseEntity.noContent().build();
    }

    /** HS256 with the installation's secret, checked by the default interceptor. */
    @PostMapping("/connect/enabled")
    public ResponseEntity<Void> enabled(Caller caller) {
        log.info("Enabled for {}", caller.clientKey());
        return ResponseEntity.noContent().build();
    }

    /** May come after uninstall without a JWT (AC-2561): verified when possible, always answered 204, changes nothing. */
    @IgnoreJwt
    @PostMapping("/connect/disabled")
    public ResponseEntity<Void> disabled(HttpServletRequest request) {
        try {
            Caller caller = authenticator.authenticate(request, false);
            log.info("Disabled for {}", caller.clientKey());
        } catch (AuthenticationFailure e) {
            log.info("Unverifiable disabled callback ignored: {}", e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    private LifecycleEvent verified(HttpServletRequest request, String body, String eventType) {
        JWTClaimsSet claims = verifier.verify(request);
        LifecycleEvent event = parse(body);
        if (!claims.getIssuer().equals(event.clientKey())) {
            throw AuthenticationFailure.forbidden("JWT iss does not match the body's clientKey");
        }
        if (event.eventType() != null && !event.eventType().equals(eventType)) {
            throw badRequest("eventType " + event.eventType() + " sent to the " + eventType + " callback");
        }
        if (event.key() != null && !event.key().equals(properties.appKey()) && !event.key().equals(properties.confluenceAppKey())) {
            throw AuthenticationFailure.forbidden("The event is for another app key");
        }
        if (!allowed.allows(event.baseUrl())) {
            throw AuthenticationFailure.forbidden("baseUrl is not in postmortem.connect.allowed-base-urls");
        }
        return event;
    }

    private LifecycleEvent parse(String body) {
        if (body == null || body.isBlank()) {
            throw badRequest("Missing lifecycle body");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw badRequest("Malformed JSON body");
        }
        if (!node.isObject()) {
            throw badRequest("Lifecycle body must be a JSON object");
        }
        String clientKey = text(node, "clientKey");
        String baseUrl = text(node, "baseUrl");
        if (clientKey == null || clientKey.isEmpty() || clientKey.length() > 255) {
            throw badRequest("clientKey missing or too long");
        }
        if (baseUrl == null || baseUrl.length() > 255) {
            throw badRequest("baseUrl missing or too long");
        }
        String productType = text(node, "productType");
        Product product;
        if (productType != null) {
            product = switch (productType.toLowerCase(Locale.ROOT)) {
                case "jira" -> Product.JIRA;
                case "confluence" -> Product.CONFLUENCE;
                default -> throw badRequest("Unsupported productType " + productType);
            };
        } else {
            product = baseUrl.replaceAll("/+$", "").endsWith("/wiki") ? Product.CONFLUENCE : Product.JIRA;
        }
        String displayUrl = text(node, "displayUrl");
        String sharedSecret = text(node, "sharedSecret");
        String oauthClientId = text(node, "oauthClientId");
        // the columns of installations: a longer value would fail the insert (a 500, again on every retry)
        if (displayUrl != null && displayUrl.length() > 255) {
            throw badRequest("displayUrl too long (at most 255 characters)");
        }
        if (sharedSecret != null && sharedSecret.length() > 512) {
            throw badRequest("sharedSecret too long (at most 512 characters)");
        }
        if (oauthClientId != null && oauthClientId.length() > 255) {
            throw badRequest("oauthClientId too long (at most 255 characters)");
        }
        String installationId = text(node, "installationId"); // Connect on Forge: the Forge installation this is
        if (installationId != null && installationId.length() > 255) installationId = null;
        return new LifecycleEvent(text(node, "key"), clientKey, product, baseUrl, displayUrl, sharedSecret, oauthClientId,
                text(node, "eventType"), installationId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }

    private record LifecycleEvent(String key, String clientKey, Product product, String baseUrl, String displayUrl,
            String sharedSecret, String oauthClientId, String eventType, String installationId) {
    }
}
