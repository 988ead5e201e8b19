package io.postmortem.evidence;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.evidence.keytimes.LearnedChooser;
import io.postmortem.evidence.keytimes.LearnedPrecedence;
import io.postmortem.evidence.keytimes.RankTrainer;
import io.postmortem.evidence.keytimes.WideLogit;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.rules.language.Embeddings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, phase 21 (experiment): does the chooser pick better when it knows what a candidate's sentence MEANS? The
 * shipped learned precedence ({@link LearnedChooser}, "both regimes, stacked") sees only structure (statement type,
 * source, ranks, times). Here each candidate also gets a meaning score: per kind, a ridge-regression probe on the
 * sentence embedding ({@link Embeddings}, all-MiniLM-L6-v2) of the candidate's quote, "is this the sentence that states
 * the {kind} time" (label: the candidate is at the labelled minute), fitted in closed form (penalty {@value #RIDGE} on
 * the 384 weights, none on the bias). The score enters the conditional logit as three columns (the score, its gap to
 * the best score among the kind's candidates, whether it is that best), stacked: the score a set's candidates get in
 * training comes from a probe fitted without that set (and without the fold's held-out set), the held-out set's from a
 * probe fitted without it.
 * <p>
 * Protocol (fixed before any figure was seen): leave one set out over every set with a first run (study/firstrun/,
 * the candidates the rules gave the set before anyone read it): each fold trains the shipped model and the meaning
 * model on every other set's candidates of today and of its first run, and both revise the held-out set's first run
 * as {@link LearnedChooser#revise} does. SHIP RULE: the meaning model ships only if, pooled, it gives MORE exact key
 * times and no more STATED-wrong than the shipped one; and, trained on everything, on today's candidates of every set no
 * set loses more than one exact key time nor gains a STATED-wrong. Also printed, for the product owner: both models at
 * stating thresholds 0.5 (shipped), 0.6, 0.7, 0.8.
 * <p>
 * Result (twelfth session, first runs held-out 10 to 28): the rule is met by one key time in 506 (240 against 239
 * exact, 84 STATED wrong either way; in sample two more exact, none lost). The lead had fixed, before scoring, that it
 * would ship only if the still-sealed held-out 29, 30 and 31 then gave more exact key times with no more STATED wrong:
 * they gave the same key times to the minute (13/27, 10/24, 17/27; 4, 4 and 3 STATED wrong) with and without it, so
 * the meaning model was not shipped (a second weights file and an embedding on every draft for no measured gain).
 * Rerun on the final phase 21 candidates (after the format and held-out 28 fixes): 241 shipped vs 240, not met. The
 * production wiring (a MeaningProbe class, meaning columns in LearnedPrecedence, a learned-meaning.txt beside the
 * structural weights) was written and judged but not merged; this benchmark and its test-side keytimes.WideLogit remain.
 * On demand (a few minutes, most of it running the engine and the embedding):
 * {@code ./mvnw -B -o test -Dtest=KeyTimeMeaningBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class KeyTimeMeaningBenchmark {

    /** The probe's penalty on its 384 weights (fixed before any figure). */
    static final double RIDGE = 1.0;
    static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8};
    static final int D = Embeddings.DIMENSION + 1;
    static final String[] MEANING = {"meaning", "meaningGap", "meaningTop"};

    /** One incident in one regime: its candidates, the rules' key times (with their kept lists), the labels. */
    record Case(String set, boolean firstRun, Map<Kind, List<KeyTimeCandidate>> cands, Instant created, KeyTimes rules,
                Map<Kind, Instant> want) {
    }

    private final Map<String, float[]> vectors = new HashMap<>();
    /** Per set, per kind: the probe's Gram matrix (with the bias as last column) and right-hand side. */
    private final Map<String, double[][][]> gram = new LinkedHashMap<>();
    private final Map<String, double[][]> rhs = new LinkedHashMap<>();
    private final Map<String, double[]> probes = new HashMap<>();

    @Test
    void meaningFeatureAgainstTheShippedChooser() {
        Assumptions.assumeTrue(Embeddings.of("The service recovered at 10:27.").isPresent(), "the embedding model cannot run here");
        Map<String, List<Case>> today = new LinkedHashMap<>(), first = new LinkedHashMap<>();
        for (String set : KeyTimeCases.sets())
            for (KeyTimeCases.Incident inc : KeyTimeCases.load(set))
                today.computeIfAbsent(set, s -> new ArrayList<>()).add(new Case(set, false, inc.candidates(), inc.created(), inc.engine(), inc.want()));
        for (String file : KeyTimeRankBenchmark.FIRST_RUN_FILES)
            for (KeyTimeRankBenchmark.FirstRun r : KeyTimeRankBenchmark.loadFirstRuns(file))
                first.computeIfAbsent(r.set(), s -> new ArrayList<>()).add(new Case(r.set(), true, r.cands(), r.created(), r.first(), r.want()));
        List<Case> all = new ArrayList<>();
        today.values().forEach(all::addAll);
        first.values().forEach(all::addAll);
        long t0 = System.nanoTime();
        int cands = 0;
        for (Case c : all)
            for (Kind k : Kind.values())
                for (KeyTimeCandidate kc : c.cands().get(k)) if (kc.at() != null) {
                    cands++;
                    vectors.computeIfAbsent(key(kc), q -> Embeddings.of(q).orElseThrow());
                }
        System.out.printf(Locale.ROOT, "[ktmean] %d sets today (%d incidents), %d with a first run (%d incidents); %d candidates, %d distinct sentences embedded in %.0f s%n",
                today.size(), today.values().stream().mapToInt(List::size).sum(), first.size(), first.values().stream().mapToInt(List::size).sum(),
                cands, vectors.size(), (System.nanoTime() - t0) / 1e9);
        for (Case c : all) accumulate(c);

        // the probe alone: on the first runs, leave one set out, is the kind's best-meaning candidate at the right minute?
        int[] probeTop = new int[2];
        for (Map.Entry<String, List<Case>> e : first.entrySet())
            for (Case c : e.getValue())
                for (Kind k : Kind.values()) {
                    List<KeyTimeCandidate> cs = present(c.cands().get(k));
                    if (c.want().get(k) == null || cs.stream().noneMatch(x -> KeyTimeCases.sameMinute(x.at(), c.want().get(k)))) continue;
                    double[] s = scores(k, cs, probe(k, Set.of(e.getKey())));
                    int best = 0;
                    for (int i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
                    probeTop[1]++;
                    if (KeyTimeCases.sameMinute(cs.get(best).at(), c.want().get(k))) probeTop[0]++;
                }
        System.out.printf(Locale.ROOT, "[ktmean] the probe alone (first runs, LOSO): its best-meaning candidate is at the right minute on %d of %d key times whose right minute is a candidate%n",
                probeTop[0], probeTop[1]);

        // leave one set out over the first runs
        double l2 = KeyTimeRankBenchmark.L2, rate = KeyTimeRankBenchmark.RATE;
        int steps = KeyTimeRankBenchmark.STEPS;
        int[][] poolShip = new int[THRESHOLDS.length][6], poolMean = new int[THRESHOLDS.length][6];
        int agreeCheck = 0, checked = 0, wideCheck = -1, wideChecked = 0;
        System.out.println("[ktmean] LOSO over the first runs, P >= 0.5: exact/known, STATED wrong/STATED, UNKNOWN kept/expected");
        for (String held : first.keySet()) {
            List<RankTrainer.Example> base = new ArrayList<>();
            List<WideLogit.Example> wide = new ArrayList<>();
            for (Case c : all) if (!c.set().equals(held)) {
                base.addAll(baseExamples(c));
                wide.addAll(wideExamples(c, Set.of(held, c.set())));
            }
            LearnedPrecedence ship = RankTrainer.train(base, true, l2, steps, rate);
            WideLogit mean = WideLogit.train(wide, l2, steps, rate);
            if (wideCheck < 0) { // the wide fit with no extra columns is the shipped fit (same choices on the fold)
                List<WideLogit.Example> narrow = new ArrayList<>();
                for (RankTrainer.Example b : base) narrow.add(new WideLogit.Example(b.options().candidates(), b.options().x(), b.options().z(), b.right()));
                WideLogit same = WideLogit.train(narrow, l2, steps, rate);
                wideCheck = 0;
                for (Case c : first.get(held)) {
                    KeyTimes a = WideLogit.revise(c.rules(), c.created(), (k, o) -> same.choose(o.candidates(), o.x(), o.z(), LearnedChooser.LEAST));
                    KeyTimes b = new LearnedChooser(ship).revise(c.rules(), null, c.created());
                    for (Kind k : Kind.values()) {
                        wideChecked++;
                        if (sameOutcome(k.in(a), k.in(b))) wideCheck++;
                    }
                }
            }
            int[] fs = new int[6], fm = new int[6];
            for (Case c : first.get(held)) {
                double[][][] sem = semantic(c, probe(Kind.STARTED, Set.of(held)), probe(Kind.DETECTED, Set.of(held)), probe(Kind.RESOLVED, Set.of(held)));
                KeyTimes shipped = new LearnedChooser(ship).revise(c.rules(), null, c.created());
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    double least = THRESHOLDS[t];
                    KeyTimes s = WideLogit.revise(c.rules(), c.created(), (k, o) -> ship.choose(o, least));
                    KeyTimes m = WideLogit.revise(c.rules(), c.created(), (k, o) -> mean.choose(o.candidates(), widen(o, sem[k.ordinal()]), o.z(), least));
                    KeyTimeRankBenchmark.add(poolShip[t], KeyTimeRankBenchmark.score(s, c.want()));
                    KeyTimeRankBenchmark.add(poolMean[t], KeyTimeRankBenchmark.score(m, c.want()));
                    if (t == 0) {
                        KeyTimeRankBenchmark.add(fs, KeyTimeRankBenchmark.score(s, c.want()));
                        KeyTimeRankBenchmark.add(fm, KeyTimeRankBenchmark.score(m, c.want()));
                        for (Kind k : Kind.values()) {
                            checked++;
                            if (sameOutcome(k.in(s), k.in(shipped))) agreeCheck++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "[ktmean] %-10s | first run (rules) %s | shipped %s | meaning %s%n", held,
                    KeyTimeRankBenchmark.fig(score(first.get(held))), KeyTimeRankBenchmark.fig(fs), KeyTimeRankBenchmark.fig(fm));
        }
        System.out.printf(Locale.ROOT, "[ktmean] checks: this revise gives LearnedChooser.revise's outcome on %d of %d key times; the wide fit without meaning gives the shipped fit's on %d of %d%n",
                agreeCheck, checked, wideCheck, wideChecked);
        assertThat(agreeCheck).as("the benchmark's revise is the shipped chooser's").isEqualTo(checked);
        assertThat(wideCheck).as("the wide fit without extra columns is the shipped fit").isEqualTo(wideChecked);
        int[] rules = new int[6];
        first.values().forEach(l -> KeyTimeRankBenchmark.add(rules, score(l)));
        System.out.printf(Locale.ROOT, "[ktmean] POOLED    | first run (rules) %s | shipped %s | meaning %s%n",
                KeyTimeRankBenchmark.fig(rules), KeyTimeRankBenchmark.fig(poolShip[0]), KeyTimeRankBenchmark.fig(poolMean[0]));
        System.out.println("[ktmean] stating threshold (LOSO first runs): exact / STATED wrong / UNKNOWN kept (of expected); shipped 0.5 unchanged");
        for (int t = 0; t < THRESHOLDS.length; t++)
            System.out.printf(Locale.ROOT, "[ktmean]   P >= %.1f | shipped %s | meaning %s%n", THRESHOLDS[t],
                    KeyTimeRankBenchmark.fig(poolShip[t]), KeyTimeRankBenchmark.fig(poolMean[t]));
        boolean loso = poolMean[0][0] > poolShip[0][0] && poolMean[0][2] <= poolShip[0][2];

        // today's candidates, both models trained on everything (in-sample, as EvidenceStudyTest sees the shipped one)
        List<RankTrainer.Example> base = new ArrayList<>();
        List<WideLogit.Example> wide = new ArrayList<>();
        for (Case c : all) {
            base.addAll(baseExamples(c));
            wide.addAll(wideExamples(c, Set.of(c.set())));
        }
        LearnedPrecedence ship = RankTrainer.train(base, true, l2, steps, rate);
        WideLogit mean = WideLogit.train(wide, l2, steps, rate);
        StringBuilder w = new StringBuilder("[ktmean] meaning weights, trained on everything:");
        double[] mw = mean.weights();
        for (int i = 0; i < MEANING.length; i++)
            w.append(String.format(Locale.ROOT, " %s %+.3f", MEANING[i], mw[LearnedPrecedence.FEATURES.size() + i]));
        System.out.println(w);
        boolean todayOk = true;
        int[] ts = new int[6], tm = new int[6];
        for (Map.Entry<String, List<Case>> e : today.entrySet()) {
            int[] s = new int[6], m = new int[6];
            for (Case c : e.getValue()) {
                double[][][] sem = semantic(c, probe(Kind.STARTED, Set.of()), probe(Kind.DETECTED, Set.of()), probe(Kind.RESOLVED, Set.of()));
                KeyTimeRankBenchmark.add(s, KeyTimeRankBenchmark.score(new LearnedChooser(ship).revise(c.rules(), null, c.created()), c.want()));
                KeyTimeRankBenchmark.add(m, KeyTimeRankBenchmark.score(WideLogit.revise(c.rules(), c.created(),
                        (k, o) -> mean.choose(o.candidates(), widen(o, sem[k.ordinal()]), o.z(), LearnedChooser.LEAST)), c.want()));
            }
            boolean ok = m[0] >= s[0] - 1 && m[2] <= s[2];
            todayOk &= ok;
            KeyTimeRankBenchmark.add(ts, s);
            KeyTimeRankBenchmark.add(tm, m);
            System.out.printf(Locale.ROOT, "[ktmean TODAY] %-10s | shipped %s | meaning %s%s%n", e.getKey(), KeyTimeRankBenchmark.fig(s),
                    KeyTimeRankBenchmark.fig(m), ok ? "" : "  <- breaks the rule");
        }
        System.out.printf(Locale.ROOT, "[ktmean TODAY] POOLED     | shipped %s | meaning %s%n", KeyTimeRankBenchmark.fig(ts), KeyTimeRankBenchmark.fig(tm));
        System.out.printf(Locale.ROOT, "[ktmean] SHIP RULE: LOSO first runs more exact and no more STATED wrong: %s (%d vs %d exact, %d vs %d STATED wrong);"
                        + " today no set loses more than one exact nor gains a STATED wrong: %s => %s%n",
                loso ? "met" : "NOT met", poolMean[0][0], poolShip[0][0], poolMean[0][2], poolShip[0][2], todayOk ? "met" : "NOT met",
                loso && todayOk ? "met (the sealed sets then decide: see the javadoc)" : "DO NOT SHIP");
    }

    private static String key(KeyTimeCandidate c) {
        return c.quote() == null || c.quote().isBlank() ? "." : c.quote().strip();
    }

    private static List<KeyTimeCandidate> present(List<KeyTimeCandidate> cs) {
        List<KeyTimeCandidate> out = new ArrayList<>();
        for (KeyTimeCandidate c : cs) if (c != null && c.at() != null) out.add(c);
        return out;
    }

    private static int[] score(List<Case> cases) {
        int[] s = new int[6];
        for (Case c : cases) KeyTimeRankBenchmark.add(s, KeyTimeRankBenchmark.score(c.rules(), c.want()));
        return s;
    }

    private static boolean sameOutcome(KeyTime a, KeyTime b) {
        return a.known() == b.known() && (!a.known() || KeyTimeCases.sameMinute(a.at(), b.at()) && a.basis() == b.basis());
    }

    /** Adds the case's candidates to its set's Gram matrices (label: at the labelled minute of the kind). */
    private void accumulate(Case c) {
        double[][][] g = gram.computeIfAbsent(c.set(), s -> new double[3][D][D]);
        double[][] b = rhs.computeIfAbsent(c.set(), s -> new double[3][D]);
        for (Kind k : Kind.values())
            for (KeyTimeCandidate kc : present(c.cands().get(k))) {
                double[] x = row(kc);
                double y = KeyTimeCases.sameMinute(kc.at(), c.want().get(k)) ? 1 : 0;
                double[][] gk = g[k.ordinal()];
                for (int i = 0; i < D; i++) {
                    if (x[i] == 0) continue;
                    for (int j = 0; j < D; j++) gk[i][j] += x[i] * x[j];
                    b[k.ordinal()][i] += x[i] * y;
                }
            }
    }

    private double[] row(KeyTimeCandidate c) {
        float[] v = vectors.get(key(c));
        double[] x = new double[D];
        for (int i = 0; i < v.length; i++) x[i] = v[i];
        x[D - 1] = 1;
        return x;
    }

    /** The kind's probe fitted on every set but {@code without}: ridge in closed form (Cholesky), cached. */
    private double[] probe(Kind k, Set<String> without) {
        String id = k + "|" + String.join(",", new java.util.TreeSet<>(without));
        double[] hit = probes.get(id);
        if (hit != null) return hit;
        double[][] a = new double[D][D];
        double[] b = new double[D];
        double[][][] tg = total.computeIfAbsent("gram", x -> sum(s -> gram.get(s), D));
        double[][][] tr = total.computeIfAbsent("rhs", x -> sum(s -> new double[][][]{rhs.get(s)}, 1));
        for (int i = 0; i < D; i++) {
            b[i] = tr[k.ordinal()][0][i];
            System.arraycopy(tg[k.ordinal()][i], 0, a[i], 0, D);
        }
        for (String s : without) {
            if (!gram.containsKey(s)) continue;
            double[][] g = gram.get(s)[k.ordinal()];
            double[] r = rhs.get(s)[k.ordinal()];
            for (int i = 0; i < D; i++) {
                b[i] -= r[i];
                for (int j = 0; j < D; j++) a[i][j] -= g[i][j];
            }
        }
        for (int i = 0; i < D - 1; i++) a[i][i] += RIDGE;
        a[D - 1][D - 1] += 1e-6;
        double[] w = solve(a, b);
        probes.put(id, w);
        return w;
    }

    private final Map<String, double[][][]> total = new HashMap<>();

    /** Every set's matrices added up: for the three kinds, {@code rows} rows of D. */
    private double[][][] sum(java.util.function.Function<String, double[][][]> of, int rows) {
        double[][][] t = new double[3][rows][D];
        for (String s : gram.keySet()) {
            double[][][] m = of.apply(s);
            for (int k = 0; k < 3; k++)
                for (int i = 0; i < rows; i++) for (int j = 0; j < D; j++) t[k][i][j] += rows == 1 ? m[0][k][j] : m[k][i][j];
        }
        return t;
    }

    /** Solves a x = b for symmetric positive definite a (Cholesky, in place). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) d -= a[j][k] * a[j][k];
            if (d <= 0) throw new IllegalStateException("not positive definite");
            a[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= a[i][k] * a[j][k];
                a[i][j] = s / a[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= a[i][k] * y[k];
            y[i] = s / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= a[k][i] * x[k];
            x[i] = s / a[i][i];
        }
        return x;
    }

    private double[] scores(Kind k, List<KeyTimeCandidate> cs, double[] w) {
        double[] s = new double[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            double[] x = row(cs.get(i));
            double d = 0;
            for (int j = 0; j < D; j++) d += w[j] * x[j];
            s[i] = d;
        }
        return s;
    }

    /** The meaning columns of each kind's candidates (in {@link LearnedPrecedence#options}' order), from the given probes. */
    private double[][][] semantic(Case c, double[] started, double[] detected, double[] resolved) {
        double[][] probesByKind = {started, detected, resolved};
        double[][][] out = new double[3][][];
        for (Kind k : Kind.values()) {
            double[] s = scores(k, present(c.cands().get(k)), probesByKind[k.ordinal()]);
            double max = Double.NEGATIVE_INFINITY;
            for (double d : s) max = Math.max(max, d);
            double[][] cols = new double[s.length][];
            for (int i = 0; i < s.length; i++)
                cols[i] = new double[]{Math.max(-1, Math.min(2, s[i])), s[i] - max, s[i] >= max - 1e-9 ? 1 : 0};
            out[k.ordinal()] = cols;
        }
        return out;
    }

    private static double[][] widen(LearnedPrecedence.Options o, double[][] sem) {
        double[][] x = new double[o.x().length][];
        for (int i = 0; i < x.length; i++) {
            double[] r = java.util.Arrays.copyOf(o.x()[i], o.x()[i].length + MEANING.length);
            System.arraycopy(sem[i], 0, r, o.x()[i].length, MEANING.length);
            x[i] = r;
        }
        return x;
    }

    /** The shipped model's training rows for one case (stacked: told the rules' pick), as KeyTimeRankBenchmark makes them. */
    private static List<RankTrainer.Example> baseExamples(Case c) {
        List<RankTrainer.Example> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            KeyTime p = k.in(c.rules());
            LearnedPrecedence.Options o = LearnedPrecedence.options(k, c.cands(), c.created(), p.known() ? p.at() : null);
            out.add(new RankTrainer.Example(o, right(o.candidates(), c.want().get(k))));
        }
        return out;
    }

    /** The meaning model's rows: the shipped rows with the meaning columns from a probe fitted without {@code without}. */
    private List<WideLogit.Example> wideExamples(Case c, Set<String> without) {
        double[][][] sem = semantic(c, probe(Kind.STARTED, without), probe(Kind.DETECTED, without), probe(Kind.RESOLVED, without));
        List<WideLogit.Example> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            KeyTime p = k.in(c.rules());
            LearnedPrecedence.Options o = LearnedPrecedence.options(k, c.cands(), c.created(), p.known() ? p.at() : null);
            out.add(new WideLogit.Example(o.candidates(), widen(o, sem[k.ordinal()]), o.z(), right(o.candidates(), c.want().get(k))));
        }
        return out;
    }

    private static boolean[] right(List<KeyTimeCandidate> cs, Instant want) {
        boolean[] right = new boolean[cs.size() + 1];
        boolean any = false;
        for (int i = 0; i < cs.size(); i++) any |= right[i] = KeyTimeCases.sameMinute(cs.get(i).at(), want);
        if (!any) right[cs.size()] = true;
        return right;
    }
}
