package io.postmortem.connect.lifecycle;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.AuthenticationFailure;
import io.postmortem.connect.jwt.ClaimChecks;

/**
 * Verifies a signed {@code installed}/{@code uninstalled} callback (connect-protocol.md section 2): RS256 pinned,
 * key from the install-keys service by {@code kid}, {@code aud} = our base URL, {@code exp}/{@code iat} with 30 s
 * leeway, {@code qsh} of this request. The caller then checks {@code iss} against the body's clientKey.
 */
@Component
public class SignedInstallVerifier {

    private final InstallKeys keys;
    private final ConnectProperties properties;
    private final Clock clock;

    public SignedInstallVerifier(InstallKeys keys, ConnectProperties properties, Clock clock) {
        this.clock = clock;
        this.keys = keys;
        this.properties = properties;
    }

    /** @return the verified claims */
    public JWTClaimsSet verify(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "JWT ", 0, 4)) {
            throw AuthenticationFailure.unauthorized("Signed install required: missing Authorization: JWT");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(authorization.substring(4).trim());
        } catch (ParseException | RuntimeException e) {
            throw AuthenticationFailure.unauthorized("Malformed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw AuthenticationFailure.unauthorized("Install callbacks must be signed with RS256");
        }
        RSAPublicKey key = keys.get(jwt.getHeader().getKeyID());
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw AuthenticationFailure.unauthorized("Invalid install signature");
            }
        } catch (JOSEException e) {
            throw AuthenticationFailure.unauthorized("Invalid install signature");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw AuthenticationFailure.unauthorized("Malformed JWT claims");
        }
        checkTimes(claims);
        List<String> audience = claims.getAudience();
        String ours = properties.normalizedBaseUrl();
        if (audience == null || audience.stream().map(a -> ConnectProperties.stripTrailingSlash(a)).noneMatch(ours::equals)) {
            throw AuthenticationFailure.unauthorized("Install JWT audience is not this app");
        }
        Object qsh = claims.getClaim("qsh");
        String expected = ClaimChecks.requestQsh(request, properties.basePath());
        if (!(qsh instanceof String s) || !ClaimChecks.qshMatches(s, expected)) {
            throw AuthenticationFailure.unauthorized("Install JWT qsh does not match this request");
        }
        if (claims.getIssuer() == null) {
            throw AuthenticationFailure.unauthorized("Install JWT has no iss");
        }
        return claims;
    }

    private void checkTimes(JWTClaimsSet claims) {
        ClaimChecks.timeProblem(claims, clock.millis()).ifPresent(problem -> {
            throw AuthenticationFailure.unauthorized(problem);
        });
    }
}
