package io.postmortem.panel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
import io.postmortem.render.Renderer;

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
    private final Renderer renderer = new Renderer();
    private final java.time.Clock clock;

    public PostMortemApiController(PanelService panel, SessionTokens sessionTokens, java.time.Clock clock) {
        this.clock = clock;
        this.panel = panel;
        this.sessionTokens = sessionTokens;
    }

    @ModelAttribute
    void refreshSession(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return; // a Bearer way in (Forge) brings a fresh token with every call; session tokens are Connect's
        }
        if (request.getAttribute(io.postmortem.connect.auth.InboundAuthenticator.FRESH_SESSION_TOKEN) instanceof String fresh) {
            response.setHeader(SESSION_TOKEN_HEADER, fresh); // another way in's own session token
            return;
        }
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

    @PostMapping(path = "/postmortems/{issueKey}/evidence", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE})
    public PostMortem evidence(Caller caller, @PathVariable String issueKey, @RequestParam(required = false) String tz,
            HttpServletRequest request) throws IOException {
        PanelAccess.requireIssue(caller, issueKey);
        MediaType type = MediaType.parseMediaType(request.getContentType());
        String text = readLimited(request, type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8);
        return panel.addEvidence(caller, issueKey, text, MediaType.APPLICATION_JSON.isCompatibleWith(type), tz);
    }

    /** Reads the body up to {@link PanelEvidence#MAX_BYTES}; more is refused with 413 before anything is parsed. */
    private static String readLimited(HttpServletRequest request, Charset charset) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > PanelEvidence.MAX_BYTES) {
            throw tooLarge(declared);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(PanelEvidence.MAX_BYTES + 1);
            if (bytes.length > PanelEvidence.MAX_BYTES) {
                throw tooLarge(-1);
            }
            return new String(bytes, charset);
        }
    }

    private static PanelException tooLarge(long bytes) {
        String size = bytes > 0 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0) : "more than the limit";
        return new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, "Paste too large: " + size + ", limit "
                + PanelEvidence.MAX_BYTES / 1_000_000 + " MB. Paste the incident's window only, or split it.");
    }

    /** The post-mortem in the seed's Markdown template (what the panel's preview shows). */
    @GetMapping(path = "/postmortems/{issueKey}/export.md", produces = {"text/markdown", "*/*"})
    public ResponseEntity<String> export(Caller caller, @PathVariable String issueKey) {
        String markdown = renderer.markdown(panel.get(caller, issueKey), java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + PanelAccess.requireIssue(caller, issueKey) + ".md\"")
                .body(markdown);
    }

    @GetMapping("/users")
    public List<UserOption> users(Caller caller, @RequestParam(required = false) String query) {
        return panel.users(caller, query).stream().map(u -> new UserOption(u.accountId(), u.displayName())).toList();
    }

    /** One person in the owner picker. */
    public record UserOption(String accountId, String displayName) {
    }
}
