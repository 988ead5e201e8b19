package io.postmortem.intake;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;

/**
 * {@code GET /api/postmortems/{issueKey}/intake}: the state of the incident's draft-building job, so a failed build
 * is visible (state, attempts and the last error). A token opens only the issue in its context: another issue, or a
 * token without an issue (request-bound, or a context token of a page that names none), is refused with 403.
 */
@RestController
@ContextJwt
public class IntakeStatusController {

    /** The JSON answer. */
    public record IntakeStatus(String issueKey, String state, String cause, int attempts, String lastError,
                               Instant createdAt, Instant updatedAt) {
    }

    private final IntakeJobRepository jobs;

    public IntakeStatusController(IntakeJobRepository jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/postmortems/{issueKey}/intake")
    public IntakeStatus status(Caller caller, @PathVariable String issueKey) {
        caller.requireIssue(issueKey); // the rule of every /api/postmortems endpoint: the token names this issue
        IntakeJob job = jobs.find(caller.clientKey(), issueKey)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No intake job for " + issueKey));
        return new IntakeStatus(job.issueKey(), job.state().name(), job.cause(), job.attempts(), job.lastError(),
                job.createdAt(), job.updatedAt());
    }
}
