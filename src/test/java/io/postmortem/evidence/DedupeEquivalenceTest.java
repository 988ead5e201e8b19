package io.postmortem.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import io.postmortem.evidence.Signals.Tag;
import io.postmortem.postmortem.TimelineEntry;

/**
 * The faster merge and dedupe (a 50,000-message export made both quadratic) answer exactly what the plain versions
 * answered: the plain versions are kept here as the reference.
 */
class DedupeEquivalenceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final String[] EVENTS = {"rolled back checkout to 4.2.1", "rollback of checkout done", "error rate back to normal",
            "errors back to normal again", "restarted the pods in zone 3", "pods restarted zone 3", "seeing 5xx on checkout-api",
            "checkout api 5xx rising", "paged the database on-call", "", "db failover started", "failover of the db started"};
    private static final String[] SOURCES = {"manual", "slack:1", "slack:2", "comment:30101", "changelog:55120", "paste:3"};

    /** TimelineMerge as it was: every new row compared with every row. */
    static List<TimelineEntry> referenceMerge(List<TimelineEntry> existing, List<TimelineEntry> added) {
        List<TimelineEntry> out = new ArrayList<>();
        if (existing != null) for (TimelineEntry e : existing) if (e != null) out.add(e);
        if (added != null) {
            for (TimelineEntry n : added) {
                if (n == null) continue;
                if (!referenceDuplicate(out, n)) out.add(n);
            }
        }
        List<TimelineEntry> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing(TimelineEntry::at, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    private static boolean referenceDuplicate(List<TimelineEntry> rows, TimelineEntry n) {
        Set<String> nw = Signals.words(n.event());
        for (TimelineEntry e : rows) {
            if (e.source().equals(n.source()) && !e.manual() && TimelineMerge.sameMinute(e.at(), n.at())) return true;
            if (e.at() != null && n.at() != null && Duration.between(e.at(), n.at()).abs().compareTo(TimelineMerge.WINDOW) <= 0
                    && Signals.similarity(Signals.words(e.event()), nw) >= 0.6) return true;
        }
        return false;
    }

    /** EvidenceEngine's conflicting() as it was, on enum sets. */
    static boolean referenceConflicting(Set<Tag> a, Set<Tag> b) {
        Set<Tag> ka = EnumSet.copyOf(a.isEmpty() ? EnumSet.noneOf(Tag.class) : a);
        Set<Tag> kb = EnumSet.copyOf(b.isEmpty() ? EnumSet.noneOf(Tag.class) : b);
        ka.retainAll(EnumSet.of(Tag.ONSET, Tag.RECOVER, Tag.FIX, Tag.DETECT));
        kb.retainAll(EnumSet.of(Tag.ONSET, Tag.RECOVER, Tag.FIX, Tag.DETECT));
        if (ka.contains(Tag.RECOVER) != kb.contains(Tag.RECOVER)) return true;
        if (a.contains(Tag.INTENT) != b.contains(Tag.INTENT)) return true;
        if (ka.isEmpty() || kb.isEmpty()) return false;
        Set<Tag> x = EnumSet.copyOf(ka);
        x.retainAll(kb);
        return x.isEmpty();
    }

    @Test
    void conflictingOnBitsAgreesWithTheSetVersionForEveryPairOfTagSets() {
        Tag[] tags = Tag.values();
        for (int a = 0; a < 1 << tags.length; a++) {
            for (int b = 0; b < 1 << tags.length; b++) {
                Set<Tag> sa = set(tags, a);
                Set<Tag> sb = set(tags, b);
                assertThat(EvidenceEngine.conflicting(EvidenceEngine.bits(sa), EvidenceEngine.bits(sb))).as(sa + " vs " + sb)
                        .isEqualTo(referenceConflicting(sa, sb));
            }
        }
    }

    /** EvidenceEngine's sameThread() as it was. */
    static boolean referenceSameThread(String a, String b) {
        int i = a.indexOf(':');
        return i >= 0 && b.length() > i && b.charAt(i) == ':' && a.regionMatches(0, b, 0, i);
    }

    @Test
    void threadKeysAgreeWithTheOldSameThreadTest() {
        String[] sources = {"slack:1700000000.000100", "slack:1", "slackx:1", "slac:k1", "teams:4", "teams:", ":x", ":", "",
                "manual", "paste:3", "slack", "a:b:c", "a:b", "b:a:c", "comment:30101", "changelog:55120", "issue:INC-1:created"};
        for (String a : sources) {
            for (String b : sources) {
                String ta = EvidenceEngine.thread(a);
                boolean same = ta != null && ta.equals(EvidenceEngine.thread(b));
                assertThat(same).as(a + " / " + b).isEqualTo(referenceSameThread(a, b));
            }
        }
    }

    private static Set<Tag> set(Tag[] tags, int mask) {
        Set<Tag> s = EnumSet.noneOf(Tag.class);
        for (Tag t : tags) if ((mask & (1 << t.ordinal())) != 0) s.add(t);
        return s;
    }

    @Property(tries = 400)
    void theIndexedMergeAnswersWhatComparingWithEveryRowAnswered(@ForAll("rows") List<TimelineEntry> existing,
            @ForAll("rows") List<TimelineEntry> added) {
        assertThat(TimelineMerge.merge(existing, added)).isEqualTo(referenceMerge(existing, added));
    }

    @Test
    void aLongPasteMergesAsBefore() {
        List<TimelineEntry> existing = new ArrayList<>();
        List<TimelineEntry> added = new ArrayList<>();
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 3000; i++) {
            TimelineEntry row = row(random.nextInt(20) == 0 ? null : T0.plusSeconds(random.nextInt(20_000)).plusNanos(random.nextInt(3) * 500_000_000L),
                    SOURCES[random.nextInt(SOURCES.length)], EVENTS[random.nextInt(EVENTS.length)] + (random.nextInt(4) == 0 ? " " + i : ""));
            (i < 300 ? existing : added).add(row);
        }
        List<TimelineEntry> merged = TimelineMerge.merge(existing, added);
        assertThat(merged).isEqualTo(referenceMerge(existing, added));
        assertThat(merged.size()).isGreaterThan(existing.size()).isLessThan(existing.size() + added.size());
    }

    @Provide
    Arbitrary<List<TimelineEntry>> rows() {
        Arbitrary<Instant> at = Arbitraries.integers().between(-1, 1800).map(s -> s < 0 ? null : T0.plusSeconds(s));
        Arbitrary<String> source = Arbitraries.of(SOURCES);
        Arbitrary<String> event = Arbitraries.of(EVENTS);
        return Combinators.combine(at, source, event).as(DedupeEquivalenceTest::row).list().ofMaxSize(40);
    }

    private static TimelineEntry row(Instant at, String source, String event) {
        return new TimelineEntry(at, "Dana", event, source, false);
    }
}
