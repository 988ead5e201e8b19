package io.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.rules.Facilitator;
import io.postmortem.rules.RuleContext;
import io.postmortem.testsupport.SeedExample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Rendering a large post-mortem: 1,000 timeline rows and 100 action items, to Markdown and to storage XHTML.
 * Goal: mean and p95 under 50 ms each. Prints its figures; asserts only that the output is complete.
 * Run: ./mvnw -B test -Dtest=RenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class RenderBenchmark {
    private static final int WARMUP = 200;
    private static final int RUNS = 300;

    static PostMortem large() {
        PostMortem seed = SeedExample.seedExample();
        List<TimelineEntry> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new TimelineEntry(SeedExample.at("09:41").plusSeconds(5L * i), i % 7 == 0 ? "Alex Morgan" : "SAML IdP",
                    "Event " + i + ": assertion rejected for app-" + (i % 14) + " | retry <" + i + "> & \"logged\"",
                    "comment:" + (30000 + i), i % 10 == 0));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(new ActionItem("a" + i, "Add expiry alert for certificate " + i + " at < 14 days, paging the "
                    + "identity on-call", null, SeedExample.ALEX, "Alex Morgan", SeedExample.day(21),
                    ActionItem.PreventsRecurrence.DETECTS_ONLY, "Open", i % 2 == 0 ? "OPS-" + (200 + i) : null, null));
        }
        return seed.toBuilder().timeline(rows).actionItems(items).build();
    }

    @Test
    void renderALargePostMortem() {
        Renderer renderer = new Renderer();
        PostMortem doc = large();
        // warm both formats up before measuring either: they share Mustache's code paths
        for (int i = 0; i < WARMUP; i++) {
            renderer.markdown(doc);
            renderer.storage(doc);
        }
        String md = measure("markdown (1,000 rows, 100 actions)", renderer::markdown, doc, WARMUP, RUNS, "goal < 50 ms");
        String xml = measure("storage  (1,000 rows, 100 actions)", renderer::storage, doc, WARMUP, RUNS, "goal < 50 ms");
        Facilitator facilitator = new Facilitator();
        RuleContext ctx = RuleContext.from(doc, SeedExample.CLOCK);
        measure("rules    (1,000 rows, 100 actions)", d -> facilitator.check(d, ctx).toString(),
                doc, 30, 60, "no goal set, for information");
        assertThat(md.lines().filter(l -> l.matches("^\\| .*Event \\d+:.*")).count()).isEqualTo(1000);
        assertThat(xml).contains("OPS-298");
        System.out.printf("output sizes: markdown %,d chars, storage %,d chars%n", md.length(), xml.length());
    }

    private static String measure(String name, Function<PostMortem, String> f, PostMortem doc, int warmup, int runs,
            String goal) {
        String out = null;
        for (int i = 0; i < warmup; i++) out = f.apply(doc);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            out = f.apply(doc);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        double p95 = ms[(int) Math.ceil(runs * 0.95) - 1];
        System.out.printf("%s: mean %.2f ms, p50 %.2f ms, p95 %.2f ms (%s; %d runs after %d warm-up)%n",
                name, mean, ms[runs / 2], p95, goal, runs, warmup);
        return out;
    }
}
