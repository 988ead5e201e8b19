package io.postmortem.connect.outbound;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import com.nimbusds.jwt.JWTClaimsSet;

import io.postmortem.connect.Sites;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;

/**
 * Signs every outbound request with a fresh HS256 JWT (iss = app key, qsh of this request with the product's
 * base path such as {@code /wiki} stripped, iat now, exp 3 minutes), and refuses to sign (throws
 * {@link SigningRefusedException}) a URL outside the installation's base URL so the token cannot leak elsewhere.
 * The installation is read at each request, so a reinstall's new secret is used at once and an uninstall stops calls.
 */
public class JwtSigningInterceptor implements ClientHttpRequestInterceptor {

    static final Duration VALIDITY = Duration.ofMinutes(3);

    private final String issuer;
    private final Supplier<Installation> installation;
    private final Clock clock;

    public JwtSigningInterceptor(String issuer, Supplier<Installation> installation, Clock clock) {
        this.issuer = issuer;
        this.installation = installation;
        this.clock = clock;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        Installation target = installation.get();
        URI uri = request.getURI();
        String basePath = Sites.pathOf(target.baseUrl());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!target.site().equals(Sites.originOf(origin(uri))) || !(basePath.isEmpty() || path.equals(basePath)
                || path.startsWith(basePath + "/"))) {
            throw new SigningRefusedException("Refusing to sign a request outside the installation's base URL: "
                    + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path);
        }
        request.getHeaders().set(HttpHeaders.AUTHORIZATION, "JWT " + token(request.getMethod().name(),
                QueryStringHash.stripBasePath(path, basePath), uri.getRawQuery(), target.sharedSecret()));
        return execution.execute(request, body);
    }

    /** A token for one request; path relative to the product base path, raw (encoded) query or null. */
    public String token(String method, String path, String rawQuery, String secret) {
        long now = clock.millis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(new Date(now))
                .expirationTime(new Date(now + VALIDITY.toMillis()))
                .claim("qsh", QueryStringHash.compute(method, path, rawQuery))
                .build();
        return Hs256.sign(claims, secret);
    }

    private static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return null;
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    /** The request's URL is not under the installation's base URL. */
    public static class SigningRefusedException extends IllegalStateException {
        public SigningRefusedException(String message) {
            super(message);
        }
    }
}
