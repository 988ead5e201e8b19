package io.postmortem.forge.auth;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.forge.ForgeInvocation;
import io.postmortem.forge.ForgeProperties;

/**
 * Verifies a Forge Invocation Token (other-ways-in.md 1.4): RS256 only, signed by a key of Forge's key set
 * ({@link ForgeKeys}), {@code iss = forge/invocation-token}, {@code aud} = our app id, {@code exp} within the leeway
 * (and {@code nbf}/{@code iat}, when present, not in the future), all judged by the application's {@link Clock};
 * {@code app.installationId} an installation ARI and {@code app.apiBaseUrl} an absolute http(s) URL; when
 * {@code postmortem.forge.environment} is set, {@code app.environment.type} must match. Every refusal is a 401 whose
 * message never contains the token.
 */
@Component
public class FitVerifier {

    public static final String ISSUER = "forge/invocation-token";

    private final ForgeKeys keys;
    private final ForgeProperties properties;
    private final Clock clock;

    public FitVerifier(ForgeKeys keys, ForgeProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** The invocation the token describes (without the OAuth tokens, which come as headers). */
    public ForgeInvocation verify(String token) {
        if (!properties.enabled()) {
            throw AuthenticationFailure.unauthorized("Forge is not configured (postmortem.forge.app-id)");
        }
        SignedJWT jwt = parse(token);
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw AuthenticationFailure.unauthorized("A Forge invocation token must be signed with RS256");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank() || kid.length() > 200) {
            throw AuthenticationFailure.unauthorized("Forge invocation token without a key id");
        }
        RSAKey key = keys.rsaKey(kid)
                .orElseThrow(() -> AuthenticationFailure.unauthorized("Forge invocation token signed with an unknown key"));
        try {
            if (!jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                throw AuthenticationFailure.unauthorized("Invalid Forge invocation token signature");
            }
        } catch (JOSEException e) {
            throw AuthenticationFailure.unauthorized("Invalid Forge invocation token signature");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw AuthenticationFailure.unauthorized("Malformed Forge invocation token claims");
        }
        if (!ISSUER.equals(claims.getIssuer())) {
            throw AuthenticationFailure.unauthorized("Not a Forge invocation token (iss)");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(properties.appAri())) {
            throw AuthenticationFailure.unauthorized("The Forge invocation token is for another app (aud)");
        }
        Instant expiresAt = checkTimes(claims);
        return invocation(claims, expiresAt);
    }

    private static SignedJWT parse(String token) {
        if (token == null || token.isEmpty() || token.length() > 16_384) {
            throw AuthenticationFailure.unauthorized("Missing or oversized Forge invocation token");
        }
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw AuthenticationFailure.unauthorized("Malformed Forge invocation token");
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        long now = clock.millis();
        long leeway = properties.leeway().toMillis();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw AuthenticationFailure.unauthorized("Forge invocation token without exp");
        }
        if (exp.getTime() + leeway < now) {
            throw AuthenticationFailure.unauthorized("Forge invocation token expired");
        }
        for (Date notFuture : new Date[] {claims.getNotBeforeTime(), claims.getIssueTime()}) {
            if (notFuture != null && notFuture.getTime() - leeway > now) {
                throw AuthenticationFailure.unauthorized("Forge invocation token is not valid yet");
            }
        }
        return exp.toInstant();
    }

    private ForgeInvocation invocation(JWTClaimsSet claims, Instant expiresAt) {
        Map<?, ?> app = claims.getClaim("app") instanceof Map<?, ?> m ? m : Map.of();
        String appId = string(app, "id");
        if (appId != null && !appId.equals(properties.appAri())) {
            throw AuthenticationFailure.unauthorized("The Forge invocation token is for another app (app.id)");
        }
        String installationId = string(app, "installationId");
        if (installationId == null || !installationId.startsWith(ForgeProperties.INSTALLATION_ARI_PREFIX)
                || installationId.length() > 255) {
            throw AuthenticationFailure.unauthorized("Forge invocation token without a valid app.installationId");
        }
        String apiBaseUrl = string(app, "apiBaseUrl");
        if (!absoluteHttpUrl(apiBaseUrl)) {
            throw AuthenticationFailure.unauthorized("Forge invocation token without a valid app.apiBaseUrl");
        }
        apiBaseUrl = apiBaseUrl.replaceAll("/+$", "");
        Map<?, ?> environment = app.get("environment") instanceof Map<?, ?> e ? e : Map.of();
        String environmentType = string(environment, "type");
        if (properties.environment() != null && !properties.environment().isBlank()
                && !properties.environment().equalsIgnoreCase(environmentType)) {
            throw AuthenticationFailure.unauthorized("Forge invocation token from another environment ("
                    + environmentType + ")");
        }
        Map<?, ?> module = app.get("module") instanceof Map<?, ?> mo ? mo : Map.of();
        Map<?, ?> context = claims.getClaim("context") instanceof Map<?, ?> c ? c : Map.of();
        Map<?, ?> extension = context.get("extension") instanceof Map<?, ?> x ? x : Map.of();
        Map<?, ?> issue = extension.get("issue") instanceof Map<?, ?> i ? i : Map.of();
        String cloudId = string(context, "cloudId");
        if (cloudId == null) {
            cloudId = apiBaseUrl.substring(apiBaseUrl.lastIndexOf('/') + 1);
        }
        Object principal = claims.getClaim("principal");
        return new ForgeInvocation(appId == null ? properties.appAri() : appId, installationId, apiBaseUrl,
                cloudId.isBlank() || cloudId.length() > 64 ? null : cloudId, environmentType, string(environment, "id"),
                string(app, "version"), string(module, "type"), string(module, "key"),
                principal instanceof String p && !p.isBlank() ? p : null, string(issue, "key"),
                absoluteHttpUrl(string(context, "siteUrl")) ? string(context, "siteUrl") : null, expiresAt, null, null);
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value instanceof String s && !s.isBlank()) return s;
        if (value instanceof Number n) return n.toString();
        return null;
    }

    static boolean absoluteHttpUrl(String url) {
        if (url == null || url.length() > 500) return false;
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (Exception e) {
            return false;
        }
    }
}
