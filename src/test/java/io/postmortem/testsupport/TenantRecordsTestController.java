package io.postmortem.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.connect.auth.IgnoreJwt;

/**
 * Test-only endpoints (excluded from component scanning by {@link TestComponent}; imported by
 * {@link ConnectHttpTestBase}) that show what a feature controller sees: the {@link Caller}, and tenant data
 * loaded strictly by the caller's clientKey.
 */
@TestComponent
@RestController
public class TenantRecordsTestController {

    /** clientKey -> (record id -> value): the "data" of each installation. */
    public static final Map<String, Map<String, String>> RECORDS = new ConcurrentHashMap<>();

    @GetMapping("/test/caller")
    public Caller caller(Caller caller) {
        return caller;
    }

    @PostMapping("/test/caller")
    public Caller postCaller(Caller caller) {
        return caller;
    }

    @ContextJwt
    @GetMapping("/test/context-caller")
    public Caller contextCaller(Caller caller) {
        return caller;
    }

    @IgnoreJwt
    @GetMapping("/test/public")
    public Map<String, String> open() {
        return Map.of("public", "yes");
    }

    @ContextJwt
    @GetMapping("/test/records/{id}")
    public ResponseEntity<Map<String, String>> record(Caller caller, @PathVariable String id) {
        String value = RECORDS.getOrDefault(caller.clientKey(), Map.of()).get(id);
        if (value == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such record");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("clientKey", caller.clientKey());
        body.put("id", id);
        body.put("value", value);
        return ResponseEntity.ok(body);
    }

    @ContextJwt
    @GetMapping("/test/issues/{issueKey}")
    public Map<String, String> issue(Caller caller, @PathVariable String issueKey) {
        caller.requireIssue(issueKey);
        return Map.of("issueKey", issueKey);
    }

    public record Payload(String name, int count) {
    }

    @PutMapping("/test/payload")
    public Payload payload(Caller caller, @RequestBody Payload payload) {
        return payload;
    }
}
