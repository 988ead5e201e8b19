package io.postmortem.postmortem;

import java.time.LocalDate;

/**
 * The template's header block.
 *
 * @param incidentId   {@code INC-YYYY-NNNN}
 * @param title        the short descriptor in "Post-Mortem: <short descriptor> - YYYY-MM-DD"
 * @param severity     P1..P4, or null when not yet known
 * @param status       the incident's status line (usually "Resolved")
 * @param nextReviewAt   defaults to three months after resolution (or, when still unset at publishing, the
 *                       installation's review delay after publishing)
 * @param lastReviewedAt when the post-mortem was last reviewed after publishing (null: not yet)
 */
public record Header(String incidentId, String title, Severity severity, String customerImpact, String status,
                     Classification classification, LocalDate nextReviewAt, LocalDate date, LocalDate lastReviewedAt) {

    public enum Severity { P1, P2, P3, P4 }

    public enum Classification { INTERNAL, EXTERNAL_SHAREABLE, REDACTED_EXTERNAL }

    public Header {
        if (classification == null) classification = Classification.INTERNAL;
        if (status == null || status.isBlank()) status = "Resolved";
    }

    /** A header not reviewed yet. */
    public Header(String incidentId, String title, Severity severity, String customerImpact, String status,
                  Classification classification, LocalDate nextReviewAt, LocalDate date) {
        this(incidentId, title, severity, customerImpact, status, classification, nextReviewAt, date, null);
    }

    /** The same header with another review date. */
    public Header withNextReviewAt(LocalDate value) {
        return new Header(incidentId, title, severity, customerImpact, status, classification, value, date, lastReviewedAt);
    }

    /** Reviewed on or after its review date: no review is due until the next review date is moved on. */
    public boolean reviewedFor(LocalDate reviewAt) {
        return lastReviewedAt != null && reviewAt != null && !lastReviewedAt.isBefore(reviewAt);
    }
}
