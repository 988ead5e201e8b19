package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15, learned precedence (shipped in its "stacked" form through {@link LearnedChooser}): a conditional logit over one key time's candidates plus "unknown". Each
 * candidate gets a score {@code w · features}; "unknown" gets {@code v · listFeatures}; the highest wins. Features are
 * general (kind of statement, basis, confidence and its gap to the best, order in time among the choosable and among
 * the same kind of statement, distance to the ticket's creation and to the other candidates, how long after the time
 * it was written, approximate or not, the kind of source, agreement within 3 minutes, the category of the reason the
 * extraction gives, and, in the "stacked" variant, whether {@link Precedence} chose it); never an incident's words.
 * Pure: no clock, no I/O but the weights' text form.
 */
public final class LearnedPrecedence {

    /** Names of the candidate features, in order. */
    public static final List<String> FEATURES;
    /** Names of the "unknown" option's features, in order. */
    public static final List<String> NULL_FEATURES = List.of("null.started", "null.detected", "null.resolved", "null.maxConf",
            "null.anyChoosable", "null.logCount");
    private static final String[] REASONS = {"window", "impact", "recovery", "partial", "status post", "alert", "page", "noticed",
            "report", "onset", "failure event", "failing since", "closing", "cause or of the infrastructure", "plus how long",
            "after the chosen", "later message", "message's own time", "inferred", "transition", "creation", "came back", "lags"};

    static {
        List<String> f = new ArrayList<>();
        for (Statement s : Statement.values()) f.add("statement." + s);
        f.addAll(List.of("inferred", "confidence", "confGap", "contender", "choosable", "firstChoosable", "rankChoosable",
                "firstContender", "rankSameStatement", "afterCreation", "logMinFromCreation", "logMinFromFirst", "logMinToLast",
                "logDelay", "noWrittenAt", "approximate", "src.comment", "src.description", "src.changelog", "src.paste", "src.chat",
                "agreeSameKind", "machineNear", "otherKindNear", "kind.started", "kind.detected", "kind.resolved"));
        for (String r : REASONS) f.add(reasonFeature(r));
        f.add("precedencePick");
        FEATURES = List.copyOf(f);
    }

    private final double[] w;
    private final double[] v;
    private final boolean stacked;

    public LearnedPrecedence(double[] w, double[] v, boolean stacked) {
        if (w.length != FEATURES.size() || v.length != NULL_FEATURES.size()) throw new IllegalArgumentException("weights do not fit the features");
        this.w = w.clone();
        this.v = v.clone();
        this.stacked = stacked;
    }

    public boolean stacked() {
        return stacked;
    }

    /** One key time's options: the candidates' feature rows, then the "unknown" row. */
    public record Options(Kind kind, List<KeyTimeCandidate> candidates, double[][] x, double[] z) {
    }

