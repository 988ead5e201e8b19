package io.postmortem.forge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Forge way in ({@code postmortem.forge.*}). Without {@code app-id} the way in is off: no Forge Invocation Token
 * is recognised and every {@code Authorization: Bearer} call falls through to the other ways in (and is refused).
 *
 * @param appId                the Forge app's id, the {@code aud} every FIT must carry: {@code ari:cloud:ecosystem::app/<uuid>}
 *                             (a bare uuid is prefixed, as atlassian-connect-express does)
 * @param jwksUrl              Forge's public keys (JWKS); staging is {@code https://forge.cdn.stg.atlassian-dev.net/.well-known/jwks.json}
 * @param environment          when set, only FITs of this {@code app.environment.type} (e.g. {@code PRODUCTION}) are accepted
 * @param leeway               clock skew tolerated on {@code exp} (and {@code nbf}/{@code iat} when present)
 * @param jwksRefreshCooldown  an unknown {@code kid} re-fetches the key set at most once per this period
 * @param jwksMaxAge           the key set is fetched again on the first use after this age (rotation)
 * @param jwksTimeout          connect and read timeout of a key-set fetch
 * @param systemTokenLifetime  how long a system token ({@code x-forge-oauth-system}) is used after it arrived; Atlassian
 *                             guarantees at least 55 minutes (an earlier {@code exp} inside the token wins)
 * @param tickInterval         the manifest's scheduled trigger interval: a job whose token expired waits about this long
 */
@ConfigurationProperties("postmortem.forge")
public record ForgeProperties(
        String appId,
        @DefaultValue("https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json") String jwksUrl,
        String environment,
        @DefaultValue("30s") Duration leeway,
        @DefaultValue("1m") Duration jwksRefreshCooldown,
        @DefaultValue("1h") Duration jwksMaxAge,
        @DefaultValue("5s") Duration jwksTimeout,
        @DefaultValue("55m") Duration systemTokenLifetime,
        @DefaultValue("1h") Duration tickInterval) {

    public static final String APP_ARI_PREFIX = "ari:cloud:ecosystem::app/";
    public static final String INSTALLATION_ARI_PREFIX = "ari:cloud:ecosystem::installation/";

    /** Whether the Forge way in is configured (an app id is set). */
    public boolean enabled() {
        return appId != null && !appId.isBlank();
    }

    /** The app id as the {@code aud} of a FIT: an ARI, a bare uuid prefixed. Null when not configured. */
    public String appAri() {
        if (!enabled()) return null;
        String id = appId.trim();
        return id.startsWith("ari:") ? id : APP_ARI_PREFIX + id;
    }
}
