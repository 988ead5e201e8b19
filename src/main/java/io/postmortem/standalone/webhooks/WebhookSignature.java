package io.postmortem.standalone.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Jira's webhook signature ({@code X-Hub-Signature: sha256=<hex>}, Cloud admin webhooks and Data Center webhooks with
 * a secret): HMAC-SHA256 of the raw body bytes keyed with the secret's UTF-8 bytes, lower-case hex. The header is split
 * at its first {@code =}; only {@code sha256} is accepted; the digests are compared in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature";

    private WebhookSignature() {
    }

    /** {@code sha256=<hex>} of {@code body} under {@code secret}. */
    public static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** Whether {@code header} is a valid {@code sha256=} signature of {@code body} under {@code secret}. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (secret == null || secret.isEmpty() || header == null) return false;
        int eq = header.indexOf('=');
        if (eq < 0 || !"sha256".equals(header.substring(0, eq).strip())) return false;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(eq + 1).strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
