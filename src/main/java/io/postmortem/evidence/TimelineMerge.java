package io.postmortem.evidence;

import io.postmortem.postmortem.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merging new evidence into an existing draft's timeline, as a pure function: every existing row (manual rows and
 * rows a person already saw) is kept unchanged and in the result; a new row is added only when the draft has no row
 * from the same source at the same minute and no row about the same event (similar words within
 * {@link #WINDOW}). The result is sorted by time (rows without a time last), stable for equal times.
 */
public final class TimelineMerge {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    /** Two instants in the same minute lie less than this apart. */
    private static final Duration REACH = Duration.ofMinutes(1);

    private TimelineMerge() {
    }

    public static List<TimelineEntry> merge(List<TimelineEntry> existing, List<TimelineEntry> added) {
        List<TimelineEntry> out = new ArrayList<>();
        if (existing != null) for (TimelineEntry e : existing) if (e != null) out.add(e);
        int keep = out.size();
        Index index = new Index(out);
        if (added != null) {
            for (TimelineEntry n : added) {
                if (n == null) continue;
                if (!index.duplicate(n)) {
                    out.add(n);
                    index.add(n);
                }
            }
        }
        List<TimelineEntry> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        assert sorted.size() >= keep;
        return List.copyOf(sorted);
    }

    /**
     * The rows so far, looked up by time: a new row can only duplicate a row within {@link #WINDOW} of it (the same
     * minute lies within it too), or, without a time, an untimed machine row of the same source. So each new row is
     * compared with the few rows near it instead of all of them (a 50,000-message export made that quadratic), and
     * each row's words are computed once. The answer is the same as comparing with every row.
     */
    private static final class Index {
        private final TreeMap<Instant, List<Row>> timed = new TreeMap<>();
        private final Set<String> untimedMachineSources = new HashSet<>();

        Index(List<TimelineEntry> rows) {
            for (TimelineEntry e : rows) add(e);
        }

        void add(TimelineEntry e) {
            if (e.at() == null) {
                if (!e.manual()) untimedMachineSources.add(e.source());
            } else {
                timed.computeIfAbsent(e.at(), t -> new ArrayList<>(1)).add(new Row(e));
            }
        }

        boolean duplicate(TimelineEntry n) {
            if (n.at() == null) return untimedMachineSources.contains(n.source());
            Instant from = n.at().minus(WINDOW);
            Instant to = n.at().plus(WINDOW);
            Set<String> nw = null;
            for (List<Row> rows : timed.subMap(min(from, n.at().minus(REACH)), true, max(to, n.at().plus(REACH)), true).values()) {
                for (Row r : rows) {
                    TimelineEntry e = r.entry;
                    if (e.source().equals(n.source()) && !e.manual() && sameMinute(e.at(), n.at())) return true;
                    if (e.at().isBefore(from) || e.at().isAfter(to)) continue;
                    if (nw == null) nw = Signals.words(n.event());
                    if (Signals.similarity(r.words(), nw) >= 0.6) return true;
                }
            }
            return false;
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    private static final class Row {
        final TimelineEntry entry;
        private Set<String> words;

        Row(TimelineEntry entry) {
            this.entry = entry;
        }

        Set<String> words() {
            if (words == null) words = Signals.words(entry.event());
            return words;
        }
    }

    static boolean sameMinute(Instant a, Instant b) {
        if (a == null || b == null) return a == b;
        return a.getEpochSecond() / 60 == b.getEpochSecond() / 60;
    }
}
