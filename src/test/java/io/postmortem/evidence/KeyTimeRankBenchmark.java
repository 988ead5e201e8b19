package io.postmortem.evidence;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.evidence.keytimes.LearnedChooser;
import io.postmortem.evidence.keytimes.LearnedPrecedence;
import io.postmortem.evidence.keytimes.Precedence;
import io.postmortem.evidence.keytimes.RankTrainer;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, learned precedence (experiment): can a small model ranking each key time's candidates (plus "unknown"),
 * trained on the labelled study sets, beat the hand-written {@link Precedence} on sets it was not trained on?
 * Leave one set out over every opened study set (dev, held-out 1 .. 26; never the sealed ones): for each set, the model
 * is trained on all the others and chooses on the set left out, from the same candidate lists Precedence chose from
 * (as kept on the key times). Printed per set and pooled: exact key times, wrong picks the engine labels STATED (a time
 * given to an expected UNKNOWN counts), UNKNOWNs kept; for Precedence as the engine ran it, Precedence again on the
 * kept lists, the model alone ("learned") and the model told what Precedence chose ("stacked"). Precedence was tuned
 * on every set here but held-out 26, so it is in-sample on 26 of the 27 folds; the first-run regime (study/firstrun/:
 * the candidates and picks of the rules that had not read the set) is the unseen comparison: each set's first-run
 * candidates chosen by the fold's models against the first run's own picks. Then the same with the models trained on
 * the first runs themselves (leaving the set out), which also gives a calibrated "is Precedence's STATED pick right?"
 * compared with {@code times.disputed} (catch of wrong picks against false alarms, on the first runs and on today's
 * picks), and last the models trained on both regimes (every other set's candidates of today and of its first run),
 * judged on both. Every model is trained deterministically (plain gradient descent from zero), so the figures repeat.
 * A newly opened set joins by itself (its heldoutN.txt); its first run with {@code -Dktrank.firstruns=<file in
 * study/firstrun/>}. The README's "Learned precedence" says which variant ships (both regimes, stacked) and why; the
 * rules' side here is the rules alone ({@code KeyTimeCases} reads with {@code new EvidenceEngine(clock, null)}).
 * On demand (about a minute and a half, most of it running the engine on the 280 incidents):
 * {@code ./mvnw -B -o test -Dtest=KeyTimeRankBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class KeyTimeRankBenchmark {

    /** The penalty and the steps (fixed before any figure; {@code -Dktrank.l2=} and {@code -Dktrank.steps=} to check the result does not hang on them). */
    static final double L2 = Double.parseDouble(System.getProperty("ktrank.l2", "0.01"));
    static final int STEPS = Integer.getInteger("ktrank.steps", 600);
    static final double RATE = 0.5;
    /**
     * The model states a time only when its minute is right with probability 0.5 or more (fixed before any figure was
     * seen: a wrong time costs as much as a right one gains); {@code -Dktrank.least=} prints another threshold.
     */
    static final double LEAST = Double.parseDouble(System.getProperty("ktrank.least", "0.5"));

    /** {exact, known expected, STATED wrong, STATED, UNKNOWN kept, UNKNOWN expected}. */
    static int[] score(KeyTimes got, Map<Kind, Instant> want) {
        int[] s = new int[6];
        for (Kind k : Kind.values()) {
            KeyTime t = KeyTimeCases.time(got, k);
            Instant w = want.get(k);
            boolean exact = w != null && t.known() && KeyTimeCases.sameMinute(t.at(), w);
            if (w != null) {
                s[1]++;
                if (exact) s[0]++;
            } else {
                s[5]++;
                if (!t.known()) s[4]++;
            }
            if (t.known() && t.basis() == KeyTime.Basis.STATED) {
                s[3]++;
                if (!exact) s[2]++;
            }
        }
        return s;
    }

    static void add(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) a[i] += b[i];
    }

    static String fig(int[] s) {
        return String.format(Locale.ROOT, "%3d/%-3d wrong %2d/%-3d unk %2d/%-2d", s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    static List<RankTrainer.Example> examples(List<KeyTimeCases.Incident> incs, boolean stacked) {
        List<RankTrainer.Example> out = new ArrayList<>();
        for (KeyTimeCases.Incident inc : incs) {
            KeyTimes prec = Precedence.choose(inc.candidates());
            for (Kind k : Kind.values()) {
                KeyTime p = KeyTimeCases.time(prec, k);
                LearnedPrecedence.Options o = LearnedPrecedence.options(k, inc.candidates(), inc.created(), stacked && p.known() ? p.at() : null);
                boolean[] right = new boolean[o.candidates().size() + 1];
                boolean any = false;
                for (int i = 0; i < o.candidates().size(); i++)
                    any |= right[i] = KeyTimeCases.sameMinute(o.candidates().get(i).at(), inc.want().get(k));
                if (!any) right[o.candidates().size()] = true;
                out.add(new RankTrainer.Example(o, right));
            }
        }
        return out;
    }

    @Test
    void leaveOneSetOutLearnedAgainstPrecedence() {
        Map<String, List<KeyTimeCases.Incident>> bySet = new LinkedHashMap<>();
        for (String set : KeyTimeCases.sets()) bySet.put(set, KeyTimeCases.load(set));
        int incidents = 0, withCandidates = 0, sameAsEngine = 0, keyTimes = 0;
        for (List<KeyTimeCases.Incident> l : bySet.values())
            for (KeyTimeCases.Incident inc : l) {
                incidents++;
                KeyTimes again = Precedence.choose(inc.candidates());
                for (Kind k : Kind.values()) {
                    keyTimes++;
                    if (!inc.candidates().get(k).isEmpty()) withCandidates++;
                    KeyTime a = KeyTimeCases.time(again, k), e = KeyTimeCases.time(inc.engine(), k);
                    if (a.known() == e.known() && (!a.known() || KeyTimeCases.sameMinute(a.at(), e.at()) && a.basis() == e.basis())) sameAsEngine++;
                }
            }
        System.out.printf(Locale.ROOT, "[ktrank] %d sets, %d incidents, %d key times (%d with candidates); Precedence on the kept lists gives the engine's pick on %d%n",
                bySet.size(), incidents, keyTimes, withCandidates, sameAsEngine);
        assertThat(bySet.size()).as("opened study sets").isGreaterThanOrEqualTo(20);
        assertThat(withCandidates).as("key times with candidates").isGreaterThan(keyTimes / 2);
        assertThat(sameAsEngine).as("Precedence on the kept lists chooses what the engine chose (the lists are what it chose from)").isEqualTo(keyTimes);

        Map<String, List<RankTrainer.Example>> plain = new LinkedHashMap<>(), stacked = new LinkedHashMap<>();
        bySet.forEach((s, l) -> {
            plain.put(s, examples(l, false));
            stacked.put(s, examples(l, true));
        });
        String[] names = {"engine", "precedence", "learned", "stacked"};
        int[][] pooled = new int[4][6];
        int[][] vsPrec = new int[2][3]; // learned / stacked: sets better, same, worse (by exact, then fewer STATED wrong)
        Map<String, LearnedPrecedence[]> folds = new LinkedHashMap<>();
        int[][][] sens = new int[OTHER.length][2][6];
        int[][] flagLoso = new int[3][4];
        int[] placedLabels = new int[6];
        System.out.println("[ktrank] LOSO per set: exact/known, STATED wrong/STATED, UNKNOWN kept/expected");
        for (String held : bySet.keySet()) {
            List<RankTrainer.Example> tp = new ArrayList<>(), ts = new ArrayList<>();
            for (String s : bySet.keySet()) if (!s.equals(held)) {
                tp.addAll(plain.get(s));
                ts.addAll(stacked.get(s));
            }
            LearnedPrecedence mp = RankTrainer.train(tp, false, L2, STEPS, RATE), ms = RankTrainer.train(ts, true, L2, STEPS, RATE);
            folds.put(held, new LearnedPrecedence[]{mp, ms});
            int[][] f = new int[4][6];
            for (KeyTimeCases.Incident inc : bySet.get(held)) {
                KeyTimes prec = Precedence.choose(inc.candidates());
                add(f[0], score(inc.engine(), inc.want()));
                add(f[1], score(prec, inc.want()));
                add(f[2], score(mp.choose(inc.candidates(), inc.created(), prec, LEAST), inc.want()));
                add(f[3], score(ms.choose(inc.candidates(), inc.created(), prec, LEAST), inc.want()));
                add(placedLabels, score(Precedence.placedStateLess(ms.choose(inc.candidates(), inc.created(), prec, LEAST)), inc.want()));
            }
            for (KeyTimeCases.Incident inc : bySet.get(held)) {
                KeyTimes prec = Precedence.choose(inc.candidates());
                for (int t = 0; t < OTHER.length; t++) {
                    add(sens[t][0], score(mp.choose(inc.candidates(), inc.created(), prec, OTHER[t]), inc.want()));
                    add(sens[t][1], score(ms.choose(inc.candidates(), inc.created(), prec, OTHER[t]), inc.want()));
                }
                flags(flagLoso, mp, ms, inc.candidates(), inc.created(), inc.engine(), inc.want());
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[ktrank] %-10s", held));
            for (int i = 0; i < 4; i++) {
                add(pooled[i], f[i]);
                line.append(" | ").append(names[i]).append(' ').append(fig(f[i]));
            }
            System.out.println(line);
            for (int m = 0; m < 2; m++) {
                int[] a = f[2 + m], b = f[1];
                int cmp = a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[2], a[2]);
                vsPrec[m][cmp > 0 ? 0 : cmp == 0 ? 1 : 2]++;
            }
        }
        StringBuilder line = new StringBuilder("[ktrank] POOLED    ");
        for (int i = 0; i < 4; i++) line.append(" | ").append(names[i]).append(' ').append(fig(pooled[i]));
        System.out.println(line);
        System.out.printf(Locale.ROOT, "[ktrank] sets where the model beats / ties / loses to Precedence (exact, then fewer STATED wrong): learned %d/%d/%d, stacked %d/%d/%d%n",
                vsPrec[0][0], vsPrec[0][1], vsPrec[0][2], vsPrec[1][0], vsPrec[1][1], vsPrec[1][2]);

        for (int t = 0; t < OTHER.length; t++)
            System.out.printf(Locale.ROOT, "[ktrank] POOLED at least %.2f (sensitivity, not chosen on these figures) | learned %s | stacked %s%n",
                    OTHER[t], fig(sens[t][0]), fig(sens[t][1]));
        System.out.println("[ktrank] POOLED stacked with phase 37's labels (Precedence.placedStateLess) | " + fig(placedLabels));
        printFlags("[ktrank] LOSO", flagLoso);
        List<FirstRun> runs = firstRuns(folds);
        trainedOnFirstRuns(runs, bySet);
        bothRegimes(runs, bySet);
        printWeights(runs, bySet, false);
        printWeights(runs, bySet, true);
    }

    /** The thresholds {@link #statingThresholdByCost} weighs (fixed with its rule). */
    static final double[] STATING = {0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90};

    /**
     * The cost of one set of key times against the labels (issue 15: "a facilitator that states a wrong time with
     * confidence is worse than one that says unknown"): a known minute not given 1, a STATED minute that is wrong 1 more
     * (2 in all), a time given where the truth is UNKNOWN 1 (2 when STATED). From {@link #score}: (known - exact) +
     * STATED wrong + (UNKNOWN expected - UNKNOWN kept).
     */
    static int cost(int[] s) {
        return (s[1] - s[0]) + s[2] + (s[5] - s[4]);
    }

    /**
     * Issue 15, session 14: the stating threshold chosen by a rule fixed before this method first ran (the 0.1-step
     * table of phase 22, 533 known key times, had been seen; the 0.05 grid, this cost and the ship test had not). The
     * shipped model's regime ("both regimes, stacked": trained on every other set's candidates of today and first run),
     * each set's first run judged by the model trained without that set; for each threshold of {@link #STATING} the
     * pooled {@link #cost}; the lowest wins, a tie going to the lower threshold. It ships only if, on the still-sealed
     * sets scored by the study with the shipped weights, the summed cost at the pick is lower than at 0.5 (README). Session
     * 14: it picked 0.75, the sealed sets agreed (46 against 48), and it was not shipped ({@link LearnedChooser#LEAST} says why).
     */
    @Test
    void statingThresholdByCost() {
        Map<String, List<KeyTimeCases.Incident>> today = new LinkedHashMap<>();
        for (String set : KeyTimeCases.sets()) today.put(set, KeyTimeCases.load(set));
        List<FirstRun> runs = new ArrayList<>();
        for (String file : FIRST_RUN_FILES) runs.addAll(loadFirstRuns(file));
        int[][] pooled = new int[STATING.length][6];
        int[] rules = new int[6];
        for (String held : runs.stream().map(FirstRun::set).distinct().toList()) {
            LearnedPrecedence m = trainedWithout(held, today, runs, true);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[ktrank STATING] %-10s", held));
            for (int t = 0; t < STATING.length; t++) {
                int[] f = new int[6];
                for (FirstRun r : runs) if (r.set().equals(held)) {
                    if (t == 0) add(rules, score(r.first(), r.want()));
                    add(f, score(m.choose(r.cands(), r.created(), r.first(), STATING[t]), r.want()));
                }
                add(pooled[t], f);
                line.append(String.format(Locale.ROOT, " | %.2f cost %d", STATING[t], cost(f)));
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "[ktrank STATING] POOLED the first runs' own rules: %s cost %d%n", fig(rules), cost(rules));
        int best = 0;
        for (int t = 0; t < STATING.length; t++) {
            System.out.printf(Locale.ROOT, "[ktrank STATING] POOLED at least %.2f: %s cost %d%n", STATING[t], fig(pooled[t]), cost(pooled[t]));
            if (cost(pooled[t]) < cost(pooled[best])) best = t;
        }
        System.out.printf(Locale.ROOT, "[ktrank STATING] the rule's pick: %.2f (cost %d against %d at 0.50); shipped: %.2f%n",
                STATING[best], cost(pooled[best]), cost(pooled[0]), LearnedChooser.LEAST);
        assertThat(pooled[0][1]).as("known key times in the first runs").isGreaterThan(500);
    }

    /** One first-run key time as the stating decision sees it: the features of the fold's pick and what each answer costs. */
    record StatingRow(String set, double[] x, double p, boolean right, int costStated, int costUnknown) {
    }

    /** Steps and penalty of the stating calibration's fit (fixed before its first figure). */
    static final int CAL_STEPS = 1500;
    static final double CAL_L2 = 0.01, CAL_RATE = 0.5;

    /**
     * The stating decision's rows: for each set with a first run, its key times chosen by the shipped regime's ranker
     * trained without that set (both regimes, stacked), each with the pick's features, its ranker probability, whether it
     * is right and what stating it or leaving it UNKNOWN costs by the ship rules (a known key time STATED at a wrong
     * minute 2, otherwise not exact 1, an UNKNOWN truth given a time 1).
     */
    static List<StatingRow> statingRows(Map<String, List<KeyTimeCases.Incident>> today, List<FirstRun> runs) {
        List<StatingRow> rows = new ArrayList<>();
        for (String held : runs.stream().map(FirstRun::set).distinct().toList()) {
            LearnedPrecedence m = trainedWithout(held, today, runs, true);
            for (FirstRun r : runs) if (r.set().equals(held)) rows.addAll(statingRows(held, m, r.cands(), r.created(), r.first(), r.want()));
        }
        return rows;
    }

    static List<StatingRow> statingRows(String set, LearnedPrecedence m, Map<Kind, List<KeyTimeCandidate>> cands, Instant created, KeyTimes rules,
                                        Map<Kind, Instant> want) {
        List<StatingRow> rows = new ArrayList<>();
        for (Kind k : Kind.values()) {
            KeyTime p = KeyTimeCases.time(rules, k);
            Instant pick = p.known() ? p.at() : null;
            LearnedPrecedence.Options o = LearnedPrecedence.options(k, cands, created, pick);
            LearnedPrecedence.Ranked best = m.rank(o);
            Instant w = want.get(k);
            int unknown = w != null ? 1 : 0;
            if (best.best() == null) {
                rows.add(new StatingRow(set, null, 0, false, unknown, unknown));
                continue;
            }
            KeyTimeCandidate c = best.best();
            boolean right = w != null && KeyTimeCases.sameMinute(c.at(), w);
            int stated = w == null ? 1 : right ? 0 : c.basis() == KeyTime.Basis.STATED ? 2 : 1;
            rows.add(new StatingRow(set, io.postmortem.evidence.keytimes.StatingCalibration.features(k, best, o.candidates(), pick), best.p(), right,
                    stated, unknown));
        }
        return rows;
    }

    /**
     * Phase 35: when is a pick STATED at all? On the first runs (the regime of unseen text), leave one set out twice over:
     * each set's key times are picked by the ranker trained without it, and the stating calibration deciding them is
     * trained on the other sets' rows only. Printed per set and pooled: the cost (ship rules) of the ranker's threshold
     * on its own probability (0.5 as shipped, and the grid of {@link #STATING}) against the calibrated decision (state
     * when right with probability {@value io.postmortem.evidence.keytimes.StatingCalibration#STATE_AT} or more); then
     * the calibrated decision without each feature in turn (which features carry across sets).
     */
    @Test
    void statingCalibratedByCost() {
        Map<String, List<KeyTimeCases.Incident>> today = new LinkedHashMap<>();
        for (String set : KeyTimeCases.sets()) today.put(set, KeyTimeCases.load(set));
        List<FirstRun> runs = new ArrayList<>();
        for (String file : FIRST_RUN_FILES) runs.addAll(loadFirstRuns(file));
        List<StatingRow> rows = statingRows(today, runs);
        List<String> sets = rows.stream().map(StatingRow::set).distinct().toList();
        int[] byThreshold = new int[STATING.length];
        int calibrated = 0, stated = 0, statedWrong = 0, exact = 0, rulesCost = 0;
        for (String held : sets) {
            io.postmortem.evidence.keytimes.StatingCalibration cal = calibrationWithout(held, rows, -1);
            int c = 0;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[ktrank CALIBRATED] %-10s", held));
            int[] t = new int[STATING.length];
            for (StatingRow r : rows) if (r.set().equals(held)) {
                for (int i = 0; i < STATING.length; i++) t[i] += r.x() != null && r.p() >= STATING[i] ? r.costStated() : r.costUnknown();
                boolean state = r.x() != null && cal.probability(r.x()) >= io.postmortem.evidence.keytimes.StatingCalibration.STATE_AT;
                c += state ? r.costStated() : r.costUnknown();
                if (state) {
                    stated++;
                    if (r.costStated() == 2) statedWrong++;
                    if (r.right()) exact++;
                }
            }
            for (int i = 0; i < STATING.length; i++) byThreshold[i] += t[i];
            calibrated += c;
            line.append(String.format(Locale.ROOT, " | ranker at 0.50 cost %d, at 0.65 %d | calibrated cost %d", t[0], t[3], c));
            System.out.println(line);
        }
        StringBuilder grid = new StringBuilder("[ktrank CALIBRATED] POOLED ranker threshold:");
        for (int i = 0; i < STATING.length; i++) grid.append(String.format(Locale.ROOT, " %.2f cost %d;", STATING[i], byThreshold[i]));
        System.out.println(grid);
        System.out.printf(Locale.ROOT, "[ktrank CALIBRATED] POOLED calibrated: cost %d (stated %d, of them a known key time at a wrong minute %d; exact %d)%n",
                calibrated, stated, statedWrong, exact);
        // the threshold chosen without the set it is judged on: for each set, the grid's cheapest threshold on every other
        // set's rows (a tie to the lower), applied to the set left out
        int nested = 0;
        StringBuilder picks = new StringBuilder();
        for (String held : sets) {
            int[] other = new int[STATING.length], own = new int[STATING.length];
            for (StatingRow r : rows)
                for (int i = 0; i < STATING.length; i++) {
                    int c = r.x() != null && r.p() >= STATING[i] ? r.costStated() : r.costUnknown();
                    if (r.set().equals(held)) own[i] += c;
                    else other[i] += c;
                }
            int best = 0;
            for (int i = 1; i < STATING.length; i++) if (other[i] < other[best]) best = i;
            nested += own[best];
            picks.append(String.format(Locale.ROOT, " %s %.2f;", held, STATING[best]));
        }
        System.out.printf(Locale.ROOT, "[ktrank CALIBRATED] POOLED ranker threshold chosen without the set judged: cost %d (against %d at 0.50); picks:%s%n",
                nested, byThreshold[0], picks);
        if (Boolean.getBoolean("ktrank.ablate"))
            for (int f = 1; f < io.postmortem.evidence.keytimes.StatingCalibration.FEATURES.size(); f++) {
                int c = 0;
                for (String held : sets) {
                    io.postmortem.evidence.keytimes.StatingCalibration cal = calibrationWithout(held, rows, f);
                    for (StatingRow r : rows) if (r.set().equals(held)) {
                        double[] x = r.x() == null ? null : r.x().clone();
                        if (x != null) x[f] = 0;
                        c += x != null && cal.probability(x) >= io.postmortem.evidence.keytimes.StatingCalibration.STATE_AT ? r.costStated() : r.costUnknown();
                    }
                }
                System.out.printf(Locale.ROOT, "[ktrank CALIBRATED] without %s: cost %d (with every feature %d)%n",
                        io.postmortem.evidence.keytimes.StatingCalibration.FEATURES.get(f), c, calibrated);
            }
    }

    /** The ship rules' cost of key times against the labels: a known key time STATED wrong 2, otherwise not exact 1, an UNKNOWN truth given a time 1. */
    static int shipCost(KeyTimes got, Map<Kind, Instant> want) {
        int c = 0;
        for (Kind k : Kind.values()) {
            KeyTime t = KeyTimeCases.time(got, k);
            Instant w = want.get(k);
            boolean exact = w != null && t.known() && KeyTimeCases.sameMinute(t.at(), w);
            if (w == null) c += t.known() ? 1 : 0;
            else if (!exact) c += t.known() && t.basis() == KeyTime.Basis.STATED ? 2 : 1;
        }
        return c;
    }

    /** Groups of the ranker's features, by what they read (phase 35's question: which carry across sets). */
    static final Map<String, java.util.function.Predicate<String>> FEATURE_GROUPS = new LinkedHashMap<>();
    static {
        FEATURE_GROUPS.put("none", f -> false);
        FEATURE_GROUPS.put("reason categories (reason.*)", f -> f.startsWith("reason."));
        FEATURE_GROUPS.put("statement kind and basis", f -> f.startsWith("statement.") || f.equals("inferred") || f.equals("approximate"));
        FEATURE_GROUPS.put("source type (src.*)", f -> f.startsWith("src."));
        FEATURE_GROUPS.put("order in time", f -> List.of("firstChoosable", "rankChoosable", "firstContender", "rankSameStatement", "logMinFromFirst",
                "logMinToLast").contains(f));
        FEATURE_GROUPS.put("confidence", f -> List.of("confidence", "confGap", "contender", "choosable").contains(f));
        FEATURE_GROUPS.put("agreement", f -> List.of("agreeSameKind", "machineNear", "otherKindNear").contains(f));
        FEATURE_GROUPS.put("ticket and writing times", f -> List.of("afterCreation", "logMinFromCreation", "logDelay", "noWrittenAt").contains(f));
        FEATURE_GROUPS.put("the rules' pick", f -> f.equals("precedencePick"));
    }

    private static List<RankTrainer.Example> without(List<RankTrainer.Example> ex, boolean[] drop) {
        List<RankTrainer.Example> out = new ArrayList<>();
        for (RankTrainer.Example e : ex) {
            double[][] x = new double[e.options().x().length][];
            for (int i = 0; i < x.length; i++) {
                x[i] = e.options().x()[i].clone();
                for (int j = 0; j < drop.length; j++) if (drop[j]) x[i][j] = 0;
            }
            out.add(new RankTrainer.Example(new LearnedPrecedence.Options(e.options().kind(), e.options().candidates(), x, e.options().z()), e.right()));
        }
        return out;
    }

    /**
     * Phase 35: which of the ranker's feature groups carry across sets. For each group, the shipped regime (both regimes,
     * stacked, stating at {@link #LEAST}) trained without it, leave one set out on every first run: the pooled cost by the
     * ship rules (and exact, STATED wrong). A group whose removal lowers the cost learned something that does not carry
     * over. On demand: {@code -Dtest=KeyTimeRankBenchmark#rankerFeatureGroupsLeftOut} (about a quarter of an hour).
     */
    @Test
    void rankerFeatureGroupsLeftOut() {
        Map<String, List<KeyTimeCases.Incident>> today = new LinkedHashMap<>();
        for (String set : KeyTimeCases.sets()) today.put(set, KeyTimeCases.load(set));
        List<FirstRun> runs = new ArrayList<>();
        for (String file : FIRST_RUN_FILES) runs.addAll(loadFirstRuns(file));
        Map<String, List<RankTrainer.Example>> exToday = new LinkedHashMap<>(), exFirst = new LinkedHashMap<>();
        today.forEach((set, incs) -> exToday.put(set, examples(incs, true)));
        for (FirstRun r : runs) exFirst.computeIfAbsent(r.set(), k -> new ArrayList<>()).addAll(examples(r, true));
        List<String> sets = runs.stream().map(FirstRun::set).distinct().toList();
        for (Map.Entry<String, java.util.function.Predicate<String>> g : FEATURE_GROUPS.entrySet()) {
            boolean[] drop = new boolean[LearnedPrecedence.FEATURES.size()];
            for (int j = 0; j < drop.length; j++) drop[j] = g.getValue().test(LearnedPrecedence.FEATURES.get(j));
            int cost = 0;
            int[] f = new int[6];
            for (String held : sets) {
                List<RankTrainer.Example> ex = new ArrayList<>();
                exToday.forEach((set, l) -> { if (!set.equals(held)) ex.addAll(l); });
                exFirst.forEach((set, l) -> { if (!set.equals(held)) ex.addAll(l); });
                LearnedPrecedence m = RankTrainer.train(without(ex, drop), true, L2, STEPS, RATE);
                // the dropped columns are zero in training, so their weights stay zero: choosing on full rows is the same
                for (FirstRun r : runs) if (r.set().equals(held)) {
                    KeyTimes got = m.choose(r.cands(), r.created(), r.first(), LEAST);
                    cost += shipCost(got, r.want());
                    add(f, score(got, r.want()));
                }
            }
            System.out.printf(Locale.ROOT, "[ktrank GROUPS] without %-30s first runs, leave one set out: cost %d | %s%n", g.getKey(), cost, fig(f));
        }
    }

    /** The stating calibration fitted on every set's rows but {@code held}'s ({@code null}: none), feature {@code dropped} held at zero (-1: none). */
    static io.postmortem.evidence.keytimes.StatingCalibration calibrationWithout(String held, List<StatingRow> rows, int dropped) {
        List<double[]> xs = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (StatingRow r : rows) if (!r.set().equals(held) && r.x() != null) {
            double[] x = r.x().clone();
            if (dropped >= 0) x[dropped] = 0;
            xs.add(x);
            right.add(r.right());
        }
        return io.postmortem.evidence.keytimes.StatingCalibration.fit(xs, right, CAL_L2, CAL_STEPS, CAL_RATE);
    }

    /**
     * Both regimes at once: for each set, the model trained on every other set's candidates of today and of its first
     * run, judged on the set's candidates of today (against Precedence) and on its first run (against the first run's
     * picks); the model given what Precedence chose ("stacked") and the model alone.
     */
    private static void bothRegimes(List<FirstRun> runs, Map<String, List<KeyTimeCases.Incident>> today) {
        String[] names = {"learned", "stacked"};
        int[][] tPrec = new int[1][6], tModel = new int[2][6], fFirst = new int[1][6], fModel = new int[2][6];
        int[][] vsToday = new int[2][3], vsFirst = new int[2][3];
        for (String held : today.keySet()) {
            LearnedPrecedence[] m = new LearnedPrecedence[2];
            for (int v = 0; v < 2; v++) m[v] = trainedWithout(held, today, runs, v == 1);
            int[] p = new int[6];
            int[][] mt = new int[2][6];
            for (KeyTimeCases.Incident inc : today.get(held)) {
                KeyTimes prec = Precedence.choose(inc.candidates());
                add(p, score(prec, inc.want()));
                for (int v = 0; v < 2; v++) add(mt[v], score(m[v].choose(inc.candidates(), inc.created(), prec, LEAST), inc.want()));
            }
            add(tPrec[0], p);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[ktrank BOTH REGIMES] %-10s today: precedence %s", held, fig(p)));
            for (int v = 0; v < 2; v++) {
                add(tModel[v], mt[v]);
                line.append(" | ").append(names[v]).append(' ').append(fig(mt[v]));
                vsToday[v][compare(mt[v], p)]++;
            }
            int[] fr = new int[6];
            int[][] mf = new int[2][6];
            boolean any = false;
            for (FirstRun r : runs) if (r.set().equals(held)) {
                any = true;
                add(fr, score(r.first(), r.want()));
                for (int v = 0; v < 2; v++) add(mf[v], score(m[v].choose(r.cands(), r.created(), r.first(), LEAST), r.want()));
            }
            if (any) {
                add(fFirst[0], fr);
                line.append(" || first run: rules ").append(fig(fr));
                for (int v = 0; v < 2; v++) {
                    add(fModel[v], mf[v]);
                    line.append(" | ").append(names[v]).append(' ').append(fig(mf[v]));
                    vsFirst[v][compare(mf[v], fr)]++;
                }
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "[ktrank BOTH REGIMES] POOLED today: precedence %s | learned %s | stacked %s; sets beaten / tied / lost: learned %d/%d/%d, stacked %d/%d/%d%n",
                fig(tPrec[0]), fig(tModel[0]), fig(tModel[1]), vsToday[0][0], vsToday[0][1], vsToday[0][2], vsToday[1][0], vsToday[1][1], vsToday[1][2]);
        System.out.printf(Locale.ROOT, "[ktrank BOTH REGIMES] POOLED first runs: rules %s | learned %s | stacked %s; sets beaten / tied / lost: learned %d/%d/%d, stacked %d/%d/%d%n",
                fig(fFirst[0]), fig(fModel[0]), fig(fModel[1]), vsFirst[0][0], vsFirst[0][1], vsFirst[0][2], vsFirst[1][0], vsFirst[1][1], vsFirst[1][2]);
    }

    /**
     * The shipped model's regime ("both regimes"): trained on every set's candidates of today and every first run, but
     * {@code held}'s ({@code null}: none held out), today's first and in the sets' order.
     */
    private static LearnedPrecedence trainedWithout(String held, Map<String, List<KeyTimeCases.Incident>> today, List<FirstRun> runs,
                                                    boolean stacked) {
        List<RankTrainer.Example> ex = new ArrayList<>();
        today.forEach((set, incs) -> {
            if (!set.equals(held)) ex.addAll(examples(incs, stacked));
        });
        for (FirstRun r : runs) if (!r.set().equals(held)) ex.addAll(examples(r, stacked));
        return RankTrainer.train(ex, stacked, L2, STEPS, RATE);
    }

    /** The heaviest weights of the model trained on everything opened, both regimes (what it learned, to read). */
    private static void printWeights(List<FirstRun> runs, Map<String, List<KeyTimeCases.Incident>> today, boolean stacked) {
        String text = trainedWithout(null, today, runs, stacked).write();
        List<String[]> rows = new ArrayList<>();
        for (String l : text.split("\n")) if (!l.startsWith("#") && !l.startsWith("stacked")) rows.add(l.split(" "));
        rows.sort((a, b) -> Double.compare(Math.abs(Double.parseDouble(b[1])), Math.abs(Double.parseDouble(a[1]))));
        StringBuilder b = new StringBuilder("[ktrank WEIGHTS, " + (stacked ? "stacked" : "learned") + ", trained on everything opened]");
        for (int i = 0; i < Math.min(14, rows.size()); i++)
            b.append(String.format(Locale.ROOT, " %s %+.2f;", rows.get(i)[0], Double.parseDouble(rows.get(i)[1])));
        System.out.println(b);
    }

    /** 0: the model beats the rules on the set (more exact, or as many with fewer STATED wrong), 1: ties, 2: loses. */
    static int compare(int[] model, int[] rules) {
        int cmp = model[0] != rules[0] ? Integer.compare(model[0], rules[0]) : Integer.compare(rules[2], model[2]);
        return cmp > 0 ? 0 : cmp == 0 ? 1 : 2;
    }

    static final double[] OTHER = {0.3, 0.4, 0.6, 0.7};

    /**
     * Is Precedence's STATED pick right? times.disputed's flag against the models' probability of the pick's minute
     * below {@link #LEAST}: {wrong flagged, wrong, right flagged, right} for disputed, learned, stacked.
     */
    static void flags(int[][] f, LearnedPrecedence mp, LearnedPrecedence ms, Map<Kind, List<KeyTimeCandidate>> cands, Instant created,
                      KeyTimes picks, Map<Kind, Instant> want) {
        for (Kind k : Kind.values()) {
            KeyTime t = KeyTimeCases.time(picks, k);
            if (!t.known() || t.basis() != KeyTime.Basis.STATED) continue;
            boolean right = want.get(k) != null && KeyTimeCases.sameMinute(t.at(), want.get(k));
            boolean[] flagged = {
                    io.postmortem.postmortem.KeyTimeAgreement.disputedBy(k.name().toLowerCase(Locale.ROOT), picks) != null,
                    mp.probabilityOf(LearnedPrecedence.options(k, cands, created, null), t.at()) < LEAST,
                    ms.probabilityOf(LearnedPrecedence.options(k, cands, created, t.at()), t.at()) < LEAST};
            for (int i = 0; i < 3; i++) {
                f[i][right ? 3 : 1]++;
                if (flagged[i]) f[i][right ? 2 : 0]++;
            }
        }
    }

    static void printFlags(String p, int[][] f) {
        String[] names = {"times.disputed", "learned P<least", "stacked P<least"};
        StringBuilder b = new StringBuilder(p + " is the STATED pick right? wrong flagged / wrong, right flagged / right:");
        for (int i = 0; i < 3; i++) b.append(String.format(Locale.ROOT, " | %s %d/%d, false alarms %d/%d", names[i], f[i][0], f[i][1], f[i][2], f[i][3]));
        System.out.println(b);
    }

    /** The first-run regime: candidates and picks of the rules that had not read the set, chosen again by the fold's models. */
    record FirstRun(String set, Map<Kind, List<KeyTimeCandidate>> cands, Instant created, KeyTimes first, Map<Kind, Instant> want) {
    }

    static List<RankTrainer.Example> examples(FirstRun r, boolean stacked) {
        List<RankTrainer.Example> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            KeyTime p = KeyTimeCases.time(r.first(), k);
            LearnedPrecedence.Options o = LearnedPrecedence.options(k, r.cands(), r.created(), stacked && p.known() ? p.at() : null);
            boolean[] right = new boolean[o.candidates().size() + 1];
            boolean any = false;
            for (int i = 0; i < o.candidates().size(); i++) any |= right[i] = KeyTimeCases.sameMinute(o.candidates().get(i).at(), r.want().get(k));
            if (!any) right[o.candidates().size()] = true;
            out.add(new RankTrainer.Example(o, right));
        }
        return out;
    }

    /**
     * The models trained on the first runs themselves (the regime of unseen text: the rules' candidates and picks before
     * they read the set), leaving one set out: for each set with a first run, trained on the other sets' first runs.
     */
    private static void trainedOnFirstRuns(List<FirstRun> runs, Map<String, List<KeyTimeCases.Incident>> today) {
        List<String> sets = runs.stream().map(FirstRun::set).distinct().toList();
        int[][] total = new int[3][6];
        int[][] flag = new int[3][4];
        int[] vs = new int[3];
        Map<String, LearnedPrecedence[]> byHeld = new LinkedHashMap<>();
        for (String held : sets) {
            List<RankTrainer.Example> tp = new ArrayList<>(), ts = new ArrayList<>();
            for (FirstRun r : runs) if (!r.set().equals(held)) {
                tp.addAll(examples(r, false));
                ts.addAll(examples(r, true));
            }
            LearnedPrecedence mp = RankTrainer.train(tp, false, L2, STEPS, RATE), ms = RankTrainer.train(ts, true, L2, STEPS, RATE);
            byHeld.put(held, new LearnedPrecedence[]{mp, ms});
            int[][] f = new int[3][6];
            int[][] fl = new int[3][4];
            for (FirstRun r : runs) if (r.set().equals(held)) {
                add(f[0], score(r.first(), r.want()));
                add(f[1], score(mp.choose(r.cands(), r.created(), r.first(), LEAST), r.want()));
                add(f[2], score(ms.choose(r.cands(), r.created(), r.first(), LEAST), r.want()));
                flags(fl, mp, ms, r.cands(), r.created(), r.first(), r.want());
            }
            for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) flag[i][j] += fl[i][j];
            for (int i = 0; i < 3; i++) add(total[i], f[i]);
            int cmp = f[2][0] != f[0][0] ? Integer.compare(f[2][0], f[0][0]) : Integer.compare(f[0][2], f[2][2]);
            vs[cmp > 0 ? 0 : cmp == 0 ? 1 : 2]++;
            System.out.printf(Locale.ROOT, "[ktrank FIRST RUN, trained on first runs] %-10s | first run %s | learned %s | stacked %s"
                            + " | flag wrong/right: disputed %d/%d learned %d/%d stacked %d/%d of %d/%d%n", held,
                    fig(f[0]), fig(f[1]), fig(f[2]), fl[0][0], fl[0][2], fl[1][0], fl[1][2], fl[2][0], fl[2][2], fl[0][1], fl[0][3]);
        }
        System.out.printf(Locale.ROOT, "[ktrank FIRST RUN, trained on first runs] POOLED     | first run %s | learned %s | stacked %s; stacked beats / ties / loses on %d/%d/%d sets%n",
                fig(total[0]), fig(total[1]), fig(total[2]), vs[0], vs[1], vs[2]);
        printFlags("[ktrank FIRST RUN, trained on first runs]", flag);
        // the same flag on today's picks (the rules tuned on every set): what it would cost there; a set without a first
        // run is judged by the model trained on every first run, one with a first run by its fold's
        List<RankTrainer.Example> ap = new ArrayList<>(), as = new ArrayList<>();
        for (FirstRun r : runs) {
            ap.addAll(examples(r, false));
            as.addAll(examples(r, true));
        }
        LearnedPrecedence[] all = {RankTrainer.train(ap, false, L2, STEPS, RATE), RankTrainer.train(as, true, L2, STEPS, RATE)};
        int[][] todayFlags = new int[3][4];
        today.forEach((set, incs) -> {
            LearnedPrecedence[] m = byHeld.getOrDefault(set, all);
            for (KeyTimeCases.Incident inc : incs) flags(todayFlags, m[0], m[1], inc.candidates(), inc.created(), inc.engine(), inc.want());
        });
        printFlags("[ktrank TODAY'S PICKS, flag trained on first runs]", todayFlags);
    }

    /** The first-run files (study/firstrun/) the benchmark and the shipped weights use, in the order they were kept. */
    static final List<String> FIRST_RUN_FILES = List.of("heldout10-11.phase9-50d27a9.jsonl", "heldout12-13.phase11-c6bb2e2.jsonl",
            "heldout14-15.phase12-abea32d.jsonl", "heldout16-17.phase13-c3ac48e.jsonl", "heldout18-19.phase14-7387264.jsonl",
            "heldout20-21.phase15-941dafc.jsonl", "heldout22-23.phase16-44ee338.jsonl", "heldout24-25.phase17-53d6b1c.jsonl",
            "heldout26.phase17-53d6b1c.jsonl", "heldout27.phase18-981aa03.jsonl",
            "heldout28.phase18-69da074.jsonl", "heldout29.phase19-cbc67d8.jsonl", "heldout30.phase19-8143ada.jsonl",
            "heldout31.phase20-3df7322.jsonl", "heldout32.phase21-36176f9.jsonl",
            "heldout33.phase22-073070c.jsonl", "heldout34.phase23-d41ce27.jsonl",
            "heldout35.phase23-faa4f9e.jsonl", "heldout36.phase25-4634008.jsonl",
            "heldout37.phase28-50a7897.jsonl", "heldout38.phase28-50a7897.jsonl", "heldout39.phase28-6ca5897.jsonl", "heldout40.phase30-32caaa1.jsonl",
            "heldout41.phase31-b074a47.jsonl",
            "heldout42.phase31-b3515a9.jsonl", "heldout43.phase33-40b834d.jsonl",
            "heldout45.phase33-3dc1bda.jsonl", "heldout46.phase35-bce1ca4.jsonl", "heldout47.phase35-3a30ff7.jsonl",
            "heldout49.phase35-bce1ca4.jsonl", "heldout51.phase37-9e4e2687.jsonl",
            "heldout52.phase38-57f64b5.jsonl", "heldout53.phase38-f848e18f.jsonl");

    /** One first-run file's key times, each with its candidates, the ticket's creation and today's labels. */
    static List<FirstRun> loadFirstRuns(String file) {
        List<FirstRun> runs = new ArrayList<>();
        for (String l : Corpus.resource(KeyTimeCases.DIR, "firstrun/" + file).strip().split("\n")) {
            JsonNode n = Corpus.JSON.readTree(l);
            String set = n.get("set").asString(), id = n.get("id").asString();
            KeyTimes first = Corpus.JSON.treeToValue(n.get("keyTimes"), KeyTimes.class);
            Corpus.Incident inc = Corpus.load(KeyTimeCases.DIR, id);
            Map<Kind, List<KeyTimeCandidate>> cands = new EnumMap<>(Kind.class);
            Map<Kind, Instant> want = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                cands.put(k, KeyTimeCases.time(first, k).candidates());
                JsonNode x = inc.expected().get("keyTimes").get(k.name().toLowerCase(Locale.ROOT));
                want.put(k, x.get("at").isNull() ? null : Instant.parse(x.get("at").asString().replace("Z", ":00Z")));
            }
            runs.add(new FirstRun(set, cands, inc.input().issue().created(), first, want));
        }
        return runs;
    }

    private static List<FirstRun> firstRuns(Map<String, LearnedPrecedence[]> folds) {
        List<FirstRun> runs = new ArrayList<>();
        int[][] total = new int[4][6];
        int[][] flagFirst = new int[3][4];
        String[] names = {"first run", "precedence", "learned", "stacked"};
        List<String> files = new ArrayList<>(FIRST_RUN_FILES);
        // a newly opened set's first run (its heldoutN.txt in the study folder, its file in study/firstrun/)
        for (String extra : System.getProperty("ktrank.firstruns", "").split(",")) if (!extra.isBlank()) files.add(extra.strip());
        for (String file : files) {
            Map<String, int[][]> bySet = new LinkedHashMap<>();
            for (FirstRun run : loadFirstRuns(file)) {
                String set = run.set();
                Map<Kind, List<KeyTimeCandidate>> cands = run.cands();
                Map<Kind, Instant> want = run.want();
                KeyTimes first = run.first();
                Instant created = run.created();
                LearnedPrecedence[] m = folds.get(set);
                runs.add(run);
                int[][] f = bySet.computeIfAbsent(set, s -> new int[4][6]);
                add(f[0], score(first, want));
                add(f[1], score(Precedence.choose(cands), want));
                add(f[2], score(m[0].choose(cands, created, first, LEAST), want));
                add(f[3], score(m[1].choose(cands, created, first, LEAST), want));
                flags(flagFirst, m[0], m[1], cands, created, first, want);
            }
            bySet.forEach((set, f) -> {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[ktrank FIRST RUN] %-10s", set));
                for (int i = 0; i < 4; i++) {
                    add(total[i], f[i]);
                    line.append(" | ").append(names[i]).append(' ').append(fig(f[i]));
                }
                System.out.println(line);
            });
        }
        StringBuilder line = new StringBuilder("[ktrank FIRST RUN] POOLED    ");
        for (int i = 0; i < 4; i++) line.append(" | ").append(names[i]).append(' ').append(fig(total[i]));
        System.out.println(line);
        printFlags("[ktrank FIRST RUN]", flagFirst);
        return runs;
    }
}
