package io.postmortem.drafting;

import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What section drafting adds to a draft build (goal: under 50 ms): {@link SectionDrafter#apply} on every corpus
 * incident, and on a document with the panel's largest timeline (2,000 rows, each with its own message).
 * Run: ./mvnw -B test -Dtest=DraftingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class DraftingBenchmark {

    private static final String[] LINES = {
            "seeing 5xx on checkout-api from db-0%d.prod.acme.internal", "+1", "any update?", "rolled back checkout to 4.2.%d",
            "I think it's the connection pool, probably too small", "restarted the pods in zone %d, error rates back to normal",
            "Root cause: the pool limit of %d was too low for the new retry policy.", "Luckily it was night time in zone %d.",
            "It took us %d minutes to find the pool metrics because nothing pages on pool exhaustion.",
            "Went well: the rollback took effect within %d minutes."};

    private final SectionDrafter drafter = new SectionDrafter();

    @Test
    void draftingTimePerBuild() {
        List<PostMortem> docs = new ArrayList<>();
        for (String id : NarrativeCorpus.OLD) docs.add(NarrativeCorpus.load("", id, "old").doc());
        for (String half : List.of("dev", "heldout")) for (String id : NarrativeCorpus.study(half)) docs.add(NarrativeCorpus.load("study/", id, half).doc());
        for (int i = 0; i < 30; i++) for (PostMortem d : docs) drafter.apply(d); // warm-up
        double[] perDoc = new double[docs.size()];
        for (int k = 0; k < docs.size(); k++) perDoc[k] = median(time(docs.get(k), 25));
        Arrays.sort(perDoc);
        System.out.printf(Locale.ROOT, "[drafting benchmark] %d corpus incidents (%d-%d timeline rows): CPU median %.2f ms, slowest %.2f ms per build (goal < 50 ms)%n",
                docs.size(), docs.stream().mapToInt(d -> d.timeline().size()).min().orElse(0),
                docs.stream().mapToInt(d -> d.timeline().size()).max().orElse(0), perDoc[perDoc.length / 2], perDoc[perDoc.length - 1]);

        PostMortem big = big(2_000);
        for (int i = 0; i < 5; i++) drafter.apply(big);
        double[] t = time(big, 10);
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "[drafting benchmark] 2,000-row timeline: CPU median %.1f ms, max %.1f ms per build (goal < 50 ms)%n",
                t[t.length / 2], t[t.length - 1]);
        System.out.printf(Locale.ROOT, "[drafting benchmark] wall time of all timed runs %.0f ms; load average %.1f on %d cores%n", wallTotal,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of this thread per run: wall time on a shared 2-core machine mostly measures the other processes. */
    private double[] time(PostMortem doc, int runs) {
        double[] out = new double[runs];
        double wall = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            drafter.apply(doc);
            wall += (System.nanoTime() - t0) / 1e6;
            out[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        wallTotal += wall;
        return out;
    }

    private double wallTotal;

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static PostMortem big(int rows) {
        Instant t0 = Instant.parse("2026-11-20T09:00:00Z");
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String text = String.format(Locale.ROOT, LINES[i % LINES.length], i % 10) + " (message " + i + ")";
            timeline.add(new TimelineEntry(t0.plusSeconds(20L * i), "Person " + (i % 7), text, "slack:" + i, i > rows - 50, text, null));
        }
        return PostMortem.newDraft("INC-1").toBuilder().timeline(timeline)
                .keyTimes(new KeyTimes(new KeyTime(t0, "slack:0", KeyTime.Basis.STATED, null), null,
                        new KeyTime(t0.plusSeconds(20L * rows), "slack:x", KeyTime.Basis.STATED, null))).build();
    }
}
