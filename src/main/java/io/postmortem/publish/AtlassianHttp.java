package io.postmortem.publish;

import io.postmortem.atlassian.AtlassianSite;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The few HTTP calls publish and settings make to Jira and Confluence, over an {@link AtlassianSite}'s signed
 * {@link RestClient}. Every answer comes back as {@link Response} (status + JSON), never as an exception, because
 * Jira's partial failures (bulk create 201 with errors, 400 with field errors) are data we show to people.
 *
 * <p>Retries follow atlassian-rest.md section 2: 429 always (the request was not processed), 5xx only for reads
 * and idempotent writes; {@code Retry-After} is honoured, otherwise 1 s doubling with jitter, at most 4 retries.
 * Creating POSTs are never retried on 5xx: the caller looks for the object first (title lookup, JQL marks).
 */
public class AtlassianHttp {

    /** How the waiting between retries is done; tests and benchmarks shorten it. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Jira's or Confluence's own words for a failure, in one line. */
        public String message() {
            return AtlassianMessages.of(status, body);
        }
    }

    static final int MAX_RETRIES = 4;

    private final JsonMapper json;
    private final Sleeper sleeper;
    private final Duration initialBackoff;
    private final AtomicLong calls = new AtomicLong();

    public AtlassianHttp(JsonMapper json, Sleeper sleeper, Duration initialBackoff) {
        this.json = json;
        this.sleeper = sleeper;
        this.initialBackoff = initialBackoff;
    }

    /** Number of HTTP requests sent so far (retries included): the benchmark's figure. */
    public long calls() {
        return calls.get();
    }

    public Response get(AtlassianSite site, Function<UriBuilder, URI> uri) {
        return send(site, HttpMethod.GET, uri, null, true);
    }

    public Response put(AtlassianSite site, Function<UriBuilder, URI> uri, Object body) {
        return send(site, HttpMethod.PUT, uri, body, true);
    }

    /** A POST that reads or upserts (search, permission check, remote link by globalId, labels): safe to retry. */
    public Response postIdempotent(AtlassianSite site, Function<UriBuilder, URI> uri, Object body) {
        return send(site, HttpMethod.POST, uri, body, true);
    }

    /** A POST that creates something: retried on 429 only. */
    public Response postCreate(AtlassianSite site, Function<UriBuilder, URI> uri, Object body) {
        return send(site, HttpMethod.POST, uri, body, false);
    }

    private Response send(AtlassianSite site, HttpMethod method, Function<UriBuilder, URI> uri, Object body,
                          boolean retryServerErrors) {
        Duration backoff = initialBackoff;
        for (int attempt = 0; ; attempt++) {
            Response response = once(site.restClient(), method, uri, body);
            boolean retryable = response.status() == 429
                    || (retryServerErrors && (response.status() == 502 || response.status() == 503 || response.status() == 504))
                    || (retryServerErrors && response.status() == 0);
            if (!retryable || attempt >= MAX_RETRIES) return response;
            Duration wait = retryAfter(response.headers()).orElse(backoff);
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            double jitter = 0.7 + ThreadLocalRandom.current().nextDouble() * 0.6;
            try {
                sleeper.sleep(Duration.ofMillis((long) (wait.toMillis() * jitter)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    private Response once(RestClient client, HttpMethod method, Function<UriBuilder, URI> uri, Object body) {
        calls.incrementAndGet();
        try {
            RestClient.RequestBodySpec spec = client.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                spec = spec.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            return spec.exchange((request, response) -> {
                byte[] bytes = response.getBody().readAllBytes();
                JsonNode node = NullNode.getInstance();
                if (bytes.length > 0) {
                    try {
                        node = json.readTree(bytes);
                    } catch (RuntimeException notJson) {
                        node = json.getNodeFactory().stringNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                return new Response(response.getStatusCode().value(), node, response.getHeaders());
            });
        } catch (org.springframework.web.client.ResourceAccessException e) {
            // connection refused / timeout: status 0, retried like a 503 for idempotent calls
            return new Response(0, json.getNodeFactory().stringNode("Could not reach the site: " + e.getMostSpecificCause().getMessage()),
                    new HttpHeaders());
        }
    }

    static java.util.Optional<Duration> retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(value.trim()), 60)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Turns Atlassian error bodies into one readable line. */
    static final class AtlassianMessages {
        private AtlassianMessages() {
        }

        static String of(int status, JsonNode body) {
            StringBuilder out = new StringBuilder();
            if (body != null) {
                if (body.isString()) out.append(body.asString());
                for (JsonNode m : body.path("errorMessages")) append(out, m.asString());
                JsonNode errors = body.path("errors");
                if (errors.isObject()) {
                    for (Map.Entry<String, JsonNode> e : errors.properties()) append(out, e.getKey() + ": " + e.getValue().asString());
                } else if (errors.isArray()) { // Confluence v2
                    for (JsonNode e : errors) append(out, e.path("title").asString(e.path("detail").asString("")));
                }
                if (body.hasNonNull("message")) append(out, body.path("message").asString());
            }
            if (out.isEmpty()) out.append("HTTP ").append(status);
            return out.toString();
        }

        static String elementErrors(JsonNode elementErrors) {
            return of(400, elementErrors);
        }

        private static void append(StringBuilder out, String s) {
            if (s == null || s.isBlank()) return;
            if (!out.isEmpty()) out.append("; ");
            out.append(s);
        }
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