    /**
     * The options of one key time. {@code created} is the ticket's creation (null if unknown); {@code all} every kind's
     * candidates (for agreement across kinds); {@code precedencePick} what {@link Precedence} chose (null: unknown or
     * not given).
     */
    public static Options options(Kind kind, Map<Kind, List<KeyTimeCandidate>> all, Instant created, Instant precedencePick) {
        List<KeyTimeCandidate> cs = new ArrayList<>();
        for (KeyTimeCandidate c : all.getOrDefault(kind, List.of())) if (c != null && c.at() != null) cs.add(c);
        boolean earliest = kind != Kind.RESOLVED;
        double top = 0;
        Instant first = null, last = null;
        List<KeyTimeCandidate> choosable = new ArrayList<>();
        for (KeyTimeCandidate c : cs) {
            top = Math.max(top, c.confidence());
            if (first == null || c.at().isBefore(first)) first = c.at();
            if (last == null || c.at().isAfter(last)) last = c.at();
            if (choosable(c)) choosable.add(c);
        }
        double topChoosable = choosable.stream().mapToDouble(KeyTimeCandidate::confidence).max().orElse(0);
        double[][] x = new double[cs.size()][];
        for (int i = 0; i < cs.size(); i++) {
            KeyTimeCandidate c = cs.get(i);
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("statement." + c.statement(), 1.0);
            if (c.basis() == KeyTime.Basis.INFERRED) f.put("inferred", 1.0);
            f.put("confidence", c.confidence());
            f.put("confGap", c.confidence() - top);
            boolean contender = choosable(c) && c.confidence() >= topChoosable - Precedence.CONTENDERS - 1e-9;
            if (contender) f.put("contender", 1.0);
            if (choosable(c)) {
                f.put("choosable", 1.0);
                int r = rank(c, choosable, earliest);
                if (r == 0) f.put("firstChoosable", 1.0);
                f.put("rankChoosable", 1.0 / (1 + r));
            }
            if (contender) {
                List<KeyTimeCandidate> cont = new ArrayList<>();
                for (KeyTimeCandidate o : choosable) if (o.confidence() >= topChoosable - Precedence.CONTENDERS - 1e-9) cont.add(o);
                if (rank(c, cont, earliest) == 0) f.put("firstContender", 1.0);
            }
            List<KeyTimeCandidate> same = new ArrayList<>();
            for (KeyTimeCandidate o : cs) if (o.statement() == c.statement()) same.add(o);
            f.put("rankSameStatement", 1.0 / (1 + rank(c, same, earliest)));
            if (created != null) {
                long m = Duration.between(created, c.at()).toMinutes();
                if (m >= 0) f.put("afterCreation", 1.0);
                f.put("logMinFromCreation", Math.signum(m) * Math.log1p(Math.abs(m)) / 5);
            }
            f.put("logMinFromFirst", Math.log1p(Duration.between(first, c.at()).toMinutes()) / 5);
            f.put("logMinToLast", Math.log1p(Duration.between(c.at(), last).toMinutes()) / 5);
            if (c.writtenAt() == null) f.put("noWrittenAt", 1.0);
            else f.put("logDelay", Math.log1p(Math.max(0, Duration.between(c.at(), c.writtenAt()).toMinutes())) / 5);
            String reason = c.reason() == null ? "" : c.reason().toLowerCase(Locale.ROOT);
            if (reason.contains("approximate") || c.original() != null && c.original().contains("~")) f.put("approximate", 1.0);
            f.put("src." + sourceType(c), 1.0);
            int agree = 0;
            boolean machine = false;
            for (KeyTimeCandidate o : cs) {
                if (o == c || o.statement() == Statement.TICKET_RECORD || !near(o, c)) continue;
                if (o.source() == null || !o.source().equals(c.source())) agree++;
                if (o.statement() == Statement.MACHINE_STAMP && c.statement() != Statement.MACHINE_STAMP) machine = true;
            }
            f.put("agreeSameKind", Math.min(agree, 3) / 3.0);
            if (machine) f.put("machineNear", 1.0);
            for (Kind k : Kind.values()) {
                if (k == kind) continue;
                for (KeyTimeCandidate o : all.getOrDefault(k, List.of()))
                    if (o != null && o.at() != null && o.statement() != Statement.TICKET_RECORD && near(o, c)) {
                        f.put("otherKindNear", 1.0);
                        break;
                    }
            }
            f.put("kind." + kind.name().toLowerCase(Locale.ROOT), 1.0);
            for (String r : REASONS) if (reason.contains(r)) f.put(reasonFeature(r), 1.0);
            if (precedencePick != null && c.minute() == Minutes.of(precedencePick)) f.put("precedencePick", 1.0);
            double[] row = new double[FEATURES.size()];
            f.forEach((name, value) -> {
                int j = FEATURES.indexOf(name);
                if (j < 0) throw new IllegalStateException("no feature " + name);
                row[j] = value;
            });
            x[i] = row;
        }
        double[] z = new double[NULL_FEATURES.size()];
        z[kind.ordinal()] = 1;
        z[3] = choosable.isEmpty() ? 0 : topChoosable;
        z[4] = choosable.isEmpty() ? 0 : 1;
        z[5] = Math.log1p(cs.size()) / 3;
        return new Options(kind, List.copyOf(cs), x, z);
    }

    /** A reason category's feature name: one word (the weights' text form is "name value"). */
    private static String reasonFeature(String r) {
        return "reason." + r.replace(' ', '_').replace("'", "");
    }

    private static boolean choosable(KeyTimeCandidate c) {
        return c.statement() != Statement.TICKET_RECORD && c.confidence() >= Precedence.CHOOSE;
    }

    private static boolean near(KeyTimeCandidate a, KeyTimeCandidate b) {
        return Duration.between(a.at(), b.at()).abs().compareTo(Duration.ofMinutes(3)) <= 0;
    }

    /** Place in time order (0 = first in the direction the kind prefers), ties share the place. */
    private static int rank(KeyTimeCandidate c, List<KeyTimeCandidate> among, boolean earliest) {
        int r = 0;
        for (KeyTimeCandidate o : among) if (earliest ? o.minute() < c.minute() : o.minute() > c.minute()) r++;
        return r;
    }

    static String sourceType(KeyTimeCandidate c) {
        String s = c.source() == null ? "" : c.source();
        if (s.startsWith("comment:")) return "comment";
        if (s.startsWith("issue:")) return "description";
        if (s.startsWith("changelog:")) return "changelog";
        if (s.startsWith("paste:")) return "paste";
        return "chat";
    }

    /** Scores: one per candidate, then the "unknown" option's. */
    public double[] scores(Options o) {
        double[] s = new double[o.x().length + 1];
        for (int i = 0; i < o.x().length; i++) s[i] = dot(w, o.x()[i]);
        s[o.x().length] = dot(v, o.z());
        return s;
    }

    /** The options' probabilities (softmax of the scores), the last one "unknown"'s. */
    public double[] probabilities(Options o) {
        double[] s = scores(o);
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (double d : s) max = Math.max(max, d);
        for (int i = 0; i < s.length; i++) sum += s[i] = Math.exp(s[i] - max);
        for (int i = 0; i < s.length; i++) s[i] /= sum;
        return s;
    }

