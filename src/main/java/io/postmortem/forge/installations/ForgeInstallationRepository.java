package io.postmortem.forge.installations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Forge installations and the Connect links learned for them, over {@link JdbcClient}. Reads are cached for
 * {@link #CACHE_TTL} (every write through this class drops its entries), so verifying a burst of invocations or
 * sending a burst of calls does not read the database each time, and another app instance's writes are seen soon.
 */
@Repository
public class ForgeInstallationRepository {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final int CACHE_MAX = 10_000;

    private record Cached<T>(T value, Instant loadedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached<Optional<ForgeInstallation>>> byId = new ConcurrentHashMap<>();
    private volatile Cached<Map<String, String>> activeTenants;

    public ForgeInstallationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The installation (active or not). */
    public Optional<ForgeInstallation> find(String installationId) {
        if (installationId == null || installationId.length() > 255) return Optional.empty();
        Instant now = clock.instant();
        Cached<Optional<ForgeInstallation>> cached = byId.get(installationId);
        if (cached != null && cached.loadedAt().plus(CACHE_TTL).isAfter(now)) {
            return cached.value();
        }
        Optional<ForgeInstallation> loaded = jdbc.sql("select * from forge_installation where installation_id = :id")
                .param("id", installationId).query(ForgeInstallationRepository::map).optional();
        if (loaded.isPresent()) { // unknown ids are not cached: made-up ids must not grow the map
            if (byId.size() >= CACHE_MAX) byId.clear();
            byId.put(installationId, new Cached<>(loaded, now));
        }
        return loaded;
    }

    /** The active installation whose data lives under {@code tenant}. */
    public Optional<ForgeInstallation> findActiveByTenant(String tenant) {
        String installationId = tenant == null ? null : activeTenantIndex().get(tenant);
        return installationId == null ? Optional.empty() : find(installationId).filter(ForgeInstallation::installed);
    }

    /** Whether an active Forge installation keeps its data under {@code tenant}. */
    public boolean isActiveTenant(String tenant) {
        return tenant != null && activeTenantIndex().containsKey(tenant);
    }

    /** The tenants of every active installation. */
    public List<String> activeTenants() {
        return activeTenantIndex().keySet().stream().sorted().toList();
    }

    private Map<String, String> activeTenantIndex() {
        Instant now = clock.instant();
        Cached<Map<String, String>> cached = activeTenants;
        if (cached != null && cached.loadedAt().plus(CACHE_TTL).isAfter(now)) {
            return cached.value();
        }
        Map<String, String> index = jdbc.sql("select tenant, installation_id from forge_installation where installed = true"
                        + " order by updated_at")
                .query((rs, row) -> Map.entry(rs.getString("tenant"), rs.getString("installation_id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (older, newer) -> newer));
        activeTenants = new Cached<>(Map.copyOf(index), now);
        return index;
    }

    /**
     * The tenant of the latest earlier installation of this app and environment on this site (a reinstall gets a new
     * installationId; its data stays the site's).
     */
    public Optional<String> previousTenant(String appId, String cloudId, String environmentType) {
        if (cloudId == null) return Optional.empty();
        return jdbc.sql("select tenant from forge_installation where app_id = :app and cloud_id = :cloud"
                        + " and coalesce(environment_type, '') = :env order by updated_at desc")
                .param("app", appId).param("cloud", cloudId).param("env", environmentType == null ? "" : environmentType)
                .query(String.class).list().stream().findFirst();
    }

    /**
     * Stores a new installation; when the id is already stored (a concurrent first call), keeps the stored row.
     * Other active installations of the same tenant are marked uninstalled: one active installation per tenant.
     */
    public ForgeInstallation insert(ForgeInstallation i) {
        OffsetDateTime now = at(clock.instant());
        try {
            jdbc.sql("insert into forge_installation (installation_id, tenant, connect_client_key, app_id, cloud_id,"
                            + " api_base_url, site_url, environment_type, environment_id, app_version, installed, system_token,"
                            + " system_token_expires_at, last_tick_at, installed_at, updated_at, uninstalled_at) values"
                            + " (:id, :tenant, :ck, :app, :cloud, :api, :site, :envType, :envId, :version, true, :token,"
                            + " :tokenExp, null, :now, :now, null)")
                    .param("id", i.installationId()).param("tenant", i.tenant()).param("ck", i.connectClientKey())
                    .param("app", i.appId()).param("cloud", i.cloudId()).param("api", i.apiBaseUrl())
                    .param("site", i.siteUrl()).param("envType", i.environmentType()).param("envId", i.environmentId())
                    .param("version", i.appVersion()).param("token", i.systemToken())
                    .param("tokenExp", i.systemTokenExpiresAt() == null ? null : at(i.systemTokenExpiresAt()))
                    .param("now", now).update();
            jdbc.sql("update forge_installation set installed = false, uninstalled_at = :now, updated_at = :now"
                            + " where tenant = :tenant and installation_id <> :id and installed = true")
                    .param("tenant", i.tenant()).param("id", i.installationId()).param("now", now).update();
        } catch (DuplicateKeyException raced) {
            // another request registered it first: its row stands
        } finally {
            forget(i.installationId());
        }
        return find(i.installationId()).orElseThrow();
    }

    /** What a later invocation says about the installation (it may have moved to another version or API base). */
    public void updateDetails(String installationId, String apiBaseUrl, String cloudId, String environmentType,
            String environmentId, String appVersion) {
        try {
            jdbc.sql("update forge_installation set api_base_url = :api, cloud_id = :cloud, environment_type = :envType,"
                            + " environment_id = :envId, app_version = :version, installed = true, uninstalled_at = null,"
                            + " updated_at = :now where installation_id = :id")
                    .param("api", apiBaseUrl).param("cloud", cloudId).param("envType", environmentType)
                    .param("envId", environmentId).param("version", appVersion).param("now", at(clock.instant()))
                    .param("id", installationId).update();
        } finally {
            forget(installationId);
        }
    }

    /** Keeps a system token for background work until {@code expiresAt}. */
    public void storeToken(String installationId, String token, Instant expiresAt) {
        try {
            jdbc.sql("update forge_installation set system_token = :token, system_token_expires_at = :exp"
                            + " where installation_id = :id")
                    .param("token", token).param("exp", at(expiresAt)).param("id", installationId).update();
        } finally {
            byId.remove(installationId);
        }
    }

    public void storeSiteUrl(String installationId, String siteUrl) {
        try {
            jdbc.sql("update forge_installation set site_url = :site where installation_id = :id")
                    .param("site", siteUrl).param("id", installationId).update();
        } finally {
            byId.remove(installationId);
        }
    }

    public void markTick(String installationId, Instant at) {
        try {
            jdbc.sql("update forge_installation set last_tick_at = :at where installation_id = :id")
                    .param("at", at(at)).param("id", installationId).update();
        } finally {
            byId.remove(installationId);
        }
    }

    /** Marks the installation inactive, keeping the row (and the tenant's data). */
    public boolean markUninstalled(String installationId) {
        OffsetDateTime now = at(clock.instant());
        try {
            return jdbc.sql("update forge_installation set installed = false, uninstalled_at = :now, updated_at = :now,"
                            + " system_token = null, system_token_expires_at = null where installation_id = :id")
                    .param("now", now).param("id", installationId).update() > 0;
        } finally {
            forget(installationId);
        }
    }

    // ---- Connect links --------------------------------------------------------------------------------------------

    /** Records that a Connect installation ({@code clientKey}) announced this Forge installation id. */
    public void link(String installationId, String clientKey) {
        OffsetDateTime now = at(clock.instant());
        int updated = jdbc.sql("update forge_connect_link set client_key = :ck, linked_at = :now where installation_id = :id")
                .param("ck", clientKey).param("now", now).param("id", installationId).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into forge_connect_link (installation_id, client_key, linked_at) values (:id, :ck, :now)")
                        .param("id", installationId).param("ck", clientKey).param("now", now).update();
            } catch (DuplicateKeyException raced) {
                link(installationId, clientKey);
            }
        }
    }

    public Optional<String> linkedClientKey(String installationId) {
        return jdbc.sql("select client_key from forge_connect_link where installation_id = :id")
                .param("id", installationId).query(String.class).optional();
    }

    /** Drops every cached entry (tests that change rows behind this class's back). */
    public void clearCache() {
        byId.clear();
        activeTenants = null;
    }

    private void forget(String installationId) {
        byId.remove(installationId);
        activeTenants = null;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ForgeInstallation map(ResultSet rs, int row) throws SQLException {
        return new ForgeInstallation(
                rs.getString("installation_id"),
                rs.getString("tenant"),
                rs.getString("connect_client_key"),
                rs.getString("app_id"),
                rs.getString("cloud_id"),
                rs.getString("api_base_url"),
                rs.getString("site_url"),
                rs.getString("environment_type"),
                rs.getString("environment_id"),
                rs.getString("app_version"),
                rs.getBoolean("installed"),
                rs.getString("system_token"),
                instant(rs, "system_token_expires_at"),
                instant(rs, "last_tick_at"),
                instant(rs, "installed_at"),
                instant(rs, "updated_at"),
                instant(rs, "uninstalled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
