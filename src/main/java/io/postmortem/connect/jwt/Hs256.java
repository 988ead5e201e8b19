package io.postmortem.connect.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * HS256 sign and verify with the installation's shared secret (the secret's UTF-8 bytes are the key, as
 * Atlassian does). Plain JCA HMAC so that any secret length Atlassian hands out works (nimbus' MACSigner
 * refuses keys shorter than 256 bits); the comparison is constant-time.
 */
public final class Hs256 {

    private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
    private static final String HEADER_B64 = HEADER.toBase64URL().toString();
    /** Mac.getInstance looks up providers each time; one instance per thread, re-keyed per call. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    });

    private Hs256() {
    }

    public static String sign(JWTClaimsSet claims, String secret) {
        Base64URL payload = Base64URL.encode(claims.toString());
        String signingInput = HEADER_B64 + "." + payload;
        return signingInput + "." + Base64URL.encode(mac(secret, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** True when the token is HS256 (header checked by the caller) and its signature matches the secret. */
    public static boolean verify(SignedJWT jwt, String secret) {
        byte[] expected = mac(secret, jwt.getSigningInput());
        return MessageDigest.isEqual(expected, jwt.getSignature().decode());
    }

    /** Parses without verifying; null when the text is no JWS. */
    public static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] mac(String secret, byte[] input) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
