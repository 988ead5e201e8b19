package io.postmortem.connect;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The install allow-list ({@code postmortem.connect.allowed-base-urls}): patterns such as
 * {@code https://*.atlassian.net} or {@code http://127.0.0.1:*}, where {@code *} stands for exactly one
 * DNS label or a port. A product base URL matches when its origin matches a pattern and its path is
 * empty or {@code /wiki} (Confluence); user info, query and fragment are never accepted.
 */
public final class BaseUrlPatterns {

    private final List<Pattern> patterns;

    public BaseUrlPatterns(List<String> patterns) {
        this.patterns = patterns.stream().map(String::trim).filter(p -> !p.isEmpty()).map(BaseUrlPatterns::compile).toList();
    }

    private static Pattern compile(String pattern) {
        String p = ConnectProperties.stripTrailingSlash(pattern).toLowerCase(Locale.ROOT);
        StringBuilder regex = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[a-z0-9-]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    public boolean allows(String baseUrl) {
        String origin = Sites.originOf(baseUrl);
        if (origin == null) {
            return false;
        }
        URI uri = URI.create(baseUrl.trim());
        String path = uri.getRawPath() == null ? "" : ConnectProperties.stripTrailingSlash(uri.getRawPath());
        if (!path.isEmpty() && !path.equals("/wiki")) {
            return false;
        }
        String candidate = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        return patterns.stream().anyMatch(p -> p.matcher(candidate).matches());
    }
}
