package io.postmortem.testsupport.site;

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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The one fake Atlassian Cloud site (Jira at the root, Confluence under {@code /wiki}) of the demo and the tests, on
 * one WireMock server. Its data and answers live in {@link AtlassianSiteTransformer}: a stateful Jira + Confluence
 * that remembers what was created (issues with their properties and links, pages with versions and labels), so tests
 * assert outcomes ("exactly N issues exist") rather than call scripts. Two ways to start it:
 * <ul>
 * <li>{@link #FakeAtlassianSite(String, int, JsonMapper, java.time.Clock) with an app key} (the demo): everything a
 * real site does towards a Connect app. It serves the RS256 public key it signs installs with
 * ({@code GET /install-keys/{kid}}), chooses the shared secrets, signs lifecycle callbacks, webhooks and iframe URLs,
 * verifies the app's own JWTs on every REST call, knows only the demo's people, and holds the demo's incident INC-42
 * with its whole story.</li>
 * <li>{@link #forTests()}: any caller is served (the tests assert the app's {@code Authorization} themselves, for
 * Connect, Forge, Basic or OAuth alike), any account is assignable, and INC-42 is a plain resolved incident. Tests
 * inject the failures Atlassian really produces: an unassignable owner in a bulk create (201 with element errors),
 * a stale page version (409), 429 storms, a bulk create whose answer is lost after Jira created the issues, a create
 * screen without links, unindexed properties, refused notifications. Tests may add their own stubs on
 * {@link #server()}: they win over the fake.</li>
 * </ul>
 */
public class FakeAtlassianSite implements AutoCloseable {

    public static final String JIRA_CLIENT_KEY = "7c1d2b9e-4a3f-4e6a-9b1d-demo0000jira";
    public static final String CONFLUENCE_CLIENT_KEY = "7c1d2b9e-4a3f-4e6a-9b1d-demo0000conf";
    /** The Confluence space and the Jira project (with its Task type) the site has for post-mortems and action items. */
    public static final String SPACE_KEY = AtlassianSiteTransformer.SPACE_KEY;
    public static final String SPACE_ID = AtlassianSiteTransformer.SPACE_ID;
    public static final String PROJECT = DemoIncident.ACTION_PROJECT_KEY;
    public static final String TASK_TYPE_ID = "10002";

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

    /** Account ids that hold Jira's ADMINISTER permission (with an app key: everybody). */
    public final Set<String> admins = ConcurrentHashMap.newKeySet();
    /** Account ids Jira refuses as assignee ("Specified user cannot be assigned to this issue."). */
    public final Set<String> unassignable = ConcurrentHashMap.newKeySet();
    /** Notifications Jira accepted: issue key and the request body, oldest first. */
    public final List<Map.Entry<String, JsonNode>> notifications = new CopyOnWriteArrayList<>();
    /** Comments added: issue key and the request body. */
    public final List<Map.Entry<String, JsonNode>> comments = new CopyOnWriteArrayList<>();
    /** The {@code fields} of the last accepted edit (PUT issue) of each issue. */
    public final Map<String, JsonNode> edits = new ConcurrentHashMap<>();
    /** Page updates (PUT) accepted: the page id each. */
    public final List<String> pageUpdates = new CopyOnWriteArrayList<>();
    final AtomicInteger rateLimited = new AtomicInteger();
    volatile boolean loseNextBulkAnswer;
    volatile boolean bumpVersionBeforeNextPut;
    volatile boolean refuseLinksOnCreate;
    volatile boolean propertiesIndexed = true;
    volatile int notifyRefusal;

    /** A site for tests, started: any caller is served, any account assignable, INC-42 a plain incident. */
    public static FakeAtlassianSite forTests() {
        return new FakeAtlassianSite(null, 0, io.postmortem.testsupport.TestJson.MAPPER, io.postmortem.testsupport.TestClock.clock())
                .start();
    }

    /**
     * @param appKey the Connect app's key, whose JWTs the site verifies; null: a site for tests ({@link #forTests()})
     * @param clock  the application's clock: tokens are dated by it, and the incident happened the day before its today
     */
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
        WireMockConfiguration options = WireMockConfiguration.options().port(requestedPort).extensions(transformer);
        if (connect()) { // the demo runs for hours: a bounded journal, loopback only, logs through SLF4J
            options.bindAddress("127.0.0.1").containerThreads(12).maxRequestJournalEntries(500).notifier(new Slf4jNotifier(false));
        }
        server = new WireMockServer(options);
        server.start();
        server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
                .willReturn(WireMock.aResponse().withTransformers(AtlassianSiteTransformer.NAME)));
        transformer.reset();
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

    /** Jira's base URL, e.g. {@code http://127.0.0.1:41234} (for tests {@code http://localhost:41234}). */
    public String baseUrl() {
        return (connect() ? "http://127.0.0.1:" : "http://localhost:") + port();
    }

    /** Whether the site serves a Connect app only (JWTs verified, the demo's people and story), or any caller. */
    boolean connect() {
        return appKey != null;
    }

    // ---------------------------------------------------------------- for tests: state, inspection, failures

    /** Back to the start: the seed data only, no recorded requests, no failure planned (test stubs stay). */
    public void reset() {
        admins.clear();
        unassignable.clear();
        notifications.clear();
        comments.clear();
        edits.clear();
        pageUpdates.clear();
        rateLimited.set(0);
        loseNextBulkAnswer = false;
        bumpVersionBeforeNextPut = false;
        refuseLinksOnCreate = false;
        propertiesIndexed = true;
        notifyRefusal = 0;
        transformer.reset();
        server.resetRequests();
    }

    /** The next {@code n} requests (any endpoint) get 429 with {@code Retry-After: 0.05}. */
    public void rateLimitNext(int n) {
        rateLimited.set(n);
    }

    /** The next bulk create creates its issues, then the connection drops before Jira's answer arrives. */
    public void loseNextBulkCreateAnswer() {
        loseNextBulkAnswer = true;
    }

    /** Someone else saves the page just before our next update: our version number is then stale (409). */
    public void bumpPageVersionBeforeNextUpdate() {
        bumpVersionBeforeNextPut = true;
    }

    /** The create screen refuses {@code update.issuelinks}: links must be made with POST /issueLink. */
    public void refuseLinksOnCreate() {
        refuseLinksOnCreate = true;
    }

    /** JQL cannot search issue properties (the descriptor does not index them): only links find marks. */
    public void propertiesNotIndexed() {
        propertiesIndexed = false;
    }

    /** Jira refuses every {@code POST /issue/{key}/notify} with this status (403: the app may not notify; 400). */
    public void refuseNotifications(int status) {
        notifyRefusal = status;
    }

    /** A plain resolved incident (project INC) the app can read, link to, mark and notify on. */
    public void incident(String key) {
        transformer.putIncident(key);
    }

    /** An action-item issue as Jira holds it now (status with its category, assignee, due date). */
    public Issue putIssue(String key, String status, String categoryKey, String assigneeId, String assigneeName, String due) {
        return transformer.putIssue(key, status, categoryKey, assigneeId, assigneeName, due);
    }

    /** A page someone else already made in the space (version 3). */
    public PageRecord existingPage(String title, String body) {
        return transformer.existingPage(title, body);
    }

    /** Every Confluence page by id. */
    public Map<String, PageRecord> pages() {
        return transformer.pageRecords();
    }

    /** Every issue but the incidents, by key: the action items the app created or a test put. */
    public Map<String, Issue> issues() {
        return transformer.issueRecords();
    }

    /** The issues marked ({@code postmortem-item} property) as the action items of this incident. */
    public List<Issue> issuesOf(String incident) {
        return issues().values().stream().filter(i -> {
            JsonNode mark = i.properties().get("postmortem-item");
            return mark != null && incident.equals(mark.path("incident").asString(""));
        }).toList();
    }

    /** The issue's entity properties by key (empty when it has none or does not exist). */
    public Map<String, JsonNode> properties(String issueKey) {
        return transformer.propertiesOf(issueKey);
    }

    /** The issue's remote links by globalId (empty when it has none or does not exist). */
    public Map<String, JsonNode> remoteLinks(String issueKey) {
        return transformer.remoteLinksOf(issueKey);
    }

    /** Issue links made: type name, inward key, outward key each ("inward relates to outward"). */
    public List<String[]> issueLinks() {
        return transformer.issueLinks();
    }

    /** Requests received since the last reset. */
    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    /** An issue as Jira holds it: a copy of its fields, its properties and the keys it links to (as inward issue). */
    public record Issue(String id, String key, ObjectNode fields, Map<String, JsonNode> properties, List<String> linkedTo) {
    }

    /** A Confluence page: {@code parentId} null for a page made at the space's top level (under its homepage). */
    public record PageRecord(String id, String spaceId, String parentId, String title, String body, int version,
                             List<String> labels) {
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

    /** The WireMock server: its serve events are what the app sent; stubs added here win over the fake. */
    public WireMockServer server() {
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
