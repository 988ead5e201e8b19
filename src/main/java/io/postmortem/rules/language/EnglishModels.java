package io.postmortem.rules.language;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four English OpenNLP models (sentence detector, tokenizer, part-of-speech tagger, phrase chunker), loaded once
 * per JVM on first use and shared: OpenNLP models are immutable and thread-safe (the *ME tools built on them are not,
 * see {@link English}).
 *
 * <p>The models are OpenNLP's English 1.5 maxent models (Penn Treebank tag set), from the
 * {@code edu.washington.cs.knowitall:opennlp-*-models:1.5} jars on the classpath. Loading them takes well under a
 * second (see {@code LanguageBenchmark}); the holder idiom makes the first caller pay it and every other caller wait
 * for the same instance.
 */
public final class EnglishModels {
    static final String SENTENCES = "/en-sent.bin";
    static final String TOKENS = "/en-token.bin";
    static final String POS = "/en-pos-maxent.bin";
    static final String CHUNKS = "/en-chunker.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final ChunkerModel chunks;

    private EnglishModels() {
        this.sentences = load(SENTENCES, SentenceModel::new);
        this.tokens = load(TOKENS, TokenizerModel::new);
        this.pos = load(POS, POSModel::new);
        this.chunks = load(CHUNKS, ChunkerModel::new);
    }

    private static final class Holder {
        static final EnglishModels INSTANCE = new EnglishModels();
    }

    /** The shared models; the first call loads them (thread-safe, once). */
    public static EnglishModels get() {
        return Holder.INSTANCE;
    }

    /**
     * Starts loading the models on a background daemon thread, so that the first panel save after the application
     * starts does not wait for them. Calling it again, or after the models are loaded, does nothing harmful.
     */
    public static void warmUpInBackground() {
        WARM_UP.start();
    }

    private static final WarmUp WARM_UP = new WarmUp("english-models-warm-up", () -> {
        get();
        English.tag("The models are loaded.");
    });

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The English language model " + resource + " is not on the classpath "
                        + "(it ships in an edu.washington.cs.knowitall:opennlp-*-models jar; see pom.xml).");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("The English language model " + resource + " could not be read: "
                    + e.getMessage(), e);
        }
    }
}
