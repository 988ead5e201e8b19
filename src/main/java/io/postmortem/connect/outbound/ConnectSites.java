package io.postmortem.connect.outbound;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;

/**
 * The Connect way to reach a site: per installation a {@link RestClient} (cloned from the injected
 * {@link RestClient.Builder}, or a plain one when the application defines none) that signs each request as the app.
 * The plain one has timeouts ({@code postmortem.atlassian.connect-timeout}, default 5 s, and
 * {@code postmortem.atlassian.read-timeout}, default 30 s), so a site that stops answering fails the call (which the
 * call policy retries) instead of holding a job thread for ever; an injected builder brings its own.
 * Confluence requests are signed with the Confluence descriptor's key ({@code appKey + ".confluence"}), since that
 * is the app installed there.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
public class ConnectSites implements AtlassianSites {

    private final InstallationRepository installations;
    private final ConnectProperties properties;
    private final RestClient.Builder builder;
    private final Clock clock;
    private final ConcurrentHashMap<String, ConnectSite> sites = new ConcurrentHashMap<>();

    public ConnectSites(InstallationRepository installations, ConnectProperties properties, ObjectProvider<RestClient.Builder> builder,
            io.postmortem.atlassian.AtlassianProperties timeouts, Clock clock) {
        this.clock = clock;
        this.installations = installations;
        this.properties = properties;
        this.builder = builder.getIfAvailable(timeouts::restClientBuilder);
    }

    @Override
    public AtlassianSite jira(String clientKey) {
        Installation installation = installations.findActive(clientKey)
                .filter(i -> i.product() == Product.JIRA)
                .orElseThrow(() -> new UnknownSiteException("No active Jira installation for this clientKey"));
        return site(installation);
    }

    @Override
    public Optional<AtlassianSite> confluenceFor(String jiraClientKey) {
        return installations.findActive(jiraClientKey)
                .filter(i -> i.product() == Product.JIRA)
                .flatMap(jira -> installations.findActiveBySite(jira.site(), Product.CONFLUENCE))
                .map(this::site);
    }

    @Override
    public java.util.List<String> jiraTenants() {
        return installations.activeClientKeys(Product.JIRA);
    }

    /** The site of any active installation (Jira or Confluence) by its own clientKey. */
    public AtlassianSite byClientKey(String clientKey) {
        return site(installations.findActive(clientKey)
                .orElseThrow(() -> new UnknownSiteException("No active installation for this clientKey")));
    }

    private AtlassianSite site(Installation installation) {
        String cacheKey = installation.clientKey() + " " + installation.baseUrl();
        return sites.computeIfAbsent(cacheKey, k -> new ConnectSite(installation.clientKey(), installation.baseUrl(),
                installation.product(), restClient(installation)));
    }

    private RestClient restClient(Installation installation) {
        String clientKey = installation.clientKey();
        String issuer = installation.product() == Product.CONFLUENCE ? properties.confluenceAppKey() : properties.appKey();
        JwtSigningInterceptor signer = new JwtSigningInterceptor(issuer, () -> installations.findActive(clientKey)
                .orElseThrow(() -> new UnknownSiteException("Installation is no longer active")), clock);
        return builder.clone().baseUrl(installation.baseUrl()).requestInterceptor(signer).build();
    }

    record ConnectSite(String clientKey, String baseUrl, Product product, RestClient restClient) implements AtlassianSite {
    }
}
