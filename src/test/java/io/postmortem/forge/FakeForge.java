package io.postmortem.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.testsupport.TestClock;

/**
 * A fake Forge for tests, on one WireMock server: its key set at {@code /.well-known/jwks.json} (an RSA key, kid
 * {@link #KID}), Forge Invocation Tokens minted per test ({@link Fit}), and Atlassian's API gateway: requests to
 * {@code /ex/jira/<cloudId>/...} and {@code /ex/confluence/<cloudId>/...} are proxied to the WireMock playing that
 * site ({@link #route}) with the prefix removed, so the site's own serve events hold the plain Jira/Confluence paths
 * (validated against the OpenAPI files) while this server's hold what the app really sent (prefix, Bearer token).
 */
public final class FakeForge {

    public static final String APP_ID = "ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000019";
    public static final String KID = "forge-test-key";
    public static final String JWKS_PATH = "/.well-known/jwks.json";

    public final WireMockServer server;
    public final RSAKey key;
    /** Another RSA key: signs forgeries (with the same kid) and keys Forge has not published. */
    public final RSAKey stranger;

    public FakeForge() {
        try {
            key = new RSAKeyGenerator(2048).keyID(KID).generate();
            stranger = new RSAKeyGenerator(2048).keyID(KID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        publishKeys();
    }

    /** Serves the key set (Forge's public key only). */
    public void publishKeys() {
        server.stubFor(get(urlPathEqualTo(JWKS_PATH)).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    }

    public String jwksUrl() {
        return server.baseUrl() + JWKS_PATH;
    }

    public String apiBaseUrl(String cloudId) {
        return server.baseUrl() + "/ex/jira/" + cloudId;
    }

    /** Atlassian's gateway for this site: its Jira and Confluence APIs are proxied to {@code site}. */
    public void route(String cloudId, WireMockServer site) {
        for (String product : List.of("jira", "confluence")) {
            String prefix = "/ex/" + product + "/" + cloudId;
            server.stubFor(any(urlPathMatching(prefix + "/.*")).atPriority(1)
                    .willReturn(aResponse().proxiedFrom(site.baseUrl()).withProxyUrlPrefixToRemove(prefix)));
        }
    }

    /** What the app sent to the gateway (not the key set). */
    public List<ServeEvent> apiCalls() {
        return server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/ex/")).toList();
    }

    public int keySetFetches() {
        return server.findAll(getRequestedFor(urlPathEqualTo(JWKS_PATH))).size();
    }

    public static String installationId(String uuid) {
        return ForgeProperties.INSTALLATION_ARI_PREFIX + uuid;
    }

    public Fit fit(String installationId, String cloudId) {
        return new Fit(this, installationId, cloudId);
    }

    /** One Forge Invocation Token, as Forge mints it (other-ways-in.md 1.3), with knobs for every forgery. */
    public static final class Fit {
        private final FakeForge forge;
        private final String installationId;
        private final String cloudId;
        private String audience = APP_ID;
        private String issuer = "forge/invocation-token";
        private long expiresInSeconds = 300;
        private String principal;
        private String issueKey;
        private String moduleType = "core:endpoint";
        private String environment = "PRODUCTION";
        private String apiBaseUrl;
        private RSAKey signer;
        private String kid = KID;
        private byte[] hmacSecret;
        private java.time.Instant now;

        Fit(FakeForge forge, String installationId, String cloudId) {
            this.forge = forge;
            this.installationId = installationId;
            this.cloudId = cloudId;
            this.signer = forge.key;
            this.apiBaseUrl = forge.apiBaseUrl(cloudId);
        }

        /** A UI call by {@code accountId} from the issue view of {@code issueKey} (null for the admin page). */
        public Fit user(String accountId, String issueKey) {
            this.principal = accountId;
            this.issueKey = issueKey;
            this.moduleType = issueKey == null ? "jira:adminPage" : "jira:issueContext";
            return this;
        }

        /** Minted at {@code instant} (tests that move their own clock); else at TestClock's now. */
        public Fit at(java.time.Instant instant) {
            this.now = instant;
            return this;
        }

        public Fit audience(String aud) {
            this.audience = aud;
            return this;
        }

        public Fit issuer(String iss) {
            this.issuer = iss;
            return this;
        }

        public Fit expiresIn(long seconds) {
            this.expiresInSeconds = seconds;
            return this;
        }

        public Fit environment(String type) {
            this.environment = type;
            return this;
        }

        public Fit apiBaseUrl(String url) {
            this.apiBaseUrl = url;
            return this;
        }

        /** Signed with another key under Forge's kid: a forgery. */
        public Fit forgedSignature() {
            this.signer = forge.stranger;
            return this;
        }

        /** Signed by a key Forge's set does not have. */
        public Fit unknownKey(String kid) {
            this.signer = forge.stranger;
            this.kid = kid;
            return this;
        }

        /** HS256 with a secret anyone could pick: must never be accepted. */
        public Fit hs256(byte[] secret) {
            this.hmacSecret = secret;
            return this;
        }

        public String sign() {
            Map<String, Object> app = new LinkedHashMap<>();
            app.put("id", APP_ID);
            app.put("version", "7");
            app.put("installationId", installationId);
            app.put("apiBaseUrl", apiBaseUrl);
            app.put("environment", Map.of("type", environment, "id", "env-1"));
            app.put("module", Map.of("type", moduleType, "key", "pm-module"));
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("cloudId", cloudId);
            if (issueKey != null) {
                context.put("extension", Map.of("type", moduleType, "issue", Map.of("key", issueKey, "id", "10042")));
            }
            long millis = now != null ? now.toEpochMilli() : TestClock.millis();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                    .issueTime(new Date(millis - 1_000))
                    .expirationTime(new Date(millis + expiresInSeconds * 1000))
                    .claim("app", app).claim("context", context);
            if (principal != null) claims.claim("principal", principal);
            try {
                if (hmacSecret != null) {
                    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims.build());
                    jwt.sign(new MACSigner(hmacSecret));
                    return jwt.serialize();
                }
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims.build());
                jwt.sign(new RSASSASigner(signer));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
