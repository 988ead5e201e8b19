package io.postmortem.evidence;

import io.postmortem.postmortem.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Merging new evidence into an existing draft's timeline, as a pure function: every existing row (manual rows and
 * rows a person already saw) is kept unchanged and in the result; a new row is added only when the draft has no row
 * from the same source at the same minute and no row about the same event (similar words within
 * {@link #WINDOW}). The result is sorted by time (rows without a time last), stable for equal times.
 */
public final class TimelineMerge {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    private TimelineMerge() {
    }

    public static List<TimelineEntry> merge(List<TimelineEntry> existing, List<TimelineEntry> added) {
        List<TimelineEntry> out = new ArrayList<>();
        if (existing != null) for (TimelineEntry e : existing) if (e != null) out.add(e);
        int keep = out.size();
        if (added != null) {
            for (TimelineEntry n : added) {
                if (n == null) continue;
                if (!duplicate(out, n)) out.add(n);
            }
        }
        List<TimelineEntry> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        assert sorted.size() >= keep;
        return List.copyOf(sorted);
    }

    private static boolean duplicate(List<TimelineEntry> rows, TimelineEntry n) {
        Set<String> nw = Signals.words(n.event());
        for (TimelineEntry e : rows) {
            if (e.source().equals(n.source()) && !e.manual() && sameMinute(e.at(), n.at())) return true;
            if (e.at() != null && n.at() != null && Duration.between(e.at(), n.at()).abs().compareTo(WINDOW) <= 0
                    && Signals.similarity(Signals.words(e.event()), nw) >= 0.6) return true;
        }
        return false;
    }

    private static boolean sameMinute(Instant a, Instant b) {
        if (a == null || b == null) return a == b;
        return a.getEpochSecond() / 60 == b.getEpochSecond() / 60;
    }
}
