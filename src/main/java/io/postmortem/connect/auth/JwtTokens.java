package io.postmortem.connect.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/** Where a Connect JWT arrives (the qsh of its request: {@link io.postmortem.connect.jwt.ClaimChecks#requestQsh}). */
final class JwtTokens {

    private JwtTokens() {
    }

    /**
     * The token from {@code Authorization: JWT <token>} or the {@code jwt} query parameter (read from the raw query
     * string, never from form bodies); null when there is none. The query form is what Connect uses where it loads a
     * page of the app (the panel, the configure page); on {@code /api/**}, called by scripts that can send headers,
     * a token in the URL is refused (URLs end up in access logs, proxies and referrers).
     *
     * @throws AuthenticationFailure when the two places carry different tokens, or a token is in the URL of /api/**
     */
    static String extract(HttpServletRequest request) {
        String header = null;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "JWT ", 0, 4)) {
            header = authorization.substring(4).trim();
        }
        String query = queryParameter(request.getQueryString(), "jwt");
        if (query != null && !queryAllowed(request)) {
            throw AuthenticationFailure.unauthorized("A JWT in the URL is not accepted on /api: send it as Authorization: JWT <token> "
                    + "(tokens in URLs end up in logs and referrers)");
        }
        if (header != null && query != null && !header.equals(query)) {
            throw AuthenticationFailure.unauthorized("Two different JWTs in one request");
        }
        String token = header != null ? header : query;
        return token == null || token.isEmpty() ? null : token;
    }

    /**
     * False on {@code /api/**}. Decided on the servlet path, which the container has already decoded and normalised,
     * so {@code /%61pi/...} or {@code /x/../api/...} (which the handler mapping also resolves to /api) count as /api.
     */
    static boolean queryAllowed(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String n = eq < 0 ? pair : pair.substring(0, eq);
            if (n.equals(name)) {
                try {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return pair.substring(eq + 1);
                }
            }
        }
        return null;
    }
}
