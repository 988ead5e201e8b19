package io.postmortem.rules;

import io.postmortem.postmortem.ActionItem.PreventsRecurrence;
import java.util.regex.Pattern;

/** Would an action item, done as written, prevent recurrence, only detect it, or partly help? */
public final class Recurrence {
    private Recurrence() {
    }

    private static final Pattern DETECT = Pattern.compile("(?i)\\b(alert|alarm|page|monitor|dashboard|probe)");

    public static PreventsRecurrence judge(String summary) {
        if (Texts.blank(summary)) return PreventsRecurrence.PARTIALLY;
        if (DETECT.matcher(summary).find()) return PreventsRecurrence.DETECTS_ONLY;
        return PreventsRecurrence.PARTIALLY;
    }
}
