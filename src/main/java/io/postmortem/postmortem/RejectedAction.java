package io.postmortem.postmortem;

/** An idea raised in the retro and explicitly rejected, with when to revisit it. */
public record RejectedAction(String idea, String reason, String revisitIf) {
}
