package io.postmortem.drafts;

import java.util.Locale;

/**
 * A paste read well, but the timeline with it would be longer than {@link DraftLimits#MAX_TIMELINE} rows, the most a
 * save accepts: nothing was added or stored (the panel could not save the draft afterwards). The message says what to
 * do instead.
 */
public final class TimelineFull extends RuntimeException {

    TimelineFull(int before, int after) {
        super(String.format(Locale.ROOT,
                "Paste too large for the timeline: it would add %,d rows to the %,d there are, and the limit is %,d. "
                        + "Nothing was added. Paste or export the incident's window only (its channel and dates), or split it.",
                after - before, before, DraftLimits.MAX_TIMELINE), null, false, false);
    }
}
