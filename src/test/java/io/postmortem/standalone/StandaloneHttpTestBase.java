package io.postmortem.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.postmortem.standalone.webhooks.WebhookSignature;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running app (random port, in-memory H2, jobs polled every 100 ms) with two operator-configured sites and no app
 * installed anywhere: {@code cloud}, a Jira and Confluence Cloud site ({@link FakeAtlassianSite} plus stubs) called with
 * Basic {@code email:token}; {@code dc}, a Jira and Confluence Data Center ({@link FakeDataCenter}, context paths
 * {@code /jira} and {@code /confluence}) called with a personal access token. Each has a webhook secret and one
 * automation key. Tables are emptied before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:standalone-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.base-url=https://postmortem.test",
        "postmortem.jobs.poll-interval=100ms",
        "postmortem.jobs.retry-backoff=200ms",
        "postmortem.jobs.reconcile-interval=24h",
        "postmortem.publish.retry-backoff=200ms"})
public abstract class StandaloneHttpTestBase {

    public static final FakeAtlassianSite CLOUD = FakeAtlassianSite.forTests();
    public static final String PAT = "NjU0MzIxOTg3NjU0OkRDLXBlcnNvbmFsLWFjY2Vzcy10b2tlbg";
    public static final FakeDataCenter DC = new FakeDataCenter(PAT);
    public static final String CLOUD_EMAIL = "postmortem-bot@acme.example";
    public static final String CLOUD_TOKEN = "ATATT3xFfGF0-cloud-api-token";
    public static final String CLOUD_SECRET = "It's a Secret to Everybody";
    public static final String DC_SECRET = "dc-webhook-secret-0b6f";
    public static final String CLOUD_KEY = "pmk_cloud_9f1c2e7a4b3d";
    public static final String DC_KEY = "pmk_dc_5e8a1f0c2d4b";
    protected static final HttpClient HTTP = io.postmortem.testsupport.TestHttp.CLIENT;
    protected static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @DynamicPropertySource
    static void sites(DynamicPropertyRegistry registry) {
        registry.add("postmortem.sites.cloud.type", () -> "cloud");
        registry.add("postmortem.sites.cloud.jira-base-url", CLOUD::baseUrl);
        registry.add("postmortem.sites.cloud.confluence-base-url", () -> CLOUD.baseUrl() + "/wiki");
        registry.add("postmortem.sites.cloud.email", () -> CLOUD_EMAIL);
        registry.add("postmortem.sites.cloud.api-token", () -> CLOUD_TOKEN);
        registry.add("postmortem.sites.cloud.webhook-secret", () -> CLOUD_SECRET);
        registry.add("postmortem.sites.cloud.api-key-sha256", () -> sha256(CLOUD_KEY));
        registry.add("postmortem.sites.dc.type", () -> "datacenter");
        registry.add("postmortem.sites.dc.jira-base-url", DC::jiraBaseUrl);
        registry.add("postmortem.sites.dc.confluence-base-url", DC::confluenceBaseUrl);
        registry.add("postmortem.sites.dc.personal-access-token", () -> PAT);
        registry.add("postmortem.sites.dc.webhook-secret", () -> DC_SECRET);
        registry.add("postmortem.sites.dc.api-key-sha256", () -> sha256(DC_KEY));
        registry.add("postmortem.sites.dc.login-client-id", () -> FakeDataCenter.CLIENT_ID);
        registry.add("postmortem.sites.dc.login-client-secret", () -> FakeDataCenter.CLIENT_SECRET);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        for (String table : new String[] {"postmortem_draft", "intake_job", "intake_webhook_seen", "intake_change_seen",
                "installation_settings", "publication", "action_item_issue"}) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("delete from scheduled_tasks where task_name <> 'intake-reconcile'").update();
        CLOUD.reset();
        DC.reset();
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook as Jira sends it: the body, and the given headers (signature, identifier) when not null. */
    protected HttpResponse<String> webhook(String siteId, String body, String signature, String identifier) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/jira/" + siteId))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json; charset=utf-8");
        if (signature != null) r.header(WebhookSignature.HEADER, signature);
        if (identifier != null) r.header("X-Atlassian-Webhook-Identifier", identifier);
        return send(r);
    }

    protected static String sign(String secret, String body) {
        return WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A call to the app with {@code Authorization: Bearer <key>} (null: none). */
    protected HttpResponse<String> api(String method, String path, String key, String contentType, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, text/markdown");
        if (contentType != null) r.header("Content-Type", contentType);
        if (key != null) r.header("Authorization", "Bearer " + key);
        return send(r);
    }

    private static HttpResponse<String> send(HttpRequest.Builder r) {
        try {
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** {@link io.postmortem.testsupport.Await#until}. */
    protected static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        io.postmortem.testsupport.Await.until(what, timeout, condition);
    }

    protected static Map<String, Object> none() {
        return Map.of();
    }
}
