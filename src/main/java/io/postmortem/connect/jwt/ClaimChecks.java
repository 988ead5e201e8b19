package io.postmortem.connect.jwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The claim checks every inbound Connect JWT shares, whatever signs it (HS256 with the installation's secret or
 * RS256 on install callbacks), connect-protocol.md sections 2 and 3: {@code exp}/{@code iat} required with 30 s
 * leeway, and {@code qsh} bound to the request it came with. The callers turn a problem into their own refusal.
 */
public final class ClaimChecks {

    /** Clock skew tolerated on {@code exp} and {@code iat}. */
    public static final Duration LEEWAY = Duration.ofSeconds(30);

    private ClaimChecks() {
    }

    /** Why {@code exp}/{@code iat} refuse the token at {@code nowMillis}, or empty when they are fine. */
    public static Optional<String> timeProblem(JWTClaimsSet claims, long nowMillis) {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            return Optional.of("JWT must carry exp and iat");
        }
        if (exp.getTime() + LEEWAY.toMillis() < nowMillis) {
            return Optional.of("JWT expired");
        }
        if (iat.getTime() - LEEWAY.toMillis() > nowMillis) {
            return Optional.of("JWT issued in the future");
        }
        return Optional.empty();
    }

    /** qsh of this request: raw path without servlet context path and without our base URL's path. */
    public static String requestQsh(HttpServletRequest request, String basePath) {
        String path = request.getRequestURI();
        String contextPath = request.getContextPath();
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        path = QueryStringHash.stripBasePath(path, basePath);
        return QueryStringHash.compute(request.getMethod(), path, request.getQueryString());
    }

    /** Constant-time comparison of a token's qsh with the request's. */
    public static boolean qshMatches(String claimed, String expected) {
        return MessageDigest.isEqual(claimed.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
