package io.postmortem.postmortem;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Defaults the seed's template states ("Next review at: usually 3 months after"). */
public final class Defaults {
    /** How long after resolution the post-mortem's actions are reviewed again. */
    public static final int REVIEW_AFTER_MONTHS = 3;

    private Defaults() {
    }

    /**
     * The default "next review at" date: the UTC date of resolution plus three months. Falls back to the detected,
     * then the started time when resolution is unknown; null when no time is known at all.
     */
    public static LocalDate nextReviewAt(KeyTimes times) {
        if (times == null) return null;
        KeyTime base = times.resolved().known() ? times.resolved()
                : times.detected().known() ? times.detected() : times.started();
        if (!base.known()) return null;
        return LocalDate.ofInstant(base.at(), ZoneOffset.UTC).plusMonths(REVIEW_AFTER_MONTHS);
    }
}
