package io.postmortem.connect.lifecycle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.AuthenticationFailure;

/**
 * Atlassian's install public keys: {@code GET {install-keys-url}/{kid}} answers a PEM X.509 public key.
 * Keys are immutable per kid, so they are cached forever; an unknown kid is fetched; any failure refuses
 * the install (fail closed).
 */
@Component
public class InstallKeys {

    private static final Logger log = LoggerFactory.getLogger(InstallKeys.class);
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private final ConnectProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentHashMap<String, RSAPublicKey> cache = new ConcurrentHashMap<>();

    private final Duration timeout;

    public InstallKeys(ConnectProperties properties) {
        this.properties = properties;
        this.timeout = properties.connect().installKeysTimeout();
    }

    public RSAPublicKey get(String kid) {
        if (kid == null || !KID.matcher(kid).matches() || kid.contains("..")) {
            throw AuthenticationFailure.unauthorized("Signed install without a valid kid");
        }
        RSAPublicKey cached = cache.get(kid);
        if (cached != null) {
            return cached;
        }
        RSAPublicKey key = fetch(kid);
        cache.put(kid, key);
        return key;
    }

    private RSAPublicKey fetch(String kid) {
        String base = properties.connect().installKeysUrl();
        String url = (base.endsWith("/") ? base : base + "/") + kid;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("Install key {} not available: HTTP {}", kid, response.statusCode());
                throw AuthenticationFailure.unauthorized("Unknown install key id");
            }
            return parsePem(response.body());
        } catch (AuthenticationFailure e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuthenticationFailure.unauthorized("Install key could not be fetched");
        } catch (Exception e) {
            log.warn("Install key {} could not be fetched or read: {}", kid, e.toString());
            throw AuthenticationFailure.unauthorized("Install key could not be fetched");
        }
    }

    static RSAPublicKey parsePem(String pem) throws Exception {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
