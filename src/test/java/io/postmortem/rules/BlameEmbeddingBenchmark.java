package io.postmortem.rules;

import static io.postmortem.rules.BlameClassifierTest.precision;
import static io.postmortem.rules.BlameClassifierTest.recall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Referents;
import io.postmortem.rules.language.Tagged;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, phase 15 (not shipped; README): does a sentence embedding add meaning the blame maxent over OpenNLP's tags
 * misses? all-MiniLM-L6-v2, quantized, 384 dimensions, run in-process on onnxruntime through langchain4j. Leave one
 * labelled set out over the seen study sets, as {@link BlameClassifierTest}: each fold's models are trained on every
 * other row of the shipped training file (the other sets, the extra text, the old sets, the background chat) and scored
 * on the set left out. Compared: (a) the shipped features alone ({@link BlameClassifier}); (b) one maxent over the same
 * features plus the embedding's 384 values, scaled by each factor in {@code -Dblame.embedding.scales} (default 3, the
 * best of 1, 3 and 10), as real-valued features. For each: the threshold the shipped rule picks (the lowest at which
 * the check and the model alone keep precision 0.95 on the pooled seen folds and the model trained on all flags at most
 * one sentence of responders' talk it was not trained on), pooled and per-fold precision and recall there and at fixed
 * thresholds, recall at matched pooled precision, and what the model trained on all gives the near misses of
 * {@link LanguageRulesTest} that decide how far the shipped threshold must rise. Also the embedding's cost per sentence.
 * Held-out 16 and 17 are not read. On demand (about six minutes):
 * {@code ./mvnw -B -o test -Dtest=BlameEmbeddingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BlameEmbeddingBenchmark {

    private static final List<String> SEEN = BlameClassifierTest.SEEN;
    private static final List<String> SETS = java.util.stream.Stream.concat(SEEN.stream(),
            java.util.stream.Stream.of(BlameClassifierTest.EXTRA)).toList();
    private static final double[] FIXED = {0.6, 0.7, 0.78, 0.8, 0.85, 0.88, 0.9};

    /** Near misses LanguageRulesTest keeps clean (with their people) that the learned signal is asked about. */
    private static final Map<String, Set<String>> NEAR_MISSES = new LinkedHashMap<>();

    private static final Set<String> AIKO = Set.of("Tomasz Wolski", "Aiko Mori", "Bruno Costa");

    static {
        Set<String> phase14 = Set.of("Marisol Quint", "Desmond Achterberg");
        NEAR_MISSES.put("Marisol stitched the packet captures together, which is how we saw the retries pile up.", phase14);
        NEAR_MISSES.put("Desmond's glide brought the airship down to the field safely.", phase14);
        NEAR_MISSES.put("'Aiko broke the build' is where the conversation used to stop.", AIKO);
        NEAR_MISSES.put("Aiko slammed into a wall of 500s when she opened the dashboard.", AIKO);
        NEAR_MISSES.put("Deploys should pause at night when fewer engineers are online.", AIKO);
    }

    /** A row of the training file: the set it came from (null: old sets and background, always trained on). */
    private record TrainRow(String set, BlameClassifier.Example example, String text) {
    }

    /** A sentence the learned signal would be asked about. */
    private record Asked(Tagged tagged, Referents referents) {
    }

    /** One labelled study row as scored. */
    private record Row(String set, boolean blame, boolean rules, List<Asked> asked) {
    }

    private static String normalise(String s) {
        return s.replace('’', '\'').replace('‘', '\'');
    }

    private static List<TrainRow> trainingFile() throws IOException {
        List<BlameClassifier.Example> examples = BlameClassifier.trainingSet();
        List<TrainRow> out = new ArrayList<>();
        try (InputStream in = BlameClassifier.class.getResourceAsStream(BlameClassifier.TRAINING)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String origin = line.split("\t", -1)[4];
                String set = origin.startsWith("study/") ? origin.substring(6)
                        : origin.equals("training/extra") ? BlameClassifierTest.EXTRA : null;
                BlameClassifier.Example e = examples.get(out.size());
                String text = new Referents(e.people(), Set.of()).capitaliseNames(normalise(e.sentence()));
                out.add(new TrainRow(set, e, text));
            }
        }
        assertThat(out).hasSameSizeAs(examples);
        return out;
    }

    private static Row row(String set, boolean blame, boolean rules, String text, Referents refs) {
        List<Asked> asked = new ArrayList<>();
        for (String s : English.sentences(text)) {
            // tagged as BlameClassifierTest's cross-validation tags them
            Tagged t = English.tag(s.replace('’', '\''));
            if (BlameClassifier.mentionsPeople(t, refs)) asked.add(new Asked(t, refs));
        }
        return new Row(set, blame, rules, asked);
    }

    private static List<Row> scoredRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String set : SETS) {
            for (StudySets.BlameRow r : BlameClassifierTest.fold(set)) {
                boolean rules = !new BlameDetector(r.people(), Set.of(), null).findAll(r.sentence()).isEmpty();
                rows.add(row(set, r.blame(), rules, r.sentence(), new Referents(r.people(), Set.of())));
            }
        }
        return rows;
    }

    /** Responders' talk never trained on: each sentence the rules leave alone. */
    private static List<Row> chatRows() throws IOException {
        List<Row> out = new ArrayList<>();
        BlameDetector rules = new BlameDetector(Set.of(), Set.of(), null);
        for (Path f : BlameClassifierTest.background(false)) {
            for (String s : BlameClassifierTest.backgroundSentences(f)) {
                if (rules.detect(s).isEmpty()) out.add(row("chat", false, false, s, new Referents(Set.of(), Set.of())));
            }
        }
        return out;
    }

    /** A probability for a sentence the learned signal is asked about. */
    private interface Scorer {
        double p(Asked a);
    }

    /** The features alone (scale 0: the shipped model) or with the embedding scaled as real-valued features. */
    private static Scorer train(List<TrainRow> rows, Map<String, float[]> embeddings, double scale) {
        if (scale == 0) {
            BlameClassifier c = BlameClassifier.train(rows.stream().map(TrainRow::example).toList());
            return a -> c.probability(a.tagged(), a.referents());
        }
        List<Event> events = new ArrayList<>();
        for (TrainRow r : rows) {
            List<String> f = r.example().features();
            events.add(new Event(r.example().blame() ? "BLAME" : "OK", context(f), values(f, embeddings.get(r.text()), scale)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(QNTrainer.L2COST_PARAM, BlameClassifier.L2);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel m;
        try {
            m = trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int blame = m.getIndex("BLAME");
        return a -> {
            List<String> f = BlameClassifier.features(a.tagged(), a.referents());
            return m.eval(context(f), values(f, embeddings.get(a.tagged().text()), scale))[blame];
        };
    }

    private static String[] context(List<String> features) {
        List<String> c = new ArrayList<>(features);
        for (int i = 0; i < 384; i++) c.add("e" + i);
        return c.toArray(String[]::new);
    }

    private static float[] values(List<String> features, float[] e, double scale) {
        float[] v = new float[features.size() + e.length];
        java.util.Arrays.fill(v, 0, features.size(), 1f);
        for (int i = 0; i < e.length; i++) v[features.size() + i] = (float) (scale * e[i]);
        return v;
    }

    private static double[] probabilities(Scorer s, Row r) {
        return r.asked().stream().mapToDouble(s::p).toArray();
    }

    @Test
    void embeddingAgainstTheFeaturesAloneByLeaveOneSetOut() throws IOException {
        long l0 = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("The on-call engineer restarted the service.");
        double loadSeconds = (System.nanoTime() - l0) / 1e9;

        List<TrainRow> training = trainingFile();
        List<Row> rows = scoredRows();
        List<Row> chat = chatRows();
        List<Row> nearMisses = new ArrayList<>();
        NEAR_MISSES.forEach((s, people) -> nearMisses.add(row("near miss", false, false, s, new Referents(people, Set.of()))));
        Set<String> texts = new LinkedHashSet<>();
        training.forEach(r -> texts.add(r.text()));
        for (List<Row> rs : List.of(rows, chat, nearMisses)) for (Row r : rs) r.asked().forEach(a -> texts.add(a.tagged().text()));
        Map<String, float[]> embeddings = new HashMap<>();
        long t0 = System.nanoTime();
        for (String t : texts) embeddings.put(t, model.embed(t).content().vector());
        double msPerSentence = (System.nanoTime() - t0) / 1e6 / texts.size();

        List<Double> scales = new ArrayList<>(List.of(0.0));
        for (String x : System.getProperty("blame.embedding.scales", "3").split(",")) scales.add(Double.parseDouble(x));
        StringBuilder out = new StringBuilder(String.format("%n=== Blame: the sentence embedding (all-MiniLM-L6-v2, "
                + "quantized) next to the maxent's features, leave one set out ===%nembedding model load %.2f s; %d "
                + "sentences embedded, %.2f ms per sentence (one thread)%n", loadSeconds, texts.size(), msPerSentence));
        Map<Double, double[]> summary = new LinkedHashMap<>();
        for (double scale : scales) {
            Map<String, List<double[]>> foldP = new LinkedHashMap<>();
            List<Row> seenRows = new ArrayList<>();
            List<double[]> seenP = new ArrayList<>();
            for (String held : SETS) {
                Scorer s = train(training.stream().filter(r -> !held.equals(r.set())).toList(), embeddings, scale);
                List<double[]> p = rows.stream().filter(r -> r.set().equals(held)).map(r -> probabilities(s, r)).toList();
                foldP.put(held, p);
                if (SEEN.contains(held)) {
                    seenRows.addAll(rows.stream().filter(r -> r.set().equals(held)).toList());
                    seenP.addAll(p);
                }
            }
            Scorer all = train(training, embeddings, scale);
            List<Double> chatMax = chat.stream()
                    .map(r -> java.util.Arrays.stream(probabilities(all, r)).max().orElse(0)).toList();
            double chosen = Double.NaN;
            for (int step = 50; step <= 99; step++) {
                double t = step / 100.0;
                if (precision(confusion(seenRows, seenP, t, true)) >= BlameClassifierTest.PRECISION_FLOOR
                        && precision(confusion(seenRows, seenP, t, false)) >= BlameClassifierTest.PRECISION_FLOOR
                        && chatMax.stream().filter(p -> p >= t).count() <= BlameClassifierTest.QUIET) {
                    chosen = t;
                    break;
                }
            }
            double th = Double.isNaN(chosen) ? 1.01 : chosen;
            String name = scale == 0 ? "(a) rules + maxent(features), as shipped"
                    : String.format("(b) rules + maxent(features + embedding x%.0f)", scale);
            int[] pooled = confusion(seenRows, seenP, th, true), alone = confusion(seenRows, seenP, th, false);
            out.append(String.format("%n%s: threshold chosen %.2f%n  seen folds pooled (%d rows): check P %.3f R %.3f "
                    + "(tp %d fp %d fn %d) | model alone P %.3f R %.3f%n", name, chosen, seenRows.size(),
                    precision(pooled), recall(pooled), pooled[0], pooled[1], pooled[2], precision(alone), recall(alone)));
            StringBuilder fixed = new StringBuilder("  pooled check at fixed thresholds:");
            for (double t : FIXED) {
                int[] m = confusion(seenRows, seenP, t, true);
                fixed.append(String.format(" %.2f P %.3f R %.3f;", t, precision(m), recall(m)));
            }
            out.append(fixed).append('\n');
            StringBuilder curve = new StringBuilder("  recall at matched pooled precision (lowest threshold reaching it):");
            for (double floor : new double[] {0.95, 0.96, 0.97, 0.98}) {
                for (int step = 30; step <= 100; step++) {
                    int[] m = confusion(seenRows, seenP, step / 100.0, true);
                    if (precision(m) >= floor) {
                        curve.append(String.format(" P>=%.2f R %.3f (%.2f);", floor, recall(m), step / 100.0));
                        break;
                    }
                }
            }
            out.append(curve).append('\n');
            StringBuilder folds = new StringBuilder("  per fold at the chosen threshold:");
            for (String held : SETS) {
                int[] m = confusion(rows.stream().filter(r -> r.set().equals(held)).toList(), foldP.get(held), th, true);
                folds.append(String.format(" %s P %.3f R %.3f;", held.replace("heldout", "h"), precision(m), recall(m)));
            }
            out.append(folds).append('\n');
            StringBuilder near = new StringBuilder("  LanguageRulesTest near misses (model trained on all; each must stay "
                    + "below the shipped threshold):");
            double highest = 0;
            for (Row r : nearMisses) {
                double p = java.util.Arrays.stream(probabilities(all, r)).max().orElse(0);
                highest = Math.max(highest, p);
                near.append(String.format("%n    %.3f  %s", p, r.asked().isEmpty() ? "(not asked)" : r.asked().get(0).tagged().text()));
            }
            out.append(near).append('\n');
            summary.put(scale, new double[] {th, precision(pooled), recall(pooled), highest});
        }
        out.append(String.format("%nsummary (scale: CV threshold, pooled P, pooled R; highest near miss):%n"));
        summary.forEach((k, x) -> out.append(String.format("  x%-4.0f %.2f  P %.3f  R %.3f;  %.3f%n", k, x[0], x[1], x[2], x[3])));
        System.out.print(out);
        // the shipped model reproduces BlameClassifierTest's choice: the floor holds at a threshold the rule found
        assertThat(summary.get(0.0)[0]).isLessThanOrEqualTo(BlameClassifier.THRESHOLD);
        assertThat(summary.get(0.0)[1]).isGreaterThanOrEqualTo(BlameClassifierTest.PRECISION_FLOOR);
        assertThat(embeddings).hasSize(texts.size());
    }

    /** tp, fp, fn, tn of the check (rules, or the model at the threshold) or of the model alone. */
    private static int[] confusion(List<Row> test, List<double[]> probabilities, double threshold, boolean withRules) {
        int[] m = new int[4];
        for (int i = 0; i < test.size(); i++) {
            Row r = test.get(i);
            boolean predicted = withRules && r.rules();
            for (double p : probabilities.get(i)) predicted |= p >= threshold;
            if (predicted && r.blame()) m[0]++;
            else if (predicted) m[1]++;
            else if (r.blame()) m[2]++;
            else m[3]++;
        }
        return m;
    }
}
