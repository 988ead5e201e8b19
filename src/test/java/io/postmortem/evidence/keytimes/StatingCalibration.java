package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 15, phase 35: whether the learned precedence's pick is STATED at all. The ranker ({@link LearnedPrecedence})
 * orders a key time's candidates; its probabilities are those of a model trained mostly on text the rules were tuned on,
 * so on unseen text they are too sure (on the first runs, 28% of the picks it states at 0.5 or more are wrong). This is a
 * logistic calibration of "the picked minute is right", trained only on the regime of unseen text (every held-out set's
 * first run, each chosen by a ranker trained without that set), from general features of the pick: the ranker's
 * probability of the minute and of the runner-up and of "unknown", the statement's kind, confidence and basis, whether
 * it is approximate or read in an assumed zone, whether another source agrees within the chat-clock slack (firmly or
 * not), whether another choosable candidate says another minute, whether the rules chose the same minute, and the kind of
 * key time; never an incident's words. With a wrong STATED minute costing twice a minute left unknown (the ship rules'
 * cost), a pick is worth stating exactly when it is right with probability over one half, so the pick is stated when the
 * calibrated probability is {@value #STATE_AT} or more, else the key time is UNKNOWN with its candidates offered.
 * Pure: no clock, no I/O but the weights' text form. A measurement, not wired into the product (KeyTimeRankBenchmark
 * uses it; LearnedChooser.LEAST says why), so it lives with the tests.
 */
public final class StatingCalibration {

    /** A pick is stated when it is right with at least this calibrated probability (a wrong one costs 2, unknown 1). */
    public static final double STATE_AT = 0.5;
    /** Minutes within which two statements agree (the seed's chat-clock slack, as for corroboration). */
    private static final long SLACK = 3;

    /** Names of the features, in order. */
    public static final List<String> FEATURES = List.of("bias", "logitP", "pRunnerUp", "pUnknown", "confidence", "statement.MACHINE_STAMP",
            "statement.LIVE_REPORT", "statement.EARLY_ESTIMATE", "statement.HINDSIGHT", "inferred", "approximate", "assumedZone",
            "agreeOther", "agreeFirm", "disputedOther", "rulesSame", "rulesUnknown", "kind.started", "kind.detected", "kind.resolved");

    private final double[] w;

    public StatingCalibration(double[] w) {
        if (w.length != FEATURES.size()) throw new IllegalArgumentException("weights do not fit the features");
        this.w = w.clone();
    }


    /** The features of stating {@code pick} among {@code candidates} (the key time's own), the rules having chosen {@code rulesPick} (null: unknown). */
    public static double[] features(Kind kind, LearnedPrecedence.Ranked pick, List<KeyTimeCandidate> candidates, Instant rulesPick) {
        double[] x = new double[FEATURES.size()];
        KeyTimeCandidate c = pick.best();
        set(x, "bias", 1);
        double p = Math.min(1 - 1e-4, Math.max(1e-4, pick.p()));
        set(x, "logitP", Math.log(p / (1 - p)) / 4);
        set(x, "pRunnerUp", pick.runnerUp());
        set(x, "pUnknown", pick.unknown());
        set(x, "confidence", c.confidence());
        if (c.statement() != null && c.statement() != Statement.TICKET_RECORD) set(x, "statement." + c.statement(), 1);
        if (c.basis() == KeyTime.Basis.INFERRED) set(x, "inferred", 1);
        String reason = c.reason() == null ? "" : c.reason().toLowerCase(Locale.ROOT);
        if (reason.contains("approximate") || c.original() != null && c.original().contains("~")) set(x, "approximate", 1);
        if (c.assumedZone() != null) set(x, "assumedZone", 1);
        boolean other = false, firm = false, disputed = false;
        for (KeyTimeCandidate o : candidates) {
            if (o == null || o.at() == null || o == c || o.statement() == Statement.TICKET_RECORD) continue;
            boolean sameSource = o.source() != null && o.source().equals(c.source());
            long apart = Math.abs(o.minute() - c.minute());
            if (apart <= SLACK) {
                if (sameSource) continue;
                other = true;
                firm |= Math.max(o.confidence(), c.confidence()) >= 0.75 && o.confidence() >= Precedence.CHOOSE;
            } else if (o.confidence() >= Precedence.CHOOSE && o.basis() == KeyTime.Basis.STATED && o.confidence() >= c.confidence() - 0.3) {
                disputed = true;
            }
        }
        if (other) set(x, "agreeOther", 1);
        if (firm) set(x, "agreeFirm", 1);
        if (disputed) set(x, "disputedOther", 1);
        if (rulesPick == null) set(x, "rulesUnknown", 1);
        else if (Math.abs(c.minute() - io.postmortem.postmortem.Minutes.of(rulesPick)) == 0) set(x, "rulesSame", 1);
        set(x, "kind." + kind.name().toLowerCase(Locale.ROOT), 1);
        return x;
    }

    private static void set(double[] x, String name, double value) {
        int j = FEATURES.indexOf(name);
        if (j < 0) throw new IllegalStateException("no feature " + name);
        x[j] = value;
    }

    /** The calibrated probability that the pick is right. */
    public double probability(double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return 1 / (1 + Math.exp(-s));
    }

    /** Fits the weights: L2-penalised logistic regression by plain full-batch gradient descent from zero (deterministic). */
    public static StatingCalibration fit(List<double[]> xs, List<Boolean> right, double l2, int steps, double rate) {
        int n = FEATURES.size();
        double[] w = new double[n];
        for (int step = 0; step < steps; step++) {
            double[] g = new double[n];
            for (int k = 0; k < xs.size(); k++) {
                double[] x = xs.get(k);
                double s = 0;
                for (int j = 0; j < n; j++) s += w[j] * x[j];
                double d = 1 / (1 + Math.exp(-s)) - (right.get(k) ? 1 : 0);
                for (int j = 0; j < n; j++) g[j] += d * x[j];
            }
            for (int j = 0; j < n; j++) w[j] -= rate * (g[j] / xs.size() + (j == 0 ? 0 : l2 * w[j]));
        }
        return new StatingCalibration(w);
    }

    /** The weights as text: one "name value" a line. */
    public String write() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) b.append(FEATURES.get(i)).append(' ').append(Double.toString(w[i])).append('\n');
        return b.toString();
    }

    /** Reads {@link #write()}'s lines (others, "#" comments and blank lines, skipped); a missing or unknown name is an error. */
    public static StatingCalibration read(String text) {
        double[] w = new double[FEATURES.size()];
        boolean[] seen = new boolean[w.length];
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] p = l.split("\\s+");
            if (p.length != 2) throw new IllegalArgumentException("bad calibration line: " + l);
            int i = FEATURES.indexOf(p[0]);
            if (i < 0) throw new IllegalArgumentException("unknown calibration weight " + p[0]);
            w[i] = Double.parseDouble(p[1]);
            seen[i] = true;
        }
        for (int i = 0; i < w.length; i++) if (!seen[i]) throw new IllegalArgumentException("missing calibration weight " + FEATURES.get(i));
        return new StatingCalibration(w);
    }

    /** The features that are not zero (for a reason or a test). */
    static List<String> on(double[] x) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (x[i] != 0) out.add(FEATURES.get(i));
        return out;
    }
}
