package io.postmortem.publish;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.ContextJwt;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.web.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/postmortems/{issueKey}/publish} and {@code GET /api/postmortems/{issueKey}/publication}
 * (contract section 4). A token opens only the issue in its context (else 403) and only its installation's data
 * (another installation's incident is simply not found: 404).
 */
@RestController
@ContextJwt
@RequestMapping(path = "/api/postmortems/{issueKey}", produces = MediaType.APPLICATION_JSON_VALUE)
public class PublishController {

    private final PublishService service;
    private final PublicationRepository publications;
    private final DraftRepository drafts;

    public PublishController(PublishService service, PublicationRepository publications, DraftRepository drafts) {
        this.service = service;
        this.publications = publications;
        this.drafts = drafts;
    }

    @PostMapping("/publish")
    public ResponseEntity<?> publish(Caller caller, @PathVariable String issueKey) {
        Optional<ResponseEntity<?>> denied = checkIssue(caller, issueKey);
        if (denied.isPresent()) return denied.get();
        PublishService.Outcome outcome = service.request(caller.clientKey(), issueKey, caller.accountId());
        if (outcome.refusal() != null) {
            PublishService.Refusal refusal = outcome.refusal();
            if (refusal instanceof PublishService.NoDraft r) return error(HttpStatus.NOT_FOUND, r.message());
            if (refusal instanceof PublishService.NotConfigured r) return error(HttpStatus.CONFLICT, r.message());
            PublishService.Blocked r = (PublishService.Blocked) refusal;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", r.message());
            body.put("details", r.findings());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", outcome.publication().state().name());
        service.resumingNote(caller.clientKey(), issueKey).ifPresent(note -> {
            body.put("resuming", true);
            body.put("note", note);
        });
        return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/publication")
    public ResponseEntity<?> publication(Caller caller, @PathVariable String issueKey) {
        Optional<ResponseEntity<?>> denied = checkIssue(caller, issueKey);
        if (denied.isPresent()) return denied.get();
        Optional<Publication> found = publications.find(caller.clientKey(), issueKey);
        if (found.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, issueKey + " has not been published");
        }
        Publication p = found.get();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ActionItem a : drafts.find(caller.clientKey(), issueKey).map(PostMortem::actionItems).orElse(List.of())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("jiraKey", a.jiraKey());
            item.put("error", a.publishError());
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", p.state().name());
        body.put("step", p.step());
        body.put("pageId", p.pageId());
        body.put("pageUrl", p.pageUrl());
        body.put("pageVersion", p.pageVersion());
        body.put("externalPageId", p.externalPageId());
        body.put("actionItems", items);
        body.put("error", p.error());
        if (p.state() == Publication.State.RUNNING || p.state() == Publication.State.PENDING) {
            service.resumingNote(caller.clientKey(), issueKey).ifPresent(note -> {
                body.put("resuming", true);
                body.put("note", note);
            });
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Optional<ResponseEntity<?>> checkIssue(Caller caller, String issueKey) {
        if (!caller.opens(issueKey)) {
            return Optional.of(error(HttpStatus.FORBIDDEN, "This token does not open " + issueKey));
        }
        return Optional.empty();
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(message));
    }
}
