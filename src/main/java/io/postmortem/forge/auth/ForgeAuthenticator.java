package io.postmortem.forge.auth;

import java.text.ParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.nimbusds.jwt.JWTParser;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.InboundAuthenticator;
import io.postmortem.forge.ForgeInvocation;
import io.postmortem.forge.ForgeProperties;
import io.postmortem.forge.tenants.ForgeTenants;

/**
 * The Forge way in: a request whose {@code Authorization: Bearer} token is a Forge Invocation Token (its unverified
 * {@code iss} says {@code forge/invocation-token}) is this authenticator's, and nothing else's, to decide
 * ({@link FitVerifier}). The verified invocation, with the system and user tokens Forge sent
 * ({@code x-forge-oauth-system}, {@code x-forge-oauth-user}), is kept as the request attribute
 * {@link ForgeInvocation#ATTRIBUTE}; its installation is registered or refreshed ({@link ForgeTenants}).
 *
 * <p>The {@link Caller}: {@code clientKey} = the installation's tenant, {@code accountId} = the FIT's {@code principal}
 * (the user, on UI calls), {@code issueKey} = the issue of the calling module's context; never bound to the request
 * (like a Connect context token). A FIT opens the Forge endpoints ({@code /forge/**}) and the endpoints that accept
 * context tokens (the post-mortem API, {@code @ContextJwt}), with the same per-user rules as a Connect context token;
 * any other endpoint refuses it.
 */
@Component
@Order(100)
public class ForgeAuthenticator implements InboundAuthenticator {

    public static final String SYSTEM_TOKEN_HEADER = "x-forge-oauth-system";
    public static final String USER_TOKEN_HEADER = "x-forge-oauth-user";

    private final FitVerifier verifier;
    private final ForgeTenants tenants;
    private final ForgeProperties properties;

    public ForgeAuthenticator(FitVerifier verifier, ForgeTenants tenants, ForgeProperties properties) {
        this.verifier = verifier;
        this.tenants = tenants;
        this.properties = properties;
    }

    @Override
    public boolean recognises(HttpServletRequest request) {
        if (!properties.enabled()) return false;
        String token = bearer(request.getHeader("Authorization"));
        if (token == null) return false;
        try {
            return FitVerifier.ISSUER.equals(JWTParser.parse(token).getJWTClaimsSet().getIssuer());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Caller authenticate(HttpServletRequest request, boolean allowContextQsh) {
        ForgeInvocation invocation = verifier.verify(bearer(request.getHeader("Authorization")))
                .withTokens(bearerOrRaw(request.getHeader(SYSTEM_TOKEN_HEADER)), bearerOrRaw(request.getHeader(USER_TOKEN_HEADER)));
        if (!allowContextQsh && !forgeEndpoint(request)) {
            throw AuthenticationFailure.unauthorized("A Forge invocation token opens only the Forge endpoints and the"
                    + " post-mortem API");
        }
        String tenant = tenants.tenantFor(invocation);
        request.setAttribute(ForgeInvocation.ATTRIBUTE, invocation);
        return new Caller(tenant, invocation.principal(), invocation.issueKey(), true);
    }

    private static boolean forgeEndpoint(HttpServletRequest request) {
        // a request the Forge transport dispatches inside its own is judged by its own path, not the carrier's
        Object included = request.getAttribute(jakarta.servlet.RequestDispatcher.INCLUDE_REQUEST_URI);
        String path = included instanceof String uri ? uri : request.getRequestURI();
        String contextPath = request.getContextPath();
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return path.startsWith("/forge/");
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static String bearerOrRaw(String header) {
        if (header == null || header.isBlank()) return null;
        String bearer = bearer(header);
        return bearer != null ? bearer : header.trim();
    }
}
