package io.postmortem.postmortem;

/** Not the root cause, but made it worse or slower to detect. */
public record ContributingFactor(String factor, String how) {
}
