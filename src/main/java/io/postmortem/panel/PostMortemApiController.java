package io.postmortem.panel;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.connect.auth.SessionTokens;
import io.postmortem.postmortem.PostMortem;

/**
 * The panel's API (contract section 4): the draft, saving with optimistic versions, pasted evidence, the Markdown
 * export and the owner picker. Context and session tokens only; a token opens only its own issue.
 */
@RestController
@ContextJwt
@RequestMapping("/api")
public class PostMortemApiController {

    /** Header carrying a fresh session token on every answer, so an open panel keeps working past 15 minutes. */
    public static final String SESSION_TOKEN_HEADER = "X-Session-Token";

    private final PanelService panel;
    private final SessionTokens sessionTokens;

    public PostMortemApiController(PanelService panel, SessionTokens sessionTokens) {
        this.panel = panel;
        this.sessionTokens = sessionTokens;
    }

    @ModelAttribute
    void refreshSession(Caller caller, HttpServletResponse response) {
        if (caller != null && caller.issueKey() != null && caller.accountId() != null) {
            response.setHeader(SESSION_TOKEN_HEADER, sessionTokens.issue(caller));
        }
    }

    @GetMapping("/postmortems/{issueKey}")
    public PostMortem get(Caller caller, @PathVariable String issueKey) {
        return panel.get(caller, issueKey);
    }

    @PostMapping("/postmortems/{issueKey}")
    public ResponseEntity<PostMortem> build(Caller caller, @PathVariable String issueKey) {
        PanelService.Built built = panel.build(caller, issueKey);
        return ResponseEntity.status(built.created() ? HttpStatus.CREATED : HttpStatus.OK).body(built.doc());
    }

    @PutMapping(path = "/postmortems/{issueKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PostMortem save(Caller caller, @PathVariable String issueKey, @RequestBody(required = false) String body) {
        return panel.save(caller, issueKey, body);
    }

    /** 409 with the current document as the body, so the client can show what changed and merge. */
    @ExceptionHandler(PanelService.Conflict.class)
    public ResponseEntity<PostMortem> conflict(PanelService.Conflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header("X-Error", "stale version: the body is the current document")
                .contentType(MediaType.APPLICATION_JSON)
                .body(e.current());
    }

    @GetMapping("/users")
    public List<UserOption> users(Caller caller, @RequestParam(required = false) String query) {
        return panel.users(caller, query).stream().map(u -> new UserOption(u.accountId(), u.displayName())).toList();
    }

    /** One person in the owner picker. */
    public record UserOption(String accountId, String displayName) {
    }
}
