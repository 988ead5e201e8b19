package io.postmortem.rules;

import static io.postmortem.rules.BlameClassifierTest.count;
import static io.postmortem.rules.BlameClassifierTest.precision;
import static io.postmortem.rules.BlameClassifierTest.recall;
import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.rules.language.Embeddings;
import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Referents;
import io.postmortem.rules.language.Tagged;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, phase 21 (not shipped; README): the sentence embedding as a second opinion on blame, stacked after the
 * shipped check. Leave one labelled set out over the folds {@link BlameClassifierTest} uses (the seen study sets and
 * the extra text, the only fold never read for any blame rule): for each fold, (a) the shipped detector (rules, in
 * sample, and the learned signal {@link BlameClassifier} trained on every other row of the training file, at
 * {@link BlameClassifier#THRESHOLD}, with all its guards); (b) the same, plus: a row (a) leaves clean is flagged when
 * one of its sentences that mentions a person or a group ({@link BlameClassifier#mentionsPeople}) and does not address
 * a responder ({@link BlameDetector#addressesResponder}) gets P(blame) at or above a threshold from a logistic
 * regression on the {@link Embeddings} vector (OpenNLP's maxent as in {@link SecondOpinionTest}, L2 0.25, embedding
 * x3) fitted on the other folds' rows. Variant (c) drops the mentions-people gate. Also fitted on only the other folds' rows (a) leaves clean
 * (stacked). The threshold (0.5 to 0.9975, steps of 0.0025) is chosen on the
 * training folds only, by a rule fixed in advance: the lowest (0.50 to 0.99) at which the flags the embedding adds on
 * the training folds (their leave-one-set-out probabilities) are right at least 95% of the time; also printed, rule B:
 * the lowest at which the pooled check on the training folds loses at most 0.0025 precision against (a). (The training
 * folds' probabilities come from models that saw the outer fold: a small leak, in the embedding's favour.) Ship rule:
 * pooled recall +0.01 or more with precision down at most 0.005, and the extra fold agreeing. Figures (phase 21): the
 * shipped check pooled P 0.961 R 0.906 (tp 2604 fp 106 fn 270), extra P 0.939 R 0.852. Rule A, fixed first, adds at most
 * +0.006 pooled recall (all rows, ungated; +0.001 gated; nothing for the stacked fits). Rule B: all rows, gated dR +0.003
 * dP -0.003; ungated dR +0.010 dP -0.003 but the extra fold loses 0.010 precision; stacked, gated dR +0.002; stacked,
 * ungated dR +0.0101 (29 found, 11 false alarms: the flags it adds are right 73% of the time) dP -0.0034, extra dR
 * +0.014 dP -0.002: the ship rule's letter, by one sentence, in the one configuration of eight that reaches it, chosen
 * after the figures were seen. Not shipped (the helper's report to the lead). The near misses printed last stay below 0.84 there.
 * Embedding the phase 15 vector inside the maxent is {@link BlameEmbeddingBenchmark}. On demand (about four minutes): {@code ./mvnw -B -o test -Dtest=BlameSecondOpinionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BlameSecondOpinionBenchmark {

    private static final List<String> SETS = Stream.concat(BlameClassifierTest.SEEN.stream(),
            Stream.of(BlameClassifierTest.EXTRA)).toList();
    private static final List<String> NEVER_READ = List.of(BlameClassifierTest.EXTRA);
    private static final double SCALE = 3;
    private static final double ADDED_PRECISION = 0.95;

    /** A labelled row: its fold, label, text, the shipped check's verdict, the sentences the embedding may be asked. */
    private record Row(String set, boolean blame, String text, boolean shipped, List<String> gated, List<String> ungated) {
    }

    /** A system that failed, a person who noticed or acted, chat asking a responder, a policy as subject. */
    private static final List<String> NEAR_MISSES = List.of(
            "The nightly backup job failed to rotate the certificate.",
            "The deploy pipeline skipped the canary stage because the flag was missing.",
            "Replication should have failed over automatically.",
            "Priya noticed the error rate climbing at 02:10 and paged the database team.",
            "Ana rolled back the release within six minutes.",
            "Tomasz, can you grab the dashboards for the last hour?",
            "The review policy allowed a single approver for config changes.",
            "The alert fired but nobody was on call for that service.");

    private static final Map<String, float[]> VECTORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static float[] vector(String s) {
        return VECTORS.computeIfAbsent(s, k -> Embeddings.of(k).orElseThrow());
    }

    /** The training file's rows, each with its fold (null: old sets and background, always trained on). */
    private static List<Map.Entry<String, BlameClassifier.Example>> trainingFile() throws IOException {
        List<BlameClassifier.Example> examples = BlameClassifier.trainingSet();
        List<Map.Entry<String, BlameClassifier.Example>> out = new ArrayList<>();
        try (InputStream in = BlameClassifier.class.getResourceAsStream(BlameClassifier.TRAINING)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String origin = line.split("\t", -1)[4];
                String set = origin.startsWith("study/") ? origin.substring(6)
                        : origin.equals("training/extra") ? BlameClassifierTest.EXTRA : "";
                out.add(Map.entry(set, examples.get(out.size())));
            }
        }
        assertThat(out).hasSameSizeAs(examples);
        return out;
    }

    /** A fold's two regressions: on every row of the other folds, and on those the shipped check leaves clean. */
    private record FoldWeights(double[] all, double[] residual) {
    }

    @Test
    void embeddingSecondOpinionByLeaveOneSetOut() throws Exception {
        long t0 = System.nanoTime();
        List<Map.Entry<String, BlameClassifier.Example>> training = trainingFile();
        // each fold's model and rows on every processor at once (Folds), in the sets' order
        Map<String, List<Row>> folds = Folds.each(SETS, held -> {
            BlameClassifier c = BlameClassifier.train(training.stream().filter(e -> !held.equals(e.getKey()))
                    .map(Map.Entry::getValue).toList());
            List<Row> rows = new ArrayList<>();
            for (StudySets.BlameRow r : BlameClassifierTest.fold(held)) {
                boolean shipped = !new BlameDetector(r.people(), Set.of(), c).findAll(r.sentence()).isEmpty();
                List<String> gated = new ArrayList<>(), ungated = new ArrayList<>();
                if (!shipped) {
                    Referents refs = new Referents(r.people(), Set.of());
                    for (String s : English.sentences(r.sentence())) {
                        if (BlameDetector.addressesResponder(s)) continue;
                        ungated.add(s.strip());
                        Tagged t = English.tag(s.replace('’', '\''));
                        if (BlameClassifier.mentionsPeople(t, refs)) gated.add(s.strip());
                    }
                }
                rows.add(new Row(held, r.blame(), r.sentence().strip(), shipped, gated, ungated));
            }
            return rows;
        });
        double shippedSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        // the embedding regression per fold, fitted on the other folds' rows
        Map<String, FoldWeights> fitted = Folds.each(SETS, held -> {
            List<SecondOpinionTest.Row> train = new ArrayList<>(), residual = new ArrayList<>();
            folds.forEach((set, rows) -> {
                if (set.equals(held)) return;
                for (Row r : rows) {
                    SecondOpinionTest.Row x = new SecondOpinionTest.Row(set, r.blame(), false, r.text(), vector(r.text()));
                    train.add(x);
                    if (!r.shipped()) residual.add(x);
                }
            });
            return new FoldWeights(SecondOpinionTest.fit(train, SCALE), SecondOpinionTest.fit(residual, SCALE));
        });
        double embedSeconds = (System.nanoTime() - t1) / 1e9;
        StringBuilder out = new StringBuilder(String.format("%n=== Blame: the embedding's second opinion after the shipped "
                + "check, leave one set out (%d folds; shipped check %.0f s, embedding and fits %.0f s, %d vectors) ===%n",
                SETS.size(), shippedSeconds, embedSeconds, VECTORS.size()));
        for (int variant = 0; variant < 4; variant++) {
            boolean gate = variant % 2 == 0;
            boolean onResidual = variant >= 2;
            java.util.function.Function<String, double[]> weights = set -> onResidual ? fitted.get(set).residual() : fitted.get(set).all();
            // each row's highest P(blame) from its own fold's regression (0: not asked)
            Map<Row, Double> p = new HashMap<>();
            folds.forEach((set, rows) -> rows.forEach(r -> p.put(r, (gate ? r.gated() : r.ungated()).stream()
                    .mapToDouble(s -> SecondOpinion.probability(weights.apply(set), vector(s))).max().orElse(0))));
            out.append(String.format("%n%s; regression fitted on %s%n", gate ? "asked about sentences that mention a person or a group"
                    : "asked about every sentence (no mentions-people gate)", onResidual
                    ? "the other folds' rows the shipped check leaves clean (stacked)" : "every row of the other folds"));
            for (String rule : List.of("A: added flags precision >= 0.95 on the training folds",
                    "B: pooled precision on the training folds down at most 0.0025")) {
                int[] base = new int[4], var = new int[4], baseNr = new int[4], varNr = new int[4];
                StringBuilder perFold = new StringBuilder("  per fold (shipped P/R -> with embedding P/R @threshold):\n");
                for (String held : SETS) {
                    List<Row> trainRows = folds.entrySet().stream().filter(e -> !e.getKey().equals(held))
                            .flatMap(e -> e.getValue().stream()).toList();
                    double t = choose(trainRows, p, rule.startsWith("A"));
                    int[] b = new int[4], v = new int[4];
                    for (Row r : folds.get(held)) {
                        count(b, r.shipped(), r.blame());
                        count(v, r.shipped() || p.get(r) >= t, r.blame());
                    }
                    add(base, b);
                    add(var, v);
                    if (NEVER_READ.contains(held)) {
                        add(baseNr, b);
                        add(varNr, v);
                    }
                    perFold.append(String.format("    %-10s P %.3f R %.3f -> P %.3f R %.3f @%.4f (+%d found, +%d false)%n",
                            held, precision(b), recall(b), precision(v), recall(v), t, v[0] - b[0], v[1] - b[1]));
                }
                out.append(String.format(" rule %s%n  pooled     shipped P %.3f R %.3f (tp %d fp %d fn %d) -> P %.3f R %.3f "
                                + "(tp %d fp %d fn %d): dP %+.4f dR %+.4f%n", rule, precision(base), recall(base), base[0],
                        base[1], base[2], precision(var), recall(var), var[0], var[1], var[2],
                        precision(var) - precision(base), recall(var) - recall(base)));
                out.append(String.format("  never read shipped P %.3f R %.3f (tp %d fp %d fn %d) -> P %.3f R %.3f "
                                + "(tp %d fp %d fn %d): dP %+.4f dR %+.4f%n", precision(baseNr), recall(baseNr), baseNr[0],
                        baseNr[1], baseNr[2], precision(varNr), recall(varNr), varNr[0], varNr[1], varNr[2],
                        precision(varNr) - precision(baseNr), recall(varNr) - recall(baseNr)));
                out.append(perFold);
                boolean ship = recall(var) - recall(base) >= 0.01 && precision(base) - precision(var) <= 0.005
                        && recall(varNr) >= recall(baseNr) && precision(baseNr) - precision(varNr) <= 0.005;
                out.append(String.format("  ship rule met: %s%n", ship));
            }
            // pooled curve: fixed thresholds, for the record (chosen on the test folds: not a decision)
            StringBuilder curve = new StringBuilder("  pooled at fixed thresholds (hindsight, not a choice):");
            for (double t : new double[] {0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99}) {
                int[] v = new int[4];
                folds.values().forEach(rows -> rows.forEach(r -> count(v, r.shipped() || p.get(r) >= t, r.blame())));
                curve.append(String.format(" %.2f P %.3f R %.3f;", t, precision(v), recall(v)));
            }
            out.append(curve).append('\n');
        }
        // near misses the check must keep clean, asked of the stacked regression fitted on every fold (threshold as the
        // folds chose for the one configuration that met the ship rule, about 0.84)
        List<SecondOpinionTest.Row> residual = new ArrayList<>();
        folds.forEach((set, rows) -> rows.stream().filter(r -> !r.shipped())
                .forEach(r -> residual.add(new SecondOpinionTest.Row(set, r.blame(), false, r.text(), vector(r.text())))));
        double[] full = SecondOpinionTest.fit(residual, SCALE);
        out.append(String.format("%nnear misses (stacked regression fitted on every fold's clean rows; P(blame), flagged at 0.84?):%n"));
        for (String s : NEAR_MISSES) {
            boolean shipped = !new BlameDetector(Set.of("Priya Raman", "Ana Souza", "Tomasz Wolski"), Set.of()).findAll(s).isEmpty();
            double q = SecondOpinion.probability(full, vector(s));
            out.append(String.format("  %.3f %s%s  %s%n", q, q >= 0.84 ? "FLAG" : "ok  ", shipped ? " (shipped check flags)" : "", s));
        }
        System.out.print(out);
        assertThat(fitted).hasSize(SETS.size());
        assertThat(folds.values().stream().mapToInt(List::size).sum()).isGreaterThan(1000);
    }

    /** The lowest threshold meeting the rule on the training folds (1.01: none, the embedding never flags). */
    private static double choose(List<Row> trainRows, Map<Row, Double> p, boolean addedPrecision) {
        int[] base = new int[4];
        trainRows.forEach(r -> count(base, r.shipped(), r.blame()));
        for (int step = 200; step <= 399; step++) {
            double t = step / 400.0;
            int added = 0, addedRight = 0;
            int[] v = new int[4];
            for (Row r : trainRows) {
                boolean extra = !r.shipped() && p.get(r) >= t;
                if (extra) {
                    added++;
                    if (r.blame()) addedRight++;
                }
                count(v, r.shipped() || extra, r.blame());
            }
            boolean ok = addedPrecision ? added > 0 && addedRight >= ADDED_PRECISION * added
                    : precision(base) - precision(v) <= 0.0025;
            if (ok) return t;
        }
        return 1.01;
    }

    private static void add(int[] into, int[] m) {
        for (int i = 0; i < 4; i++) into[i] += m[i];
    }
}
