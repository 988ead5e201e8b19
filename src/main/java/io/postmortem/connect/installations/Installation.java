package io.postmortem.connect.installations;

import java.time.Instant;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.Sites;

/**
 * One Connect installation, keyed by {@code clientKey}. The shared secret never leaves the connect package
 * in logs: {@link #toString()} redacts it.
 */
public record Installation(
        String clientKey,
        Product product,
        String baseUrl,
        String displayUrl,
        String sharedSecret,
        String oauthClientId,
        boolean installed,
        Instant installedAt,
        Instant updatedAt,
        Instant uninstalledAt) {

    /** {@code scheme://host:port} of the base URL: the same for a Jira and a Confluence installation of one site. */
    public String site() {
        return Sites.originOf(baseUrl);
    }

    @Override
    public String toString() {
        return "Installation[clientKey=" + clientKey + ", product=" + product + ", baseUrl=" + baseUrl
                + ", displayUrl=" + displayUrl + ", sharedSecret=***, oauthClientId=" + oauthClientId
                + ", installed=" + installed + ", installedAt=" + installedAt + ", updatedAt=" + updatedAt
                + ", uninstalledAt=" + uninstalledAt + "]";
    }
}
