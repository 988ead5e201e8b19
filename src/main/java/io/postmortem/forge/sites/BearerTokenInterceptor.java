package io.postmortem.forge.sites;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import io.postmortem.atlassian.AtlassianSites.UnknownSiteException;
import io.postmortem.forge.installations.ForgeInstallation;

/**
 * Adds {@code Authorization: Bearer <system token>} to every request of a Forge site, reading the installation at each
 * request (so a token refreshed by any invocation is used at once). Refuses to send the token anywhere but under the
 * API base it belongs to; throws {@link ForgeTokenExpiredException} when the stored token has expired.
 */
final class BearerTokenInterceptor implements ClientHttpRequestInterceptor {

    private final String apiBase;
    private final Supplier<ForgeInstallation> installation;
    private final Clock clock;
    private final Duration tickInterval;

    BearerTokenInterceptor(String apiBase, Supplier<ForgeInstallation> installation, Clock clock, Duration tickInterval) {
        this.apiBase = apiBase.replaceAll("/+$", "");
        this.installation = installation;
        this.clock = clock;
        this.tickInterval = tickInterval;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        URI uri = request.getURI();
        String url = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawUserInfo() != null || !(url.equals(apiBase) || url.startsWith(apiBase + "/"))) {
            throw new IllegalStateException("Refusing to send the Forge token outside the installation's API base: "
                    + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""));
        }
        ForgeInstallation target = installation.get();
        if (!target.installed()) {
            throw new UnknownSiteException("The Forge installation is no longer active");
        }
        Instant now = clock.instant();
        if (!target.tokenValidAt(now)) {
            throw new ForgeTokenExpiredException(request.getMethod().name(), uri.getRawPath(), untilNextTick(target, now));
        }
        request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + target.systemToken());
        return execution.execute(request, body);
    }

    /** About when the next hourly trigger should have brought a token (at least a minute from now). */
    private Duration untilNextTick(ForgeInstallation target, Instant now) {
        Instant last = target.lastTickAt() != null ? target.lastTickAt() : now;
        Instant next = last.plus(tickInterval);
        while (!next.isAfter(now)) next = next.plus(tickInterval);
        Duration wait = Duration.between(now, next).plusMinutes(1);
        return wait.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : wait;
    }
}
