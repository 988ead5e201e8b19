package io.postmortem.evidence.keytimes;

import java.time.Instant;

/**
 * A record Jira keeps by itself: the ticket's creation, or a transition into a resolved status. Offered as a
 * candidate (INFERRED, low confidence) but never chosen by itself: the ticket's creation is not detection and the
 * transition is not the end of impact.
 *
 * @param at     when
 * @param source {@code issue:INC-7} or {@code changelog:55190}
 * @param author who did it
 * @param what   {@link What#CREATED} or {@link What#RESOLVED}
 */
public record TicketRecord(Instant at, String source, String author, What what) {
    public enum What { CREATED, RESOLVED }
}
