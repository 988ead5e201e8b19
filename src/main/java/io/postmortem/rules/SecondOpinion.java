package io.postmortem.rules;

import io.postmortem.rules.language.Embeddings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence embedding's second opinion (issue 16, phase 16) on three of the rules' verdicts: is a "what went well"
 * entry vague ({@link WentWell}), is an action item testable ({@link Testability}), is its scope bounded ({@link Scope},
 * phase 18, refitted in phase 20 on every action set, dev to held-out 23, its thresholds chosen by
 * {@code ScopeSecondOpinionTest})? Each is a logistic regression on the
 * {@link Embeddings} vector of the text, trained on the seen study sets (dev, held-out 1 to 8 and 10 to 15) and stored
 * as its 385 weights in a small resource written by {@code SecondOpinionTest} (with {@code -Dsecond.opinion.write=true});
 * the thresholds at which it may overrule the rules were chosen by leave-one-set-out cross-validation on the same sets
 * (README). Empty when the embedding model cannot run here: then the rules judge alone.
 */
final class SecondOpinion {
    private SecondOpinion() {
    }

    /** A model: the label it gives the probability of, its weights (bias first) on the scaled embedding. */
    enum Task {
        WENT_WELL_VAGUE("/rules/second-opinion-wentwell.txt"),
        TESTABLE("/rules/second-opinion-testable.txt"),
        /** Phases 18 and 20: P(bounded) of an action item's summary, fitted on every action set (dev to held-out 23). */
        BOUNDED("/rules/second-opinion-bounded.txt");

        final String resource;

        Task(String resource) {
            this.resource = resource;
        }
    }

    /** Each task's weights, read on its first use (a test that writes one resource never reads the others). */
    private static final Map<Task, double[]> WEIGHTS = new ConcurrentHashMap<>();

    /** The probability of the task's label ("vague", "testable") for the text, or empty without the model. */
    static OptionalDouble probability(Task task, String text) {
        if (Texts.blank(text)) return OptionalDouble.empty();
        var e = Embeddings.of(text.strip());
        if (e.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(probability(WEIGHTS.computeIfAbsent(task, t -> read(t.resource)), e.get()));
    }

    /** The logistic regression: weights[0] is the bias, weights[1 + i] multiplies the embedding's value i. */
    static double probability(double[] weights, float[] embedding) {
        double z = weights[0];
        for (int i = 0; i < embedding.length; i++) z += weights[1 + i] * embedding[i];
        return 1 / (1 + Math.exp(-z));
    }

    /** Reads the weights: '#' lines are comments, then one number a line, the bias first. */
    static double[] read(String resource) {
        try (InputStream in = SecondOpinion.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource + " on the classpath");
            List<Double> w = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                w.add(Double.parseDouble(line.strip()));
            }
            if (w.size() != Embeddings.DIMENSION + 1) {
                throw new IllegalStateException(resource + ": " + w.size() + " weights, expected " + (Embeddings.DIMENSION + 1));
            }
            return w.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
