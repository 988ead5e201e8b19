package io.postmortem.web;

import java.util.List;

/** The one error shape of the app's JSON endpoints: {@code {"error": "...", "details": [...]}}. */
public record ApiError(String error, List<String> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}
