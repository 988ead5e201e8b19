package io.postmortem.followup;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.web.ApiError;

/**
 * {@code GET /api/actionitems?state=open|overdue}: the installation's open (default) or overdue action items of
 * every published post-mortem, overdue first, with owners, dates, links and JQL. Any user of the installation may
 * read it (context or session token, like {@code GET /api/settings}).
 */
@RestController
@ContextJwt
public class ActionItemOverviewController {

    private final ActionItemOverview overview;

    public ActionItemOverviewController(ActionItemOverview overview) {
        this.overview = overview;
    }

    @GetMapping(path = "/api/actionitems", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> list(Caller caller, @RequestParam(required = false) String state) {
        ActionItemOverview.State s = ActionItemOverview.State.parse(state);
        if (s == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError("Unknown state", List.of("state: open or overdue, not '" + state + "'")));
        }
        return ResponseEntity.ok(overview.overview(caller.clientKey(), s));
    }
}
