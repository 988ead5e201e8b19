package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scores the blame check, the action-item judgement and the went-well check on the independent study sets
 * ({@link StudySets}; src/test/resources/rules/study/SOURCES.md and SOURCES-heldout2.md). Prints three rows: blame
 * precision and recall (overall and per kind), action-item accuracy per criterion and went-well accuracy.
 * <ul>
 * <li>dev: tuned on since the first phase of issue 16;</li>
 * <li>held-out 1: never read in the first phase, then tuned on in the second (so no longer held out): both must
 * reach the goals (blame precision and recall 0.9, testability 0.9, owner 0.95);</li>
 * <li>held-out 2: written by another helper after the second phase's rules were final and scored once (blame
 * precision 0.935, recall 0.707), then read and tuned on in the third phase, so it must now reach the goals too;</li>
 * <li>held-out 3 (SOURCES-heldout3.md): scored once untouched after the third phase (blame precision 0.929, recall
 * 0.644; bounded 0.837, recurrence 0.884), then read and tuned on in the fourth phase (rules), so it must now reach
 * the goals too;</li>
 * <li>held-out 4 (SOURCES-heldout4.md): scored once untouched after the fourth phase, then read and tuned on in the
 * fifth (rules), so it must now reach the goals too.</li>
 * </ul>
 * Blame is printed twice: the rules alone, and the check as shipped (rules plus {@link BlameClassifier}, which is
 * trained on all five of these sets since issue 16's sixth phase, so that line is in-sample; {@code BlameClassifierTest} prints the cross-validation).
 * Held-out 5, 6 and 7 were each scored once untouched (their figures are in the methods' comments), then joined the
 * learned signal's training data (not the rules'): {@link #heldOutFiveScoredOnceThenTrainedOnIsReported} and
 * {@link #theSetsWrittenAfterPhaseFiveAreReported} print them, the shipped check's line in-sample.
 */
@Tag("learned")
class LanguageEvaluationTest {

    record Figures(String half, double blamePrecision, double blameRecall, double testable, double bounded,
                   double owner, double recurrence, double due, double wentWell, double rulesPrecision,
                   double rulesRecall) {
    }

    @Test
    void devHalfReachesTheGoals() throws IOException {
        Figures f = evaluate("dev", "dev (tuned on)", true);
        reachesTheGoals(f);
        assertThat(f.bounded()).isGreaterThanOrEqualTo(0.8);
        assertThat(f.recurrence()).isGreaterThanOrEqualTo(0.75);
    }

    /** The goals, which every set tuned on must reach (rules alone and with the learned signal). */
    private static void reachesTheGoals(Figures f) {
        assertThat(f.rulesPrecision()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.rulesRecall()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.blamePrecision()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.blameRecall()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.testable()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.owner()).isGreaterThanOrEqualTo(0.95);
        assertThat(f.due()).isEqualTo(1.0);
        assertThat(f.wentWell()).isGreaterThanOrEqualTo(0.85);
    }

    /** Tuned on in the second phase of issue 16, so it must now reach the goals too. */
    @Test
    void heldOutOneTunedOnInPhaseTwoReachesTheGoals() throws IOException {
        Figures f = evaluate("heldout", "held-out 1 (tuned on in phase 2)", true);
        reachesTheGoals(f);
    }

    /** Scored once untouched (see the class comment), then tuned on in the third phase: it must reach the goals. */
    @Test
    void heldOutTwoTunedOnInPhaseThreeReachesTheGoals() throws IOException {
        Figures f = evaluate("heldout2", "held-out 2 (tuned on in phase 3)", true);
        reachesTheGoals(f);
    }

    /**
     * Held-out 3 (SOURCES-heldout3.md): scored once untouched (see the class comment), then read and tuned on in the
     * fourth phase, so it must reach the goals too. Since phase 6 the learned signal is trained on it as well, so its
     * blame lines are in-sample for the rules and the classifier.
     */
    @Test
    void heldOutThreeTunedOnInPhaseFourReachesTheGoals() throws IOException {
        Figures f = evaluate("heldout3", "held-out 3 (tuned on in phase 4)", true);
        reachesTheGoals(f);
        assertThat(f.bounded()).isGreaterThanOrEqualTo(0.8);
        assertThat(f.recurrence()).isGreaterThanOrEqualTo(0.75);
    }

    /**
     * Held-out 4 (SOURCES-heldout4.md): written by someone else after phase 3 and kept sealed in {@code sealed/heldout4/}
     * until phase 4 was final, then scored once untouched (blame precision 0.950, recall 0.691, rules alone 0.627;
     * testable 0.934, owner 0.989: the README's figure to quote). Then read and tuned on in the fifth phase (rules), and
     * trained on by the learned signal in the sixth, so it must now reach the goals too. The next unseen figure is held-out
     * 5's, scored by the lead.
     */
    @Test
    void heldOutFourTunedOnInPhaseFiveReachesTheGoals() throws IOException {
        Figures f = evaluate("heldout4", "held-out 4 (tuned on in phase 5)", true);
        reachesTheGoals(f);
        assertThat(f.bounded()).isGreaterThanOrEqualTo(0.8);
        assertThat(f.recurrence()).isGreaterThanOrEqualTo(0.75);
    }

    /**
     * Held-out 5 (SOURCES-heldout5.md): written by a helper who read only the sets' format and the seed, never the
     * rules, after phase 4; scored untouched with the phase 4 and the phase 5 rules (blame precision 0.951 / 0.952,
     * recall 0.696 / 0.714; testable 0.955, owner 0.994: the README's figure to quote), and with the phase 6 rules and
     * learned signal (precision 0.957, recall 0.795). Never read while tuning the rules; since issue 16's seventh phase the learned signal is trained on
     * it, so the shipped check's blame line is in-sample. Its figures are printed (the misses only with
     * {@code -Dstudy.heldout5.details=true}); the floors only catch a broken rule, not a missed goal.
     */
    @Test
    void heldOutFiveScoredOnceThenTrainedOnIsReported() throws IOException {
        if (LanguageEvaluationTest.class.getResource("/rules/study/blame-heldout5.tsv") == null) return;
        Figures f = evaluate("heldout5", "held-out 5 (scored once, then trained on by the learned signal)",
                Boolean.getBoolean("study.heldout5.details"));
        assertThat(f.blamePrecision()).isGreaterThanOrEqualTo(0.5);
        assertThat(f.testable()).isGreaterThanOrEqualTo(0.5);
        assertThat(f.owner()).isGreaterThanOrEqualTo(0.5);
    }

    /**
     * The sets written after phase 5 by helpers who read only the sets' format, the SOURCES files and the seed, never the
     * rules, each scored once untouched before anything was tuned on it (README):
     * <ul>
     * <li>held-out 6 and 7 (phase 6: blame precision 0.925 / 0.941, recall 0.768 / 0.714; testable 0.963 / 0.916, owner
     * 0.963 / 0.968), never read while tuning the rules, trained on by the learned signal since phase 7;</li>
     * <li>held-out 8 (phase 6: 0.967 / 0.786, testable 0.881, owner 0.929; phase 7: 0.989 / 0.804), then its action-item
     * misses read and tuned on in phase 8, its blame rows trained on by the learned signal;</li>
     * <li>held-out 10 (phase 8: 0.945 / 0.796, testable 0.897, owner 0.942; phase 9's learned signal 0.934 / 0.787),
     * then its action-item misses read and tuned on in phase 9 (its blame misses never read);</li>
     * <li>held-out 11, written after phase 8, never read: the figure to quote (README);</li>
     * <li>held-out 13 (phase 11: testable 0.940, bounded 0.756, owner 0.994, recurrence 0.726), then its action-item
     * misses read and tuned on in phase 12 (its blame misses never read);</li>
     * <li>held-out 12, 13 and 14, each scored once with the rules of the phase before, then read and tuned on (rules and
     * learned signal) in phases 11, 12 and 13;</li>
     * <li>held-out 15 (phase 13: blame precision 0.890, recall 0.808; testable 0.911, owner 0.946, went well 0.972), then
     * read and tuned on in phase 14 (rules), and trained on by the learned signal since phase 14;</li>
     * <li>held-out 16 and 17, written during phase 14 and scored with the phase 13 and phase 14 rules (phase 14: blame
     * 0.880 / 0.792 and 0.821 / 0.777; testable 0.923 and 0.893; owner 0.976 and 0.970), never read, not trained on:
     * the figures to quote (README); scored once more with phase 16's second opinion (SecondOpinion) after it was
     * chosen: testable 0.929 and 0.905, went well 1.000 and 1.000 (rules alone 0.833 and 0.905);</li>
     * <li>held-out 18, sealed until scored with the phase 14 rules and again after phase 16 (blame 0.900 / 0.786, testable
     * 0.905, owner 0.976, went well 0.976);</li>
     * <li>since phase 17, held-out 16, 17 and 18 are no longer held out: their blame misses and false alarms were read
     * (rules for the kinds that recurred across the three) and their blame rows joined the learned signal's training
     * data, so their blame lines here are in-sample (the rules' too). Their honest figures are the unseen ones above and
     * the leave-one-set-out rows BlameClassifierTest prints per set in every build (and
     * {@code BlameCrossValidationBenchmark}, with and without them in the training). Their action items and went-well
     * entries were not read or tuned on.</li>
     * <li>held-out 19 and 20, sealed until scored with the phase 16 and phase 17 rules (phase 17: blame 0.915 / 0.808 and
     * 0.937 / 0.795; testable 0.952 and 0.909; owner 0.982 and 0.955; went well 1.000 and 0.976); since phase 18 their
     * blame misses and false alarms were read (rules for kinds that recur in earlier sets too) and their blame rows
     * joined the learned signal's training data, so their blame lines here are in-sample; their honest figures are the
     * unseen ones above and the leave-one-set-out rows. Their action items and went-well entries were not read here.</li>
     * <li>held-out 21 and 22, sealed until scored with the phase 17 and phase 18 rules (phase 18: blame 0.942 / 0.875 and
     * 0.871 / 0.786; testable 0.961 and 0.955; owner 1.000 and 0.948; went well 1.000 and 0.952); since phase 19 their
     * blame misses and false alarms were read (rules for kinds that recur across held-out 19 to 22 and earlier sets) and
     * held-out 22's owner misses were read (one-word functions and plural roles, Owners), so their rules-alone blame
     * lines and held-out 22's owner figure are in-sample; their blame rows were added to the learned signal's training
     * data, measured by leave-one-set-out, and taken out again (precision lost for as much recall; README), so the
     * learned signal has not seen them. Their honest figures are the unseen ones above and the leave-one-set-out rows.
     * Their action items' other criteria and their went-well entries were not read.</li>
     * <li>held-out 23, sealed until scored with the phase 18 and 19 rules (phase 19: blame 0.933 / 0.875, rules alone
     * 0.948 / 0.652; testable 0.981, bounded 0.701, owner 0.981); in phase 20 its blame misses and false alarms were
     * read (rules for the kinds that recur across the sets, each counted over every labelled row) and its bounded
     * misses classified (no scope rule kept from them), and held-out 21 to 23's blame rows joined the learned
     * signal's training data with the guard for chat addressing a responder, so their blame lines here are
     * in-sample.</li>
     * <li>held-out 24, sealed until it judged phases 19 and 20 (phase 20: blame 0.989 / 0.804, rules alone 0.983 /
     * 0.509; testable 0.935, owner 0.974, bounded 0.727), never read: in phase 21 its blame rows joined the learned
     * signal's training data and its action items the scope second opinion's fit, so its blame and bounded lines here
     * are in-sample; its rules-alone lines are still out of sample.</li>
     * <li>held-out 25, sealed until it judged phases 19 to 21 (phase 21 check: blame 0.960 / 0.857, rules alone 0.974 /
     * 0.661; testable 0.994, owner 1.000, bounded 0.799), never read before: in phase 22 its blame rows joined the learned
     * signal's training data and its action items the scope second opinion's fit, and its blame misses were read (one
     * rule kept, for a kind three sets share), so its blame and bounded lines here are in-sample.</li>
     * <li>held-out 26, sealed until it judged phases 19 to 22 (phase 22 check: blame 0.949 / 0.839, rules alone 0.974 /
     * 0.670; testable 0.955, owner 0.987, bounded 0.766), never read before: in phase 23 its blame rows joined the learned
     * signal's training data and its action items the scope second opinion's fit, and its blame misses were read (three
     * rule kinds kept, each adding no false alarm over every opened set's rows), so its blame and bounded lines here are
     * in-sample.</li>
     * <li>held-out 27, sealed until it judged phases 19 to 23 (phase 23 check: blame 0.989 / 0.839, rules alone 1.000 /
     * 0.607; testable 0.948, owner 0.981, bounded 0.708), never read before: in phase 24 its blame rows joined the learned
     * signal's training data and its action items the scope second opinion's fit, and its blame misses were read (three
     * rule kinds kept, each adding no false alarm over every opened set's rows), so its blame and bounded lines here are
     * in-sample.</li>
     * <li>since phase 18 the scope second opinion ({@link Scope#MODEL_CLEARS_AT}) is fitted on every set's action items,
     * held-out 19 and 20 included (since phase 20 held-out 21 to 23 too, and it decides where it is confident, not only
     * clears), so every shipped "bounded" figure here is in-sample; the line "rules alone" prints the scope rules
     * without it, both with their confusion matrix and the majority baseline, and {@code ScopeSecondOpinionTest} the
     * leave-one-set-out figures per fold. Held-out 21 to 23's scope misses were read in phase 20 for their kinds; no
     * rule's verdict was changed from them.</li>
     * </ul>
     * Figures printed (misses only with {@code -Dstudy.heldoutN.details=true}); the floors only catch a broken rule.
     */
    @Test
    void theSetsWrittenAfterPhaseFiveAreReported() throws Exception {
        Map<String, String> sets = new java.util.LinkedHashMap<>();
        sets.put("heldout6", "held-out 6 (scored once, then trained on by the learned signal)");
        sets.put("heldout7", "held-out 7 (scored once, then trained on by the learned signal)");
        sets.put("heldout8", "held-out 8 (scored once, then action items tuned on in phase 8 and trained on by the learned signal)");
        sets.put("heldout10", "held-out 10 (scored once, then action items tuned on in phase 9, blame in phase 10)");
        sets.put("heldout11", "held-out 11 (scored once, then blame misses read and trained on in phase 10)");
        sets.put("heldout12", "held-out 12 (scored once with the phase 10 rules, then read and tuned on in phase 11)");
        sets.put("heldout13", "held-out 13 (scored once with the phase 11 rules, then read and tuned on in phase 12)");
        sets.put("heldout14", "held-out 14 (scored once with the phase 12 rules, then read and tuned on in phase 13)");
        sets.put("heldout15", "held-out 15 (scored once with the phase 13 rules, then read and tuned on in phase 14)");
        sets.put("heldout16", "held-out 16 (scored with the phase 13 and 14 rules; blame read, tuned on and trained on in phase 17)");
        sets.put("heldout17", "held-out 17 (scored with the phase 13 and 14 rules; blame read, tuned on and trained on in phase 17)");
        sets.put("heldout18", "held-out 18 (sealed until scored with the phase 14 rules and phase 16's second opinion; blame read, tuned on and trained on in phase 17)");
        sets.put("heldout19", "held-out 19 (sealed until scored with the phase 16 and 17 rules; blame read, tuned on and trained on in phase 18, action items trained on by the scope second opinion)");
        sets.put("heldout20", "held-out 20 (sealed until scored with the phase 16 and 17 rules; blame read, tuned on and trained on in phase 18, action items trained on by the scope second opinion)");
        sets.put("heldout21", "held-out 21 (sealed until scored with the phase 17 and 18 rules; blame read and tuned on in phase 19, trained on in phase 20)");
        sets.put("heldout22", "held-out 22 (sealed until scored with the phase 17 and 18 rules; blame and owner misses read and tuned on in phase 19, trained on in phase 20)");
        sets.put("heldout23", "held-out 23 (sealed until scored with the phase 18 and 19 rules; blame misses read and tuned on and trained on, bounded misses read, in phase 20)");
        sets.put("heldout24", "held-out 24 (sealed until scored with the phase 19 and 20 rules, never read; blame trained on, action items fitted by the scope second opinion, in phase 21)");
        sets.put("heldout25", "held-out 25 (sealed until scored with the phase 19 to 21 rules, never read; blame trained on, action items fitted by the scope second opinion, blame misses read in phase 22)");
        sets.put("heldout26", "held-out 26 (sealed until scored with the phase 19 to 22 rules, never read; blame trained on, action items fitted by the scope second opinion, blame misses read in phase 23)");
        sets.put("heldout27", "held-out 27 (sealed until scored with the phase 19 to 23 rules, never read; blame trained on, action items fitted by the scope second opinion, blame misses read in phase 24)");
        sets.put("heldout28", "held-out 28 (sealed until scored with the phase 21 to 24 rules, never read; blame trained on, action items fitted by the scope second opinion, blame and testable misses read in phase 25)");
        sets.put("heldout29", "held-out 29 (sealed until scored with the phase 22 to 25 rules, never read; blame trained on and action items fitted by the scope second opinion in phase 26, misses counted by kind, not read)");
        sets.put("heldout30", "held-out 30 (sealed until scored with the phase 22 to 26 rules, never read; blame trained on, action items fitted by the scope second opinion, blame and testable misses read in phase 27)");
        sets.put("heldout31", "held-out 31 (sealed until scored with the phase 22 to 27 rules; blame, testable and owner misses read in phase 28, never trained on; the rules written from them were not shipped)");
        sets.put("heldout32", "held-out 32 (sealed until scored with the phase 22 to 28b checks, never read; blame trained on and action items fitted by the scope second opinion in phase 29, misses not read)");
        sets.put("heldout33", "held-out 33 (sealed until scored with the phase 22 to 29 checks, never read; blame trained on and action items fitted by the scope second opinion in phase 30, misses not read)");
        sets.put("heldout34", "held-out 34 (sealed until scored with the phase 22 to 30 checks, figures only; blame trained on, its misses read for kinds, and action items fitted by the scope second opinion in phase 31)");
        sets.put("heldout35", "held-out 35 (sealed until scored with the phase 28 to 31 checks, figures only; blame trained on, its misses read for kinds, and action items fitted by the scope second opinion in phase 32)");
        sets.put("heldout36", "held-out 36 (sealed until scored with the phase 28b to 32 checks, figures only; its misses read for kinds, its blame not trained on (leave one set out lost precision), action items fitted by the scope second opinion in phase 33)");
        sets.put("heldout37", "held-out 37 (sealed until scored with the phase 29 to 33 checks, figures only; its misses read for kinds in phase 34)");
        sets.put("heldout42", "held-out 42 (sealed until scored with the phase 30 to 34 checks, figures only; its misses read for kinds in phase 35, its blame not trained on)");
        sets.put("heldout45", "held-out 45 (sealed until scored with the phase 31 to 34 checks, figures only; its misses read for kinds in phase 35, its blame not trained on)");
        sets.put("heldout38", "held-out 38 (written for training in the nineteenth session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 29, misses not read)");
        sets.put("heldout39", "held-out 39 (written for training in the nineteenth session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 29, misses not read)");
        sets.put("heldout43", "held-out 43 (written for training in the twentieth session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 30, misses not read)");
        sets.put("heldout44", "held-out 44 (written for training in the twentieth session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 30, misses not read)");
        sets.put("heldout46", "held-out 46 (written for training in the twenty-first session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 31, misses not read)");
        sets.put("heldout47", "held-out 47 (written for training in the twenty-first session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 31, misses not read)");
        sets.put("heldout49", "held-out 49 (written for training in the twenty-second session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 32)");
        sets.put("heldout50", "held-out 50 (written for training in the twenty-second session by a helper who read no rules; blame trained on and action items fitted by the scope second opinion in phase 32)");
        sets.put("heldout52", "held-out 52 (written for training in the twenty-third session by a helper who read no rules; its misses read for kinds, its blame not trained on (leave one set out lost precision), action items fitted by the scope second opinion in phase 33)");
        sets.put("heldout56", "held-out 56 (written for training in the twenty-fifth session by a helper who read no rules; its misses read for kinds in phase 35, its blame not trained on)");
        // the sets are judged on every processor at once (Folds), and printed in their order
        List<String> present = sets.keySet().stream()
                .filter(k -> LanguageEvaluationTest.class.getResource("/rules/study/blame-" + k + ".tsv") != null).toList();
        Map<String, Report> reports = Folds.each(present, k -> report(k, sets.get(k), Boolean.getBoolean("study." + k + ".details")));
        for (Map.Entry<String, String> e : sets.entrySet()) {
            Report r = reports.get(e.getKey());
            if (r == null) continue;
            System.out.print(r.text());
            Figures f = r.figures();
            assertThat(f.blamePrecision()).isGreaterThanOrEqualTo(0.5);
            assertThat(f.testable()).isGreaterThanOrEqualTo(0.5);
            assertThat(f.owner()).isGreaterThanOrEqualTo(0.5);
            double[] floor = IN_SAMPLE_BLAME_FLOORS.get(e.getKey());
            if (floor != null) {
                assertThat(f.blamePrecision()).as(e.getKey() + ": blame precision in sample").isGreaterThanOrEqualTo(floor[0]);
                assertThat(f.blameRecall()).as(e.getKey() + ": blame recall in sample").isGreaterThanOrEqualTo(floor[1]);
            }
        }
    }

    /**
     * In-sample blame floors (precision, recall) of the sets read and trained on last: a floor against a broken rule or
     * model, not an unseen figure.
     */
    private static final Map<String, double[]> IN_SAMPLE_BLAME_FLOORS = Map.ofEntries(
            // phase 20: the sets whose blame was read for rules and trained on last reach the blame goals as shipped
            Map.entry("heldout21", new double[]{0.9, 0.9}),
            Map.entry("heldout22", new double[]{0.9, 0.9}),
            Map.entry("heldout23", new double[]{0.9, 0.9}),
            // phase 21: trained on but never read for rules, short of the recall goal (100 of 112 found, one false alarm)
            Map.entry("heldout24", new double[]{0.9, 0.89}),
            // phase 22: trained on and its misses read (108 of 112 found, two false alarms)
            Map.entry("heldout25", new double[]{0.98, 0.96}),
            // phase 23: trained on and its misses read (109 of 112 found, no false alarm)
            Map.entry("heldout26", new double[]{0.99, 0.97}),
            // phase 24: trained on and its misses read (102 of 112 found, no false alarm); phase 26's retrained model
            // (with held-out 29, threshold 0.74) finds 101 of 112
            Map.entry("heldout27", new double[]{0.99, 0.90}),
            // phase 25: trained on and its misses read (108 of 112 found, one false alarm)
            Map.entry("heldout28", new double[]{0.99, 0.95}),
            // phase 26: opened and trained on, its misses counted by kind, not read (floor below its untouched figures)
            Map.entry("heldout29", new double[]{0.95, 0.80}),
            // phase 27: trained on and its blame misses read, six rule kinds kept (107 of 112 found, two false alarms)
            Map.entry("heldout30", new double[]{0.98, 0.95}),
            // eighteenth session: read in phase 28 (not merged), never trained on; no rule from it shipped (93 of 112
            // found, one false alarm, as untouched with phase 27)
            Map.entry("heldout31", new double[]{0.98, 0.82}),
            // phase 29: trained on, misses not read (105 of 112 found, three false alarms; phase 27 unseen 96 and 6)
            Map.entry("heldout32", new double[]{0.97, 0.93}),
            // phase 29: written for training, trained on, misses not read (88 of 96 found, three false alarms; phase 27
            // unseen 86 and 12)
            Map.entry("heldout38", new double[]{0.96, 0.91}),
            // phase 29: the same (90 of 96 found, seven false alarms, six of them the rules'; phase 27 unseen 84 and 11)
            Map.entry("heldout39", new double[]{0.92, 0.93}),
            // phase 30: sealed until it judged phases 22 to 29, trained on, misses not read (106 of 112 found, four false
            // alarms; phase 29 unseen 100 and 5)
            Map.entry("heldout33", new double[]{0.96, 0.94}),
            // phase 30: written for training, trained on, misses not read (103 of 112 found, eight false alarms; phase 29,
            // never trained on it, 92 and 10)
            Map.entry("heldout43", new double[]{0.92, 0.91}),
            // phase 30: the same (104 of 112 found, two false alarms; phase 29 97 and 11)
            Map.entry("heldout44", new double[]{0.98, 0.92}),
            // phase 31: sealed until it judged phases 22 to 30, trained on, its never-asked misses read for kinds (108 of
            // 112 found, four false alarms; phase 30 unseen 95 and 5)
            Map.entry("heldout34", new double[]{0.96, 0.96}),
            // phase 31: written for training, trained on, misses not read (102 of 112 found, seven false alarms)
            Map.entry("heldout46", new double[]{0.93, 0.91}),
            // phase 31: the same (101 of 112 found, two false alarms)
            Map.entry("heldout47", new double[]{0.98, 0.90}),
            // phase 32: sealed until it judged phases 28 to 31, trained on, its misses read for kinds (109 of 112 found,
            // six false alarms; phase 31 unseen 101 and 11)
            Map.entry("heldout35", new double[]{0.94, 0.96}),
            // phase 32: written for training, trained on, misses read for kinds (87 of 112 found, three false alarms;
            // left out of the folds 79 and 7)
            Map.entry("heldout49", new double[]{0.96, 0.77}),
            // phase 32: the same (100 of 112 found, three false alarms; left out 93 and 9)
            Map.entry("heldout50", new double[]{0.96, 0.88}),
            // phase 33: sealed until it judged phases 28b to 32, its misses read for kinds, its blame not trained on (102
            // of 112 found, seven false alarms; phase 32 unseen 100 and 7)
            Map.entry("heldout36", new double[]{0.93, 0.90}),
            // phase 33: written for training, its misses read for kinds, its blame not trained on (90 of 112 found, six
            // false alarms; 77 and 6 with phase 32's rules)
            Map.entry("heldout52", new double[]{0.93, 0.80}),
            // phase 34: sealed until it judged phases 29 to 33, its misses read for kinds, its blame not trained on (110
            // of 112 found, two false alarms; phase 33 unseen 106 and 5)
            Map.entry("heldout37", new double[]{0.95, 0.95}),
            // phase 35: sealed until they judged phases 30/31 to 34, their misses read for kinds, blame not trained on
            // (42: 109 of 112 found, two false alarms, phase 34 unseen 106 and 6; 45: 110 of 112, three, phase 34 101 and 4)
            Map.entry("heldout42", new double[]{0.97, 0.96}),
            Map.entry("heldout45", new double[]{0.96, 0.97}),
            // phase 35: written for training, its misses read for kinds, blame not trained on (107 of 112 found, four
            // false alarms; phase 34 77 and 6)
            Map.entry("heldout56", new double[]{0.95, 0.94}));

    /** A set's figures and their printout. */
    record Report(Figures figures, String text) {
    }

    static Figures evaluate(String half, String title, boolean showMisses) throws IOException {
        Report r = report(half, title, showMisses);
        System.out.print(r.text());
        return r.figures();
    }

    static Report report(String half, String title, boolean showMisses) throws IOException {
        StringBuilder out = new StringBuilder(String.format("%n=== Language evaluation, %s ===%n", title));

        // blame
        List<StudySets.BlameRow> blame = StudySets.blame(half);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        Map<String, int[]> perKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int rtp = 0, rfp = 0, rfn = 0;
        for (StudySets.BlameRow r : blame) {
            // the rules alone, then the check as shipped: rules plus the learned signal (BlameClassifier), which was
            // trained on these very sentences, so its figures here are in-sample (BlameClassifierTest cross-validates)
            boolean rules = !new BlameDetector(r.people(), Set.of(), null).findAll(r.sentence()).isEmpty();
            if (rules && r.blame()) rtp++;
            else if (rules) rfp++;
            else if (r.blame()) rfn++;
            BlameDetector d = new BlameDetector(r.people(), Set.of());
            List<BlameDetector.Blame> found = d.findAll(r.sentence());
            boolean predicted = !found.isEmpty();
            int[] k = perKind.computeIfAbsent((r.blame() ? "BLAME " : "OK ") + r.kind(), x -> new int[2]);
            k[0]++;
            if (predicted == r.blame()) k[1]++;
            if (predicted && r.blame()) tp++;
            else if (predicted) {
                fp++;
                misses.add("FP [" + r.kind() + "] " + r.sentence() + "  <- " + found.get(0).matched() + " / "
                        + found.get(0).reason());
            } else if (r.blame()) {
                fn++;
                misses.add("FN [" + r.kind() + "] " + r.sentence());
            } else tn++;
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double rulesPrecision = rtp + rfp == 0 ? 1 : (double) rtp / (rtp + rfp);
        double rulesRecall = rtp + rfn == 0 ? 1 : (double) rtp / (rtp + rfn);
        out.append(String.format("blame, rules alone: precision %.3f, recall %.3f (tp=%d fp=%d fn=%d)%n",
                rulesPrecision, rulesRecall, rtp, rfp, rfn));
        // the learned signal is trained on the sets in BlameClassifierTest.SEEN (dev, held-out 1 to 8 and 10 to 24; 1 to 4
        // since phase 6, 5 to 7 since phase 7, ..., 15 since phase 14, 16 to 18 since phase 17, 19 and 20 since phase 18,
        // 21 to 23 since phase 20, 24 since phase 21, each after its untouched score); any other set
        // is out of sample
        String sample = BlameClassifierTest.SEEN.contains(half) ? "in-sample"
                : BlameClassifierTest.READ_NOT_TRAINED.contains(half) ? "rules read, learned signal out of sample"
                : "out of sample";
        out.append(String.format("blame, rules + learned signal (%s): %d sentences, precision %.3f, recall %.3f "
                + "(tp=%d fp=%d fn=%d tn=%d)%n", sample, blame.size(), precision, recall, tp, fp, fn, tn));
        out.append("  per kind (right/total): ");
        perKind.forEach((kind, k) -> out.append(kind).append(' ').append(k[1]).append('/').append(k[0]).append("; "));
        out.append(String.format("%n"));

        // action items
        List<StudySets.ActionRow> actions = StudySets.actions(half);
        double testable = accuracy(actions, a -> Testability.testable(a.summary()), StudySets.ActionRow::testable,
                "testable", showMisses, misses, StudySets.ActionRow::summary);
        double bounded = accuracy(actions, a -> Scope.bounded(a.summary()), StudySets.ActionRow::bounded,
                "bounded", showMisses, misses, StudySets.ActionRow::summary);
        double owner = accuracy(actions, a -> Owners.isPerson(a.owner()), StudySets.ActionRow::ownerIsPerson,
                "owner", showMisses, misses, StudySets.ActionRow::owner);
        double due = accuracy(actions, a -> parses(a.due()), StudySets.ActionRow::hasDue, "due",
                showMisses, misses, StudySets.ActionRow::due);
        int recurrenceRight = 0;
        for (StudySets.ActionRow a : actions) {
            String predicted = Recurrence.judge(a.summary()).name().replace("DETECTS_ONLY", "DETECTS")
                    .replace("PARTIALLY", "PARTIAL").replace("YES", "PREVENTS");
            if (predicted.equals(a.recurrence())) recurrenceRight++;
            else misses.add("RECURRENCE " + a.recurrence() + " predicted " + predicted + ": " + a.summary());
        }
        double recurrence = (double) recurrenceRight / actions.size();
        out.append(String.format("action items: %d, accuracy testable %.3f, bounded %.3f, owner is a person %.3f, "
                + "recurrence (prevents/partial/detects) %.3f, has due date %.3f%n", actions.size(), testable, bounded,
                owner, recurrence, due));

        // went well
        List<StudySets.WentWellRow> ww = StudySets.wentWell(half);
        int right = 0;
        for (StudySets.WentWellRow w : ww) {
            boolean vague = WentWell.problem(w.sentence()).isPresent();
            if (vague == w.vague()) right++;
            else misses.add("WENTWELL " + (w.vague() ? "VAGUE" : "CONCRETE") + " missed: " + w.sentence());
        }
        double wentWell = (double) right / ww.size();
        // the hand rules alone (phase 14), without the sentence embedding's second opinion (SecondOpinion, phase 16)
        int rulesTestableRight = 0, rulesWentWellRight = 0, rulesBoundedRight = 0;
        for (StudySets.ActionRow a : actions) if (Testability.rulesTestable(a.summary()) == a.testable()) rulesTestableRight++;
        // phase 18: the scope rules alone, without the second opinion (fitted on every action set, so the shipped
        // "bounded" above is in-sample everywhere; ScopeSecondOpinionTest prints the leave-one-set-out figures)
        for (StudySets.ActionRow a : actions) if (Scope.rulesBounded(a.summary()) == a.bounded()) rulesBoundedRight++;
        for (StudySets.WentWellRow w : ww) if (WentWell.rulesProblem(w.sentence()).isPresent() == w.vague()) rulesWentWellRight++;
        // phase 20: the scope judgement's confusion matrix beside the majority baseline (answer the commoner label for
        // every item), shipped and rules alone: a wrong "not bounded" on a good item and a missed unbounded one
        out.append("bounded, shipped:    ").append(boundedMatrix(actions, a -> Scope.bounded(a.summary()))).append('\n');
        out.append("bounded, rules alone: ").append(boundedMatrix(actions, a -> Scope.rulesBounded(a.summary()))).append('\n');
        out.append(String.format("went well: %d entries, accuracy %.3f%n", ww.size(), wentWell));
        out.append(String.format("rules alone, without the embedding's second opinion: testable %.3f, bounded %.3f, went well %.3f%n",
                (double) rulesTestableRight / actions.size(), (double) rulesBoundedRight / actions.size(),
                (double) rulesWentWellRight / ww.size()));
        if (showMisses) {
            out.append("misses:\n");
            misses.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return new Report(new Figures(half, precision, recall, testable, bounded, owner, recurrence, due, wentWell,
                rulesPrecision, rulesRecall), out.toString());
    }

    /** "bounded: said bounded a, said not b | unbounded: said bounded c, said not d; accuracy, majority baseline". */
    static String boundedMatrix(List<StudySets.ActionRow> actions, Predicate<StudySets.ActionRow> bounded) {
        int[] m = new int[4];
        for (StudySets.ActionRow a : actions) m[(a.bounded() ? 0 : 2) + (bounded.test(a) ? 0 : 1)]++;
        int n = actions.size();
        return String.format(java.util.Locale.ROOT, "bounded: said bounded %d, said not %d (wrong findings) | unbounded: said "
                + "bounded %d (missed), said not %d; accuracy %.3f, majority baseline %.3f", m[0], m[1], m[2], m[3],
                (double) (m[0] + m[3]) / n, (double) Math.max(m[0] + m[1], m[2] + m[3]) / n);
    }

    private static boolean parses(String date) {
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static <T> double accuracy(List<T> rows, Predicate<T> predicted, Predicate<T> label, String name,
                                       boolean showMisses, List<String> misses, Function<T, String> text) {
        int right = 0;
        for (T r : rows) {
            boolean p = predicted.test(r);
            if (p == label.test(r)) right++;
            else misses.add(name.toUpperCase() + " " + (label.test(r) ? "Y" : "N") + " predicted " + (p ? "Y" : "N")
                    + ": " + text.apply(r));
        }
        return (double) right / rows.size();
    }
}
