package io.postmortem.demo.site;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An embedded fake Atlassian Cloud site (Jira at {@code http://127.0.0.1:<port>}, Confluence at {@code …/wiki}) on a
 * loopback port, with everything a real site does towards a Connect app: it serves the RS256 public key it signs
 * installs with ({@code GET /install-keys/{kid}}), chooses the shared secrets, signs lifecycle callbacks, webhooks and
 * iframe URLs, and verifies the app's own JWTs on every REST call. Its data lives in {@link AtlassianSiteTransformer}.
 */
public class FakeAtlassianSite implements AutoCloseable {

    public static final String JIRA_CLIENT_KEY = "7c1d2b9e-4a3f-4e6a-9b1d-demo0000jira";
    public static final String CONFLUENCE_CLIENT_KEY = "7c1d2b9e-4a3f-4e6a-9b1d-demo0000conf";

    private final String appKey;
    private final int requestedPort;
    private final JsonMapper json;
    private final KeyPair installKey;
    private final String kid = "demo-install-" + UUID.randomUUID();
    private final SecureRandom random = new SecureRandom();
    private WireMockServer server;
    private AtlassianSiteTransformer transformer;
    private volatile String jiraSecret;
    private volatile String confluenceSecret;
    private final java.time.Clock clock;
    private final DemoIncident incident;

    /** @param clock the application's clock: tokens are dated by it, and the incident happened the day before its today */
    public FakeAtlassianSite(String appKey, int port, JsonMapper json, java.time.Clock clock) {
        this.clock = clock;
        this.incident = new DemoIncident(json, java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1));
        this.appKey = appKey;
        this.requestedPort = port;
        this.json = json;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.installKey = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized FakeAtlassianSite start() {
        if (server != null) {
            return this;
        }
        transformer = new AtlassianSiteTransformer(this, json);
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(requestedPort)
                .containerThreads(12)
                .maxRequestJournalEntries(500)
                .notifier(new Slf4jNotifier(false))
                .extensions(transformer);
        server = new WireMockServer(options);
        server.start();
        server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10).willReturn(WireMock.aResponse().withStatus(404)));
        transformer.seed();
        return this;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public int port() {
        return server.port();
    }

    /** Jira's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String confluenceBaseUrl() {
        return baseUrl() + "/wiki";
    }

    /** Where the app fetches install keys: {@code postmortem.connect.install-keys-url}. */
    public String installKeysUrl() {
        return baseUrl() + "/install-keys";
    }

    public String appKey() {
        return appKey;
    }

    public AtlassianSiteTransformer data() {
        return transformer;
    }

    public WireMockServer wireMock() {
        return server;
    }

    String jiraSecret() {
        return jiraSecret;
    }

    String confluenceSecret() {
        return confluenceSecret;
    }

    /** The secret the site handed the app at install (the demo signs webhooks and iframe URLs with it). */
    public String sharedSecret(boolean confluence) {
        return confluence ? confluenceSecret : jiraSecret;
    }

    /** Adopts a secret the app already holds from an earlier install (persistent database, same site). */
    public void adoptSecret(boolean confluence, String secret) {
        if (confluence) {
            confluenceSecret = secret;
        } else {
            jiraSecret = secret;
        }
    }

    Optional<String> installKey(String requestedKid) {
        if (!kid.equals(requestedKid)) {
            return Optional.empty();
        }
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(installKey.getPublic().getEncoded());
        return Optional.of("-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
    }

    /**
     * The body and RS256 {@code Authorization} of an {@code installed} callback, as the product sends it. A new
     * shared secret is chosen for the product each time (reinstalls rotate secrets).
     *
     * @param appBaseUrl the app's descriptor baseUrl (the JWT's {@code aud})
     */
    public SignedCallback installed(boolean confluence, String appBaseUrl, String lifecyclePath) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String clientKey = confluence ? CONFLUENCE_CLIENT_KEY : JIRA_CLIENT_KEY;
        ObjectNode body = json.createObjectNode();
        body.put("key", confluence ? appKey + ".confluence" : appKey);
        body.put("clientKey", clientKey);
        body.put("sharedSecret", secret);
        body.put("baseUrl", confluence ? confluenceBaseUrl() : baseUrl());
        body.put("displayUrl", confluence ? confluenceBaseUrl() : baseUrl());
        body.put("productType", confluence ? "confluence" : "jira");
        body.put("description", confluence ? "Atlassian Confluence at " + confluenceBaseUrl() : "Atlassian JIRA at " + baseUrl());
        body.put("eventType", "installed");
        body.put("serverVersion", "100");
        body.put("pluginsVersion", "1001.0.0-SNAPSHOT");
        String token = installToken(clientKey, appBaseUrl, lifecyclePath);
        return new SignedCallback(clientKey, json.writeValueAsString(body), token, secret);
    }

    /** Called once the app accepted the install: from now on the site signs and verifies with this secret. */
    public void installAccepted(boolean confluence, String secret) {
        adoptSecret(confluence, secret);
    }

    private String installToken(String clientKey, String audience, String path) {
        long now = clock.millis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientKey)
                .audience(audience)
                .issueTime(new Date(now))
                .expirationTime(new Date(now + 180_000))
                .claim("qsh", QueryStringHash.compute("POST", path, null))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build(), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) installKey.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** An HS256 JWT as Jira signs webhooks and iframe URLs: iss = clientKey, qsh bound to this request. */
    public String jiraToken(String method, String path, String rawQuery, String subject, Map<String, Object> context) {
        if (jiraSecret == null) {
            throw new IllegalStateException("The app is not installed on the fake Jira site yet");
        }
        long now = clock.millis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(JIRA_CLIENT_KEY)
                .issueTime(new Date(now))
                .expirationTime(new Date(now + 900_000))
                .claim("qsh", QueryStringHash.compute(method, path, rawQuery))
                .claim("context", context == null ? Map.of() : context);
        if (subject != null) {
            claims.subject(subject);
        }
        return Hs256.sign(claims.build(), jiraSecret);
    }

    /** A Connect context token ({@code AP.context.getToken()}): qsh "context-qsh", with the issue in its context. */
    public String contextToken(String accountId, String issueKey) {
        long now = clock.millis();
        Map<String, Object> context = issueKey == null ? Map.of()
                : Map.of("jira", Map.of("issue", Map.of("key", issueKey, "id", DemoIncident.ID, "issuetype", Map.of("id", "10008")),
                        "project", Map.of("key", DemoIncident.PROJECT_KEY, "id", "10010")));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(JIRA_CLIENT_KEY)
                .subject(accountId)
                .issueTime(new Date(now))
                .expirationTime(new Date(now + 900_000))
                .claim("qsh", QueryStringHash.CONTEXT_QSH)
                .claim("context", context)
                .build();
        return Hs256.sign(claims, jiraSecret);
    }

    /** The {@code jira:issue_updated} body of the incident's move to Resolved. */
    public JsonNode resolvedWebhook() {
        return incident.resolvedWebhook(baseUrl(), clock.millis());
    }

    /** The demo's incident (it happened the day before the clock's today). */
    public DemoIncident incident() {
        return incident;
    }

    /** The site's clock (the application's). */
    public java.time.Clock clock() {
        return clock;
    }

    public List<String> clientKeys() {
        return List.of(JIRA_CLIENT_KEY, CONFLUENCE_CLIENT_KEY);
    }

    /** An install callback ready to POST: body, RS256 token, and the secret it carries (kept off logs). */
    public record SignedCallback(String clientKey, String body, String token, String secret) {
        @Override
        public String toString() {
            return "SignedCallback[clientKey=" + clientKey + ", body=<redacted>, token=<redacted>, secret=<redacted>]";
        }
    }
}
