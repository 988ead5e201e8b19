package io.postmortem.forge.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import io.postmortem.forge.ForgeProperties;

/**
 * Forge's signing keys: the JWKS at {@code postmortem.forge.jwks-url}, cached. The set is fetched on first use, again
 * on the first use after {@code jwks-max-age} (rotation), and when a token names a {@code kid} the cached set lacks,
 * but never more than once per {@code jwks-refresh-cooldown}: a stream of tokens with made-up key ids cannot make the
 * app hammer Atlassian's CDN. A failed fetch keeps the keys it had (fail closed for keys it never had). Times come
 * from the application's {@link Clock}, not from nimbus's wall-clock cache.
 */
@Component
public class ForgeKeys {

    private static final Logger log = LoggerFactory.getLogger(ForgeKeys.class);
    private static final int MAX_BYTES = 1 << 20;

    private record Snapshot(JWKSet keys, Instant fetchedAt) {
    }

    private final ForgeProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final AtomicLong fetches = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile Instant lastAttempt;

    public ForgeKeys(ForgeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.jwksTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The RSA signing key named {@code kid}, or empty when Forge's key set does not have it (now). */
    public Optional<RSAKey> rsaKey(String kid) {
        Instant now = clock.instant();
        Snapshot s = snapshot;
        if (s == null || !s.fetchedAt().plus(properties.jwksMaxAge()).isAfter(now)) {
            s = refresh(now);
        }
        Optional<RSAKey> key = find(s, kid);
        if (key.isEmpty()) {
            key = find(refresh(now), kid);
        }
        return key;
    }

    /** How many times the key set was requested from the JWKS URL (tests and metrics). */
    public long fetches() {
        return fetches.get();
    }

    /** Fetches the set unless the last attempt was within the cool-down; returns the set to use either way. */
    private synchronized Snapshot refresh(Instant now) {
        Instant last = lastAttempt;
        if (last != null && last.plus(properties.jwksRefreshCooldown()).isAfter(now)) {
            return snapshot;
        }
        lastAttempt = now;
        fetches.incrementAndGet();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(properties.jwksUrl()))
                    .timeout(properties.jwksTimeout()).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn("Forge key set answered {}; keeping the keys already known", response.statusCode());
                return snapshot;
            }
            if (response.body().length > MAX_BYTES) {
                log.warn("Forge key set is larger than {} bytes; keeping the keys already known", MAX_BYTES);
                return snapshot;
            }
            JWKSet keys = JWKSet.parse(new String(response.body(), StandardCharsets.UTF_8));
            Snapshot fresh = new Snapshot(keys, now);
            snapshot = fresh;
            log.info("Fetched Forge's signing keys ({} keys)", keys.getKeys().size());
            return fresh;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return snapshot;
        } catch (Exception e) {
            log.warn("Could not fetch Forge's signing keys from {}: {}", properties.jwksUrl(), e.getMessage());
            return snapshot;
        }
    }

    private static Optional<RSAKey> find(Snapshot s, String kid) {
        if (s == null || kid == null) return Optional.empty();
        JWK key = s.keys().getKeyByKeyId(kid);
        if (key instanceof RSAKey rsa && (rsa.getKeyUse() == null || KeyUse.SIGNATURE.equals(rsa.getKeyUse()))) {
            return Optional.of(rsa);
        }
        return Optional.empty();
    }
}
