package io.postmortem.panel;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.postmortem.drafts.DraftLimits;
import io.postmortem.drafts.TimelineFull;
import io.postmortem.evidence.EvidenceException;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.evidence.chat.PasteRefused;

/**
 * The HTTP side of pasting evidence: the request's size limit, its {@code tz} parameter, and how each refusal of
 * {@link io.postmortem.drafts.DraftService#addEvidence} is answered (413 for too large, 400 with a zone picker code for
 * a paste that needs a zone, 400 with the evidence layer's own message otherwise).
 */
final class PanelEvidence {

    /** Reading stops here; the parser's own limit is {@link PasteParser#MAX_CHARS} characters. */
    static final int MAX_BYTES = PasteParser.MAX_CHARS * 2;

    /** {@code code} of the 400 that asks for a zone, so the panel can show its zone picker. */
    static final String ZONE_REQUIRED = "ZONE_REQUIRED";

    private PanelEvidence() {
    }

    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) return null;
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw PanelException.badRequest("Unknown time zone", List.of("tz: use a zone like Europe/Berlin or UTC"));
        }
    }

    /** The engine could not read the draft with the paste (its own message says why). */
    static PanelException refusal(EvidenceException e) {
        return new PanelException(HttpStatus.BAD_REQUEST, e.getMessage() == null ? "The paste could not be read" : e.getMessage());
    }

    static PanelException refusal(PasteRefused e) {
        String message = e.getMessage() == null ? "The paste could not be read" : e.getMessage();
        return switch (e.reason()) {
            case TOO_LARGE -> new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, message);
            case NEEDS_ZONE -> new PanelException(HttpStatus.BAD_REQUEST, message,
                    List.of("tz: choose the zone the times were written in (e.g. ?tz=Europe/Berlin)"), Map.of("code", ZONE_REQUIRED));
            default -> new PanelException(HttpStatus.BAD_REQUEST, message);
        };
    }

    static PanelException refusal(TimelineFull e) {
        return new PanelException(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(),
                List.of("timeline: at most " + DraftLimits.MAX_TIMELINE + " rows"));
    }
}
