package io.postmortem.standalone.login;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.InboundAuthenticator;
import io.postmortem.connect.jwt.ClaimChecks;
import io.postmortem.connect.jwt.Hs256;
import io.postmortem.standalone.SitesProperties;

/**
 * The panel's token on an operator-configured site's page, and its check: an HS256 JWT with {@code iss} =
 * {@value #ISSUER}, the site's tenant, the signed-in person ({@code sub}: Cloud account id, DC user name) and the one
 * issue it opens ({@code context.jira.issue.key}), valid 15 minutes, signed with a key made at start-up (a restart or
 * another instance asks the page to be reloaded). Sent as {@code Authorization: JWT <token>} by the panel's script,
 * like a Connect session token; it opens what a Connect context token opens.
 */
@Component
@Order(80)
public class StandaloneSessions implements InboundAuthenticator {

    public static final String ISSUER = "postmortem-standalone";
    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final Clock clock;
    private final String secret;

    public StandaloneSessions(Clock clock) {
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = Base64.getEncoder().encodeToString(key);
    }

    public String issue(String siteId, String accountId, String issueKey) {
        long now = clock.millis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(ISSUER)
                .claim("clientKey", SitesProperties.tenant(siteId)).subject(accountId).claim("qsh", "context-qsh")
                .claim("context", Map.of("jira", Map.of("issue", Map.of("key", issueKey))))
                .issueTime(new Date(now)).expirationTime(new Date(now + VALIDITY.toMillis())).build();
        return Hs256.sign(claims, secret);
    }

    @Override
    public boolean recognises(HttpServletRequest request) {
        String token = token(request);
        if (token == null) return false;
        try {
            return ISSUER.equals(SignedJWT.parse(token).getJWTClaimsSet().getIssuer());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Caller authenticate(HttpServletRequest request, boolean allowContextQsh) {
        SignedJWT jwt = Hs256.parse(token(request));
        if (jwt == null || !JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !Hs256.verify(jwt, secret)) {
            throw AuthenticationFailure.unauthorized("Invalid session token: reload the page");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw AuthenticationFailure.unauthorized("Malformed session token");
        }
        ClaimChecks.timeProblem(claims, clock.millis()).ifPresent(problem -> {
            throw AuthenticationFailure.unauthorized(problem + ": reload the page");
        });
        if (!allowContextQsh) {
            throw AuthenticationFailure.unauthorized("A page's session token opens only the post-mortem API");
        }
        Object tenant = claims.getClaim("clientKey");
        if (!(tenant instanceof String t) || SitesProperties.siteId(t) == null || !claims.getAudience().contains(ISSUER)) {
            throw AuthenticationFailure.unauthorized("Session token without a site");
        }
        Object context = claims.getClaim("context");
        String issueKey = null;
        if (context instanceof Map<?, ?> c && c.get("jira") instanceof Map<?, ?> j && j.get("issue") instanceof Map<?, ?> i
                && i.get("key") instanceof String k) {
            issueKey = k;
        }
        if (issueKey != null && claims.getSubject() != null) {
            request.setAttribute(FRESH_SESSION_TOKEN, issue(SitesProperties.siteId(t), claims.getSubject(), issueKey));
        }
        return new Caller(t, claims.getSubject(), issueKey, true);
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "JWT ", 0, 4)) return null;
        String token = header.substring(4).trim();
        return token.isEmpty() ? null : token;
    }
}
