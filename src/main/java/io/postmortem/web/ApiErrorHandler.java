package io.postmortem.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;

import io.postmortem.connect.auth.AuthenticationFailure;

/**
 * Every exception leaving a handler becomes {@code {"error": "...", "details": [...]}} with the right status;
 * never a stack trace or an HTML page. Unexpected exceptions are logged and answered 500 without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiErrorHandler {

    /** {@code WWW-Authenticate} of every authentication refusal. */
    public static final String WWW_AUTHENTICATE = "JWT realm=\"postmortem-facilitator\"";

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(AuthenticationFailure.class)
    public ResponseEntity<ApiError> authentication(AuthenticationFailure e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(e.getMessage(), e.details()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return json(HttpStatus.BAD_REQUEST, new ApiError("Malformed request body", List.of()));
    }

    @ExceptionHandler(BindException.class)
    public ResponseEntity<ApiError> invalid(BindException e) {
        List<String> details = new ArrayList<>();
        e.getFieldErrors().forEach(f -> details.add(f.getField() + ": " + f.getDefaultMessage()));
        e.getGlobalErrors().forEach(g -> details.add(g.getObjectName() + ": " + g.getDefaultMessage()));
        return json(HttpStatus.BAD_REQUEST, new ApiError("Invalid request", details));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        List<String> details = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                details.add(r.getMethodParameter().getParameterName() + ": " + err.getDefaultMessage())));
        return json(HttpStatus.BAD_REQUEST, new ApiError("Invalid request", details));
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<ApiError> status(ResponseStatusException e) {
        String reason = e.getReason() != null ? e.getReason() : reasonPhrase(e.getStatusCode());
        return json(e.getStatusCode(), ApiError.of(reason));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiError> other(Exception e) {
        if (e instanceof ErrorResponse framework) { // Spring MVC's own: 404, 405, 406, 415, missing parameter...
            HttpStatusCode status = framework.getStatusCode();
            String detail = framework.getBody().getDetail();
            return json(status, new ApiError(reasonPhrase(status), detail == null ? List.of() : List.of(detail)));
        }
        log.error("Unhandled exception", e);
        return json(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of("Internal error"));
    }

    static String reasonPhrase(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        return status != null ? status.getReasonPhrase() : "HTTP " + code.value();
    }

    private static ResponseEntity<ApiError> json(HttpStatusCode status, ApiError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
