package io.postmortem.postmortem;

import java.time.LocalDate;

/**
 * The template's header block.
 *
 * @param incidentId   {@code INC-YYYY-NNNN}
 * @param title        the short descriptor in "Post-Mortem: <short descriptor> - YYYY-MM-DD"
 * @param severity     P1..P4, or null when not yet known
 * @param status       the incident's status line (usually "Resolved")
 * @param nextReviewAt defaults to three months after resolution
 */
public record Header(String incidentId, String title, Severity severity, String customerImpact, String status,
                     Classification classification, LocalDate nextReviewAt, LocalDate date) {

    public enum Severity { P1, P2, P3, P4 }

    public enum Classification { INTERNAL, EXTERNAL_SHAREABLE, REDACTED_EXTERNAL }

    public Header {
        if (classification == null) classification = Classification.INTERNAL;
        if (status == null || status.isBlank()) status = "Resolved";
    }
}
