package io.postmortem.rules.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's maximum-entropy training, the one way the learned signals (the blame classifier, the second opinions) are
 * fitted. It indexes the events and trains on the index, as {@code EventTrainer.train(ObjectStream)} does, without the
 * checksum of every event's text that method computes only for its training report: the model is the same, and the
 * checksum (each event written out as a string) cost as much as the fit for dense features.
 */
public final class Maxent {

    private Maxent() {
    }

    /** Trains on the events in their order (deterministic for the same events and parameters). */
    public static MaxentModel train(TrainingParameters params, List<Event> events) {
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            if (trainer instanceof AbstractEventTrainer indexed) {
                return indexed.train(indexed.getDataIndexer(ObjectStreamUtils.createObjectStream(events)));
            }
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
