package io.postmortem.atlassian;

import java.time.Duration;
import java.util.List;

/**
 * A call to Jira or Confluence that did not succeed, with a message a person can act on.
 *
 * <p>{@link #status()} is the HTTP status Atlassian answered with, or {@code 0} when no answer came at all
 * (connection refused, timeout). {@link #details()} holds Atlassian's own messages ({@code errorMessages},
 * {@code errors{field: msg}} on Jira; {@code errors[].title/detail} on Confluence v2; {@code message} on v1).
 * {@link #retryAfter()} is set when Atlassian rate-limited us for longer than the policy is willing to wait
 * inside one call, so a job scheduler can reschedule the work instead of blocking a thread.
 */
public class AtlassianApiException extends RuntimeException {

    private final int status;
    private final String method;
    private final String path;
    private final List<String> details;
    private final Duration retryAfter;

    public AtlassianApiException(int status, String method, String path, String message, List<String> details,
            Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.method = method;
        this.path = path;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.retryAfter = retryAfter;
    }

    public AtlassianApiException(int status, String method, String path, String message, List<String> details) {
        this(status, method, path, message, details, null, null);
    }

    /** HTTP status, or 0 when Atlassian could not be reached. */
    public int status() {
        return status;
    }

    public String method() {
        return method;
    }

    /** The request path (without query string). */
    public String path() {
        return path;
    }

    /** Atlassian's own error messages, possibly empty. */
    public List<String> details() {
        return details;
    }

    /** How long Atlassian asked us to wait, when the call failed because of rate limiting; otherwise null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** True when trying again later may succeed (rate limit, 5xx, no answer). */
    public boolean isTransient() {
        return status == 0 || status == 429 || status >= 500;
    }
}
