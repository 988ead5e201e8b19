package io.postmortem.connect.jwt;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Atlassian's query string hash ({@code qsh}): SHA-256 of the canonical request
 * {@code METHOD&path&sorted-query} (connect-protocol.md section 3).
 *
 * <p>{@code path} is the raw, still percent-encoded path relative to the app's (inbound) or the product's
 * (outbound, e.g. {@code /wiki}) base path; {@code query} is the raw query string without the leading {@code ?},
 * or null.
 */
public final class QueryStringHash {

    /** The literal qsh of context tokens ({@code apiMigrations.context-qsh}). */
    public static final String CONTEXT_QSH = "context-qsh";

    private QueryStringHash() {
    }

    public static String compute(String method, String path, String query) {
        return sha256Hex(canonical(method, path, query));
    }

    /** Hash of a path that still carries its query, e.g. {@code /rest/api/3/search?jql=x}. */
    public static String computeForPathAndQuery(String method, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? compute(method, pathAndQuery, null) : compute(method, pathAndQuery.substring(0, q), pathAndQuery.substring(q + 1));
    }

    public static String canonical(String method, String path, String query) {
        return method.toUpperCase(Locale.ROOT) + "&" + canonicalPath(path) + "&" + canonicalQuery(query);
    }

    /** The same as {@link #canonical(String, String, String)} with the base path (e.g. {@code /wiki}) stripped first. */
    public static String canonical(String method, String path, String query, String basePath) {
        return canonical(method, stripBasePath(path, basePath), query);
    }

    public static String stripBasePath(String path, String basePath) {
        if (path == null || basePath == null || basePath.isEmpty() || basePath.equals("/")) {
            return path;
        }
        String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        if (path.equals(base)) {
            return "/";
        }
        return path.startsWith(base + "/") ? path.substring(base.length()) : path;
    }

    static String canonicalPath(String path) {
        String p = path == null ? "" : path;
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.replace("&", "%26");
    }

    static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        Map<String, List<String>> raw = new TreeMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.equals("jwt")) {
                continue;
            }
            raw.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        // sort by ENCODED name in code-point order (String.compareTo compares UTF-16 units; encoded names are ASCII)
        TreeMap<String, String> encoded = new TreeMap<>();
        raw.forEach((name, values) -> {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            List<String> enc = sorted.stream().map(QueryStringHash::encode).toList();
            encoded.put(encode(name), String.join(",", enc));
        });
        StringBuilder sb = new StringBuilder();
        encoded.forEach((name, value) -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(name).append('=').append(value);
        });
        return sb.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed escape is hashed as it came; the signature check then decides
        }
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    public static String sha256Hex(String s) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
