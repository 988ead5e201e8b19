package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Referents;
import io.postmortem.rules.language.Tagged;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The learned blame signal ({@link BlameClassifier}): its training data is the seen study sets plus independent
 * training-only text, and how well it generalises is measured by cross-validation, so that overfitting shows:
 * <ul>
 * <li>leave one set out: train on all folds but one of the seen study sets and the extra text, score the one left out (a new
 * writer's text, the closest to a fresh set);</li>
 * </ul>
 * Until phase 26 it also printed 10-fold over the pooled sentences (folds by position, so a fold mixes sets and
 * incidents: a kinder figure than leaving a writer's set out, quoted in the README's early phases); it was dropped to keep
 * the test command inside CI's time on two cores, since no check and no choice read it.
 * Each fold's model is also trained on the project's two older labelled sets and the background sentences (as the
 * shipped model is); they are never scored here. Each row gives the rules alone and the rules plus the classifier at
 * several thresholds. The rules were tuned on the five study sets, so there "rules alone" is an in-sample figure; what
 * the cross-validation measures honestly is what the classifier adds on sentences it was not trained on. The "extra"
 * fold ({@code /rules/training/blame-extra.tsv}, SOURCES-extra.md there) was never read while writing rules, so its row
 * is the nearest to unseen text for both; it is reported, not used to choose the threshold or the features.
 */
@Tag("learned")
class BlameClassifierTest {

    /** The study sets the rules were tuned on; the threshold is chosen on these folds only. */
    static final List<String> SEEN = List.of("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
            "heldout7", "heldout8", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
            // read and trained on in issue 16's phase 17, after each was scored with the phase 14 (and 16) rules
            "heldout16", "heldout17", "heldout18",
            // read and trained on in issue 16's phase 18, after each was scored with the phase 16 and 17 rules
            "heldout19", "heldout20",
            // read in issue 16's phase 19 (21, 22) and phase 20 (23) for rules, trained on since phase 20, with the guard
            // that keeps chat addressing a responder from the learned signal (BlameDetector.addressesResponder)
            "heldout21", "heldout22", "heldout23",
            // sealed until it judged phases 19 and 20 (figures only), never read; trained on since phase 21
            "heldout24",
            // sealed until it judged phases 19 to 21 (figures only); trained on, and its blame misses read, in phase 22
            "heldout25",
            // sealed until it judged phases 19 to 22 (figures only); trained on, and its blame misses read, in phase 23
            "heldout26",
            // sealed until it judged phases 19 to 23 (figures only); trained on, and its blame misses read, in phase 24
            "heldout27",
            // sealed until it judged phases 21 to 24 (figures only); trained on, and its blame misses read, in phase 25
            "heldout28",
            // sealed until it judged phases 22 to 25 (figures only); trained on in phase 26, its misses counted by kind, not read
            "heldout29",
            // sealed until it judged phases 22 to 26 (figures only); trained on, and its blame and testable misses read, in phase 27
            "heldout30",
            // sealed until it judged phases 22 to 28b (figures only), never read; trained on in phase 29
            "heldout32",
            // sealed until it judged phases 22 to 29 (figures only), never read; trained on in phase 30
            "heldout33",
            // sealed until it judged phases 22 to 30 (figures only), never scored by a phase helper; trained on in phase 31,
            // its blame misses read for kinds
            "heldout34",
            // sealed until it judged phases 28 to 31 (figures only), never scored by a phase helper; trained on in phase 32,
            // its blame misses read for kinds
            "heldout35",
            // written in the nineteenth session for training by helpers who read no rules; trained on in phase 29, never
            // read for rules
            "heldout38", "heldout39",
            // written in the twentieth session for training by helpers who read no rules; trained on in phase 30, never
            // read for rules
            "heldout43", "heldout44",
            // written in the twenty-first session for training by helpers who read no rules; trained on in phase 31, never
            // read for rules
            "heldout46", "heldout47",
            // written in the twenty-second session for training by helpers who read no rules; trained on in phase 32,
            // misses not read for rules
            "heldout49", "heldout50");
    /**
     * Sets read for rules but not trained on. Phase 19 left held-out 21 and 22 here (with them in the training data the
     * leave-one-set-out figures lost precision for as much recall, nearly all on chat addressing a responder); phase 20
     * trained on them and held-out 23 once that chat was kept from the learned signal (BlameDetector.addressesResponder):
     * leave one set out over all folds at 0.79, 2,596 found and 122 false alarms against 2,588 and 126 without them.
     * Phase 33 leaves held-out 36 and training set 52 here, measured at 0.59 over phase 32's 44 folds: with 36 in the
     * training data 4,635 found and 253 false alarms against 4,625 and 243 without it (one false alarm per find); with
     * 52 as well, 4,647 and 285 (held-out 44 left out fell from 100 found and 9 false alarms to 102 and 39).
     */
    static final List<String> READ_NOT_TRAINED = List.of("heldout36", "heldout37", "heldout42", "heldout45", "heldout52", "heldout56");
    /**
     * The sets the embedding's second opinion on action items and went well (SecondOpinion, phase 16) is fitted and
     * cross-validated on: the fifteen seen before phase 17 (held-out 16 to 20 joined the blame training only).
     */
    static final List<String> SECOND_OPINION_SETS = SEEN.subList(0, SEEN.indexOf("heldout15") + 1);
    /** Independent training-only text (never read while writing rules): a fold of its own, reported, not tuned on. */
    static final String EXTRA = "extra";
    static final String EXTRA_FILE = "/rules/training/blame-extra.tsv";
    /** The second batch of training-only text (SOURCES-extra2.md), part of the same fold. */
    static final String EXTRA2_FILE = "/rules/training/blame-extra2.tsv";
    private static final List<String> SETS = java.util.stream.Stream.concat(SEEN.stream(), java.util.stream.Stream.of(EXTRA)).toList();
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    /**
     * The precision the check must keep on the folds left out, the rules and the model together and the model alone.
     * 0.95 on the seen study folds until phase 20; phase 21 (fixed before any figure was looked at) asks 0.93 over every
     * fold left out, the extra fold included: the goal is 0.9 on unseen text, and unseen precision has tracked
     * the leave-one-set-out figure within about 0.03.
     */
    static final double PRECISION_FLOOR = 0.93;
    /**
     * The rules tests' near misses that bound the shipped threshold from below (LanguageRulesTest keeps them clean), with
     * the incident's people: "Aiko slammed ..." bound it in phase 14 (0.778) and phase 21 (0.774); "Thanks to Aiko ..."
     * binds it in phase 25 (variant B, sealed/README: the lowest threshold from the looser chat bound's pick at which the
     * whole test command passes).
     */
    static final List<String> NEAR_MISSES = List.of("Aiko slammed into a wall of 500s when she opened the dashboard.",
            "Thanks to Aiko we lost no data.");
    static final Set<String> NEAR_MISS_PEOPLE = Set.of("Tomasz Wolski", "Aiko Mori", "Bruno Costa");
    /** Phase 20's shipped threshold, printed beside the one the rule picks now. */
    static final double PHASE20_THRESHOLD = 0.79;
    /**
     * How many sentences of responders' talk (about 180, never trained on) the learned signal may flag: 1 until phase 25,
     * when the bound swung the pick between retrains (0.78, 0.82, 0.79, 0.82); 3 since (sealed/README, variant B).
     */
    static final int QUIET = 3;
    /** The threshold shipped before this retrain (phase 30; 0.64, phase 29's, in phase 30; 0.72 in phase 29). */
    static final double PREVIOUS_THRESHOLD = 0.59;
    /**
     * How much of the check's pooled precision over every fold left out a lower threshold may give up against the
     * previous one: the shipped threshold is the lowest from the rule's pick at which the check's pooled precision over
     * every fold left out is not below its value at {@link #PREVIOUS_THRESHOLD} less this. Phase 29 set 0.005 (the
     * precision floor alone let the threshold fall to where the sentences it adds are right about half the time, 0.52:
     * precision 0.959 -> 0.947); with it phases 29 and 30 each moved the threshold down and gave up a little precision
     * each time (0.959 at 0.72 -> 0.955 at 0.64 -> 0.948 at 0.59), a drift with no end. Since phase 31 (fixed in
     * sealed/README before any figure of it) it is 0: a retrain may lower the threshold only where the check's pooled
     * precision is not below its value at the previous threshold, so a phase cannot trade precision away by moving it.
     */
    static final double PRECISION_GIVE = 0;

    /** The blame rows of one fold: a study set, or the extra training text. */
    static List<StudySets.BlameRow> fold(String set) throws IOException {
        if (!set.equals(EXTRA)) return StudySets.blame(set);
        List<StudySets.BlameRow> rows = new java.util.ArrayList<>(StudySets.blameFile(EXTRA_FILE));
        rows.addAll(StudySets.blameFile(EXTRA2_FILE));
        return rows;
    }

    /** One labelled sentence with what the rules said and what the learned part needs. */
    private record Row(String set, StudySets.BlameRow row, boolean rules, List<Tagged> sentences,
                       boolean[] mentions, Referents referents, List<Tagged> asked) {
    }

    /** The people the project's own older labelled sets were written about (BlameDetectorTest passes the same). */
    static final Set<String> OLD_SET_PEOPLE = new java.util.LinkedHashSet<>(
            List.of("Alex Morgan", "Dana Ops", "Sam Lee", "Priya Raman", "Jordan Blake"));

    /**
     * The training file, rebuilt from its sources: the blame rows of the eight seen study sets and the extra text, then the project's own
     * older labelled sets. {@code -Dblame.training.write=true} writes it to src/main/resources (run from the project
     * directory); otherwise the test checks the committed file is exactly this.
     */
    @Test
    void trainingDataIsExactlyTheLabelledSets() throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Training data of BlameClassifier, generated by BlameClassifierTest.trainingDataIsExactlyTheLabelledSets\n");
        b.append("# (-Dblame.training.write=true): the blame rows of the study sets dev, heldout to heldout8, heldout10 to heldout30, heldout32 to heldout35, heldout38, heldout39, heldout43, heldout44, heldout46, heldout47, heldout49 and heldout50\n");
        b.append("# (held-out 5 to 8, 10 to 30 and 32 to 35\n");
        b.append("# each scored once untouched before it joined)\n");
        b.append("# (src/test/resources/rules/study/, sources in SOURCES*.md there), then the independent training-only text\n");
        b.append("# src/test/resources/rules/training/blame-extra.tsv and blame-extra2.tsv (SOURCES-extra*.md there), then the project's own older labelled\n");
        b.append("# sets blame-sentences.tsv and blame-holdout.tsv (src/test/resources/rules/), then every sentence of half\n");
        b.append("# the incidents' chat and notes in src/test/resources/evidence/study/ as OK background (real responders'\n");
        b.append("# talk: \"I'm IC\", \"Jess you're SME\"; the other half checks the learned signal stays quiet on such text).\n");
        b.append("# Names are invented.\n");
        b.append("# columns (TAB-separated): label | kind | people | sentence | origin | features (space-separated, as\n");
        b.append("# BlameClassifier.features computes them, so that start-up fits the model without tagging)\n");
        for (String set : SETS) {
            for (StudySets.BlameRow r : fold(set)) {
                b.append(r.blame() ? "BLAME" : "OK").append('\t').append(r.kind()).append('\t')
                        .append(String.join(",", r.people())).append('\t').append(r.sentence()).append('\t')
                        .append(set.equals(EXTRA) ? "training/extra" : "study/" + set).append('\t')
                        .append(featureColumn(r.people(), r.sentence())).append('\n');
            }
        }
        for (String old : List.of("blame-sentences", "blame-holdout")) {
            for (LabelledSet.Item i : LabelledSet.load("/rules/" + old + ".tsv", "BLAME")) {
                b.append(i.positive() ? "BLAME" : "OK").append("\t-\t").append(String.join(",", OLD_SET_PEOPLE))
                        .append('\t').append(i.text()).append('\t').append(old).append('\t')
                        .append(featureColumn(OLD_SET_PEOPLE, i.text())).append('\n');
            }
        }
        for (java.nio.file.Path f : background(true)) {
            for (String sentence : backgroundSentences(f)) {
                b.append("OK\tbackground\t\t").append(sentence).append("\tevidence/study/")
                        .append(f.getFileName()).append('\t').append(featureColumn(Set.of(), sentence)).append('\n');
            }
        }
        java.nio.file.Path file = java.nio.file.Path.of("src/main/resources" + BlameClassifier.TRAINING);
        if (Boolean.getBoolean("blame.training.write")) java.nio.file.Files.writeString(file, b.toString());
        String committed;
        try (var in = BlameClassifier.class.getResourceAsStream(BlameClassifier.TRAINING)) {
            committed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!Boolean.getBoolean("blame.training.write")) assertThat(committed).isEqualTo(b.toString());
        assertThat(BlameClassifier.trainingSet()).hasSizeGreaterThan(1500);
        // what the shipped model's training costs once per JVM: reading the file and fitting (no tagging any more)
        long t0 = System.nanoTime();
        List<BlameClassifier.Example> shipped = BlameClassifier.trainingSet();
        BlameClassifier.train(shipped);
        System.out.printf("%nCold start of the shipped blame classifier on %d sentences (read the file with its stored "
                + "features, fit): %.2f s%n", shipped.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** A training file's feature column: never empty (the bias is always there), never a space inside a feature. */
    private static String featureColumn(Set<String> people, String sentence) {
        List<String> f = BlameClassifier.features(people, sentence);
        assertThat(f).isNotEmpty().allSatisfy(x -> assertThat(x).doesNotContainPattern("\\s"));
        List<String> stored = f.stream().map(BlameClassifier::encodeFeature).toList();
        assertThat(stored.stream().map(BlameClassifier::decodeFeature).toList()).isEqualTo(f);
        return String.join(" ", stored);
    }

    /**
     * The features stored in the training file are exactly what the current feature code computes for each sentence,
     * so they cannot drift from it (after a change to the features or the language layer, regenerate the file with
     * {@code -Dblame.training.write=true}). What storing them saves at start-up (tagging every sentence first, as
     * training did before they were stored) is LanguageBenchmark's to print: timing it here emptied the tagger's cache
     * and tagged all ten thousand sentences again inside the test command.
     */
    @Test
    void storedFeaturesAreWhatTheFeatureCodeComputes() {
        List<BlameClassifier.Example> stored = BlameClassifier.trainingSet();
        List<BlameClassifier.Example> recomputed = stored.stream()
                .map(e -> new BlameClassifier.Example(e.blame(), e.people(), e.sentence())).toList();
        for (BlameClassifier.Example e : stored) {
            assertThat(e.features()).as(e.sentence()).isEqualTo(BlameClassifier.features(e.people(), e.sentence()));
        }
        // and a model fitted on them is the model fitted on freshly computed ones
        Referents none = new Referents(Set.of(), Set.of());
        Tagged t = English.tag("Ana forgot to renew the certificate.");
        Referents ana = new Referents(Set.of("Ana"), Set.of());
        assertThat(BlameClassifier.train(stored).probability(t, ana))
                .isEqualTo(BlameClassifier.train(recomputed).probability(t, ana));
        assertThat(BlameClassifier.shared().probability(t, none)).isBetween(0.0, 1.0);
    }

    /**
     * The incidents' chat and notes of the evidence study corpus, split by incident: the even-numbered incidents are
     * background for training, the odd-numbered ones check that the learned signal stays quiet on responders' talk.
     */
    static List<java.nio.file.Path> background(boolean training) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/evidence/study");
        List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("[a-z]+-\\d{4}.*\\.txt")).sorted().toList();
        }
        // only the incidents of the sets there were when the classifier was trained: a set added later (held-out 3 of the
        // key-time study) is neither training background nor changes the split
        List<String> known = new ArrayList<>();
        for (String set : List.of("dev.txt", "heldout.txt", "heldout2.txt")) {
            for (String id : java.nio.file.Files.readAllLines(dir.resolve(set))) if (!id.isBlank()) known.add(id.strip());
        }
        files = files.stream().filter(f -> known.stream().anyMatch(id -> f.getFileName().toString().startsWith(id + "-"))).toList();
        List<String> incidents = files.stream().map(BlameClassifierTest::incident).distinct().sorted().toList();
        return files.stream().filter(f -> incidents.indexOf(incident(f)) % 2 == (training ? 0 : 1)).toList();
    }

    private static String incident(java.nio.file.Path f) {
        String[] parts = f.getFileName().toString().split("-");
        return parts[0] + "-" + parts[1].replace(".txt", "");
    }

    static List<String> backgroundSentences(java.nio.file.Path f) throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : English.sentences(java.nio.file.Files.readString(f))) {
            String one = s.replaceAll("\\s+", " ").strip();
            if (one.length() >= 8 && one.length() <= 300 && one.split(" ").length >= 2) out.add(one);
        }
        return out;
    }

    /** On responders' talk the learned signal was not trained on, it must stay (nearly) silent. */
    @Test
    void theLearnedSignalStaysQuietOnRespondersTalkItWasNotTrainedOn() throws IOException {
        int sentences = 0, learned = 0;
        List<String> fired = new ArrayList<>();
        for (java.nio.file.Path f : background(false)) {
            BlameDetector shipped = new BlameDetector(Set.of());
            BlameDetector rules = new BlameDetector(Set.of(), Set.of(), null);
            for (String s : backgroundSentences(f)) {
                sentences++;
                if (shipped.detect(s).isPresent() && rules.detect(s).isEmpty()) {
                    learned++;
                    fired.add(f.getFileName() + ": " + s);
                }
            }
        }
        System.out.printf("%nLearned signal alone on %d sentences of responders' chat and notes it was not trained on: "
                + "fired on %d (%.1f%%) at %.2f%n", sentences, learned, 100.0 * learned / sentences,
                BlameClassifier.THRESHOLD);
        fired.forEach(x -> System.out.println("  " + x));
        assertThat(sentences).isGreaterThan(100);
        assertThat(learned).isLessThanOrEqualTo(QUIET);
    }

    /**
     * The shipped model's probability for each sentence of responders' talk it was not trained on that the rules leave
     * alone and that mentions a person (the only ones BlameDetector would ask it about).
     */
    private static List<Double> chatProbabilities() throws IOException {
        List<Double> out = new ArrayList<>();
        Referents none = new Referents(Set.of(), Set.of());
        BlameDetector rules = new BlameDetector(Set.of(), Set.of(), null);
        for (java.nio.file.Path f : background(false)) {
            for (String s : backgroundSentences(f)) {
                if (rules.detect(s).isPresent()) continue;
                double max = 0;
                // the sentences the check would ask the model about (phase 20: not chat that addresses a responder;
                // phase 29: every guard of BlameDetector, as at run time)
                for (Tagged t : rules.askedSentences(s)) max = Math.max(max, BlameClassifier.shared().probability(t, none));
                out.add(max);
            }
        }
        return out;
    }

    /** One fold's model, trained without the fold's set, and how long its training took. */
    private record Fitted(BlameClassifier model, long nanos) {
    }

    @Test
    void crossValidationIsPrinted() throws Exception {
        // each set's rows on its own processor (Folds), in the sets' order
        List<Row> rows = Folds.each(SETS, set -> {
            List<Row> setRows = new ArrayList<>();
            for (StudySets.BlameRow r : fold(set)) {
                BlameDetector rulesAlone = new BlameDetector(r.people(), Set.of(), null);
                Referents refs = new Referents(r.people(), Set.of());
                List<Tagged> tagged = new ArrayList<>();
                for (String s : English.sentences(r.sentence())) tagged.add(English.tag(s.replace('’', '\'')));
                boolean[] mentions = new boolean[tagged.size()];
                for (int i = 0; i < tagged.size(); i++) mentions[i] = BlameClassifier.mentionsPeople(tagged.get(i), refs);
                // phase 29: the check (rules, then the model) is scored on exactly the sentences the shipped check asks the
                // model about (no rule fired, a person or group in it, every guard of BlameDetector passed); the model
                // alone, as before, on every sentence that mentions a person or a group
                List<Tagged> asked = new ArrayList<>();
                boolean fired = !rulesAlone.findAll(r.sentence(), asked).isEmpty();
                setRows.add(new Row(set, r, fired, tagged, mentions, refs, asked));
            }
            return setRows;
        }).values().stream().flatMap(List::stream).toList();
        StringBuilder out = new StringBuilder(String.format("%n=== Blame classifier, cross-validation ===%n"));

        // leave one set out
        List<Row> seenRows = new ArrayList<>();
        List<double[]> seenProbabilities = new ArrayList<>();
        List<Row> allRows = new ArrayList<>();
        List<double[]> allProbabilities = new ArrayList<>();
        java.util.Map<String, List<double[]>> byFold = new java.util.LinkedHashMap<>();
        long trainingNanos = 0;
        int trainings = 0;
        // each fold's model, trained without it, and the nanoseconds its training took
        java.util.Map<String, Fitted> models = Folds.each(SETS, held -> {
            long t0 = System.nanoTime();
            BlameClassifier c = BlameClassifier.train(examples(rows.stream().filter(r -> !r.set().equals(held)).toList()));
            return new Fitted(c, System.nanoTime() - t0);
        });
        for (String held : SETS) {
            List<Row> test = rows.stream().filter(r -> r.set().equals(held)).toList();
            BlameClassifier c = models.get(held).model();
            trainingNanos += models.get(held).nanos();
            trainings++;
            List<double[]> p = test.stream().map(r -> probabilities(c, r)).toList();
            out.append(report("leave out " + held, test, p));
            byFold.put(held, p);
            allRows.addAll(test);
            allProbabilities.addAll(p);
            if (SEEN.contains(held)) {
                seenRows.addAll(test);
                seenProbabilities.addAll(p);
            }
        }
        String dump = System.getProperty("blame.dump");
        if (dump != null) {
            // -Dblame.dump=<file>: each row with its fold's highest probability (for reading the study folds' misses)
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < allRows.size(); i++) {
                Row r = allRows.get(i);
                double max = 0;
                for (int j = 0; j < r.asked().size(); j++) max = Math.max(max, allProbabilities.get(i)[j]);
                d.append(String.format(java.util.Locale.ROOT, "%s\t%s\t%s\t%.4f\t%s%n", r.set(), r.row().blame(), r.rules(), max,
                        r.row().sentence().replace('\t', ' ').replace('\n', ' ')));
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump), d);
        }
        out.append(report("seen folds pooled", seenRows, seenProbabilities));
        out.append(report("all folds pooled", allRows, allProbabilities));
        // the threshold: the lowest at which, over every fold left out (each scored by a model trained without it; since
        // phase 21 the extra fold too, before only the seen study folds), both the check as a whole and the model's own
        // verdicts keep the precision floor, and the shipped model flags at most QUIET sentences of the responders'
        // talk it was not trained on
        List<Double> chat = chatProbabilities();
        double chosen = Double.NaN;
        for (int step = 50; step <= 99; step++) {
            double t = step / 100.0;
            if (precision(confusion(allRows, allProbabilities, t)) >= PRECISION_FLOOR
                    && precision(modelAlone(allRows, allProbabilities, t)) >= PRECISION_FLOOR
                    && chat.stream().filter(p -> p >= t).count() <= QUIET) {
                chosen = t;
                break;
            }
        }
        StringBuilder quiet = new StringBuilder();
        for (double th : THRESHOLDS) quiet.append(String.format(" %.2f: %d", th, chat.stream().filter(p -> p >= th).count()));
        out.append(String.format("responders' talk (%d sentences, never trained on) flagged by the model alone at%s%n",
                chat.size(), quiet));
        out.append(String.format("threshold chosen (lowest with precision >= %.2f on all folds left out, check and model "
                + "alone, and at most %d chat sentence flagged): %.2f; shipped: %.2f%n", PRECISION_FLOOR, QUIET, chosen,
                BlameClassifier.THRESHOLD));
        // leave one set out at phase 20's threshold and at the one the rule picks: pooled (all folds, the seen study
        // folds) and per fold, the check as a whole (rules plus the model trained without the fold)
        double[] printed = {PHASE20_THRESHOLD, chosen, PREVIOUS_THRESHOLD, BlameClassifier.THRESHOLD};
        for (int i = 0; i < printed.length; i++) {
            double th = printed[i];
            // each threshold once (the pick may be the shipped one, or phase 20's)
            if (Double.isNaN(th) || java.util.Arrays.stream(printed, 0, i).anyMatch(x -> x == th)) continue;
            int[] a = confusion(allRows, allProbabilities, th), am = modelAlone(allRows, allProbabilities, th);
            int[] c = confusion(seenRows, seenProbabilities, th), m = modelAlone(seenRows, seenProbabilities, th);
            out.append(String.format("  at %.2f%s: all folds pooled check P %.3f R %.3f (tp %d fp %d fn %d), model alone "
                    + "P %.3f R %.3f; seen study folds pooled check P %.3f R %.3f, model alone P %.3f R %.3f%n    per fold:",
                    th, (th == PHASE20_THRESHOLD ? " (phase 20)" : "") + (th == chosen ? " (the rule's pick)" : "")
                            + (th == BlameClassifier.THRESHOLD ? " (shipped)" : ""),
                    precision(a), recall(a), a[0], a[1], a[2], precision(am), recall(am), precision(c), recall(c),
                    precision(m), recall(m)));
            for (var e : byFold.entrySet()) {
                List<Row> test = allRows.stream().filter(r -> r.set().equals(e.getKey())).toList();
                int[] f = confusion(test, e.getValue(), th);
                out.append(String.format(" %s %.3f/%.3f;", e.getKey(), precision(f), recall(f)));
            }
            out.append(String.format("%n"));
        }
        // in-sample, for contrast: trained and scored on the same sentences
        out.append(report("in-sample (trained on all)", BlameClassifier.shared(), rows));
        out.append(String.format("training a fold's model: %.2f s on average (%d examples in the shipped set)%n",
                trainingNanos / 1e9 / trainings, BlameClassifier.trainingSet().size()));
        System.out.print(out);

        // the shipped threshold keeps the precision floor over every fold left out, for the check and for the model alone
        int[] check = confusion(allRows, allProbabilities, BlameClassifier.THRESHOLD);
        int[] model = modelAlone(allRows, allProbabilities, BlameClassifier.THRESHOLD);
        assertThat(precision(check)).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(precision(model)).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        // and it is the one the cross-validation chooses, or (phase 29) the lowest above it at which the check's pooled
        // precision over every fold left out stays within PRECISION_GIVE of its value at the previous threshold (phase
        // 31: PRECISION_GIVE 0, not below it)
        assertThat(BlameClassifier.THRESHOLD).isGreaterThanOrEqualTo(chosen);
        double kept = precision(confusion(allRows, allProbabilities, PREVIOUS_THRESHOLD)) - PRECISION_GIVE;
        double lowestKept = Double.NaN;
        for (int step = (int) Math.round(chosen * 100); step <= 99; step++) {
            if (precision(confusion(allRows, allProbabilities, step / 100.0)) >= kept) {
                lowestKept = step / 100.0;
                break;
            }
        }
        System.out.printf("lowest threshold from the rule's pick keeping the check's precision within %.3f of %.4f (at "
                + "%.2f): %.2f%n", PRECISION_GIVE, kept + PRECISION_GIVE, PREVIOUS_THRESHOLD, lowestKept);
        assertThat(BlameClassifier.THRESHOLD).isEqualTo(lowestKept);
        {
            // the rules tests' near misses stay clean at the shipped threshold (those the guards keep away score 0)
            double highest = 0;
            // phase 29: a near miss the check does not ask the model about (a guard of BlameDetector keeps it away, as
            // "Thanks to Aiko we lost no data.", credit to a person) does not bound the threshold
            BlameDetector guards = new BlameDetector(NEAR_MISS_PEOPLE, Set.of(), null);
            Referents nearPeople = new Referents(NEAR_MISS_PEOPLE, Set.of());
            for (String nearMiss : NEAR_MISSES) {
                double near = 0;
                for (Tagged t : guards.askedSentences(nearMiss)) {
                    near = Math.max(near, BlameClassifier.shared().probability(t, nearPeople));
                }
                System.out.printf("near miss (LanguageRulesTest) scored %.4f (0 when the model is not asked): %s%n", near, nearMiss);
                highest = Math.max(highest, near);
            }
            assertThat(highest).isLessThan(BlameClassifier.THRESHOLD);
        }
        // on the fold no rule was written from, the model finds blame the rules miss, and stays precise doing it
        // (its fold's model above, trained on every other row)
        List<Row> extra = rows.stream().filter(r -> r.set().equals(EXTRA)).toList();
        List<double[]> p = byFold.get(EXTRA);
        int[] withModel = confusion(extra, p, BlameClassifier.THRESHOLD);
        int[] rulesAlone = confusion(extra, extra.stream().map(r -> new double[r.asked().size() + r.sentences().size()]).toList(), 2);
        assertThat(withModel[0]).isGreaterThan(rulesAlone[0]);
        // a floor that catches a broken model, not a goal: the fold's 40 lines of chat addressing people by name have
        // no like in the other folds, and most of the model's false alarms there are among them
        assertThat(precision(withModel)).isGreaterThanOrEqualTo(0.8);
    }

    /** The training examples of a fold: its study rows, plus the project's older sets (never scored here). */
    private static List<BlameClassifier.Example> examples(List<Row> rows) {
        List<BlameClassifier.Example> out = new ArrayList<>();
        rows.forEach(r -> out.add(example(r.row().blame(), r.row().people(), r.row().sentence())));
        out.addAll(alwaysTrainedOn());
        return out;
    }

    /** What every fold's model is trained on besides the study rows: the project's older sets and the background chat. */
    static List<BlameClassifier.Example> alwaysTrainedOn() {
        List<BlameClassifier.Example> out = new ArrayList<>();
        try {
            for (String old : List.of("blame-sentences", "blame-holdout")) {
                for (LabelledSet.Item i : LabelledSet.load("/rules/" + old + ".tsv", "BLAME")) {
                    out.add(example(i.positive(), OLD_SET_PEOPLE, i.text()));
                }
            }
            for (java.nio.file.Path f : background(true)) {
                for (String sentence : backgroundSentences(f)) out.add(example(false, Set.of(), sentence));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Each sentence's features, computed once for all the folds (as the training file stores them). */
    private static final java.util.Map<List<Object>, List<String>> FEATURES = new java.util.concurrent.ConcurrentHashMap<>();

    static BlameClassifier.Example example(boolean blame, Set<String> people, String sentence) {
        List<String> f = FEATURES.computeIfAbsent(List.of(List.copyOf(people), sentence),
                k -> BlameClassifier.features(people, sentence));
        return new BlameClassifier.Example(blame, people, sentence, f);
    }

    /** The model's probabilities for a row: first each sentence the check asks it about, then each sentence it mentions. */
    private static double[] probabilities(BlameClassifier c, Row r) {
        int n = r.asked().size();
        double[] p = new double[n + r.sentences().size()];
        for (int i = 0; i < n; i++) p[i] = c.probability(r.asked().get(i), r.referents());
        for (int i = 0; i < r.sentences().size(); i++) {
            p[n + i] = r.mentions()[i] ? c.probability(r.sentences().get(i), r.referents()) : 0;
        }
        return p;
    }

    private static String report(String name, BlameClassifier c, List<Row> test) {
        return report(name, test, test.stream().map(r -> probabilities(c, r)).toList());
    }

    private static String report(String name, List<Row> test, List<double[]> probabilities) {
        StringBuilder out = new StringBuilder(String.format("%-28s %4d", name, test.size()));
        int[] rules = confusion(test, probabilities, 2);
        out.append(String.format(" rules alone P %.3f R %.3f |", precision(rules), recall(rules)));
        for (double th : THRESHOLDS) {
            int[] m = confusion(test, probabilities, th);
            out.append(String.format(" +model@%.2f P %.3f R %.3f", th, precision(m), recall(m)));
        }
        int[] model = modelAlone(test, probabilities, BlameClassifier.THRESHOLD);
        int[] with = confusion(test, probabilities, BlameClassifier.THRESHOLD);
        out.append(String.format(" | shipped (%.2f): check P %.3f R %.3f, model alone P %.3f R %.3f | model adds %d right, "
                + "%d wrong%n", BlameClassifier.THRESHOLD, precision(with), recall(with), precision(model), recall(model),
                with[0] - rules[0], with[1] - rules[1]));
        return out.toString();
    }

    /** tp, fp, fn, tn of "the rules fired, or the model said blame at the threshold". */
    private static int[] confusion(List<Row> test, List<double[]> probabilities, double threshold) {
        int[] m = new int[4];
        for (int i = 0; i < test.size(); i++) {
            Row r = test.get(i);
            boolean predicted = r.rules();
            double[] p = probabilities.get(i);
            for (int j = 0; j < r.asked().size(); j++) predicted |= p[j] >= threshold;
            count(m, predicted, r.row().blame());
        }
        return m;
    }

    private static int[] modelAlone(List<Row> test, List<double[]> probabilities, double threshold) {
        int[] m = new int[4];
        for (int i = 0; i < test.size(); i++) {
            boolean predicted = false;
            double[] p = probabilities.get(i);
            for (int j = test.get(i).asked().size(); j < p.length; j++) predicted |= p[j] >= threshold;
            count(m, predicted, test.get(i).row().blame());
        }
        return m;
    }

    /** Adds one verdict to a confusion count: tp, fp, fn, tn (shared with the blame benchmarks). */
    static void count(int[] m, boolean predicted, boolean label) {
        if (predicted && label) m[0]++;
        else if (predicted) m[1]++;
        else if (label) m[2]++;
        else m[3]++;
    }

    static double precision(int[] m) {
        return m[0] + m[1] == 0 ? 1 : (double) m[0] / (m[0] + m[1]);
    }

    static double recall(int[] m) {
        return m[0] + m[2] == 0 ? 1 : (double) m[0] / (m[0] + m[2]);
    }
}
