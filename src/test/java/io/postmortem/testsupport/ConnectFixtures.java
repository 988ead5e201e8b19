package io.postmortem.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;

import tools.jackson.databind.json.JsonMapper;

/**
 * Connect test helpers for every feature's tests.
 *
 * <pre>{@code
 * @Autowired InstallationRepository installations;
 * String secret = ConnectFixtures.randomSecret();
 * ConnectFixtures.install(installations, "client-1", wireMock.baseUrl(), secret, Product.JIRA);
 * // a call as Jira makes it (webhook, lifecycle, iframe GET): qsh bound to method + path + query
 * String jwt = ConnectFixtures.requestJwt("client-1", secret, "POST", "/connect/webhooks/issue-updated");
 * // a panel AJAX call (AP.context.getToken()): qsh = "context-qsh", only on @ContextJwt endpoints
 * String ctx = ConnectFixtures.contextJwt("client-1", secret, "557058:abc", "INC-7");
 * // send as header  Authorization: JWT <token>
 * }</pre>
 *
 * For a real signed install against the running app see {@link SignedInstaller}.
 */
public final class ConnectFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    private static final HttpClient HTTP = io.postmortem.testsupport.TestHttp.CLIENT;

    private ConnectFixtures() {
    }

    /**
     * A raw request to the app (10 s timeout): a JSON body when {@code body} is not null, an Authorization header
     * when {@code authorization} is not null.
     */
    public static HttpResponse<String> send(String method, String url, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secret shaped like Atlassian's (base64 of 32 random bytes). */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Stores an active installation directly (no HTTP), as a verified {@code installed} callback would. */
    public static Installation install(InstallationRepository installations, String clientKey, String baseUrl, String secret,
            Product product) {
        return installations.install(clientKey, product, baseUrl, null, secret, null);
    }

    /** A Jira installation. */
    public static Installation installJira(InstallationRepository installations, String clientKey, String baseUrl, String secret) {
        return install(installations, clientKey, baseUrl, secret, Product.JIRA);
    }

    /**
     * An HS256 token as Jira sends it with webhooks, lifecycle and iframe calls: {@code iss} = clientKey,
     * {@code qsh} over method, path and query (pathAndQuery is the raw request target, e.g. {@code /panel?issueKey=INC-7}),
     * iat now, exp in 3 minutes.
     */
    public static String requestJwt(String clientKey, String secret, String method, String pathAndQuery) {
        return requestJwt(clientKey, secret, method, pathAndQuery, null);
    }

    /**
     * The address Jira loads an iframe module from: our {@code pathAndQuery} (which has a query already) with a GET
     * request JWT for the user {@code accountId} in the {@code jwt} parameter.
     */
    public static String iframeUrl(String appUrl, String pathAndQuery, String clientKey, String secret, String accountId) {
        return appUrl + pathAndQuery + "&jwt=" + requestJwt(clientKey, secret, "GET", pathAndQuery, accountId);
    }

    /** The same with a user ({@code sub}). */
    public static String requestJwt(String clientKey, String secret, String method, String pathAndQuery, String accountId) {
        Instant now = TestClock.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientKey)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(180)))
                .claim("qsh", QueryStringHash.computeForPathAndQuery(method, pathAndQuery))
                .claim("context", Map.of());
        if (accountId != null) {
            claims.subject(accountId);
        }
        return Hs256.sign(claims.build(), secret);
    }

    /** A context token as {@code AP.context.getToken()} returns it: qsh "context-qsh", sub, context.jira.issue.key, 15 min. */
    public static String contextJwt(String clientKey, String secret, String accountId, String issueKey) {
        Instant now = TestClock.now();
        Map<String, Object> context = new LinkedHashMap<>();
        if (issueKey != null) {
            context.put("jira", Map.of("issue", Map.of("key", issueKey, "id", "10001", "issuetype", Map.of("id", "10002")),
                    "project", Map.of("key", issueKey.replaceAll("-.*", ""), "id", "10000")));
        }
        context.put("license", Map.of("active", true));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientKey)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(900)))
                .claim("qsh", QueryStringHash.CONTEXT_QSH)
                .claim("context", context);
        if (accountId != null) {
            claims.subject(accountId);
        }
        return Hs256.sign(claims.build(), secret);
    }

    /** Signs arbitrary claims with HS256 (for negative tests: expired, tampered, wrong qsh...). */
    public static String hs256(JWTClaimsSet claims, String secret) {
        return Hs256.sign(claims, secret);
    }

    /** A Connect lifecycle body ({@code productType} "jira" or "confluence"; sharedSecret null for uninstalled). */
    public static String lifecycleBody(String eventType, String appKey, String clientKey, String baseUrl, String sharedSecret,
            String productType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", appKey);
        body.put("clientKey", clientKey);
        if (sharedSecret != null) {
            body.put("sharedSecret", sharedSecret);
        }
        body.put("baseUrl", baseUrl);
        body.put("displayUrl", baseUrl);
        body.put("productType", productType);
        body.put("description", "Atlassian JIRA at " + baseUrl);
        body.put("eventType", eventType);
        return JSON.writeValueAsString(body);
    }

    /**
     * Atlassian's side of a signed install: an RSA key pair whose public key is served as PEM by a WireMock
     * standing in for {@code connect-install-keys.atlassian.com} (point {@code postmortem.connect.install-keys-url}
     * at {@code keyServer.baseUrl() + pathPrefix}), and RS256 tokens signed with it.
     *
     * <pre>{@code
     * SignedInstaller atlassian = new SignedInstaller(wireMock);
     * HttpResponse<String> r = atlassian.install("http://localhost:" + port, "https://postmortem.test",
     *         "postmortem-facilitator", "client-1", wireMock.baseUrl(), secret, "jira");   // 204 when accepted
     * }</pre>
     */
    public static final class SignedInstaller {

        private final KeyPair keyPair;
        private final String kid = "test-" + UUID.randomUUID();

        public SignedInstaller(WireMockServer keyServer) {
            this(keyServer, "");
        }

        public SignedInstaller(WireMockServer keyServer, String pathPrefix) {
            this.keyPair = newKeyPair();
            if (keyServer != null) {
                keyServer.stubFor(get(urlPathEqualTo(pathPrefix + "/" + kid)).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/x-pem-file").withBody(pem())));
            }
        }

        public String kid() {
            return kid;
        }

        /** The public key as Atlassian's key service answers it. */
        public String pem() {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair.getPublic().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
        }

        /** A valid install token: RS256, kid, aud = app base URL, iss = clientKey, qsh of method + pathAndQuery, 3 min. */
        public String token(String audience, String clientKey, String method, String pathAndQuery) {
            Instant now = TestClock.now();
            return token(new JWTClaimsSet.Builder().issuer(clientKey).audience(audience)
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(180)))
                    .claim("qsh", QueryStringHash.computeForPathAndQuery(method, pathAndQuery)).build());
        }

        /** Any claims, RS256 with this key and kid. */
        public String token(JWTClaimsSet claims) {
            return token(claims, (RSAPrivateKey) keyPair.getPrivate(), kid);
        }

        /** Any claims, RS256 with the given key and kid (forgeries in negative tests). */
        public static String token(JWTClaimsSet claims, RSAPrivateKey key, String kid) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build(),
                        claims);
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** POSTs a correctly signed {@code installed} callback to the running app; answers the app's response. */
        public HttpResponse<String> install(String appUrl, String appBaseUrl, String appKey, String clientKey, String productBaseUrl,
                String secret, String productType) {
            String body = lifecycleBody("installed", appKey, clientKey, productBaseUrl, secret, productType);
            return post(appUrl, "/connect/installed", body, "JWT " + token(appBaseUrl, clientKey, "POST", "/connect/installed"));
        }

        /** POSTs a correctly signed {@code uninstalled} callback. */
        public HttpResponse<String> uninstall(String appUrl, String appBaseUrl, String appKey, String clientKey, String productBaseUrl,
                String productType) {
            String body = lifecycleBody("uninstalled", appKey, clientKey, productBaseUrl, null, productType);
            return post(appUrl, "/connect/uninstalled", body, "JWT " + token(appBaseUrl, clientKey, "POST", "/connect/uninstalled"));
        }

        /** A raw POST with a JSON body and an optional Authorization header. */
        public static HttpResponse<String> post(String appUrl, String path, String body, String authorization) {
            return send("POST", appUrl + path, authorization, Objects.requireNonNull(body));
        }

        public static KeyPair newKeyPair() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
