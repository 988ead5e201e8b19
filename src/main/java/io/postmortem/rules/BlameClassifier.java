package io.postmortem.rules;

import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Lemmas;
import io.postmortem.rules.language.Predicate;
import io.postmortem.rules.language.Predicates;
import io.postmortem.rules.language.Referent;
import io.postmortem.rules.language.Referents;
import io.postmortem.rules.language.Tagged;
import io.postmortem.rules.language.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A second, learned signal for the blame check: a maximum-entropy (logistic regression) model over the language
 * layer's reading of a sentence, trained on the labelled post-mortem sentences in {@code /rules/blame-training.tsv}
 * (the study sets dev, held-out 1 and held-out 2, the project's two older labelled sets, and responders' chat from
 * half of the evidence study's incidents as plain background; about 900 sentences).
 *
 * <p>The features are general, not the sentences' words about one incident: every person the incident knows (or any
 * named or described person) is the token {@code PERSON}, a team is {@code TEAM}, a capitalised unknown name is
 * {@code NAME}, numbers are {@code NUM}; the rest are lemmas. On top of word and word-pair features come structural
 * ones from {@link Predicates} and {@link Referents}: the kind of the actor of each verb (person, team, thing, we,
 * nobody) with its verb, its negation, its modal and perfect ("PERSON should have"), and whether it is a passive.
 * So the model can learn that "a team shipped X again" or "sat on the page" blames while "the job shipped X" does not,
 * without a list of either.
 *
 * <p>It is trained when first used (deterministically: L-BFGS with L2 regularisation, one thread, no random
 * start), from the training file on the classpath; about a second. {@code BlameClassifierTest} cross-validates it
 * (leave one labelled set out) so that how much it overfits is printed with every build. {@link BlameDetector}
 * asks it only when no hand-written rule fired, and only for a sentence that mentions a person or a group. The
 * threshold is high ({@link #THRESHOLD}) because the training sets are half blame while real write-ups are mostly
 * neutral sentences about people (who paged whom, who rolled back): a low threshold would trade their trust for
 * recall (the cross-validation prints precision and recall at several thresholds).
 * Immutable and thread-safe.
 */
public final class BlameClassifier {

    /** Probability above which the model's verdict counts. */
    public static final double THRESHOLD = 0.9;

    static final String TRAINING = "/rules/blame-training.tsv";
    private static final String BLAME = "BLAME";

    /** One labelled sentence: its label, the incident's people, the sentence. */
    public record Example(boolean blame, Set<String> people, String sentence) {
    }

    private final MaxentModel model;
    private final int blameIndex;

    private BlameClassifier(MaxentModel model) {
        this.model = model;
        this.blameIndex = model.getIndex(BLAME);
    }

    private static final class Holder {
        static final BlameClassifier INSTANCE = train(trainingSet());
    }

    /** The classifier trained on the project's labelled sentences (trained on first use, once per JVM). */
    public static BlameClassifier shared() {
        return Holder.INSTANCE;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Trains the shared classifier on a background daemon thread (once per JVM); the first real use waits for it. */
    public static void warmUpInBackground() {
        if (!WARMING.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException e) {
                // the first real use reports the same problem; nothing to add here
            }
        }, "blame-classifier-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Trains a classifier on labelled sentences (deterministic for the same examples in the same order). */
    public static BlameClassifier train(List<Example> examples) {
        List<Event> events = new ArrayList<>();
        for (Example e : examples) {
            Referents r = new Referents(e.people(), Set.of());
            String s = normalise(e.sentence());
            events.add(new Event(e.blame() ? BLAME : "OK", features(English.tag(s), r).toArray(String[]::new)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(QNTrainer.L2COST_PARAM, 1.0);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new BlameClassifier(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that the sentence blames a person or a group. */
    public double probability(String sentence, Referents referents) {
        Tagged t = English.tag(normalise(sentence));
        return probability(t, referents);
    }

    double probability(Tagged t, Referents referents) {
        double[] p = model.eval(features(t, referents).toArray(String[]::new));
        return p[blameIndex];
    }

    private static String normalise(String s) {
        return s.replace('’', '\'').replace('‘', '\'');
    }

    /** The features of a tagged sentence (see the class comment). */
    static List<String> features(Tagged t, Referents r) {
        Set<String> out = new LinkedHashSet<>();
        out.add("bias");
        List<String> norm = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            String n = normal(t, i, r);
            if (n == null) continue;
            norm.add(n);
            out.add("w=" + n);
        }
        for (int i = 0; i + 1 < norm.size(); i++) out.add("b=" + norm.get(i) + "_" + norm.get(i + 1));
        if (t.text().strip().endsWith("?")) out.add("question");
        if (t.text().codePoints().anyMatch(c -> c >= 0x1F000)) out.add("emoji");
        boolean peopleActor = false;
        for (Predicate p : Predicates.of(t)) {
            if (p.head() < 0) continue;
            String kind = actorKind(t, p, r);
            peopleActor |= kind.equals("PERSON") || kind.equals("TEAM");
            String verb = Lemmas.verb(t.get(p.head()).word());
            out.add("a=" + kind);
            out.add("av=" + kind + ":" + verb);
            if (p.negated()) out.add("an=" + kind);
            if (p.negated()) out.add("anv=" + kind + ":" + verb);
            if (p.modal() != null) out.add("am=" + kind + ":" + p.modal() + (p.perfect() ? ":perf" : ""));
            if (p.passive()) out.add("ap=" + kind);
            if (p.conditional()) out.add("aif=" + kind + (p.perfect() ? ":perf" : ""));
            for (String adverb : p.adverbs()) out.add("aa=" + kind + ":" + adverb);
        }
        if (peopleActor) out.add("peopleActor");
        return List.copyOf(out);
    }

    private static String actorKind(Tagged t, Predicate p, Referents r) {
        Predicate.Span actor = p.actor();
        if (actor == null) return p.passive() ? "AGENTLESS" : "NONE";
        Referent.Kind k = r.of(t, actor).kind();
        return switch (k) {
            case PERSON -> "PERSON";
            case TEAM -> "TEAM";
            case NAME -> r.knowsPeople() ? "THING" : "PERSON";
            case PERSONS_THING -> "PERSONS_THING";
            case WE -> "WE";
            case THEY -> "THEY";
            case NOBODY -> "NOBODY";
            case THING -> "THING";
        };
    }

    /** A token as the model sees it: PERSON, TEAM, NAME, NUM, or its lemma; null for punctuation. */
    private static String normal(Tagged t, int i, Referents r) {
        Token k = t.get(i);
        String w = k.word();
        if (!w.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return w.equals("?") || w.equals("!") ? w : null;
        }
        if (k.number() || w.matches("\\d[\\d:.,%]*\\w{0,3}")) return "NUM";
        if (k.noun() || k.pronoun() || w.startsWith("@")
                || Character.isUpperCase(w.charAt(0)) && r.knownPerson(w)) {
            if (r.knownPerson(w)) return "PERSON";
            Referent ref = r.of(t, i, i + 1);
            if (ref.kind() == Referent.Kind.TEAM && !k.pronoun()) return "TEAM";
            if (k.properNoun() && ref.kind() == Referent.Kind.PERSON) return "PERSON";
            if (k.properNoun() && i > 0) return "NAME";
            return Lemmas.noun(w);
        }
        if (k.verb()) return Lemmas.verb(w);
        return k.lower();
    }

    /** True when the sentence mentions a person or a group (the classifier is asked only then). */
    static boolean mentionsPeople(Tagged t, Referents r) {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (r.knownPerson(k.word()) && Character.isUpperCase(k.word().charAt(0))) return true;
            if (!(k.noun() || k.pronoun())) continue;
            if (k.is("it", "its", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my")) {
                continue; // people or things, or the writers themselves
            }
            Referent.Kind kind = r.of(t, i, i + 1).kind();
            if (kind == Referent.Kind.PERSON || kind == Referent.Kind.TEAM) return true;
            if (kind == Referent.Kind.NAME && !r.knowsPeople()) return true;
        }
        return false;
    }

    /** The labelled sentences the shared classifier is trained on ({@code /rules/blame-training.tsv}). */
    public static List<Example> trainingSet() {
        try (InputStream in = BlameClassifier.class.getResourceAsStream(TRAINING)) {
            if (in == null) throw new IllegalStateException("missing " + TRAINING + " on the classpath");
            List<Example> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                Set<String> people = new LinkedHashSet<>();
                for (String p : c[2].split(",")) if (!p.isBlank()) people.add(p.strip());
                out.add(new Example(c[0].equals(BLAME), people, c[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
