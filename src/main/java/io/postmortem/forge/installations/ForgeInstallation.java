package io.postmortem.forge.installations;

import java.time.Instant;

/**
 * One Forge installation of the app (a row of {@code forge_installation}). {@link #tenant()} is the key every piece of
 * the app's data is stored under (the {@code clientKey} of {@code Caller}s): the Connect clientKey the installation
 * continues, else the installationId. {@link #toString()} never shows the token.
 */
public record ForgeInstallation(
        String installationId,
        String tenant,
        String connectClientKey,
        String appId,
        String cloudId,
        String apiBaseUrl,
        String siteUrl,
        String environmentType,
        String environmentId,
        String appVersion,
        boolean installed,
        String systemToken,
        Instant systemTokenExpiresAt,
        Instant lastTickAt,
        Instant installedAt,
        Instant updatedAt,
        Instant uninstalledAt) {

    /** Whether a stored system token can still be used at {@code now}. */
    public boolean tokenValidAt(Instant now) {
        return systemToken != null && systemTokenExpiresAt != null && systemTokenExpiresAt.isAfter(now);
    }

    /** The Confluence REST base of the same site: {@code .../ex/jira/<cloudId>} becomes {@code .../ex/confluence/<cloudId>}. */
    public String confluenceApiBaseUrl() {
        int at = apiBaseUrl.lastIndexOf("/ex/jira/");
        return at < 0 ? apiBaseUrl : apiBaseUrl.substring(0, at) + "/ex/confluence/" + apiBaseUrl.substring(at + "/ex/jira/".length());
    }

    @Override
    public String toString() {
        return "ForgeInstallation[installationId=" + installationId + ", tenant=" + tenant + ", connectClientKey="
                + connectClientKey + ", cloudId=" + cloudId + ", apiBaseUrl=" + apiBaseUrl + ", siteUrl=" + siteUrl
                + ", environment=" + environmentType + ", installed=" + installed + ", systemToken="
                + (systemToken == null ? "none" : "***") + ", systemTokenExpiresAt=" + systemTokenExpiresAt + "]";
    }
}