    /** The probability that the minute of {@code at} is the right one (its candidates' together); 0 for null. */
    public double probabilityOf(Options o, Instant at) {
        if (at == null) return 0;
        double[] p = probabilities(o);
        double sum = 0;
        long m = Minutes.of(at);
        for (int i = 0; i < o.candidates().size(); i++) if (o.candidates().get(i).minute() == m) sum += p[i];
        return sum;
    }

    /**
     * The likeliest minute (its candidates' probabilities together) and its best-scored candidate (null when there is no
     * candidate), with the probability of the runner-up minute and of "unknown".
     */
    public record Ranked(KeyTimeCandidate best, double p, double runnerUp, double unknown) {
    }

    /** The candidates ranked by minute: see {@link Ranked}. */
    public Ranked rank(Options o) {
        double[] p = probabilities(o);
        Map<Long, Double> byMinute = new LinkedHashMap<>();
        for (int i = 0; i < o.candidates().size(); i++) byMinute.merge(o.candidates().get(i).minute(), p[i], Double::sum);
        KeyTimeCandidate best = null;
        double bestP = -1, bestOwn = -1;
        for (int i = 0; i < o.candidates().size(); i++) {
            KeyTimeCandidate c = o.candidates().get(i);
            double pm = byMinute.get(c.minute());
            if (pm > bestP + 1e-12 || Math.abs(pm - bestP) <= 1e-12 && p[i] > bestOwn) {
                best = c;
                bestP = pm;
                bestOwn = p[i];
            }
        }
        double second = 0;
        for (Map.Entry<Long, Double> e : byMinute.entrySet())
            if (best == null || e.getKey() != best.minute()) second = Math.max(second, e.getValue());
        return new Ranked(best, Math.max(0, bestP), second, p[p.length - 1]);
    }

    /**
     * The candidate of the likeliest minute (its candidates' probabilities together) when that minute is right with
     * probability {@code least} or more, the best-scored candidate of it; else null ("unknown").
     */
    public KeyTimeCandidate choose(Options o, double least) {
        Ranked r = rank(o);
        return r.best() != null && r.p() >= least ? r.best() : null;
    }

    /** The three key times, each chosen by the model on its own (each keeps its candidates, ranked as Precedence does). */
    public KeyTimes choose(Map<Kind, List<KeyTimeCandidate>> all, Instant created, KeyTimes precedence, double least) {
        Map<Kind, KeyTime> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            Instant pick = null;
            if (stacked && precedence != null) {
                KeyTime p = k == Kind.STARTED ? precedence.started() : k == Kind.DETECTED ? precedence.detected() : precedence.resolved();
                pick = p.known() ? p.at() : null;
            }
            Options o = options(k, all, created, pick);
            KeyTimeCandidate c = choose(o, least);
            List<KeyTimeCandidate> ranked = Precedence.ranked(all.getOrDefault(k, List.of()));
            out.put(k, c == null ? KeyTime.unknown("the learned precedence says nothing here is likely right; the candidates below are hints", ranked)
                    : KeyTime.of(c, c.basis(), c.reason(), ranked));
        }
        return new KeyTimes(out.get(Kind.STARTED), out.get(Kind.DETECTED), out.get(Kind.RESOLVED));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** The weights as text: one "name value" a line, then "stacked true|false". */
    public String write() {
        StringBuilder b = new StringBuilder("# learned key-time precedence: conditional logit weights (issue 15)\n");
        b.append("stacked ").append(stacked).append('\n');
        for (int i = 0; i < w.length; i++) b.append(FEATURES.get(i)).append(' ').append(Double.toString(w[i])).append('\n');
        for (int i = 0; i < v.length; i++) b.append(NULL_FEATURES.get(i)).append(' ').append(Double.toString(v[i])).append('\n');
        return b.toString();
    }

    /** Reads {@link #write()}'s text; a missing or unknown name is an error that names it. */
    public static LearnedPrecedence read(String text) {
        double[] w = new double[FEATURES.size()], v = new double[NULL_FEATURES.size()];
        boolean[] seenW = new boolean[w.length], seenV = new boolean[v.length];
        Boolean stacked = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] p = l.split("\\s+");
            if (p.length != 2) throw new IllegalArgumentException("bad weights line: " + l);
            if (p[0].equals("stacked")) {
                stacked = Boolean.parseBoolean(p[1]);
                continue;
            }
            int i = FEATURES.indexOf(p[0]), j = NULL_FEATURES.indexOf(p[0]);
            if (i >= 0) {
                w[i] = Double.parseDouble(p[1]);
                seenW[i] = true;
            } else if (j >= 0) {
                v[j] = Double.parseDouble(p[1]);
                seenV[j] = true;
            } else throw new IllegalArgumentException("unknown weight " + p[0]);
        }
        for (int i = 0; i < w.length; i++) if (!seenW[i]) throw new IllegalArgumentException("missing weight " + FEATURES.get(i));
        for (int i = 0; i < v.length; i++) if (!seenV[i]) throw new IllegalArgumentException("missing weight " + NULL_FEATURES.get(i));
        if (stacked == null) throw new IllegalArgumentException("missing 'stacked'");
        return new LearnedPrecedence(w, v, stacked);
    }
}
