package io.postmortem.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the panel API with its status and a message meant for the person in front of the panel; rendered
 * as the app's JSON error {@code {"error", "details"}} plus optional extra fields (e.g. {@code code}).
 */
public class PanelException extends RuntimeException {

    private final HttpStatus status;
    private final List<String> details;
    private final Map<String, Object> extra;

    public PanelException(HttpStatus status, String message) {
        this(status, message, List.of(), Map.of());
    }

    public PanelException(HttpStatus status, String message, List<String> details) {
        this(status, message, details, Map.of());
    }

    public PanelException(HttpStatus status, String message, List<String> details, Map<String, Object> extra) {
        super(message, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
        this.extra = new LinkedHashMap<>(extra);
    }

    public static PanelException forbidden(String message) {
        return new PanelException(HttpStatus.FORBIDDEN, message);
    }

    public static PanelException notFound(String message) {
        return new PanelException(HttpStatus.NOT_FOUND, message);
    }

    public static PanelException badRequest(String message, List<String> details) {
        return new PanelException(HttpStatus.BAD_REQUEST, message, details);
    }

    public HttpStatus status() {
        return status;
    }

    public List<String> details() {
        return details;
    }

    /** The JSON body: error, details, then any extra fields. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.put("details", details);
        body.putAll(extra);
        return body;
    }
}
