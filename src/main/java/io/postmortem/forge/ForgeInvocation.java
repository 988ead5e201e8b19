package io.postmortem.forge;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One verified Forge Remote call: what its Forge Invocation Token (FIT) says, and the OAuth tokens Forge sent with it.
 * Kept as a request attribute by {@code ForgeAuthenticator}; the Forge endpoints read it with {@link #of}.
 * {@link #toString()} never shows a token.
 *
 * @param appId           {@code app.id} (the app ARI, also the {@code aud})
 * @param installationId  {@code app.installationId}, {@code ari:cloud:ecosystem::installation/<uuid>}
 * @param apiBaseUrl      {@code app.apiBaseUrl}, e.g. {@code https://api.atlassian.com/ex/jira/<cloudId>}
 * @param cloudId         {@code context.cloudId}, else the last segment of {@code apiBaseUrl}
 * @param environmentType {@code app.environment.type} (DEVELOPMENT, STAGING, PRODUCTION)
 * @param environmentId   {@code app.environment.id}
 * @param appVersion      {@code app.version}
 * @param moduleType      {@code app.module.type} of the module that called
 * @param moduleKey       {@code app.module.key}
 * @param principal       the user's accountId (UI calls only), else null
 * @param issueKey        the issue of the calling module's context ({@code context.extension.issue.key}), else null
 * @param siteUrl         {@code context.siteUrl} when the FIT carries it, else null
 * @param expiresAt       the FIT's {@code exp}
 * @param systemToken     {@code x-forge-oauth-system}, the app's token for this installation (may be null)
 * @param userToken       {@code x-forge-oauth-user}, the user's token (UI calls; may be null; never stored)
 */
public record ForgeInvocation(String appId, String installationId, String apiBaseUrl, String cloudId,
        String environmentType, String environmentId, String appVersion, String moduleType, String moduleKey,
        String principal, String issueKey, String siteUrl, Instant expiresAt, String systemToken, String userToken) {

    public static final String ATTRIBUTE = ForgeInvocation.class.getName();

    /** The verified invocation of this request, or null when the request did not come through Forge. */
    public static ForgeInvocation of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ForgeInvocation invocation ? invocation : null;
    }

    /** The same invocation with the tokens Forge sent as headers. */
    public ForgeInvocation withTokens(String system, String user) {
        return new ForgeInvocation(appId, installationId, apiBaseUrl, cloudId, environmentType, environmentId, appVersion,
                moduleType, moduleKey, principal, issueKey, siteUrl, expiresAt, system, user);
    }

    @Override
    public String toString() {
        return "ForgeInvocation[installationId=" + installationId + ", apiBaseUrl=" + apiBaseUrl + ", cloudId=" + cloudId
                + ", environment=" + environmentType + ", module=" + moduleType + "/" + moduleKey + ", principal="
                + principal + ", issueKey=" + issueKey + ", systemToken=" + (systemToken == null ? "none" : "***")
                + ", userToken=" + (userToken == null ? "none" : "***") + "]";
    }
}
