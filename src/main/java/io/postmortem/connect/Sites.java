package io.postmortem.connect;

import java.net.URI;
import java.util.Locale;

/** URL helpers shared by install, pairing and outbound signing. */
public final class Sites {

    private Sites() {
    }

    /**
     * The site of a base URL, {@code scheme://host:port} with the default port made explicit, or null when the
     * URL is not an absolute http(s) URL without user info, query or fragment. Jira ({@code https://acme.atlassian.net})
     * and Confluence ({@code https://acme.atlassian.net/wiki}) of one site have the same origin.
     */
    public static String originOf(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (Exception e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            return null;
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return null;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The path of a base URL without trailing slash ("" for a root site, "/wiki" for Confluence Cloud). */
    public static String pathOf(String baseUrl) {
        String path = URI.create(baseUrl.trim()).getRawPath();
        return path == null ? "" : ConnectProperties.stripTrailingSlash(path);
    }
}
