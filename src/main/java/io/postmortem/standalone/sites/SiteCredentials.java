package io.postmortem.standalone.sites;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds the site's credential to every request: Cloud {@code Basic base64(email:token)}, a Cloud service account's
 * {@code Bearer <access token>}, Data Center {@code Bearer <personal access token>}. Never sends it anywhere but under
 * the REST base it belongs to.
 */
final class SiteCredentials implements ClientHttpRequestInterceptor {

    private final String apiBase;
    private final Supplier<String> authorization;

    private SiteCredentials(String apiBase, Supplier<String> authorization) {
        this.apiBase = apiBase.replaceAll("/+$", "");
        this.authorization = authorization;
    }

    static SiteCredentials basic(String apiBase, String email, String apiToken) {
        String value = "Basic " + Base64.getEncoder().encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
        return new SiteCredentials(apiBase, () -> value);
    }

    static SiteCredentials bearer(String apiBase, Supplier<String> token) {
        return new SiteCredentials(apiBase, () -> "Bearer " + token.get());
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        URI uri = request.getURI();
        String url = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawUserInfo() != null || !(url.equals(apiBase) || url.startsWith(apiBase + "/"))) {
            throw new IllegalStateException("Refusing to send the site's credential outside its REST base: "
                    + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""));
        }
        request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization.get());
        return execution.execute(request, body);
    }
}
