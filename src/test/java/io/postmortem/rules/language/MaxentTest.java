package io.postmortem.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** {@link Maxent} skips OpenNLP's event checksum and nothing else: its models are the ones OpenNLP's own path trains. */
class MaxentTest {

    private static TrainingParameters params(boolean real) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        if (real) p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, 0.25);
        p.put(QNTrainer.THREADS_PARAM, 1);
        return p;
    }

    @Test
    void sparseAndDenseModelsAreTheOnesOpenNlpsOwnPathTrains() throws Exception {
        Random r = new Random(7);
        // sparse string features, as the blame classifier's
        List<Event> sparse = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean y = r.nextBoolean();
            List<String> f = new ArrayList<>(List.of("w=" + r.nextInt(40), "v=" + r.nextInt(15)));
            if (y && r.nextInt(4) > 0) f.add("subject=person");
            sparse.add(new Event(y ? "BLAME" : "OK", f.toArray(String[]::new)));
        }
        // dense real values, as the second opinions' embeddings
        String[] ctx = {"bias", "e0", "e1", "e2"};
        List<Event> dense = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            float a = (float) r.nextGaussian(), b = (float) r.nextGaussian(), c = (float) r.nextGaussian();
            dense.add(new Event(a + 0.5 * b + 0.3 * r.nextGaussian() > 0 ? "Y" : "N", ctx, new float[] {1f, a, b, c}));
        }
        MaxentModel ours = Maxent.train(params(false), sparse);
        MaxentModel theirs = TrainerFactory.getEventTrainer(params(false), null).train(ObjectStreamUtils.createObjectStream(sparse));
        for (Event e : sparse) assertThat(ours.eval(e.getContext())).containsExactly(theirs.eval(e.getContext()));
        ours = Maxent.train(params(true), dense);
        theirs = TrainerFactory.getEventTrainer(params(true), null).train(ObjectStreamUtils.createObjectStream(dense));
        for (Event e : dense) assertThat(ours.eval(e.getContext(), e.getValues())).containsExactly(theirs.eval(e.getContext(), e.getValues()));
        // and the sparse model learned something: the feature that marks blame raises its probability
        double with = ours(sparse).eval(new String[] {"w=1", "v=1", "subject=person"})[ours(sparse).getIndex("BLAME")];
        double without = ours(sparse).eval(new String[] {"w=1", "v=1"})[ours(sparse).getIndex("BLAME")];
        assertThat(with).isGreaterThan(without + 0.2);
    }

    private static MaxentModel ours(List<Event> events) {
        return Maxent.train(params(false), events);
    }
}
