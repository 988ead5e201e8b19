package io.postmortem.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.forge.installations.ForgeInstallationRepository;
import io.postmortem.forge.tenants.ForgeTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running app (random port, in-memory H2, its job scheduler polling every 100 ms) configured for the Forge way in
 * against {@link FakeForge}: the app id {@link FakeForge#APP_ID}, Forge's key set from the fake. Each test starts from
 * empty tables and gets a fresh installation id and cloud id; {@link #site} is routed behind the fake API gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:forge-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.base-url=https://postmortem.test",
        "postmortem.connect.app-key=postmortem-facilitator",
        "postmortem.connect.allowed-base-urls=http://localhost:*,http://127.0.0.1:*",
        "postmortem.forge.app-id=" + FakeForge.APP_ID,
        "postmortem.forge.jwks-refresh-cooldown=1h",
        "postmortem.jobs.poll-interval=100ms",
        "postmortem.jobs.retry-backoff=200ms",
        "postmortem.jobs.reconcile-interval=24h",
        "postmortem.publish.retry-backoff=200ms"})
public abstract class ForgeHttpTestBase {

    public static final FakeForge FORGE = new FakeForge();
    public static final String SYSTEM_TOKEN_PREFIX = "forge-system-token-";
    public static final String INSTALL_KEYS_PATH = "/install-keys";
    protected static final HttpClient HTTP = io.postmortem.testsupport.TestHttp.CLIENT;
    protected static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @DynamicPropertySource
    static void forge(DynamicPropertyRegistry registry) {
        registry.add("postmortem.forge.jwks-url", FORGE::jwksUrl);
        // Connect's install keys, for the signed installs of a site that moves from Connect
        registry.add("postmortem.connect.install-keys-url", () -> FORGE.server.baseUrl() + INSTALL_KEYS_PATH);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ForgeInstallationRepository forgeInstallations;
    @Autowired
    protected InstallationRepository installations;

    protected String installationId;
    protected String cloudId;
    protected String systemToken;

    @BeforeEach
    void freshForgeState() {
        for (String table : new String[] {"forge_installation", "forge_connect_link", "postmortem_draft", "intake_job",
                "intake_webhook_seen", "intake_change_seen", "installation_settings", "publication", "action_item_issue",
                "installations"}) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("delete from scheduled_tasks where task_name <> 'intake-reconcile'").update();
        forgeInstallations.clearCache();
        installations.clearCache();
        FORGE.server.resetRequests();
        installationId = FakeForge.installationId(UUID.randomUUID().toString());
        cloudId = UUID.randomUUID().toString();
        systemToken = SYSTEM_TOKEN_PREFIX + UUID.randomUUID();
    }

    /** Puts {@code site} behind the gateway for this test's cloud id, answering as a site never used through Connect. */
    protected void site(WireMockServer site) {
        FORGE.route(cloudId, site);
    }

    /** Jira's answers the app asks for when it registers an installation: its Connect clientKey (none), its address. */
    protected static void stubRegistration(WireMockServer site, String connectClientKey) {
        String path = "/rest/atlassian-connect/1/addons/postmortem-facilitator/properties/" + ForgeTenants.CLIENT_KEY_PROPERTY;
        if (connectClientKey == null) {
            site.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Property with key not found.\",\"statusCode\":404}")));
        } else {
            ObjectNode property = JSON.createObjectNode().put("key", ForgeTenants.CLIENT_KEY_PROPERTY).put("value", connectClientKey);
            site.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(okJson(property.toString())));
        }
        site.stubFor(get(urlPathEqualTo("/rest/api/3/serverInfo")).atPriority(1).willReturn(okJson(JSON.createObjectNode()
                .put("baseUrl", "https://acme.atlassian.net").put("version", "1001.0.0-SNAPSHOT")
                .put("deploymentType", "Cloud").put("serverTitle", "Jira").toString())));
    }

    /**
     * The app installed on a fresh site through Forge's lifecycle event: the site's registration answered, its API
     * routed through the fake gateway, the installed event accepted.
     */
    protected void installedOn(WireMockServer site) {
        stubRegistration(site, null);
        site(site);
        HttpResponse<String> installed = forge("POST", "/forge/lifecycle", fit().sign(),
                "{\"eventType\":\"avi:forge:installed:app\",\"id\":\"e-1\",\"app\":{\"id\":\"" + FakeForge.APP_ID + "\",\"version\":\"7\"}}");
        org.assertj.core.api.Assertions.assertThat(installed.statusCode()).as(installed.body()).isEqualTo(200);
    }

    protected FakeForge.Fit fit() {
        return FORGE.fit(installationId, cloudId);
    }

    /** A Forge Remote call: {@code Authorization: Bearer <fit>} and the system token header, as Forge sends them. */
    protected HttpResponse<String> forge(String method, String path, String fit, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json")
                .header("x-b3-traceid", "0af7651916cd43dd8448eb211c80319c").header("x-b3-spanid", "b7ad6b7169203331");
        if (body != null) r.header("Content-Type", "application/json");
        if (fit != null) r.header("Authorization", "Bearer " + fit);
        if (systemToken != null) r.header("x-forge-oauth-system", systemToken);
        try {
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Custom UI's transport: {@code POST /forge/ui/call}; returns the envelope. */
    protected JsonNode viaTransport(String fit, String method, String path, String contentType, String body) {
        ObjectNode call = JSON.createObjectNode().put("method", method).put("path", path)
                .put("contentType", contentType).put("accept", "application/json").put("body", body);
        HttpResponse<String> r = forge("POST", "/forge/ui/call", fit, call.toString());
        if (r.statusCode() != 200 || r.body().isEmpty()) throw new AssertionError("transport answered " + r.statusCode() + " " + r.headers().map() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** {@link io.postmortem.testsupport.Await#until}. */
    protected static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        io.postmortem.testsupport.Await.until(what, timeout, condition);
    }
}
