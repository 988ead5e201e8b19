package io.postmortem.panel;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders {@link PanelException} as the app's JSON error shape (before the global handler's catch-all). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PanelExceptionHandler {

    @ExceptionHandler(PanelException.class)
    public ResponseEntity<Map<String, Object>> panel(PanelException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.body());
    }
}
