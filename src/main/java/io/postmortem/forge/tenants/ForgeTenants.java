package io.postmortem.forge.tenants;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.ConnectInstalledOnForge;
import io.postmortem.connect.installations.InstallationChanged;
import io.postmortem.forge.ForgeProperties;
import io.postmortem.forge.ForgeInvocation;
import io.postmortem.forge.installations.ForgeInstallation;
import io.postmortem.forge.installations.ForgeInstallationRepository;
import io.postmortem.forge.sites.ForgeSites;
import tools.jackson.databind.JsonNode;

/**
 * Which tenant a verified Forge invocation belongs to, registering installations on first sight (whatever the first
 * call is: the lifecycle event, a trigger, the tick or a person opening the panel) and keeping each one's details and
 * system token current.
 *
 * <p>The tenant is fixed when an installation is registered, in this order:
 * <ol>
 * <li>the Connect {@code clientKey} a Connect {@code installed} callback linked to this installation id;</li>
 * <li>the Connect {@code clientKey} Jira keeps for the app key (the app property
 * {@value #CLIENT_KEY_PROPERTY}, read as the app with the invocation's system token): the site used the app through
 * Connect before, and its drafts, settings and publications stay where they are;</li>
 * <li>the tenant of an earlier Forge installation of this app and environment on the same site (a reinstall gets a
 * new installation id);</li>
 * <li>else the installation id itself.</li>
 * </ol>
 * When Jira cannot be asked (no system token, or an error other than "no such property"), nothing is stored and the
 * call is answered 503, so the choice is never made on a guess; Forge retries events, and the next call tries again.
 */
@Service
public class ForgeTenants {

    /** The app property under which Jira keeps the Connect clientKey of a Forge app's site (migrate-connect-clientkey). */
    public static final String CLIENT_KEY_PROPERTY = "connect_client_key_019cdff3-8bfb-71fe-9628-875b700aebb8";

    private static final Logger log = LoggerFactory.getLogger(ForgeTenants.class);

