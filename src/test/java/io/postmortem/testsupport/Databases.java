package io.postmortem.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real databases the app runs on, for tests that must pass on both: an in-memory H2 in PostgreSQL mode
 * (the embedded default) and the PostgreSQL server at 127.0.0.1:5432 (production). Each call gives a fresh,
 * migrated schema so tests never see each other's rows.
 *
 * <p>Where PostgreSQL is not running the PostgreSQL case is skipped with a message, except under CI
 * ({@code CI=true}), where missing infrastructure must fail loudly instead of passing quietly.
 */
public final class Databases {

    public static final String PG_URL = System.getProperty("postmortem.test.pg-url",
            System.getenv().getOrDefault("POSTMORTEM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
    public static final String PG_USER = System.getenv().getOrDefault("POSTMORTEM_TEST_PG_USER", "postgres");

    private Databases() {
    }

    /** Names for a parameterized test: {@code @MethodSource("io.postmortem.testsupport.Databases#kinds")}. */
    public static List<String> kinds() {
        return List.of("h2", "postgresql");
    }

    public static DataSource migrated(String kind) {
        DataSource ds = switch (kind) {
            case "h2" -> h2();
            case "postgresql" -> postgresql();
            default -> throw new IllegalArgumentException(kind);
        };
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    public static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A fresh schema on the PostgreSQL server; skipped (or failed under CI) when the server is not reachable. */
    public static DataSource postgresql() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            c.createStatement().execute("create schema " + schema);
        } catch (Exception e) {
            String message = "PostgreSQL is not reachable at " + PG_URL + " (" + e.getMessage()
                    + "); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI requires PostgreSQL: " + message, e);
            }
            Assumptions.abort(message);
        }
        return new DriverManagerDataSource(PG_URL + "?currentSchema=" + schema, PG_USER, "");
    }

    /** Spring properties that point a @SpringBootTest at a fresh database of the given kind. */
    public static List<String> springProperties(String kind) {
        List<String> props = new ArrayList<>();
        if (kind.equals("postgresql")) {
            postgresql(); // skips/fails early with the message when the server is missing
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
                c.createStatement().execute("create schema " + schema);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            props.add("spring.datasource.url=" + PG_URL + "?currentSchema=" + schema);
            props.add("spring.datasource.username=" + PG_USER);
            props.add("spring.datasource.password=");
        } else {
            props.add("spring.datasource.url=jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return props;
    }
}
