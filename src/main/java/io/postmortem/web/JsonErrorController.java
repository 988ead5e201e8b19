package io.postmortem.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.IgnoreJwt;

/**
 * Replaces Boot's /error page: errors that never reached a controller (container 404s, filter failures) answer
 * the same JSON {@code {"error": "...", "details": [...]}} as the rest of the app, whatever the Accept header, so
 * /api/** and /connect/** never show an HTML page or a stack trace.
 */
@RestController
@IgnoreJwt
public class JsonErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.getReasonPhrase(), List.of()));
    }
}
