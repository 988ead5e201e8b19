package io.postmortem.connect.auth;

import java.text.ParseException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.connect.jwt.ClaimChecks;
import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;

/**
 * Connect's symmetric JWT check (connect-protocol.md section 3): HS256 only, with the secret of the
 * installation named by {@code iss} (or, for our own session tokens, by the {@code clientKey} claim);
 * {@code exp}/{@code iat} required with 30 s leeway; {@code qsh} bound to this request, or the literal
 * {@code context-qsh} where the endpoint allows it.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
public class ConnectJwtAuthenticator implements InboundAuthenticator {

    /** Atlassian's maximum length of an account id (Jira's OpenAPI: {@code accountId maxLength 128}). */
    static final int MAX_ACCOUNT_ID = 128;

    private final InstallationRepository installations;
    private final ConnectProperties properties;
    private final Clock clock;
    /** The path part of our base URL, stripped before computing qsh (settings do not change while running). */
    private final String basePath;

    public ConnectJwtAuthenticator(InstallationRepository installations, ConnectProperties properties, Clock clock) {
        this.installations = installations;
        this.properties = properties;
        this.clock = clock;
        this.basePath = properties.basePath();
    }

    @Override
    public Caller authenticate(HttpServletRequest request, boolean allowContextQsh) {
        String token = JwtTokens.extract(request);
        if (token == null) {
            throw AuthenticationFailure.unauthorized(JwtTokens.queryAllowed(request)
                    ? "Missing JWT (Authorization: JWT <token> or jwt query parameter)"
                    : "Missing JWT (Authorization: JWT <token>)");
        }
        return verify(token, request.getMethod(), () -> ClaimChecks.requestQsh(request, basePath), allowContextQsh);
    }

    /** The check itself, apart from the servlet request (benchmark and tests call it directly). */
    public Caller verify(String token, String method, java.util.function.Supplier<String> requestQsh, boolean allowContextQsh) {
        SignedJWT jwt = Hs256.parse(token);
        if (jwt == null) {
            throw AuthenticationFailure.unauthorized("Malformed JWT");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw AuthenticationFailure.unauthorized("JWT algorithm must be HS256");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw AuthenticationFailure.unauthorized("Malformed JWT claims");
        }
        String issuer = claims.getIssuer();
        if (issuer == null || issuer.isEmpty()) {
            throw AuthenticationFailure.unauthorized("JWT has no iss");
        }
        boolean selfIssued = issuer.equals(properties.appKey());
        String clientKey = selfIssued ? stringClaim(claims, "clientKey") : issuer;
        if (selfIssued && (clientKey == null || !claims.getAudience().contains(properties.appKey()))) {
            throw AuthenticationFailure.unauthorized("Session token without clientKey or audience");
        }
        Installation installation = installations.findActive(clientKey).orElse(null);
        if (installation == null || !Hs256.verify(jwt, installation.sharedSecret())) {
            // the cached row may be older than a reinstall (new secret) that another instance stored: read it again
            // once. Unknown keys are never cached, so this costs a forged token no more than an unknown key does.
            Installation fresh = installations.reload(clientKey).filter(Installation::installed)
                    .orElseThrow(() -> AuthenticationFailure.unauthorized("Unknown or uninstalled installation"));
            if ((installation != null && fresh.sharedSecret().equals(installation.sharedSecret()))
                    || !Hs256.verify(jwt, fresh.sharedSecret())) {
                throw AuthenticationFailure.unauthorized("Invalid JWT signature");
            }
            installation = fresh;
        }
        checkTimes(claims);
        String qsh = stringClaim(claims, "qsh");
        if (qsh == null) {
            throw AuthenticationFailure.unauthorized("JWT has no qsh");
        }
        boolean contextToken = QueryStringHash.CONTEXT_QSH.equals(qsh);
        if (contextToken) {
            if (!allowContextQsh) {
                throw AuthenticationFailure.unauthorized("Context JWT not accepted on this endpoint");
            }
        } else if (selfIssued) {
            throw AuthenticationFailure.unauthorized("Session token must carry context-qsh");
        } else if (!ClaimChecks.qshMatches(qsh, requestQsh.get())) {
            throw AuthenticationFailure.unauthorized("JWT qsh does not match this request");
        }
        String subject = claims.getSubject();
        if (subject != null && subject.length() > MAX_ACCOUNT_ID) {
            // Atlassian account ids are at most 128 characters; the id is stored as who saved or published
            throw AuthenticationFailure.unauthorized("JWT sub is not an Atlassian account id (at most " + MAX_ACCOUNT_ID + " characters)");
        }
        return new Caller(clientKey, subject, contextToken ? issueKey(claims) : null, contextToken);
    }

    private void checkTimes(JWTClaimsSet claims) {
        ClaimChecks.timeProblem(claims, clock.millis()).ifPresent(problem -> {
            throw AuthenticationFailure.unauthorized(problem);
        });
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static String issueKey(JWTClaimsSet claims) {
        Object context = claims.getClaim("context");
        if (context instanceof Map<?, ?> ctx && ctx.get("jira") instanceof Map<?, ?> jira
                && jira.get("issue") instanceof Map<?, ?> issue && issue.get("key") instanceof String key) {
            return key;
        }
        return null;
    }
}