    private final ForgeInstallationRepository installations;
    private final ForgeSites sites;
    private final AtlassianClients clients;
    private final ConnectProperties connect;
    private final ForgeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ForgeTenants(ForgeInstallationRepository installations, ForgeSites sites, AtlassianClients clients,
            ConnectProperties connect, ForgeProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.installations = installations;
        this.sites = sites;
        this.clients = clients;
        this.connect = connect;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The tenant of the invocation's installation; registers it, or refreshes its details and token. */
    public String tenantFor(ForgeInvocation invocation) {
        Optional<ForgeInstallation> known = installations.find(invocation.installationId());
        if (known.isEmpty()) {
            return register(invocation).tenant();
        }
        ForgeInstallation installation = known.get();
        if (!installation.installed() || !Objects.equals(installation.apiBaseUrl(), invocation.apiBaseUrl())
                || !Objects.equals(installation.cloudId(), invocation.cloudId())
                || !Objects.equals(installation.appVersion(), invocation.appVersion())
                || !Objects.equals(installation.environmentType(), invocation.environmentType())) {
            installations.updateDetails(installation.installationId(), invocation.apiBaseUrl(), invocation.cloudId(),
                    invocation.environmentType(), invocation.environmentId(), invocation.appVersion());
            if (!installation.installed()) {
                log.info("Forge installation {} is in use again (tenant {})", installation.installationId(), installation.tenant());
                events.publishEvent(new InstallationChanged(installation.tenant(), true));
            }
        }
        keepToken(installation, invocation);
        if (installation.siteUrl() == null && invocation.siteUrl() != null) {
            installations.storeSiteUrl(installation.installationId(), invocation.siteUrl());
        }
        return installation.tenant();
    }

    /** The scheduled trigger came: note it (a job whose token expired waits about one interval from here). */
    public void ticked(ForgeInvocation invocation) {
        installations.markTick(invocation.installationId(), clock.instant());
        installations.find(invocation.installationId())
                .filter(i -> i.siteUrl() == null && invocation.systemToken() != null)
                .ifPresent(i -> siteUrl(sites.withToken(i, invocation.systemToken()))
                        .ifPresent(url -> installations.storeSiteUrl(i.installationId(), url)));
    }

    /** The app is being uninstalled from the site: stop calling it; every piece of the tenant's data stays. */
    public void uninstalled(ForgeInvocation invocation) {
        installations.find(invocation.installationId()).ifPresent(i -> {
            installations.markUninstalled(i.installationId());
            log.info("Forge installation {} uninstalled (tenant {}; data kept)", i.installationId(), i.tenant());
            events.publishEvent(new InstallationChanged(i.tenant(), false));
        });
    }

    /** A Connect installation announced its Forge installation id (Connect on Forge). */
    @EventListener
    public void connectInstalled(ConnectInstalledOnForge linked) {
        if (linked.installationId() == null || !linked.installationId().startsWith(ForgeProperties.INSTALLATION_ARI_PREFIX)) {
            return;
        }
        installations.link(linked.installationId(), linked.clientKey());
        installations.find(linked.installationId()).filter(i -> !i.tenant().equals(linked.clientKey())).ifPresent(i ->
                log.warn("Forge installation {} keeps its data under {}, but Connect says it continues {}; not moved"
                        + " automatically", i.installationId(), i.tenant(), linked.clientKey()));
        log.info("Connect installation {} continues as Forge installation {}", linked.clientKey(), linked.installationId());
    }

    private ForgeInstallation register(ForgeInvocation invocation) {
        String installationId = invocation.installationId();
        Instant now = clock.instant();
        ForgeInstallation provisional = installation(invocation, installationId, null, null, null, null, now);
        AtlassianSite site = invocation.systemToken() == null ? null : sites.withToken(provisional, invocation.systemToken());
        String clientKey = installations.linkedClientKey(installationId).orElse(null);
        if (clientKey == null && site != null) {
            clientKey = connectClientKey(site);
        }
        String tenant = clientKey;
        if (tenant == null) {
            Optional<String> previous = installations.previousTenant(invocation.appId(), invocation.cloudId(),
                    invocation.environmentType());
            if (previous.isEmpty() && site == null) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "This Forge installation is new and the"
                        + " call carries no app system token to set it up with (the manifest's endpoints request it)");
            }
            tenant = previous.orElse(installationId);
        }
        String siteUrl = invocation.siteUrl() != null ? invocation.siteUrl() : site == null ? null : siteUrl(site).orElse(null);
        String token = invocation.systemToken();
        ForgeInstallation stored = installations.insert(installation(invocation, installationId, tenant, clientKey, siteUrl,
                token, now));
        log.info("Forge installation {} registered: data under {}{}", installationId, stored.tenant(),
                clientKey != null ? " (the site's Connect installation, continued)" : "");
        events.publishEvent(new InstallationChanged(stored.tenant(), true));
        return stored;
    }

    private ForgeInstallation installation(ForgeInvocation invocation, String installationId, String tenant, String clientKey,
            String siteUrl, String token, Instant now) {
        return new ForgeInstallation(installationId, tenant == null ? installationId : tenant, clientKey, invocation.appId(),
                invocation.cloudId(), invocation.apiBaseUrl(), siteUrl, invocation.environmentType(),
                invocation.environmentId(), invocation.appVersion(), true, token, token == null ? null : tokenExpiry(token, now),
                null, now, now, null);
    }

    /** The Connect clientKey Jira keeps for our app key; empty when the app was never installed through Connect. */
    private Optional<String> connectClientKeyLookup(AtlassianSite site) {
        try {
            Optional<JsonNode> value = clients.jira(site).appProperty(connect.appKey(), CLIENT_KEY_PROPERTY);
            return value.map(v -> v.isString() ? v.asString() : v.path("clientKey").asString(null))
                    .filter(s -> !s.isBlank() && s.length() <= 255);
        } catch (AtlassianApiException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Could not ask Jira whether this site used"
                    + " the app through Connect before (" + e.getMessage() + "); nothing was stored, try again");
        }
    }

    private String connectClientKey(AtlassianSite site) {
        return connectClientKeyLookup(site).orElse(null);
    }

    private Optional<String> siteUrl(AtlassianSite site) {
        try {
            return Optional.ofNullable(clients.jira(site).siteBaseUrl()).filter(u -> u.startsWith("https://") || u.startsWith("http://"));
        } catch (AtlassianApiException e) {
            log.warn("Could not read the site's address (serverInfo): {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void keepToken(ForgeInstallation installation, ForgeInvocation invocation) {
        String token = invocation.systemToken();
        if (token == null || token.equals(installation.systemToken())) return;
        Instant now = clock.instant();
        Instant expiry = tokenExpiry(token, now);
        Instant stored = installation.systemTokenExpiresAt();
        if (stored == null || !installation.tokenValidAt(now) || expiry.isAfter(stored.plusSeconds(60))) {
            installations.storeToken(installation.installationId(), token, expiry);
        }
    }

    /** {@code postmortem.forge.system-token-lifetime} from now, or the token's own {@code exp} when that is earlier. */
    Instant tokenExpiry(String token, Instant now) {
        Instant expiry = now.plus(properties.systemTokenLifetime());
        try {
            JWT jwt = JWTParser.parse(token);
            if (jwt.getJWTClaimsSet().getExpirationTime() != null) {
                Instant exp = jwt.getJWTClaimsSet().getExpirationTime().toInstant().minusSeconds(60);
                if (exp.isBefore(expiry)) expiry = exp;
            }
        } catch (ParseException | RuntimeException notAJwt) {
            // an opaque token: the guaranteed lifetime applies
        }
        return expiry;
    }
}
