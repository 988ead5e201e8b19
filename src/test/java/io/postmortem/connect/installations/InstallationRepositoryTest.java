package io.postmortem.connect.installations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.postmortem.atlassian.AtlassianSite.Product;

/** The repository on both supported databases: H2 (PostgreSQL mode) and a real PostgreSQL (skipped when unreachable). */
class InstallationRepositoryTest {

    private static final String SCHEMA = "connect_repo_test";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void installReinstallUninstallPairAndCache(String database) {
        DataSource dataSource = dataSource(database);
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-20T10:00:00Z"));
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        InstallationRepository repository = new InstallationRepository(JdbcClient.create(dataSource), clock);
        String jiraKey = "jira-" + UUID.randomUUID();
        String confluenceKey = "conf-" + UUID.randomUUID();

        Installation first = repository.install(jiraKey, Product.JIRA, "https://acme.atlassian.net/", "https://acme.example.com",
                "secret-1", "oauth-1");
        assertThat(first.baseUrl()).isEqualTo("https://acme.atlassian.net");
        assertThat(first.installed()).isTrue();
        assertThat(first.installedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(first.toString()).doesNotContain("secret-1");

        now.set(Instant.parse("2026-11-21T10:00:00Z"));
        Installation again = repository.install(jiraKey, Product.JIRA, "https://acme-renamed.atlassian.net", null, "secret-2", "oauth-2");
        assertThat(again.sharedSecret()).isEqualTo("secret-2");
        assertThat(again.baseUrl()).isEqualTo("https://acme-renamed.atlassian.net");
        assertThat(again.installedAt()).as("first install time kept").isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(again.updatedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));

        repository.install(confluenceKey, Product.CONFLUENCE, "https://acme-renamed.atlassian.net/wiki", null, "secret-c", null);
        assertThat(repository.findActiveBySite(again.site(), Product.CONFLUENCE)).map(Installation::clientKey).contains(confluenceKey);

        long before = repository.dbLookups();
        for (int i = 0; i < 100; i++) {
            assertThat(repository.findActive(jiraKey)).isPresent();
        }
        assertThat(repository.dbLookups() - before).as("cached by clientKey").isLessThanOrEqualTo(1);

        assertThat(repository.markUninstalled(jiraKey)).isTrue();
        assertThat(repository.findActive(jiraKey)).as("uninstall invalidates the cache").isEmpty();
        Installation kept = repository.findByClientKey(jiraKey).orElseThrow();
        assertThat(kept.installed()).isFalse();
        assertThat(kept.sharedSecret()).isEqualTo("secret-2");
        assertThat(kept.uninstalledAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(repository.markUninstalled("unknown-" + UUID.randomUUID())).isFalse();

        // an update behind the repository's back (another app instance) is seen once the cache entry expires
        repository.install(jiraKey, Product.JIRA, "https://acme-renamed.atlassian.net", null, "secret-3", null);
        assertThat(repository.findActive(jiraKey)).map(Installation::sharedSecret).contains("secret-3");
        JdbcClient.create(dataSource).sql("update installations set shared_secret = 'secret-4' where client_key = :ck")
                .param("ck", jiraKey).update();
        assertThat(repository.findActive(jiraKey)).map(Installation::sharedSecret).contains("secret-3");
        now.set(now.get().plus(InstallationRepository.CACHE_TTL).plusSeconds(1));
        assertThat(repository.findActive(jiraKey)).map(Installation::sharedSecret).contains("secret-4");
    }

    private static DataSource dataSource(String database) {
        DriverManagerDataSource dataSource;
        if (database.equals("h2")) {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:repo-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return dataSource;
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
            // reachable
        } catch (Exception e) {
            Assumptions.abort("SKIPPED: PostgreSQL at 127.0.0.1:5432/test is not reachable (" + e.getMessage() + ")");
        }
        dataSource = new DriverManagerDataSource(url + "?currentSchema=" + SCHEMA, "postgres", "");
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true).cleanDisabled(false)
                .locations("classpath:db/migration").load();
        flyway.clean(); // only this test's own schema
        flyway.migrate();
        return dataSource;
    }
}
