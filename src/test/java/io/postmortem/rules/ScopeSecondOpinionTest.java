package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.rules.language.Embeddings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, phases 18 and 20: the sentence embedding's second opinion on an action item's scope
 * ({@link Scope#MODEL_FLAGS_BELOW}, {@link Scope#MODEL_CLEARS_AT}). Leave one action set out (every study set, dev to
 * held-out 24: {@link #FOLDS}), fit the logistic regression of {@link SecondOpinionTest} (OpenNLP's maxent, L2 0.25,
 * embedding x3 or x10) on the others and combine its P(bounded) on the left-out set with the rules
 * ({@link Scope#combine}): the rules' strong findings ({@link Scope#strong}) stand; otherwise "not bounded" below f,
 * bounded at or above c, the rules' verdict in between. Phase 18 let the model only drop findings (c 0.98, f 0); phase
 * 20 found that on sets nobody had read the rules' findings were wrong almost half the time and that the model alone
 * beat them, so both thresholds are searched. Chosen: the scale with the better model-alone pooled accuracy (searched
 * when the weights are rewritten, {@link SecondOpinionTest#scales}), then the
 * (f, c) with the lowest cost on {@link #UNREAD} (the folds the scope rules were never tuned on), a wrong "not bounded"
 * on a bounded item counting {@link #WRONG_FLAG_COST} times a missed unbounded one, among the (f, c) that keep the guards
 * asserted at the end (fewer wrong findings than the rules there, no more misses; phase 21: with held-out 24 the
 * unguarded minimum, f 0.15, missed 367 against the rules' 365); ties to fewer interventions; since phase 23 the
 * shipped (f, c) is kept unless the best guarded cost is lower than its cost by more than {@link #MARGIN} (1%) of it. The
 * rules were tuned on the other folds, so their figure there is in-sample (their best case). Prints per fold the
 * confusion matrix of the rules alone and of the combination, the majority baseline (the commoner label every time)
 * and the precision of the WARNING users see (an item the check calls testable and not bounded: how often it is
 * labelled not bounded), then the rules tests' examples whose shipped verdict the model changes (those tests hold the
 * rules, {@link Scope#rulesBounded}). Asserts that the shipped thresholds are the chosen ones, that the combination
 * beats the majority baseline on the unread folds, and that the stored weights are the fit on all sets
 * ({@code -Dsecond.opinion.write=true} rewrites them, run from the project directory). About a minute at the stored
 * scale, two with {@code -Dsecond.opinion.search=true}.
 */
@Tag("learned")
class ScopeSecondOpinionTest {
    /**
     * Every action set, dev to held-out 39 (phase 29: held-out 32, 38 and 39 joined the fit, through the blame SEEN list; phase 27:
     * held-out 30; phase 26:
     * held-out 29; phase 25:
     * held-out 28; phase 24:
     * held-out 27; phase 23:
     * held-out 26; phase 22:
     * held-out 25; phase 21:
     * held-out 24; phase 20:
     * held-out 21 to 23; before, dev to held-out 20). The
     * held-out sets the scope rules were never tuned on are {@link #UNREAD}.
     */
    static final List<String> FOLDS = java.util.stream.Stream.concat(BlameClassifierTest.SEEN.stream(),
            // distinct: since blame phase 20 the blame SEEN list holds held-out 21 to 23 as well
            java.util.stream.Stream.of("heldout21", "heldout22", "heldout23")).distinct().toList();
    /**
     * Folds whose action items were never read while the scope rules were written (README, phase 18). Held-out 21 to 23
     * were read in phase 20 for the kinds of their scope misses, but no rule's verdict was changed from them (only the
     * wording of the model's findings), so the rules are still out of sample there.
     */
    static final List<String> UNREAD = List.of("heldout5", "heldout6", "heldout7", "heldout11", "heldout16", "heldout17",
            "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
            "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout42", "heldout43",
            "heldout44", "heldout45", "heldout46", "heldout47", "heldout49", "heldout50", "heldout52", "heldout56");

    /**
     * The unbounded items the rules tests hold the scope rules to (LanguageRulesTest's unbounded items and the bounded
     * finding in its per-criterion example). Until phase 19 a threshold the full fit would let clear any of them was
     * not allowed; since phase 20 the ones the shipped verdict clears are printed (the labelled sets call many such
     * items bounded: a calendar practice on a named system, a habit on a named artefact).
     */
    static final List<String> NEAR_MISSES = List.of(
            "Have the shift lead verify backups before handover",
            "Continue to watch for failed logins",
            "Retrain the support staff on escalation paths",
            "Adopt canary releases for future schema migrations",
            "De-risk Postgres major upgrades",
            "Communicate better",
            "Mary should be more careful with merges",
            "Should we add more alerts to our services?",
            "More load testing",
            "Strengthen database resilience",
            "Improve operator tooling",
            "Re-read the migration guide before upgrades",
            "Rehearse the database failover twice a year and record the time to recover",
            "Reconcile the DNS zone inventory against the registrar each month",
            "Run the restore drill every two weeks and log the restore time",
            "Own the search cluster's latency",
            "Ease off on Friday deploys",
            "Load-test harder next time",
            "Add a CI check for new migrations, ongoing",
            "Put patient safety first",
            "Never let this happen again",
            "Report every hour the depth of the payment queue to the duty manager",
            "Compare ledger totals with bank statements every week",
            "Publish a monthly report of certificate expiry dates",
            "Add a CI check that rejects an empty allow-list in every config going forward",
            "Double-check every invoice batch before release",
            "Review any new firewall rule before it ships",
            "Require a second reviewer for every firewall change, ongoing",
            "Reject weak passwords from now on");

    /** The bounded items the rules tests hold the scope rules to (LanguageRulesTest): the ones the model flags are printed. */
    static final List<String> NEAR_BOUNDED = List.of(
            "Audit the on-call escalation lists",
            "Improve logging of the billing exporter",
            "Make the rollback script quicker",
            "Keep the read replicas pinned at version 14.2 until the upgrade review",
            "Replay every schema change in CI against a nightly snapshot of the orders database",
            "Find out why the exporter ignores retries",
            "Should we move the cron job to UTC?",
            "Improve search monitoring",
            "Double-check the failover runbook before the next game day",
            "Add a CI check that fails any new migration creating an integer primary key",
            "Block deploys to the payments cluster in the 30 minutes before each settlement run",
            "Make the indexer own its retry budget of 3 attempts per document",
            "Put the payment service first in the failover order",
            "Rehearse the database failover once before the migration",
            "Reject any invoice batch whose line totals differ from the ledger export",
            "Report the depth of the payment queue to the duty manager",
            "Require a second reviewer's approval for any new firewall rule on the edge routers",
            "Reconcile the DNS zone inventory against the registrar automatically by cron each month",
            "Publish the depth of the payment queue every hour to the capacity dashboard automatically");

    record Row(String set, boolean label, boolean rules, boolean strong, boolean testable, String summary, float[] e) {}

    static List<Row> rows() throws Exception {
        // each set's rows on its own processor (Folds), in the sets' order
        java.util.Map<String, List<Row>> bySet = Folds.each(FOLDS, set -> {
            List<Row> rows = new ArrayList<>();
            for (StudySets.ActionRow a : StudySets.actions(set)) {
                rows.add(new Row(set, a.bounded(), Scope.rulesBounded(a.summary()), strong(a.summary()), Testability.testable(a.summary()),
                        a.summary(), Embeddings.of(a.summary().strip()).orElseThrow()));
            }
            return rows;
        });
        return bySet.values().stream().flatMap(List::stream).toList();
    }

    /** Scope.problem's combination: the model's verdict when it is confident either way, the rules' in between. */
    static boolean combined(Row r, double p, double flagsBelow, double clearsAt) {
        return Scope.combine(r.rules(), r.strong(), p, flagsBelow, clearsAt);
    }

    static boolean strong(String summary) {
        return Scope.rulesProblem(summary).map(Scope::strong).orElse(false);
    }

    /**
     * The confusion matrix over the rows of the given folds: [bounded said bounded, bounded said not (a wrong
     * finding), unbounded said bounded (a miss), unbounded said not, warnings users see (testable and said not
     * bounded), of which right].
     */
    static int[] score(List<Row> rows, double[] p, double flagsBelow, double clearsAt, List<String> folds) {
        int[] s = new int[6];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!folds.contains(r.set())) continue;
            boolean bounded = combined(r, p[i], flagsBelow, clearsAt);
            s[(r.label() ? 0 : 2) + (bounded ? 0 : 1)]++;
            if (r.testable() && !bounded) {
                s[4]++;
                if (!r.label()) s[5]++;
            }
        }
        return s;
    }

    /** What a wrong "not bounded" costs against a missed one (issue 16 phase 20: a wrong flag loses the user's trust). */
    static final int WRONG_FLAG_COST = 2;

    static int cost(int[] s) {
        return WRONG_FLAG_COST * s[1] + s[2];
    }

    /** Accuracy, the matrix, the majority baseline (answer the commoner label every time) and the warnings' precision. */
    static String fig(int[] s) {
        int n = s[0] + s[1] + s[2] + s[3];
        return String.format(Locale.ROOT, "%.3f [bounded: said bounded %d, said not %d | unbounded: said bounded %d, said not %d]"
                        + " majority %.3f, warning precision %.3f of %d", (double) (s[0] + s[3]) / n, s[0], s[1], s[2], s[3],
                (double) Math.max(s[0] + s[1], s[2] + s[3]) / n, s[4] == 0 ? 1.0 : (double) s[5] / s[4], s[4]);
    }

    @Test
    void thresholdsAndWeightsAreTheCrossValidatedOnes() throws Exception {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(2900);
        List<SecondOpinionTest.Row> asRows = rows.stream()
                .map(r -> new SecondOpinionTest.Row(r.set(), r.label(), r.rules(), r.summary().strip(), r.e())).toList();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n=== second opinion, bounded: %d action items, leave one of %d sets out ===%n", rows.size(), FOLDS.size()));
        double never = 2;
        double bestScale = 0, bestAlone = -1, chosenClear = never, chosenFlag = 0;
        double[] chosenP = null, chosenFull = null;
        for (double scale : SecondOpinionTest.scales(SecondOpinion.Task.BOUNDED.resource)) {
            double[] p = new double[rows.size()];
            // every fold left out, then (key null) the fit on all sets
            List<String> fits = new java.util.ArrayList<>(FOLDS);
            fits.add(null);
            java.util.Map<String, double[]> weights = Folds.each(fits, held -> SecondOpinionTest.fit(
                    held == null ? asRows : asRows.stream().filter(r -> !r.set().equals(held)).toList(), scale));
            for (String held : FOLDS) {
                double[] w = weights.get(held);
                for (int i = 0; i < rows.size(); i++) if (rows.get(i).set().equals(held)) p[i] = SecondOpinion.probability(w, rows.get(i).e());
            }
            int alone = 0;
            for (int i = 0; i < rows.size(); i++) if ((p[i] >= 0.5) == rows.get(i).label()) alone++;
            double modelAlone = (double) alone / rows.size();
            out.append(String.format(Locale.ROOT, "x%.0f: model alone %.3f; not bounded below f, bounded at or above c, the rules"
                    + " in between (cost = %d x wrong findings + misses, unread folds):%n", scale, modelAlone, WRONG_FLAG_COST));
            double[] full = weights.get(null);
            double bestC = never, bestF = 0;
            int bestCost = Integer.MAX_VALUE;
            int[] rulesUnread = score(rows, p, 0, never, UNREAD);
            int shippedCost = Integer.MAX_VALUE;
            for (double f : FLAGS_BELOW) {
                for (double c : CLEARS_AT) {
                    if (f > c) continue;
                    int[] unread = score(rows, p, f, c, UNREAD);
                    if (c == never || f == 0 || f == c || c == 0.5 && f == 0.3) {
                        out.append(String.format(Locale.ROOT, "  f %.2f c %.2f: pooled %s; unread %s, cost %d%n", f, c,
                                fig(score(rows, p, f, c, FOLDS)), fig(unread), cost(unread)));
                    }
                    // phase 21: only combinations that keep the guards asserted below (fewer wrong findings than the
                    // rules on the unread folds, no more misses); ties go to the fewer interventions: the lower f, then
                    // the higher c (the grids' orders)
                    boolean guarded = unread[1] < rulesUnread[1] && unread[2] <= rulesUnread[2];
                    if (guarded && cost(unread) < bestCost) {
                        bestCost = cost(unread);
                        bestF = f;
                        bestC = c;
                    }
                    if (guarded && f == Scope.MODEL_FLAGS_BELOW && c == Scope.MODEL_CLEARS_AT) shippedCost = cost(unread);
                }
            }
            // phase 23 (fixed before any figure): the search leaves the shipped combination only for a margin, when the
            // best guarded cost is lower than the shipped one's by more than MARGIN of the shipped cost
            boolean bestIsShipped = bestF == Scope.MODEL_FLAGS_BELOW && bestC == Scope.MODEL_CLEARS_AT;
            if (shippedCost != Integer.MAX_VALUE && !bestIsShipped && !movesFromShipped(bestCost, shippedCost)) {
                out.append(String.format(Locale.ROOT, "  best without the margin: f %.2f c %.2f, cost %d; shipped f %.2f c %.2f, "
                        + "cost %d: within %.0f%%, kept%n", bestF, bestC, bestCost, Scope.MODEL_FLAGS_BELOW,
                        Scope.MODEL_CLEARS_AT, shippedCost, MARGIN * 100));
                bestF = Scope.MODEL_FLAGS_BELOW;
                bestC = Scope.MODEL_CLEARS_AT;
                bestCost = shippedCost;
            } else if (shippedCost != Integer.MAX_VALUE) {
                out.append(String.format(Locale.ROOT, "  shipped f %.2f c %.2f: cost %d%n", Scope.MODEL_FLAGS_BELOW,
                        Scope.MODEL_CLEARS_AT, shippedCost));
            }
            out.append(String.format(Locale.ROOT, "  best (fewer wrong findings than the rules on the unread folds, no more "
                    + "misses): f %.2f c %.2f, cost %d%n", bestF, bestC, bestCost));
            if (modelAlone > bestAlone) {
                bestAlone = modelAlone;
                bestScale = scale;
                chosenClear = bestC;
                chosenFlag = bestF;
                chosenP = p;
                chosenFull = full;
            }
        }
        out.append(String.format(Locale.ROOT, "chosen: x%.0f, f %.2f, c %.2f%n  per fold, rules alone -> shipped combination"
                + " (leave-one-set-out):%n", bestScale, chosenFlag, chosenClear));
        for (String fold : FOLDS) {
            out.append(String.format(Locale.ROOT, "  %-10s %s%n  %-10s -> %s%s%n", fold, fig(score(rows, chosenP, 0, never, List.of(fold))), "",
                    fig(score(rows, chosenP, chosenFlag, chosenClear, List.of(fold))), UNREAD.contains(fold) ? "  (never read for the scope rules)" : ""));
        }
        // the rules tests' examples (LanguageRulesTest) whose shipped verdict the model changes under the full fit: those
        // tests hold the rules to them (Scope.rulesBounded); the shipped verdict is measured on the labelled sets above
        for (String n : NEAR_MISSES) {
            double pn = SecondOpinion.probability(chosenFull, Embeddings.of(n).orElseThrow());
            if (Scope.combine(false, strong(n), pn, chosenFlag, chosenClear)) out.append(String.format(Locale.ROOT, "  rules-test unbounded example the model clears (P %.3f): %s%n", pn, n));
        }
        for (String n : NEAR_BOUNDED) {
            double pn = SecondOpinion.probability(chosenFull, Embeddings.of(n).orElseThrow());
            if (!Scope.combine(Scope.rulesBounded(n), strong(n), pn, chosenFlag, chosenClear)) out.append(String.format(Locale.ROOT, "  rules-test bounded example the model flags (P %.3f): %s%n", pn, n));
        }
        List<String> opened = FOLDS.subList(FOLDS.indexOf("heldout21"), FOLDS.size());
        out.append(String.format(Locale.ROOT, "  pooled     %s%n          -> %s%n  unread     %s%n          -> %s%n  21 to 23   %s%n          -> %s%n",
                fig(score(rows, chosenP, 0, never, FOLDS)), fig(score(rows, chosenP, chosenFlag, chosenClear, FOLDS)),
                fig(score(rows, chosenP, 0, never, UNREAD)), fig(score(rows, chosenP, chosenFlag, chosenClear, UNREAD)),
                fig(score(rows, chosenP, 0, never, opened)), fig(score(rows, chosenP, chosenFlag, chosenClear, opened))));
        System.out.print(out);
        double[] w = chosenFull; // the fit on all sets at the chosen scale, made above for the near misses
        Path file = Path.of("src/main/resources" + SecondOpinion.Task.BOUNDED.resource);
        String data = SecondOpinionTest.fingerprint(asRows);
        if (Boolean.getBoolean("second.opinion.write")) {
            StringBuilder b = new StringBuilder();
            b.append("# SecondOpinion (issue 16, phase 29): logistic regression on the all-MiniLM-L6-v2 (quantized) embedding, P(bounded)\n");
            b.append(String.format(Locale.ROOT, "# fitted on the %d action items of every study set, dev to held-out 39 (ScopeSecondOpinionTest, "
                    + "-Dsecond.opinion.write=true), L2 %.2f, embedding x%.0f; bias first, then one weight per dimension%n",
                    rows.size(), SecondOpinionTest.L2, bestScale));
            b.append(SecondOpinionTest.dataLine(data));
            for (double x : w) b.append(String.format(Locale.ROOT, "%.6f%n", x));
            Files.writeString(file, b.toString());
        }
        SecondOpinionTest.assertSameData(SecondOpinion.Task.BOUNDED.resource, data);
        double[] stored = SecondOpinion.read(SecondOpinion.Task.BOUNDED.resource);
        SecondOpinionTest.assertSameModel("bounded", stored, w, rows.stream().map(r -> r.e()).toList(), Scope.MODEL_FLAGS_BELOW, Scope.MODEL_CLEARS_AT);
        assertThat(Scope.MODEL_CLEARS_AT).isEqualTo(chosenClear);
        assertThat(Scope.MODEL_FLAGS_BELOW).isEqualTo(chosenFlag);
        // the shipped combination beats answering "bounded" every time on the folds nobody read for the scope rules
        int[] unread = score(rows, chosenP, chosenFlag, chosenClear, UNREAD);
        assertThat(unread[0] + unread[3]).isGreaterThan(Math.max(unread[0] + unread[1], unread[2] + unread[3]));
        // and makes fewer wrong "not bounded" findings than the rules alone there, without missing more unbounded items
        int[] rulesUnread = score(rows, chosenP, 0, never, UNREAD);
        assertThat(unread[1]).isLessThan(rulesUnread[1]);
        assertThat(unread[2]).isLessThanOrEqualTo(rulesUnread[2]);
    }

    /**
     * Phase 23, fixed before any figure was seen: the search leaves the shipped combination ({@link Scope#MODEL_FLAGS_BELOW},
     * {@link Scope#MODEL_CLEARS_AT}), when it is within the guards, only for a cost lower than the shipped one's by more
     * than this share of the shipped cost (phase 22 moved f 0.3 to 0.25 for one unit of 592, and bounded fell on the
     * three sealed sets that judged it).
     */
    static final double MARGIN = 0.01;

    static boolean movesFromShipped(int bestCost, int shippedCost) {
        return shippedCost - bestCost > MARGIN * shippedCost;
    }

    static final double[] FLAGS_BELOW = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
    static final double[] CLEARS_AT = {2, 0.98, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3};
}
