package io.postmortem.rules.language;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The meaning layer: a sentence as a 384-dimensional vector (unit length) from all-MiniLM-L6-v2, quantized to int8,
 * run in-process on onnxruntime through langchain4j (model and tokenizer ship inside the dependency's jar; nothing is
 * downloaded). Sentences that mean alike lie close ("Great teamwork" and "Everyone pulled together"; "Add an alert
 * when p99 latency exceeds 2 s" and "Page on-call when the error rate is above 5%"). The model loads once per JVM on
 * first use (about 0.7 s, plus extracting onnxruntime's and the tokenizer's native libraries to the temporary
 * directory and {@code ~/.djl.ai}); a sentence costs 2 to 6 ms on one core. Results are cached (least recently used
 * out first; 8,192 sentences, about 14 MB, as many as {@link English}'s cache of tagged sentences). If the native
 * libraries cannot load (e.g. a musl image), {@link #of} answers empty from then on and the callers keep the rules'
 * verdict. Thread-safe.
 */
public final class Embeddings {
    private Embeddings() {
    }

    /** The length of every vector. */
    public static final int DIMENSION = 384;

    private static final System.Logger LOG = System.getLogger(Embeddings.class.getName());

    private static final class Holder {
        static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            try {
                return new AllMiniLmL6V2QuantizedEmbeddingModel();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "sentence embedding model unavailable; the rules judge alone", e);
                return null;
            }
        }
    }

    private static final int CACHE_SIZE = 8192;
    private static final Map<String, float[]> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /**
     * The sentence's vector (unit length, {@link #DIMENSION} values; callers must not change it), or empty when the
     * model cannot run here.
     */
    public static Optional<float[]> of(String sentence) {
        String key = sentence == null || sentence.isBlank() ? "." : sentence.strip();
        float[] cached = CACHE.get(key);
        if (cached != null) return Optional.of(cached);
        EmbeddingModel model = Holder.MODEL;
        if (model == null) return Optional.empty();
        float[] fresh;
        try {
            fresh = model.embed(key).content().vector();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "sentence embedding failed; the rules judge alone", e);
            return Optional.empty();
        }
        if (fresh.length != DIMENSION) throw new IllegalStateException("embedding of length " + fresh.length);
        CACHE.put(key, fresh);
        return Optional.of(fresh);
    }

    private static final WarmUp WARM_UP = new WarmUp("embeddings-warm-up",
            () -> of("The rollback runbook let the on-call restore service in six minutes."));

    /** Loads the model (once per JVM) in a background daemon thread, so that the first judged draft does not wait for it. */
    public static void warmUpInBackground() {
        WARM_UP.start();
    }
}
