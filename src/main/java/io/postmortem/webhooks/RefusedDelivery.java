package io.postmortem.webhooks;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A webhook delivery refused before anything was stored, with the HTTP status and what the sender can do about it.
 * Every webhook endpoint (Connect's, the standalone sites') answers it as JSON.
 */
public final class RefusedDelivery extends RuntimeException {

    private final HttpStatus status;
    private final List<String> details;

    public RefusedDelivery(HttpStatus status, String message, List<String> details) {
        super(message, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
    }

    public HttpStatus status() {
        return status;
    }

    public List<String> details() {
        return details;
    }
}
