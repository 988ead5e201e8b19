package io.postmortem.evidence.keytimes;

import java.util.List;

/**
 * Fits {@link LearnedPrecedence}: maximum likelihood of the right options (the candidates at the labelled minute, or
 * "unknown" when none is or the label is UNKNOWN) under a softmax over each key time's options, with an L2 penalty,
 * by plain full-batch gradient descent from zero for a fixed number of steps (deterministic: no randomness, no clock).
 */
public final class RankTrainer {

    /** One key time to learn from: its options and which of them are right (the last one is "unknown"). */
    public record Example(LearnedPrecedence.Options options, boolean[] right) {
    }

    private RankTrainer() {
    }

    public static LearnedPrecedence train(List<Example> examples, boolean stacked, double l2, int steps, double rate) {
        int pick = LearnedPrecedence.FEATURES.indexOf("precedencePick");
        double[][] wv = fit(examples.stream().map(e -> e.options().x()).toList(), examples.stream().map(e -> e.options().z()).toList(),
                examples.stream().map(Example::right).toList(), LearnedPrecedence.FEATURES.size(),
                LearnedPrecedence.NULL_FEATURES.size(), l2, steps, rate, stacked ? -1 : pick);
        return new LearnedPrecedence(wv[0], wv[1], stacked);
    }

    /**
     * The fit itself, for rows of any width (the meaning experiment's wider rows too): per key time its candidates' rows
     * {@code xs}, its "unknown" row {@code zs} and which options are right; {@code dropped}, when not -1, is a candidate
     * column held at zero after every step. Returns the candidate weights and the "unknown" weights.
     */
    static double[][] fit(List<double[][]> xs, List<double[]> zs, List<boolean[]> rights, int nw, int nv, double l2, int steps,
                          double rate, int dropped) {
        double[] w = new double[nw], v = new double[nv];
        for (int step = 0; step < steps; step++) {
            double[] gw = new double[nw], gv = new double[nv];
            for (int k = 0; k < xs.size(); k++) {
                double[][] x = xs.get(k);
                double[] z = zs.get(k);
                boolean[] right = rights.get(k);
                int n = x.length;
                double[] s = new double[n + 1];
                for (int i = 0; i < n; i++) s[i] = dot(w, x[i]);
                s[n] = dot(v, z);
                double max = Double.NEGATIVE_INFINITY;
                for (double d : s) max = Math.max(max, d);
                double sum = 0, sumRight = 0;
                double[] p = new double[n + 1];
                for (int i = 0; i <= n; i++) {
                    p[i] = Math.exp(s[i] - max);
                    sum += p[i];
                }
                for (int i = 0; i <= n; i++) {
                    p[i] /= sum;
                    if (right[i]) sumRight += p[i];
                }
                for (int i = 0; i <= n; i++) {
                    double q = right[i] ? p[i] / sumRight : 0;
                    double g = p[i] - q; // d(-log P(right))/d score_i
                    if (g == 0) continue;
                    if (i < n) for (int j = 0; j < nw; j++) gw[j] += g * x[i][j];
                    else for (int j = 0; j < nv; j++) gv[j] += g * z[j];
                }
            }
            double m = xs.size();
            for (int j = 0; j < nw; j++) w[j] -= rate * (gw[j] / m + l2 * w[j]);
            for (int j = 0; j < nv; j++) v[j] -= rate * (gv[j] / m + l2 * v[j]);
            if (dropped >= 0) w[dropped] = 0;
        }
        return new double[][] {w, v};
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
