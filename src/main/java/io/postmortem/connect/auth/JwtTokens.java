package io.postmortem.connect.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.jwt.QueryStringHash;

/** Where a Connect JWT arrives, and the qsh of the request it came with. */
final class JwtTokens {

    private JwtTokens() {
    }

    /**
     * The token from {@code Authorization: JWT <token>} or the {@code jwt} query parameter (read from the raw query
     * string, never from form bodies); null when there is none.
     *
     * @throws AuthenticationFailure when the two places carry different tokens
     */
    static String extract(HttpServletRequest request) {
        String header = null;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "JWT ", 0, 4)) {
            header = authorization.substring(4).trim();
        }
        String query = queryParameter(request.getQueryString(), "jwt");
        if (header != null && query != null && !header.equals(query)) {
            throw AuthenticationFailure.unauthorized("Two different JWTs in one request");
        }
        String token = header != null ? header : query;
        return token == null || token.isEmpty() ? null : token;
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

    /** qsh of this request: raw path without servlet context path and without our base URL's path. */
    static String qshOf(HttpServletRequest request, ConnectProperties properties) {
        String path = request.getRequestURI();
        String contextPath = request.getContextPath();
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        path = QueryStringHash.stripBasePath(path, properties.basePath());
        return QueryStringHash.compute(request.getMethod(), path, request.getQueryString());
    }
}
