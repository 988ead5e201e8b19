package io.postmortem.connect.auth;

import java.util.List;

/**
 * A refused call: {@code status} is 401 (bad or missing credentials) or 403 (valid credentials, not allowed);
 * {@code message} is safe to show (never contains the token or a secret).
 */
public class AuthenticationFailure extends RuntimeException {

    private final int status;
    private final List<String> details;

    public AuthenticationFailure(int status, String message) {
        this(status, message, List.of());
    }

    public AuthenticationFailure(int status, String message, List<String> details) {
        super(message, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
    }

    public static AuthenticationFailure unauthorized(String message) {
        return new AuthenticationFailure(401, message);
    }

    public static AuthenticationFailure forbidden(String message) {
        return new AuthenticationFailure(403, message);
    }

    public int status() {
        return status;
    }

    public List<String> details() {
        return details;
    }
}
