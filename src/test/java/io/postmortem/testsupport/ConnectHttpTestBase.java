package io.postmortem.testsupport;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.postmortem.connect.installations.InstallationRepository;

/**
 * The running app on a random port with an in-memory H2, {@code postmortem.base-url} = {@link #APP_BASE_URL}
 * (the {@code aud} of signed installs) and a WireMock ({@link #ATLASSIAN}) serving install keys under
 * {@code /install-keys} and standing in for product sites at {@code http://localhost:<port>}. All Connect HTTP tests
 * extend it so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:connect-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.base-url=https://postmortem.test",
        "postmortem.connect.app-key=postmortem-facilitator",
        "postmortem.connect.allowed-base-urls=https://*.atlassian.net,http://localhost:*,http://127.0.0.1:*",
        // the shared build machine can be heavily oversubscribed; a slow first WireMock answer is not a refusal
        "postmortem.connect.install-keys-timeout=20s"})
@Import(TenantRecordsTestController.class)
public abstract class ConnectHttpTestBase {

    public static final String APP_BASE_URL = "https://postmortem.test";
    public static final String APP_KEY = "postmortem-facilitator";
    public static final String INSTALL_KEYS_PATH = "/install-keys";

    protected static final WireMockServer ATLASSIAN = startWireMock();
    protected static final HttpClient HTTP = io.postmortem.testsupport.TestHttp.CLIENT;

    @LocalServerPort
    protected int port;

    @Autowired
    protected InstallationRepository installations;

    private static WireMockServer startWireMock() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void atlassian(DynamicPropertyRegistry registry) {
        registry.add("postmortem.connect.install-keys-url", () -> ATLASSIAN.baseUrl() + INSTALL_KEYS_PATH);
    }

    protected String appUrl() {
        return "http://localhost:" + port;
    }

    protected HttpResponse<String> send(String method, String pathAndQuery, String authorization, String body) {
        return ConnectFixtures.send(method, appUrl() + pathAndQuery, authorization, body);
    }

    protected HttpResponse<String> get(String pathAndQuery, String jwt) {
        return send("GET", pathAndQuery, jwt == null ? null : "JWT " + jwt, null);
    }
}
