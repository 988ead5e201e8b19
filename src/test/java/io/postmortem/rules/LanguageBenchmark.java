package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.rules.language.English;
import io.postmortem.rules.language.EnglishModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the language layer takes: loading the four OpenNLP models (once per JVM), and how many sentences
 * per second the blame check reads (tag + chunk + rules), single-threaded, after a warm-up. A panel save checks
 * every narrative field of one post-mortem, typically 50-300 sentences. Run with
 * {@code ./mvnw -B test -Dtest=LanguageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LanguageBenchmark {

    @Test
    @org.junit.jupiter.api.Order(1) // first, so that the models are not loaded yet
    void modelLoadAndSentencesPerSecond() throws IOException {
        long t0 = System.nanoTime();
        EnglishModels.get();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;

        List<String> sentences = sentences("/rules/blame-sentences.tsv");
        sentences.addAll(sentences("/rules/study/blame-dev.tsv"));
        assertThat(sentences).hasSizeGreaterThan(100);
        BlameDetector detector = new BlameDetector(Set.of("Alex Morgan", "Sam Lee", "Priya Raman"), Set.of());
        for (int i = 0; i < 3; i++) sentences.forEach(detector::detect); // warm-up

        List<Double> rates = new ArrayList<>();
        int runs = 5;
        int total = 0;
        for (int r = 0; r < runs; r++) {
            English.clearCache(); // first check of text the cache has not seen
            long start = System.nanoTime();
            int found = 0;
            for (String s : sentences) if (detector.detect(s).isPresent()) found++;
            long ns = System.nanoTime() - start;
            total += found;
            rates.add(sentences.size() / (ns / 1e9));
        }
        Collections.sort(rates);
        // a re-save: the same sentences again, tagged ones served from the cache
        long resaveStart = System.nanoTime();
        for (String s : sentences) detector.detect(s);
        double resaveRate = sentences.size() / ((System.nanoTime() - resaveStart) / 1e9);
        English.clearCache();
        long taggedStart = System.nanoTime();
        for (String s : sentences) English.tag(s);
        double tagRate = sentences.size() / ((System.nanoTime() - taggedStart) / 1e9);
        System.out.printf("%nLanguageBenchmark: %d sentences, %d runs (found %d blaming per run)%n", sentences.size(),
                runs, total / runs);
        System.out.printf("  model load (sentence + tokenizer + POS + chunker): %d ms (once per JVM)%n", loadMs);
        System.out.printf("  blame check: median %.0f sentences/s (min %.0f, max %.0f); tagging alone %.0f sentences/s%n",
                rates.get(runs / 2), rates.get(0), rates.get(runs - 1), tagRate);
        System.out.printf("  unchanged sentences on a re-save (cached tagging): %.0f sentences/s%n", resaveRate);
        System.out.printf("  a 300-sentence post-mortem: about %.0f ms for its first check, %.0f ms per re-save%n",
                300 / rates.get(runs / 2) * 1000, 300 / resaveRate * 1000);
        System.out.printf("  machine: %d CPUs, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A whole panel save: every rule over a post-mortem with 220 narrative sentences and 127 action items. */
    @Test
    @org.junit.jupiter.api.Order(2)
    void aFullCheckOfALargePostMortem() throws IOException {
        List<String> narrative = sentences("/rules/study/blame-dev.tsv");
        List<io.postmortem.postmortem.ActionItem> items = new ArrayList<>();
        int i = 0;
        for (StudySets.ActionRow a : StudySets.actions("dev")) {
            items.add(new io.postmortem.postmortem.ActionItem("b" + i++, a.summary(), null, "acc", a.owner(),
                    io.postmortem.testsupport.SeedExample.TODAY.plusDays(30), null, null, null, null));
        }
        io.postmortem.postmortem.PostMortem doc = io.postmortem.testsupport.SeedExample.seedExample().toBuilder()
                .wentBadly(narrative).actionItems(items).build();
        Facilitator facilitator = new Facilitator();
        RuleContext ctx = RuleContext.from(doc, io.postmortem.testsupport.SeedExample.CLOCK);
        for (int w = 0; w < 3; w++) {
            English.clearCache();
            facilitator.check(doc, ctx);
        }
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        int findings = 0;
        for (int r = 0; r < 5; r++) {
            English.clearCache();
            long t0 = System.nanoTime();
            findings = facilitator.check(doc, ctx).size();
            cold.add((System.nanoTime() - t0) / 1_000_000);
            long t1 = System.nanoTime();
            facilitator.check(doc, ctx);
            warm.add((System.nanoTime() - t1) / 1_000_000);
        }
        Collections.sort(cold);
        Collections.sort(warm);
        assertThat(findings).isGreaterThan(100);
        System.out.printf("%nLanguageBenchmark (full check): %d narrative sentences + %d action items, %d findings%n",
                narrative.size() + 30, items.size(), findings);
        System.out.printf("  every rule, nothing cached: median %d ms (min %d, max %d); a re-save of the same "
                + "document: median %d ms%n", cold.get(2), cold.get(0), cold.get(4), warm.get(2));
        System.out.printf("  machine: %d CPUs, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static List<String> sentences(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = LanguageBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                out.add(c.length >= 4 ? c[3] : c[c.length - 1]);
            }
        }
        return out;
    }

    /**
     * What the training file's stored features save when the shipped blame classifier is fitted at start-up: fitting
     * from them, against tagging every sentence first as training did before they were stored (tagger loaded, cache
     * empty, as in a fresh JVM). Printed in BlameClassifierTest until the twenty-sixth session, where it tagged the ten
     * thousand sentences a second time inside the test command.
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    void fittingTheBlameClassifierFromStoredFeatures() {
        English.tag("warm up the tagger.");
        long t0 = System.nanoTime();
        List<BlameClassifier.Example> stored = BlameClassifier.trainingSet();
        BlameClassifier.train(stored);
        long fromStored = System.nanoTime() - t0;
        English.clearCache();
        t0 = System.nanoTime();
        List<BlameClassifier.Example> recomputed = stored.stream()
                .map(e -> new BlameClassifier.Example(e.blame(), e.people(), e.sentence())).toList();
        BlameClassifier.train(recomputed);
        long tagging = System.nanoTime() - t0;
        assertThat(stored).hasSizeGreaterThan(1500);
        System.out.printf("%nTraining the shipped blame classifier on %d sentences: from the stored features %.2f s; "
                + "tagging them first, as before they were stored (tagger loaded, cache empty): %.2f s%n",
                stored.size(), fromStored / 1e9, tagging / 1e9);
    }
}
