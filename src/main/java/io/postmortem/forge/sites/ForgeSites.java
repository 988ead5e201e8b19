package io.postmortem.forge.sites;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import io.postmortem.atlassian.AtlassianProperties;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.forge.ForgeProperties;
import io.postmortem.forge.installations.ForgeInstallation;
import io.postmortem.forge.installations.ForgeInstallationRepository;

/**
 * The Forge way to reach a site: Jira at the installation's {@code apiBaseUrl}
 * ({@code https://api.atlassian.com/ex/jira/<cloudId>}, then {@code /rest/api/3/...}) and Confluence at the
 * Confluence API base of the same site ({@code .../ex/confluence/<cloudId>}, then {@code /wiki/...}), every request
 * carrying {@code Authorization: Bearer <system token>} (the last one Forge sent, kept with its expiry).
 *
 * <p>It serves installation ids and the Connect clientKeys that active Forge installations continue, ahead of the
 * Connect way in (higher {@code @Order}): once a site has moved, its calls go through Forge even while its old Connect
 * row still reads installed (Atlassian uninstalls Connect on the move without a callback).
 *
 * <p>{@link AtlassianSite#baseUrl()} is the site's own address when known (for the links people open: issue and page
 * URLs); the {@link RestClient} goes through the API gateway.
 */
@Component
@Order(100)
public class ForgeSites implements AtlassianSites {

    private final ForgeInstallationRepository installations;
    private final ForgeProperties properties;
    private final Clock clock;
    private final RestClient.Builder builder;
    private final ConcurrentHashMap<String, ForgeSite> sites = new ConcurrentHashMap<>();

    public ForgeSites(ForgeInstallationRepository installations, ForgeProperties properties, Clock clock,
            ObjectProvider<RestClient.Builder> builder, AtlassianProperties timeouts) {
        this.installations = installations;
        this.properties = properties;
        this.clock = clock;
        this.builder = builder.getIfAvailable(timeouts::restClientBuilder);
    }

    @Override
    public boolean serves(String tenant) {
        return tenant != null && (tenant.startsWith(ForgeProperties.INSTALLATION_ARI_PREFIX) || installations.isActiveTenant(tenant));
    }

    @Override
    public AtlassianSite jira(String tenant) {
        return site(active(tenant), Product.JIRA);
    }

    /** Confluence of the same site through the Confluence API base; publishing says so when Confluence is not there. */
    @Override
    public Optional<AtlassianSite> confluenceFor(String jiraTenant) {
        return Optional.of(site(active(jiraTenant), Product.CONFLUENCE));
    }

    /** Active tenants whose stored token still works (the others are reached again when their next tick comes). */
    @Override
    public List<String> jiraTenants() {
        var now = clock.instant();
        return installations.activeTenants().stream()
                .filter(t -> installations.findActiveByTenant(t).map(i -> i.tokenValidAt(now)).orElse(false))
                .toList();
    }

    /** The site's own address ({@code https://acme.atlassian.net}) when known, for links people open. */
    public Optional<String> siteUrl(String tenant) {
        return installations.findActiveByTenant(tenant).map(ForgeInstallation::siteUrl);
    }

    /**
     * A site calling with a token that is not (yet) stored: the one of the invocation being handled, for the first
     * calls made while registering the installation.
     */
    public AtlassianSite withToken(ForgeInstallation installation, String systemToken) {
        ForgeInstallation withToken = new ForgeInstallation(installation.installationId(), installation.tenant(),
                installation.connectClientKey(), installation.appId(), installation.cloudId(), installation.apiBaseUrl(),
                installation.siteUrl(), installation.environmentType(), installation.environmentId(),
                installation.appVersion(), true, systemToken, clock.instant().plus(properties.systemTokenLifetime()),
                installation.lastTickAt(), installation.installedAt(), installation.updatedAt(), null);
        return new ForgeSite(installation.tenant(), baseUrl(installation, Product.JIRA), Product.JIRA,
                restClient(installation.apiBaseUrl(), () -> withToken));
    }

    private ForgeInstallation active(String tenant) {
        return installations.findActiveByTenant(tenant)
                .orElseThrow(() -> new UnknownSiteException("No active Forge installation for this tenant"));
    }

    private AtlassianSite site(ForgeInstallation installation, Product product) {
        String apiBase = product == Product.JIRA ? installation.apiBaseUrl() : installation.confluenceApiBaseUrl();
        String base = baseUrl(installation, product);
        String key = installation.installationId() + " " + product + " " + apiBase + " " + base;
        return sites.computeIfAbsent(key, k -> {
            if (sites.size() > 10_000) sites.clear();
            String id = installation.installationId();
            return new ForgeSite(installation.tenant(), base, product, restClient(apiBase, () -> installations.find(id)
                    .orElseThrow(() -> new UnknownSiteException("The Forge installation is gone"))));
        });
    }

    /**
     * Jira: the site's address, else the API base. Confluence: the site's address without {@code /wiki} (the
     * Confluence client then prefixes {@code /wiki} to each call, which is right for the API base too), else the
     * Confluence API base.
     */
    private static String baseUrl(ForgeInstallation installation, Product product) {
        if (installation.siteUrl() != null) return installation.siteUrl().replaceAll("/+$", "");
        return product == Product.JIRA ? installation.apiBaseUrl() : installation.confluenceApiBaseUrl();
    }

    private RestClient restClient(String apiBase, java.util.function.Supplier<ForgeInstallation> installation) {
        return builder.clone().baseUrl(apiBase)
                .requestInterceptor(new BearerTokenInterceptor(apiBase, installation, clock, properties.tickInterval()))
                .build();
    }

    record ForgeSite(String clientKey, String baseUrl, Product product, RestClient restClient) implements AtlassianSite {
    }

    /**
     * Forge apps report through the platform's API address, not through the site's gateway: what {@code privacy.reportPersonalData}
     * of {@code @forge/api} calls, {@code POST https://api.atlassian.com/app/report-accounts/}, here with the
     * installation's system token. The address is the installation's {@code apiBaseUrl} without its
     * {@code /ex/jira/<cloudId>} part, so a test's fake platform receives it too.
     */
    @Override
    public Optional<AtlassianSite> personalDataReporting(String tenant) {
        ForgeInstallation installation = active(tenant);
        String apiBase = installation.apiBaseUrl();
        int at = apiBase.indexOf("/ex/");
        String platform = at < 0 ? apiBase : apiBase.substring(0, at);
        String id = installation.installationId();
        return Optional.of(new ForgeSite(installation.tenant(), platform, Product.JIRA, restClient(platform,
                () -> installations.find(id).orElseThrow(() -> new UnknownSiteException("The Forge installation is gone")))));
    }
}
