package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The three key times and the timeline: started &le; detected &le; resolved (ERROR), unknown times are allowed but
 * said (WARNING, informative), timeline rows in chronological order and within [started - 24h, resolved + 7d]
 * (WARNING).
 */
public final class TimesRule implements Rule {
    public static final String ORDER = "times.order";
    public static final String UNKNOWN = "times.unknown";
    public static final String TIMELINE_ORDER = "timeline.order";
    public static final String TIMELINE_WINDOW = "timeline.window";

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        KeyTimes k = doc.keyTimes();
        unknown(out, "started", k.started());
        unknown(out, "detected", k.detected());
        unknown(out, "resolved", k.resolved());
        if (before(k.detected(), k.started())) {
            out.add(Finding.error(ORDER, "keyTimes.detected", "Detected (" + k.detected().at() + ") is before started ("
                    + k.started().at() + "). An incident cannot be detected before it starts: check both times and "
                    + "their time zones.", null));
        }
        if (before(k.resolved(), k.detected())) {
            out.add(Finding.error(ORDER, "keyTimes.resolved", "Resolved (" + k.resolved().at() + ") is before detected ("
                    + k.detected().at() + ").", null));
        } else if (!k.detected().known() && before(k.resolved(), k.started())) {
            out.add(Finding.error(ORDER, "keyTimes.resolved", "Resolved (" + k.resolved().at() + ") is before started ("
                    + k.started().at() + ").", null));
        }
        Instant from = k.started().known() ? k.started().at().minus(Duration.ofHours(24)) : null;
        Instant to = k.resolved().known() ? k.resolved().at().plus(Duration.ofDays(7)) : null;
        Instant previous = null;
        List<TimelineEntry> t = doc.timeline();
        for (int i = 0; i < t.size(); i++) {
            Instant at = t.get(i).at();
            if (at == null) continue;
            if (previous != null && at.isBefore(previous)) {
                out.add(Finding.warning(TIMELINE_ORDER, "timeline[" + i + "]", "This row (" + at + ") is earlier than "
                        + "the row above it (" + previous + "): the timeline should read in chronological order.", null));
            }
            if ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to))) {
                out.add(Finding.warning(TIMELINE_WINDOW, "timeline[" + i + "]", "This row (" + at + ") is outside the "
                        + "incident's window (24 hours before it started to 7 days after it was resolved). Check the "
                        + "time and its time zone, or remove the row.", null));
            }
            previous = previous == null || at.isAfter(previous) ? at : previous;
        }
        return out;
    }

    private static void unknown(List<Finding> out, String name, KeyTime t) {
        if (!t.known()) {
            out.add(Finding.warning(UNKNOWN, "keyTimes." + name, "The " + name + " time is unknown. That is a valid "
                    + "answer: say so in the write-up rather than guessing.", null));
        }
    }

    private static boolean before(KeyTime a, KeyTime b) {
        return a.known() && b.known() && a.at().isBefore(b.at());
    }
}
