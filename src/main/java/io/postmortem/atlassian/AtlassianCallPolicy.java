package io.postmortem.atlassian;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resilience for every call to Jira and Confluence, shared by all installations (state is kept per {@code clientKey}).
 *
 * <ul>
 * <li><b>429</b>: wait {@code Retry-After} seconds (else until {@code X-RateLimit-Reset}, else the exponential
 * backoff; quota-based limits without a header wait for the next UTC hour) plus jitter, then retry - for every
 * method, because a 429 means the request was not processed. While one call waits, the other calls of the same
 * installation also hold back until the pause ends; other installations are not affected.</li>
 * <li><b>5xx and no answer</b> (timeout, connection reset): exponential backoff (start {@link Builder#initialBackoff},
 * doubling, capped at {@link Builder#maxBackoff}, jitter x0.7-1.3) - only for calls declared
 * {@link CallSpec#retryable() retryable} (reads, PUTs, upserts). Creating POSTs (bulk create, page create) are not
 * retried blindly: the caller must first look for the object (see atlassian-rest.md section 2).</li>
 * <li>At most {@link Builder#maxRetries} retries (default 4). A wait longer than {@link Builder#maxWait} is not
 * slept: the call fails at once with an {@link AtlassianApiException} carrying {@code retryAfter}.</li>
 * <li>Other 4xx fail immediately with an {@link AtlassianApiException} whose message a person understands.</li>
 * <li>Per installation a {@link Semaphore} bounds concurrent calls ({@link Builder#maxConcurrentPerSite}).</li>
 * </ul>
 *
 * <p>Metrics (when a {@link MeterRegistry} is given): counter {@code atlassian.calls} (tags product, endpoint = the
 * templated path, method, status - {@code IO_ERROR} when no answer came), counter {@code atlassian.rate_limited.waits}
 * (product, endpoint) and timer {@code atlassian.retry.waits} (product, reason = rate_limited / server_error /
 * io_error) recording each wait before a retry.
 */
public final class AtlassianCallPolicy {

    /** What a call is, for retries, messages and metrics. */
    public record CallSpec(String clientKey, AtlassianSite.Product product, String method, String endpoint,
            String path, boolean retryable, Set<Integer> acceptedStatuses) {

        public CallSpec {
            acceptedStatuses = acceptedStatuses == null ? Set.of() : Set.copyOf(acceptedStatuses);
        }
    }

    /** A response as received: status, headers and raw body, with the request's method and path for messages. */
    public record RawResponse(int status, HttpHeaders headers, byte[] body, String method, String path) {

        public RawResponse(int status, HttpHeaders headers, byte[] body) {
            this(status, headers, body, null, null);
        }

        public String bodyText() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends one attempt of the request. */
    @FunctionalInterface
    public interface Attempt {
        RawResponse send();
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxWait;
    private final int maxConcurrentPerSite;
    private final Sleeper sleeper;
    private final MeterRegistry meters;
    private final java.time.Clock clock;
    private final JsonMapper json;
    private final Map<String, SiteGate> gates = new ConcurrentHashMap<>();

    private AtlassianCallPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxWait = b.maxWait;
        this.maxConcurrentPerSite = b.maxConcurrentPerSite;
        this.sleeper = b.sleeper;
        this.meters = b.meters;
        this.clock = b.clock;
        this.json = b.json;
    }

    /** The application's JSON mapper, for Atlassian's requests and answers. */
    public JsonMapper json() {
        return json;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: 4 retries, backoff 5 s doubling to 30 s, wait at most 60 s per pause, 16 concurrent calls per site. */
    public static AtlassianCallPolicy defaults(java.time.Clock clock, JsonMapper json) {
        return builder().clock(clock).json(json).build();
    }

    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Runs {@code attempt} under the policy. Returns the response when its status is below 400 or listed in
     * {@link CallSpec#acceptedStatuses()}; otherwise retries or throws {@link AtlassianApiException}.
     */
    public RawResponse execute(CallSpec spec, Attempt attempt) {
        SiteGate gate = gates.computeIfAbsent(spec.clientKey(), k -> new SiteGate(maxConcurrentPerSite));
        int retries = 0;
        boolean ownPause = false;
        while (true) {
            if (!ownPause) {
                waitForSitePause(gate);
            }
            ownPause = false;
            RawResponse response;
            try {
                response = sendGated(gate, attempt);
            } catch (ResourceAccessException | UncheckedIOException e) {
                count(spec, "IO_ERROR");
                if (spec.retryable() && retries < maxRetries) {
                    pause(spec, backoff(retries), "io_error");
                    retries++;
                    continue;
                }
                throw new AtlassianApiException(0, spec.method(), spec.path(),
                        productName(spec) + " could not be reached for " + spec.method() + " " + spec.path()
                                + " after " + (retries + 1) + " attempt(s): " + e.getMessage(),
                        List.of(), null, e);
            }
            int status = response.status();
            count(spec, Integer.toString(status));
            if (status < 400 || spec.acceptedStatuses().contains(status)) {
                return response;
            }
            List<String> details = errorDetails(response);
            if (status == 429) {
                Duration wait = rateLimitWait(response.headers(), retries);
                if (retries < maxRetries && wait.compareTo(maxWait) <= 0) {
                    increment("atlassian.rate_limited.waits", "product", product(spec), "endpoint", spec.endpoint());
                    gate.pauseUntil(System.nanoTime() + wait.toNanos());
                    pause(spec, wait, "rate_limited");
                    ownPause = true;
                    retries++;
                    continue;
                }
                throw new AtlassianApiException(429, spec.method(), spec.path(),
                        describe(spec, 429, details, retries) + " Retry after " + wait.toSeconds() + " s.", details,
                        wait, null);
            }
            if (status >= 500 && spec.retryable() && retries < maxRetries) {
                Duration retryAfter = retryAfterHeader(response.headers(), clock.instant());
                pause(spec, retryAfter != null ? withJitter(retryAfter) : backoff(retries), "server_error");
                retries++;
                continue;
            }
            throw new AtlassianApiException(status, spec.method(), spec.path(), describe(spec, status, details, retries),
                    details);
        }
    }

    private RawResponse sendGated(SiteGate gate, Attempt attempt) {
        try {
            gate.permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an Atlassian call slot", e);
        }
        try {
            return attempt.send();
        } finally {
            gate.permits.release();
        }
    }

    private void waitForSitePause(SiteGate gate) {
        long remaining = gate.pausedUntilNanos - System.nanoTime();
        if (remaining > 0) {
            sleep(Duration.ofNanos(remaining));
        }
    }

    private void pause(CallSpec spec, Duration wait, String reason) {
        if (meters != null) {
            Timer.builder("atlassian.retry.waits").tag("product", product(spec)).tag("reason", reason)
                    .register(meters).record(wait);
        }
        sleep(wait);
    }

    private void sleep(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing off from Atlassian", e);
        }
    }

    /** Exponential backoff: initial * 2^retry, capped, with jitter x0.7-1.3. */
    Duration backoff(int retry) {
        long base = initialBackoff.toMillis() << Math.min(retry, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        double factor = 0.7 + ThreadLocalRandom.current().nextDouble() * 0.6;
        return Duration.ofMillis((long) (capped * factor));
    }

    private Duration rateLimitWait(HttpHeaders headers, int retry) {
        Duration retryAfter = retryAfterHeader(headers, clock.instant());
        if (retryAfter != null) {
            return withJitter(retryAfter);
        }
        String reset = headers.getFirst("X-RateLimit-Reset");
        if (reset != null) {
            try {
                Duration untilReset = Duration.between(clock.instant(), Instant.parse(reset.trim()));
                if (!untilReset.isNegative()) {
                    return withJitter(untilReset);
                }
            } catch (DateTimeParseException ignored) {
                // fall through to the other rules
            }
        }
        String reason = headers.getFirst("RateLimit-Reason");
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("quota")) {
            Instant now = clock.instant();
            return withJitter(Duration.between(now, now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS)));
        }
        return backoff(retry);
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfterHeader(HttpHeaders headers, Instant now) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(value, HTTP_DATE).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** Adds 0-20 % (at most 1 s) on top of what Atlassian asked, so a burst of waiting clients does not retry at once. */
    private static Duration withJitter(Duration wait) {
        long maxJitter = Math.max(1, Math.min(1000, wait.toMillis() / 5));
        return wait.plusMillis(ThreadLocalRandom.current().nextLong(maxJitter + 1));
    }

    /** Atlassian's own messages from a Jira, Confluence v2 or v1 error body; empty when the body is not JSON. */
    List<String> errorDetails(RawResponse response) {
        List<String> details = new ArrayList<>();
        String text = response.bodyText();
        if (text.isBlank()) {
            return details;
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (RuntimeException notJson) {
            String trimmed = text.strip();
            if (!trimmed.startsWith("<")) { // an HTML error page carries nothing a person needs
                details.add(trimmed.length() > 300 ? trimmed.substring(0, 300) + "..." : trimmed);
            }
            return details;
        }
        for (JsonNode m : root.path("errorMessages")) {
            details.add(m.asString());
        }
        JsonNode errors = root.path("errors");
        if (errors.isObject()) {
            for (Map.Entry<String, JsonNode> e : errors.properties()) {
                details.add(e.getKey() + ": " + e.getValue().asString());
            }
        } else if (errors.isArray()) {
            for (JsonNode e : errors) {
                String title = e.path("title").asString("");
                String detail = e.path("detail").isNull() ? "" : e.path("detail").asString("");
                String one = detail.isBlank() ? title : title.isBlank() ? detail : title + " - " + detail;
                if (!one.isBlank()) {
                    details.add(one);
                }
            }
        }
        if (details.isEmpty() && root.path("message").isString()) {
            details.add(root.path("message").asString());
        }
        return details;
    }

    private String describe(CallSpec spec, int status, List<String> details, int retries) {
        String product = productName(spec);
        String call = " for " + spec.method() + " " + spec.path();
        String what = switch (status) {
            case 400 -> product + " rejected the request as invalid (400)" + call + ".";
            case 401 -> product + " refused the app's credentials (401)" + call
                    + ". The installation may have been removed or its shared secret is out of date; reinstall the app.";
            case 403 -> product + " denied the app permission (403)" + call
                    + ". Grant the app's user the needed permission in the project or space.";
            case 404 -> product + " found nothing there (404)" + call
                    + ". It does not exist, or the app is not allowed to see it.";
            case 409 -> product + " reported a conflict (409)" + call + ".";
            case 410 -> product + " no longer offers this API (410)" + call + ".";
            case 413 -> product + " refused the request as too large or over a limit (413)" + call + ".";
            case 429 -> product + " kept rate-limiting the app (429)" + call + " after " + (retries + 1)
                    + " attempt(s).";
            default -> status >= 500
                    ? product + " failed with " + status + call + " after " + (retries + 1) + " attempt(s)."
                    : product + " answered " + status + call + ".";
        };
        return details.isEmpty() ? what : what + " " + product + " says: " + String.join("; ", details);
    }

    private static String productName(CallSpec spec) {
        return spec.product() == AtlassianSite.Product.CONFLUENCE ? "Confluence" : "Jira";
    }

    private static String product(CallSpec spec) {
        return spec.product().name().toLowerCase(Locale.ROOT);
    }

    private void count(CallSpec spec, String status) {
        increment("atlassian.calls", "product", product(spec), "endpoint", spec.endpoint(), "method", spec.method(),
                "status", status);
    }

    private void increment(String name, String... tags) {
        if (meters != null) {
            meters.counter(name, tags).increment();
        }
    }

    private static final class SiteGate {
        final Semaphore permits;
        volatile long pausedUntilNanos = System.nanoTime();

        SiteGate(int permits) {
            this.permits = new Semaphore(permits, true);
        }

        synchronized void pauseUntil(long nanos) {
            if (nanos - pausedUntilNanos > 0) {
                pausedUntilNanos = nanos;
            }
        }
    }

    public static final class Builder {
        private int maxRetries = 4;
        private Duration initialBackoff = Duration.ofSeconds(5);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxWait = Duration.ofSeconds(60);
        private int maxConcurrentPerSite = 16;
        private Sleeper sleeper = Sleeper.REAL;
        private MeterRegistry meters;
        private java.time.Clock clock;
        private JsonMapper json;

        /** Required: the application's one JSON mapper (Boot's). */
        public Builder json(JsonMapper json) {
            this.json = json;
            return this;
        }

        /** Required: the application's clock, to read rate-limit reset times and HTTP dates against. */
        public Builder clock(java.time.Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /** The longest single wait slept inside a call; longer rate-limit pauses fail the call with retryAfter. */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = maxWait;
            return this;
        }

        public Builder maxConcurrentPerSite(int maxConcurrentPerSite) {
            this.maxConcurrentPerSite = maxConcurrentPerSite;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Optional; null means no metrics. */
        public Builder meterRegistry(MeterRegistry meters) {
            this.meters = meters;
            return this;
        }

        public AtlassianCallPolicy build() {
            java.util.Objects.requireNonNull(clock, "clock: pass the application's Clock");
            java.util.Objects.requireNonNull(json, "json: pass the application's JsonMapper");
            if (maxRetries < 0 || maxConcurrentPerSite < 1) {
                throw new IllegalArgumentException("maxRetries must be >= 0 and maxConcurrentPerSite >= 1");
            }
            return new AtlassianCallPolicy(this);
        }
    }
}
