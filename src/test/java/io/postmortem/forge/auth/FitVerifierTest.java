package io.postmortem.forge.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.forge.FakeForge;
import io.postmortem.forge.ForgeInvocation;
import io.postmortem.forge.ForgeProperties;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.TestClock;

/**
 * The FIT check and Forge's key set on a clock the test moves: the key set is fetched once, again after its maximum
 * age, and for an unknown key id at most once per cool-down (a rotated-in key is found after the cool-down, a made-up
 * one costs one fetch per cool-down however many tokens carry it); exp leeway and the environment pin.
 */
class FitVerifierTest {

    static final FakeForge FORGE = new FakeForge();

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private Instant now = TestClock.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    MovingClock clock;

    @BeforeEach
    void reset() {
        FORGE.server.resetRequests();
        FORGE.publishKeys();
        clock = new MovingClock();
    }

    ForgeProperties properties(String environment) {
        return new ForgeProperties(FakeForge.APP_ID, FORGE.jwksUrl(), environment, Duration.ofSeconds(30),
                Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofMinutes(55), Duration.ofHours(1));
    }

    FitVerifier verifier(ForgeKeys keys, String environment) {
        return new FitVerifier(keys, properties(environment), clock);
    }

    FakeForge.Fit fit() {
        return FORGE.fit(FakeForge.installationId("5d2a8c1e-0000-4000-8000-000000000001"), "cloud-1").at(clock.instant());
    }

    @Test
    void aGoodTokenGivesTheInvocation() {
        FitVerifier verifier = verifier(new ForgeKeys(properties(null), clock), null);
        ForgeInvocation invocation = verifier.verify(fit().user(JiraJson.DANA, "INC-7").sign());
        assertThat(invocation.installationId()).isEqualTo(FakeForge.installationId("5d2a8c1e-0000-4000-8000-000000000001"));
        assertThat(invocation.apiBaseUrl()).isEqualTo(FORGE.apiBaseUrl("cloud-1"));
        assertThat(invocation.cloudId()).isEqualTo("cloud-1");
        assertThat(invocation.principal()).isEqualTo(JiraJson.DANA);
        assertThat(invocation.issueKey()).isEqualTo("INC-7");
        assertThat(invocation.environmentType()).isEqualTo("PRODUCTION");
        assertThat(invocation.moduleType()).isEqualTo("jira:issueContext");
    }

    @Test
    void expiryIsJudgedByTheApplicationsClockWithLeeway() {
        ForgeKeys keys = new ForgeKeys(properties(null), clock);
        String token = fit().expiresIn(60).sign();
        clock.advance(Duration.ofSeconds(60 + 25)); // 25 s past exp: inside the 30 s leeway
        assertThat(verifier(keys, null).verify(token).installationId()).isNotNull();
        clock.advance(Duration.ofSeconds(10)); // 35 s past exp
        assertThatThrownBy(() -> verifier(keys, null).verify(token)).isInstanceOf(AuthenticationFailure.class)
                .hasMessageContaining("expired");
    }

    @Test
    void anotherEnvironmentIsRefusedWhenOneIsPinned() {
        ForgeKeys keys = new ForgeKeys(properties("PRODUCTION"), clock);
        assertThat(verifier(keys, "PRODUCTION").verify(fit().sign()).environmentType()).isEqualTo("PRODUCTION");
        assertThatThrownBy(() -> verifier(keys, "PRODUCTION").verify(fit().environment("DEVELOPMENT").sign()))
                .isInstanceOf(AuthenticationFailure.class).hasMessageContaining("another environment");
    }

    @Test
    void anUnknownKeyIdFetchesTheKeySetAtMostOncePerCoolDown() throws Exception {
        ForgeKeys keys = new ForgeKeys(properties(null), clock);
        FitVerifier verifier = verifier(keys, null);
        verifier.verify(fit().sign());
        assertThat(FORGE.keySetFetches()).isEqualTo(1);

        // Forge rotates in a new key; tokens signed with it arrive at once
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("rotated-in").generate();
        FORGE.server.stubFor(get(urlPathEqualTo(FakeForge.JWKS_PATH)).willReturn(okJson(
                new JWKSet(java.util.List.of(FORGE.key.toPublicJWK(), rotated.toPublicJWK())).toString())));
        String withNewKey = signedWith(rotated);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> verifier.verify(withNewKey)).hasMessageContaining("unknown key"); // within the cool-down
        assertThat(FORGE.keySetFetches()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(verifier.verify(withNewKey).installationId()).isNotNull(); // cool-down over: one fetch finds it
        assertThat(FORGE.keySetFetches()).isEqualTo(2);

        // a flood of made-up key ids costs at most one fetch per cool-down
        for (int i = 0; i < 50; i++) {
            String made = fit().unknownKey("made-up-" + i).sign();
            assertThatThrownBy(() -> verifier.verify(made)).isInstanceOf(AuthenticationFailure.class);
            clock.advance(Duration.ofSeconds(10)); // 50 tokens over 500 s: one cool-down (300 s) ends in between
        }
        assertThat(FORGE.keySetFetches()).isEqualTo(3);
        // known keys never wait for the cool-down
        assertThat(verifier.verify(fit().sign()).installationId()).isNotNull();
    }

    @Test
    void theKeySetIsFetchedAgainAfterItsMaximumAge() {
        ForgeKeys keys = new ForgeKeys(properties(null), clock);
        verifier(keys, null).verify(fit().sign());
        clock.advance(Duration.ofMinutes(59));
        verifier(keys, null).verify(fit().sign());
        assertThat(FORGE.keySetFetches()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        verifier(keys, null).verify(fit().sign());
        assertThat(FORGE.keySetFetches()).isEqualTo(2);
    }

    @Test
    void whenForgesKeySetCannotBeReadNothingIsAccepted() {
        FORGE.server.stubFor(get(urlPathEqualTo(FakeForge.JWKS_PATH)).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        ForgeKeys keys = new ForgeKeys(properties(null), clock);
        assertThatThrownBy(() -> verifier(keys, null).verify(fit().sign())).hasMessageContaining("unknown key");
    }

    private String signedWith(RSAKey key) throws Exception {
        String good = fit().expiresIn(3600).sign();
        com.nimbusds.jwt.SignedJWT parsed = com.nimbusds.jwt.SignedJWT.parse(good);
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(
                com.nimbusds.jose.JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), parsed.getJWTClaimsSet());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }
}
