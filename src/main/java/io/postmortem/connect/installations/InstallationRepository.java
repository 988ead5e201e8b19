package io.postmortem.connect.installations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.Sites;

/**
 * Installations over {@link JdbcClient}, with a small read cache by clientKey so a burst of webhooks or panel
 * calls does not hit the database on each JWT check. Every write through this class invalidates the entry;
 * entries also expire after {@link #CACHE_TTL} so a reinstall handled by another app instance is seen soon.
 */
@Repository
public class InstallationRepository {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final int CACHE_MAX = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong dbLookups = new AtomicLong();

    private record Cached(Optional<Installation> installation, Instant loadedAt) {
    }

    public InstallationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The installation (active or not), from the cache when fresh. */
    public Optional<Installation> findByClientKey(String clientKey) {
        if (clientKey == null || clientKey.isEmpty() || clientKey.length() > 255) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached cached = cache.get(clientKey);
        if (cached != null && cached.loadedAt().plus(CACHE_TTL).isAfter(now)) {
            return cached.installation();
        }
        Optional<Installation> loaded = load(clientKey);
        if (loaded.isPresent()) { // unknown keys are not cached: random keys must not grow the map
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cache.put(clientKey, new Cached(loaded, now));
        }
        return loaded;
    }

    /** A cached row is read again at most this often by {@link #reload}, so forged tokens cannot flood the database. */
    static final Duration RELOAD_AFTER = Duration.ofSeconds(2);

    /**
     * The installation read from the database again, refreshing the cache, unless the cached row is younger than
     * {@link #RELOAD_AFTER}: another instance may have taken a reinstall (a new shared secret) or an uninstall within
     * this instance's cache time.
     */
    public Optional<Installation> reload(String clientKey) {
        if (clientKey == null || clientKey.isEmpty() || clientKey.length() > 255) {
            return Optional.empty();
        }
        Cached cached = cache.get(clientKey);
        if (cached != null && cached.loadedAt().plus(RELOAD_AFTER).isAfter(clock.instant())) {
            return cached.installation();
        }
        cache.remove(clientKey);
        return findByClientKey(clientKey);
    }

    /** The active installation of a clientKey. */
    public Optional<Installation> findActive(String clientKey) {
        return findByClientKey(clientKey).filter(Installation::installed);
    }

    /** The most recently updated active installation of a product on a site ({@code scheme://host:port}). */
    /** The client keys of this product's active installations. */
    public java.util.List<String> activeClientKeys(Product product) {
        return jdbc.sql("select client_key from installations where installed = true and product = :p order by client_key")
                .param("p", product.name()).query(String.class).list();
    }

    /** How many installations of this product are active (installed and not uninstalled). */
    public long countActive(Product product) {
        return jdbc.sql("select count(*) from installations where installed = true and product = :p")
                .param("p", product.name()).query(Long.class).single();
    }

    public Optional<Installation> findActiveBySite(String site, Product product) {
        dbLookups.incrementAndGet();
        return jdbc.sql("select * from installations where site = :site and product = :product and installed = true"
                        + " order by updated_at desc")
                .param("site", site).param("product", product.name())
                .query(InstallationRepository::map).list().stream().findFirst();
    }

    /**
     * Inserts or replaces the installation of {@code clientKey} (a reinstall brings a new secret, base URL and
     * OAuth client id; the first install time is kept).
     */
    public Installation install(String clientKey, Product product, String baseUrl, String displayUrl, String sharedSecret,
            String oauthClientId) {
        String site = Sites.originOf(baseUrl);
        if (site == null) {
            throw new IllegalArgumentException("baseUrl is not an absolute http(s) URL");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String url = stripSlash(baseUrl);
        try {
            int updated = update(clientKey, product, url, site, displayUrl, sharedSecret, oauthClientId, now);
            if (updated == 0) {
                jdbc.sql("insert into installations (client_key, product, base_url, site, display_url, shared_secret,"
                                + " oauth_client_id, installed, installed_at, updated_at, uninstalled_at)"
                                + " values (:ck, :product, :url, :site, :display, :secret, :oauth, true, :now, :now, null)")
                        .param("ck", clientKey).param("product", product.name()).param("url", url).param("site", site)
                        .param("display", displayUrl).param("secret", sharedSecret).param("oauth", oauthClientId)
                        .param("now", now).update();
            }
        } catch (DuplicateKeyException raced) {
            update(clientKey, product, url, site, displayUrl, sharedSecret, oauthClientId, now);
        } finally {
            cache.remove(clientKey);
        }
        return findByClientKey(clientKey).orElseThrow();
    }

    private int update(String clientKey, Product product, String url, String site, String displayUrl, String sharedSecret,
            String oauthClientId, OffsetDateTime now) {
        return jdbc.sql("update installations set product = :product, base_url = :url, site = :site, display_url = :display,"
                        + " shared_secret = :secret, oauth_client_id = :oauth, installed = true, updated_at = :now,"
                        + " uninstalled_at = null where client_key = :ck")
                .param("ck", clientKey).param("product", product.name()).param("url", url).param("site", site)
                .param("display", displayUrl).param("secret", sharedSecret).param("oauth", oauthClientId)
                .param("now", now).update();
    }

    /** Marks the installation inactive and keeps the row and its secret. False when the clientKey is unknown. */
    public boolean markUninstalled(String clientKey) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            return jdbc.sql("update installations set installed = false, uninstalled_at = :now, updated_at = :now"
                            + " where client_key = :ck")
                    .param("ck", clientKey).param("now", now).update() > 0;
        } finally {
            cache.remove(clientKey);
        }
    }

    /** How many times the database was asked (cache misses and site queries): for the benchmark and tests. */
    public long dbLookups() {
        return dbLookups.get();
    }

    /** Drops every cached entry (tests that change rows behind this class's back). */
    public void clearCache() {
        cache.clear();
    }

    private Optional<Installation> load(String clientKey) {
        dbLookups.incrementAndGet();
        return jdbc.sql("select * from installations where client_key = :ck").param("ck", clientKey)
                .query(InstallationRepository::map).optional();
    }

    private static Installation map(ResultSet rs, int row) throws SQLException {
        return new Installation(
                rs.getString("client_key"),
                Product.valueOf(rs.getString("product")),
                rs.getString("base_url"),
                rs.getString("display_url"),
                rs.getString("shared_secret"),
                rs.getString("oauth_client_id"),
                rs.getBoolean("installed"),
                instant(rs, "installed_at"),
                instant(rs, "updated_at"),
                instant(rs, "uninstalled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String stripSlash(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
