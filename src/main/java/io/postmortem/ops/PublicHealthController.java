package io.postmortem.ops;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.IgnoreJwt;

/**
 * The one Actuator answer on the application's public port: {@code GET /actuator/health} is {@code {"status": "UP"}}
 * (200) or {@code {"status": "DOWN"}} (503), nothing else, for load balancers and the container's health check. The
 * details (database, disk, job queue) and every other endpoint (prometheus, metrics, info) are on the management
 * server ({@link ManagementServerDefaults}: port 8081 on loopback unless configured otherwise).
 */
@RestController
@IgnoreJwt
public class PublicHealthController {

    private final ObjectProvider<HealthEndpoint> health;

    public PublicHealthController(ObjectProvider<HealthEndpoint> health) {
        this.health = health;
    }

    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> health() {
        String status = status(health);
        boolean serving = !status.equals("DOWN") && !status.equals("OUT_OF_SERVICE");
        return ResponseEntity.status(serving ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore())
                .body(Map.of("status", status));
    }

    /** The overall health's status code (UP, DOWN...): UNKNOWN without Actuator, DOWN when it cannot be computed. */
    public static String status(ObjectProvider<HealthEndpoint> health) {
        HealthEndpoint endpoint = health.getIfAvailable();
        if (endpoint == null) return "UNKNOWN";
        try {
            return endpoint.health().getStatus().getCode();
        } catch (RuntimeException e) {
            return "DOWN";
        }
    }
}
