package io.postmortem.standalone.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.InboundAuthenticator;
import io.postmortem.standalone.SitesProperties;

/**
 * Automation access to an operator-configured site: {@code Authorization: Bearer <key>} on {@code /api/**}, for a key
 * whose SHA-256 (lower-case hex) is in the site's {@code api-key-sha256}. The caller is the site's service identity
 * ({@link Caller#service}): every post-mortem of the site (read, save, export, publish) and its settings.
 *
 * <p>Recognises a Bearer token that is not a JWT (a JWT is Forge's or Connect's to decide) when any site has keys.
 * The key's digest is compared with every configured digest in constant time, all of them every time.
 */
@Component
@Order(90)
public class ApiKeyAuthenticator implements InboundAuthenticator {

    private record Key(String tenant, byte[] digest) {
    }

    private final List<Key> keys;

    public ApiKeyAuthenticator(SitesProperties sites) {
        List<Key> all = new ArrayList<>();
        sites.sites().forEach((id, site) -> site.apiKeySha256()
                .forEach(hex -> all.add(new Key(SitesProperties.tenant(id), HexFormat.of().parseHex(hex)))));
        this.keys = List.copyOf(all);
    }

    @Override
    public boolean recognises(HttpServletRequest request) {
        if (keys.isEmpty()) return false;
        String token = bearer(request.getHeader("Authorization"));
        return token != null && token.chars().filter(c -> c == '.').count() != 2;
    }

    @Override
    public Caller authenticate(HttpServletRequest request, boolean allowContextQsh) {
        if (!allowContextQsh || !apiPath(request)) {
            throw AuthenticationFailure.unauthorized("An automation key opens only the post-mortem API (/api/**)");
        }
        byte[] digest = sha256(bearer(request.getHeader("Authorization")));
        String tenant = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(key.digest(), digest) && tenant == null) tenant = key.tenant();
        }
        if (tenant == null) {
            throw AuthenticationFailure.unauthorized("Unknown automation key");
        }
        return Caller.service(tenant);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean apiPath(HttpServletRequest request) {
        Object included = request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI);
        String path = included instanceof String uri ? uri : request.getRequestURI();
        String contextPath = request.getContextPath();
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return path.startsWith("/api/") && !path.contains("..") && !path.contains("%");
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
