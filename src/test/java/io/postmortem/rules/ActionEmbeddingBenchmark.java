package io.postmortem.rules;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, phase 15 (cross-validation only; phase 16 shipped a combination chosen by {@link SecondOpinionTest}; README): would the sentence embedding (all-MiniLM-L6-v2,
 * quantized, as in {@link BlameEmbeddingBenchmark}) judge action-item testability and went-well vagueness better than
 * the hand rules ({@link Testability#testable}, {@link WentWell#problem})? Leave one seen study set out (the sets of
 * {@link BlameClassifierTest#SECOND_OPINION_SETS}; held-out 16 and 17 are not read): a logistic regression (OpenNLP's maxent, L2 0.25)
 * on the embedding alone, and on the rules' verdict plus the embedding, trained on the other sets, scored on the one left
 * out, against the rules' accuracy on the same rows. The rules were tuned on these sets, so theirs is an in-sample
 * figure (an upper bound for them); the models' are out of sample. Also prints how many rows have a near duplicate
 * (cosine at least 0.95) in another set, which would flatter the models. On demand (about three minutes):
 * {@code ./mvnw -B -o test -Dtest=ActionEmbeddingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ActionEmbeddingBenchmark {
    record R(String set, boolean label, boolean rules, float[] e) {}

    static String[] ctx(R r, boolean withRules) {
        List<String> c = new ArrayList<>(List.of("bias"));
        if (withRules) c.add("rules=" + r.rules());
        for (int i = 0; i < r.e().length; i++) c.add("e" + i);
        return c.toArray(String[]::new);
    }

    static float[] val(R r, boolean withRules, double scale) {
        int n = withRules ? 2 : 1;
        float[] v = new float[n + r.e().length];
        java.util.Arrays.fill(v, 0, n, 1f);
        for (int i = 0; i < r.e().length; i++) v[n + i] = (float) (scale * r.e()[i]);
        return v;
    }

    static MaxentModel fit(List<R> rows, boolean withRules, double scale) throws Exception {
        List<Event> ev = new ArrayList<>();
        for (R r : rows) ev.add(new Event(r.label() ? "Y" : "N", ctx(r, withRules), val(r, withRules, scale)));
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, 0.25);
        p.put(QNTrainer.THREADS_PARAM, 1);
        return TrainerFactory.getEventTrainer(p, null).train(ObjectStreamUtils.createObjectStream(ev));
    }

    @Test
    void embeddingAgainstTheRulesByLeaveOneSetOut() throws Exception {
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String task : List.of("testable", "wentwell")) {
            List<R> rows = new ArrayList<>();
            for (String set : BlameClassifierTest.SECOND_OPINION_SETS) {
                if (task.equals("testable")) {
                    for (StudySets.ActionRow a : StudySets.actions(set)) {
                        rows.add(new R(set, a.testable(), Testability.testable(a.summary()), m.embed(a.summary()).content().vector()));
                    }
                } else {
                    for (StudySets.WentWellRow w : StudySets.wentWell(set)) {
                        rows.add(new R(set, w.vague(), WentWell.problem(w.sentence()).isPresent(), m.embed(w.sentence()).content().vector()));
                    }
                }
            }
            StringBuilder out = new StringBuilder(String.format("%n=== %s, leave one seen set out, %d rows ===%n", task, rows.size()));
            int rulesRight = 0;
            for (R r : rows) if (r.rules() == r.label()) rulesRight++;
            out.append(String.format("rules alone (tuned on these sets, in-sample): %.3f%n", (double) rulesRight / rows.size()));
            int nearDuplicates = 0;
            for (R r : rows) {
                for (R o : rows) {
                    if (o.set().equals(r.set())) continue;
                    double dot = 0;
                    for (int i = 0; i < r.e().length; i++) dot += r.e()[i] * o.e()[i];
                    if (dot >= 0.95) {
                        nearDuplicates++;
                        break;
                    }
                }
            }
            out.append(String.format("rows with a near duplicate (cosine >= 0.95) in another set: %d%n", nearDuplicates));
            assertThat(rows).hasSizeGreaterThan(500);
            for (boolean withRules : new boolean[] {false, true}) {
                for (double scale : new double[] {3, 10}) {
                    int right = 0, changed = 0, fixed = 0, broke = 0;
                    StringBuilder folds = new StringBuilder();
                    for (String held : BlameClassifierTest.SECOND_OPINION_SETS) {
                        List<R> train = rows.stream().filter(r -> !r.set().equals(held)).toList();
                        MaxentModel mm = fit(train, withRules, scale);
                        int fr = 0, fn = 0;
                        for (R r : rows) {
                            if (!r.set().equals(held)) continue;
                            boolean pred = mm.eval(ctx(r, withRules), val(r, withRules, scale))[mm.getIndex("Y")] >= 0.5;
                            fn++;
                            if (pred == r.label()) { right++; fr++; }
                            if (pred != r.rules()) {
                                changed++;
                                if (pred == r.label()) fixed++; else broke++;
                            }
                        }
                        folds.append(String.format(" %s %.3f;", held.replace("heldout", "h"), (double) fr / fn));
                    }
                    out.append(String.format("%s x%.0f: pooled accuracy %.3f (differs from rules on %d: %d right, %d wrong)%n  per fold:%s%n",
                            withRules ? "rules verdict + embedding" : "embedding alone", scale, (double) right / rows.size(),
                            changed, fixed, broke, folds));
                }
            }
            System.out.print(out);
        }
    }
}
