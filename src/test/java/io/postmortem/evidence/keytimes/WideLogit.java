package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Minutes;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Issue 15, meaning experiment (test side): {@link LearnedPrecedence}'s conditional logit with extra candidate columns
 * appended to its feature rows (for {@code KeyTimeMeaningBenchmark}), fitted exactly as {@link RankTrainer} fits it
 * (full-batch gradient descent from zero, same loss, penalty and steps), and chosen exactly as {@link LearnedChooser}
 * chooses (likeliest minute at a threshold, the rules' promises kept by {@link Precedence#choosable}, the rules' own
 * key time when the minute is the same). With no extra columns it is the shipped model (the benchmark checks it).
 */
public final class WideLogit {

    /** One key time to learn from: its options with the wider rows, and which are right (the last one is "unknown"). */
    public record Example(List<KeyTimeCandidate> candidates, double[][] x, double[] z, boolean[] right) {
    }

    private final double[] w;
    private final double[] v;

    private WideLogit(double[] w, double[] v) {
        this.w = w;
        this.v = v;
    }

    public double[] weights() {
        return w.clone();
    }

    public double[] nullWeights() {
        return v.clone();
    }

    /** Fits the wide model: {@link RankTrainer#train} with rows of any width (stacked: the precedence pick kept). */
    public static WideLogit train(List<Example> examples, double l2, int steps, double rate) {
        int nw = examples.get(0).x().length > 0 ? examples.get(0).x()[0].length : width(examples);
        double[][] wv = RankTrainer.fit(examples.stream().map(Example::x).toList(), examples.stream().map(Example::z).toList(),
                examples.stream().map(Example::right).toList(), nw, LearnedPrecedence.NULL_FEATURES.size(), l2, steps, rate, -1);
        return new WideLogit(wv[0], wv[1]);
    }

    private static int width(List<Example> examples) {
        for (Example e : examples) if (e.x().length > 0) return e.x()[0].length;
        throw new IllegalArgumentException("no candidate in any example");
    }

    /** The likeliest minute's best candidate when that minute is right with probability {@code least} or more, else null. */
    public KeyTimeCandidate choose(List<KeyTimeCandidate> cs, double[][] x, double[] z, double least) {
        int n = x.length;
        double[] p = new double[n + 1];
        for (int i = 0; i < n; i++) p[i] = RankTrainer.dot(w, x[i]);
        p[n] = RankTrainer.dot(v, z);
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (double d : p) max = Math.max(max, d);
        for (int i = 0; i <= n; i++) sum += p[i] = Math.exp(p[i] - max);
        for (int i = 0; i <= n; i++) p[i] /= sum;
        Map<Long, Double> byMinute = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) byMinute.merge(cs.get(i).minute(), p[i], Double::sum);
        KeyTimeCandidate best = null;
        double bestP = -1, bestOwn = -1;
        for (int i = 0; i < n; i++) {
            double pm = byMinute.get(cs.get(i).minute());
            if (pm > bestP + 1e-12 || Math.abs(pm - bestP) <= 1e-12 && p[i] > bestOwn) {
                best = cs.get(i);
                bestP = pm;
                bestOwn = p[i];
            }
        }
        return best != null && bestP >= least ? best : null;
    }

    /**
     * {@link LearnedChooser#revise} (no person's times) with any chooser of a kind's candidate: {@code pick} gets the
     * kind and its options (stacked: told the rules' pick) and answers a candidate or null ("unknown").
     */
    public static KeyTimes revise(KeyTimes rules, Instant created, BiFunction<Kind, LearnedPrecedence.Options, KeyTimeCandidate> pick) {
        Map<Kind, List<KeyTimeCandidate>> kept = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) kept.put(k, k.in(rules).candidates());
        Map<Kind, KeyTime> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            KeyTime rule = k.in(rules);
            if (Precedence.manual(rule) != null) {
                out.put(k, rule);
                continue;
            }
            LearnedPrecedence.Options o = LearnedPrecedence.options(k, kept, created, rule.known() ? rule.at() : null);
            KeyTimeCandidate c = pick.apply(k, o);
            if (!LearnedChooser.choosable(k, c, created)) out.put(k, rule);
            else if (c == null) out.put(k, rule.known() ? KeyTime.unknown(LearnedChooser.CHOSEN, rule.candidates()) : rule);
            else if (rule.known() && c.minute() == Minutes.of(rule.at())) out.put(k, rule);
            else out.put(k, KeyTime.of(c, c.basis(), LearnedChooser.CHOSEN, rule.candidates()));
        }
        return new KeyTimes(out.get(Kind.STARTED), out.get(Kind.DETECTED), out.get(Kind.RESOLVED));
    }
}
