package io.postmortem.atlassian;

import java.util.Optional;

/**
 * Finds the sites of a tenant (an installation): the outbound seam. Each way in implements it for its own tenants
 * (Connect for {@code clientKey}s; Forge and operator-configured sites for theirs) and {@link #serves says} which
 * tenants are its own; {@link TenantSites} routes to the right one. The rest of the code only knows tenant keys.
 */
public interface AtlassianSites {

    /** The Jira site of an active tenant; throws {@link UnknownSiteException} when there is none. */
    AtlassianSite jira(String tenant);

    /** The Confluence site paired with a Jira tenant (same scheme, host and port), if one is installed. */
    Optional<AtlassianSite> confluenceFor(String jiraTenant);

    /** Every active Jira tenant of this way in (the reconciler looks for missed resolutions in each). */
    default java.util.List<String> jiraTenants() {
        return java.util.List.of();
    }

    /**
     * Where Atlassian's personal data reporting API is called for {@code tenant} ({@code POST /app/report-accounts/}
     * relative to the returned site's base URL, authenticated as the app): an app installed on a Cloud site reports the
     * accounts it stores. Connect: the Jira site itself, signed with the app's JWT. Forge: {@code api.atlassian.com},
     * the OAuth platform's address of the API, with the installation's system token. Empty for a site reached without
     * an app (an operator's own service; Data Center accounts are not Atlassian accounts): not reported.
     */
    default Optional<AtlassianSite> personalDataReporting(String tenant) {
        return Optional.of(jira(tenant));
    }

    /** Whether {@code tenant} belongs to this way in (the Connect implementation, tried last, takes the rest). */
    default boolean serves(String tenant) {
        return true;
    }

    class UnknownSiteException extends RuntimeException {
        public UnknownSiteException(String message) {
            super(message);
        }
    }
}
