package io.postmortem.postmortem;

import java.time.Instant;

/**
 * Key times and timeline rows are compared to the minute (the study's "exact"): the one place that turns an instant
 * into its minute, so that "same minute" means the same thing to the rules, the agreement check and the draft.
 */
public final class Minutes {
    private Minutes() {
    }

    /** Minutes since the epoch, rounded down (so 09:41:59 and 09:41:00 are the same minute, before 1970 too). */
    public static long of(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60);
    }

    /** The instant at the start of {@code at}'s minute. */
    public static Instant floor(Instant at) {
        return Instant.ofEpochSecond(of(at) * 60);
    }
}
