package io.postmortem.standalone.sites;

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
import io.postmortem.atlassian.Dialect;
import io.postmortem.standalone.SitesProperties;
import io.postmortem.standalone.SitesProperties.Site;

/**
 * The operator-configured sites ({@code postmortem.sites.<id>.*}) as tenants {@code site:<id>}: Cloud with Basic
 * {@code email:token} (at the site, or through the API gateway with {@code cloud-id}) or a service account's Bearer
 * token; Data Center with {@code Authorization: Bearer <PAT>} and its REST dialect ({@link Dialect#DATA_CENTER}).
 * Serves every {@code site:} tenant, ahead of Connect.
 */
@Component
@Order(50)
public class StandaloneSites implements AtlassianSites {

    private final SitesProperties properties;
    private final RestClient.Builder builder;
    private final ServiceAccountTokens serviceTokens;
    private final ConcurrentHashMap<String, AtlassianSite> sites = new ConcurrentHashMap<>();

    public StandaloneSites(SitesProperties properties, Clock clock, ObjectProvider<RestClient.Builder> builder,
            AtlassianProperties timeouts) {
        this.properties = properties;
        this.builder = builder.getIfAvailable(timeouts::restClientBuilder);
        this.serviceTokens = new ServiceAccountTokens(this.builder.clone().build(), clock);
    }

    @Override
    public boolean serves(String tenant) {
        return SitesProperties.siteId(tenant) != null;
    }

    @Override
    public AtlassianSite jira(String tenant) {
        String id = SitesProperties.siteId(tenant);
        Site site = configured(id);
        return sites.computeIfAbsent(tenant + " JIRA", k -> build(tenant, id, site, Product.JIRA));
    }

    @Override
    public Optional<AtlassianSite> confluenceFor(String jiraTenant) {
        String id = SitesProperties.siteId(jiraTenant);
        Site site = configured(id);
        if (site.confluenceBaseUrl() == null) return Optional.empty();
        return Optional.of(sites.computeIfAbsent(jiraTenant + " CONFLUENCE", k -> build(jiraTenant, id, site, Product.CONFLUENCE)));
    }

    @Override
    public List<String> jiraTenants() {
        return properties.sites().keySet().stream().sorted().map(SitesProperties::tenant).toList();
    }

    /** The configured site of an id; {@link UnknownSiteException} when there is none. */
    public Site configured(String siteId) {
        return properties.site(siteId).orElseThrow(() -> new UnknownSiteException("No site is configured with this id"));
    }

    private AtlassianSite build(String tenant, String siteId, Site site, Product product) {
        String address = strip((product == Product.JIRA ? site.jiraBaseUrl() : site.confluenceBaseUrl()).toString());
        String apiBase = site.viaGateway()
                ? strip(site.apiGatewayUrl().toString()) + (product == Product.JIRA ? "/ex/jira/" : "/ex/confluence/")
                        + site.cloudId()
                : address;
        SiteCredentials credentials = site.dataCenter() ? SiteCredentials.bearer(apiBase, site::personalAccessToken)
                : site.serviceAccount() ? SiteCredentials.bearer(apiBase, () -> serviceTokens.token(siteId, site))
                : SiteCredentials.basic(apiBase, site.email(), site.apiToken());
        RestClient client = builder.clone().baseUrl(apiBase).requestInterceptor(credentials).build();
        // Confluence Cloud through the gateway: the address without /wiki, so the client prefixes /wiki to each call
        String base = product == Product.CONFLUENCE && site.viaGateway() ? address.replaceAll("/wiki$", "") : address;
        return new StandaloneSite(tenant, base, product, client, site.dataCenter() ? Dialect.DATA_CENTER : Dialect.CLOUD);
    }

    private static String strip(String url) {
        return url.replaceAll("/+$", "");
    }

    record StandaloneSite(String clientKey, String baseUrl, Product product, RestClient restClient, Dialect dialect)
            implements AtlassianSite {
    }

    /** Not reported: a site reached without an app: the operator's own service, and Data Center accounts are not Atlassian accounts. */
    @Override
    public Optional<AtlassianSite> personalDataReporting(String tenant) {
        return Optional.empty();
    }
}
