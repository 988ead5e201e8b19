package io.postmortem.connect;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contract's Connect settings ({@code postmortem.base-url}, {@code postmortem.connect.*}).
 *
 * @param baseUrl the app's public URL: descriptor {@code baseUrl} and {@code aud} of signed installs
 * @param connect the Connect specifics
 */
@ConfigurationProperties("postmortem")
public record ConnectProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Connect connect) {

    /**
     * @param appKey          the Jira app key, {@code iss} of every JWT we sign; the Confluence app is {@code appKey + ".confluence"}
     * @param installKeysUrl  {@code GET {url}/{kid}} returns the PEM public key of a signed install
     * @param allowedBaseUrls product base URL patterns accepted at install ({@code *} = one DNS label or a port)
     * @param installKeysTimeout how long fetching an install key may take (not part of the contract)
     */
    public record Connect(
            @DefaultValue("postmortem-facilitator") String appKey,
            @DefaultValue("https://connect-install-keys.atlassian.com") String installKeysUrl,
            @DefaultValue({"https://*.atlassian.net", "https://*.jira-dev.com"}) List<String> allowedBaseUrls,
            @DefaultValue("5s") java.time.Duration installKeysTimeout) {
    }

    public String appKey() {
        return connect.appKey();
    }

    /** The key of the Confluence descriptor of this app. */
    public String confluenceAppKey() {
        return connect.appKey() + ".confluence";
    }

    /** The base URL without a trailing slash. */
    public String normalizedBaseUrl() {
        return stripTrailingSlash(baseUrl);
    }

    /** The path part of our base URL ("" when the app sits at the root), stripped before computing qsh. */
    public String basePath() {
        String path = URI.create(normalizedBaseUrl()).getRawPath();
        return path == null ? "" : stripTrailingSlash(path);
    }

    public static String stripTrailingSlash(String s) {
        String r = s.trim();
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
