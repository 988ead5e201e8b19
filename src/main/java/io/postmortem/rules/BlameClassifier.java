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
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;

/**
 * A second, learned signal for the blame check: a maximum-entropy (logistic regression) model over the language
 * layer's reading of a sentence, trained on the labelled post-mortem sentences in {@code /rules/blame-training.tsv}:
 * the twenty-three seen study sets (dev, held-out 1 to 8 and 10 to 23; held-out 5 to 8 and 10 to 23 joined after each
 * was scored untouched, 16 to 18 in issue 16's phase 17, 19 and 20 in phase 18, 21 to 23 in phase 20; 21 and 22, read
 * in phase 19, were measured in the training then and left out, below),
 * 805 sentences of independent training-only text written for it from 27 further public incidents
 * ({@code src/test/resources/rules/training/blame-extra.tsv} and {@code blame-extra2.tsv}), the project's two older
 * labelled sets, and responders' chat from half of the evidence study's incidents as plain background; about 4,000
 * sentences. The file is generated
 * by {@code BlameClassifierTest} (with {@code -Dblame.training.write=true}), each sentence with the features this
 * class computes for it, so start-up only reads and fits; a test checks the stored features are exactly what
 * {@link #features(Set, String)} computes now. Held-out 15 joined in issue 16's fourteenth phase, after it was scored once
 * with the phase 13 rules and model; held-out 16 to 18 in the seventeenth, 19 and 20 in the eighteenth, after their
 * unseen scores (leave one set out over all twenty-one folds, phase 18: pooled precision 0.934 -> 0.942, recall
 * 0.882 -> 0.889 with phase 18's rules; the extra fold's precision up and its recall down). Phase 19 measured held-out
 * 21 and 22 in the training too, over twenty-three folds with phase 19's rules: 11 more found for 25 more false alarms
 * at 0.78, nearly all on the extra fold's chat that addresses a responder by name, and the threshold rule then asks for
 * 0.81, which costs more recall than the new rows bring; so they were not trained on. Phase 20 keeps chat that
 * addresses a responder from the learned signal ({@code BlameDetector.addressesResponder}) and trains on held-out 21 to
 * 23 (README).
 *
 * <p>The features are general, not the sentences' words about one incident: every person the incident knows (or any
 * named or described person) is the token {@code PERSON}, a team is {@code TEAM}, a capitalised unknown name is
 * {@code NAME}, numbers are {@code NUM}; the rest are lemmas, with word pairs. On top come structural ones from
 * {@link Predicates} and {@link Referents}: the kind of the actor of each verb (person, team, thing, we, nobody) with
 * its verb and with the verb's class (a failure verb such as "neglect" or "skip", an operation such as "restart", a
 * noticing, a saying, a knowing), its negation, its modal and perfect ("PERSON should have"), whether it is a passive,
 * "failed to" by whom, and the counterfactual frame about people ("if Ana had read it", "Ben should have checked", but
 * not what someone should have had); small word classes (judgement such as "careless", praise that is often ironic,
 * mistake nouns, sanctions) alone and with a person in the sentence; a question about people; a person addressed in
 * chat ("Ana, can you take comms?"); an omission by nobody or a person's missing check (the CHECK verbs); lateness
 * put on a person ("finally"); a person away while it burned ("gone home", "out for lunch"); praise next to damage
 * and no recovery (irony); what a person did "without waiting" or "instead of" the care expected; the loose
 * counterfactual of chat ("if ana put it on generator, nothing would be damaged"). So the model can learn that "a team shipped X again" or "sat on the page" blames
 * while "the job shipped X" does not, and carry that to verbs and words it has not seen with a person.
 *
 * <p>It is trained when first used (deterministically: L-BFGS with L2 regularisation {@link #L2}, one thread, no
 * random start), from the training file on the classpath and the features stored in it, so no tagging: about a
 * second (once per JVM, in the background at start-up: {@link #warmUpInBackground()}). {@code BlameClassifierTest} cross-validates
 * it (leave one labelled set out) and prints precision and recall per fold at several thresholds, so how much it
 * overfits is printed with every build. {@link BlameDetector} asks it only when no hand-written rule fired, and only
 * for a sentence that mentions a person or a group. Immutable and thread-safe.
 */
public final class BlameClassifier {

    /**
     * Probability above which the model's verdict counts. The cross-validation on the seen study sets (dev, held-out 1
     * to 8 and 10 to 20) picks the lowest threshold at which the check and the model alone keep precision 0.95 on the
     * pooled folds left out and the model flags at most one sentence of responders' talk it was not trained on: 0.77
     * in phase 17, with held-out 16 to 18 in the folds and in training, 0.78 in phase 18 with 19 and 20 too (0.81 had
     * held-out 21 and 22 joined the training in phase 19; 0.68 in
     * phase 14; BlameClassifierTest prints it). Phase 20 trains on held-out 21 to 23 too, with chat that addresses a
     * responder kept from the model (BlameDetector.addressesResponder): the rule then picks 0.71, and 0.79 is shipped,
     * the lowest at which leave one set out over every fold finds more than phase 19's model at 0.78 with fewer false
     * alarms (2,596 and 122 against 2,588 and 126; 0.78 would find 2,600 for 129). Before phase 20 the shipped value was 0.78, which keeps every existing test green ("Aiko slammed into a wall of 500s when
     * she opened the dashboard.", a near miss LanguageRulesTest keeps clean, scored 0.778 in phase 14). Phase 13 shipped 0.77, phase 12 0.74,
     * phase 11 0.77, phase 10 0.79 and phase 9 0.82 by the same rule. Phase 21 (held-out 24 in the training and the
     * folds, no rule written by hand) fixed the rule before any figure was seen: precision 0.93 instead of 0.95 (the
     * issue's goal is 0.9 on unseen text, and unseen precision has tracked the leave-one-set-out figure within about
     * 0.03), over every fold left out with the extra fold included, the same bound on responders' talk; it picks 0.73.
     * The other guard kept, the rules tests' near misses, raises the shipped value to 0.78, the lowest at which
     * LanguageRulesTest's "Aiko slammed into a wall of 500s when she opened the dashboard." stays clean (0.774 with the
     * phase 21 model). Leave one set out over all 25 folds: P 0.948 R 0.898 at 0.79, P 0.941 R 0.905 at 0.73 (README).
     * Phase 22 (held-out 25 in the training and the folds, one rule written by hand) kept the same rule: it picks 0.78
     * itself (the bound on responders' talk: two chat sentences flagged at 0.77); leave one set out over all 26 folds
     * at 0.78: P 0.947 R 0.899 (2,784 found, 157 false alarms, 314 missed). Phase 23 (held-out 26 in the training and
     * the folds, three rule kinds written by hand) kept the same rule: with the retrained model it picks 0.82 (the bound
     * on responders' talk: the model alone flags three chat sentences at 0.78, two at 0.80; precision is not the bound),
     * shipped as picked. Leave one set out over all 27 folds, with the phase 23 rules: P 0.953 R 0.892 at 0.82 (2,863
     * found, 141 false alarms, 347 missed) against P 0.947 R 0.896 at 0.78 (2,876, 160, 334). Phase 24 (held-out 27 in
     * the training and the folds) kept the same rule, run after the retraining so that its bound on responders' talk
     * scores the new model: it picks 0.79 (the model alone flags three of 178 chat sentences at 0.78, one at 0.79),
     * shipped as picked. Leave one set out over all 28 folds, with the phase 23 rules: P 0.951 R 0.898 at 0.79 (2,983
     * found, 154 false alarms, 339 missed) against P 0.955 R 0.893 at 0.82 (2,966, 140, 356). Phase 25 (held-out 28 in
     * the training and the folds) kept the same rule, run after the retraining: it picks 0.82 (the model alone flags two
     * of 178 chat sentences at 0.80, none at 0.85; precision is not the bound), shipped as picked. Leave one set out
     * over all 29 folds, with the phase 24 rules: P 0.955 R 0.893 at 0.82 (3,065 found, 143 false alarms, 369 missed)
     * against P 0.950 R 0.898 at 0.79 (3,083, 162, 351). That bound had swung the pick by one chat sentence in each of
     * the last three retrains, so phase 25 judged two changes fixed beforehand (sealed/README): at most three chat
     * sentences (the rule then picks 0.60, where the precision floor binds: 0.930 / 0.918) met its rule on the sealed
     * sets but fails the product's own tests (the seed example is no longer clean), so it did not ship; variant B, the
     * lowest threshold from that pick at which the whole test command passes, is 0.76 (the near miss "Thanks to Aiko we
     * lost no data." scores just under it), judged on a new sealed set (held-out 33: 99 found and 4 false alarms against
     * 97 and 4 at 0.82) and shipped. Phase 26 (held-out 29 in the training and the folds) kept the same rule, run after
     * the retraining: the precision floor and the chat bound pick 0.59 (the model alone flags three of 178 chat sentences
     * from 0.50 to 0.70); the near misses bound it from below, now "Thanks to Aiko we lost no data." at 0.733, so the
     * lowest threshold at which they stay clean is 0.74, shipped as picked (0.76 -> 0.74). Phase 27 (held-out 30 in the
     * training and the folds), the same rule run after the retraining: precision floor and chat bound pick 0.57 (the
     * model alone flags three of 178 chat sentences from 0.50 to 0.75); the near misses bound it from below, now "Thanks
     * to Aiko we lost no data." at 0.717, so the lowest threshold at which they stay clean is 0.72, shipped as picked
     * (0.74 -> 0.72). Phase 29 (held-out 32, 38 and 39 in the training and the folds) keeps the near misses away from
     * the model by general guards in BlameDetector (credit to a named person, blame named to be set aside, a group word
     * that names a thing in an action item or headline, people kept out of a service, a person who met errors), and the
     * folds now score exactly the sentences the check asks the model about. The same rule then picks 0.52 (the
     * precision floor binds), where the check's precision over every fold left out falls from 0.959 at 0.72 to 0.947;
     * so a second bound, fixed in BlameClassifierTest ({@code PRECISION_GIVE}): lower the threshold from the previous one
     * only as far as the check's pooled precision over every fold left out stays within 0.005 of its value there. That
     * gives 0.64 (P 0.955 R 0.911 against P 0.959 R 0.904 at 0.72, over 35 folds); on the 31 folds phase 27 was measured
     * on, 3,339 found and 139 false alarms against the phase 27 check's 3,318 and 141.
     * Phase 30 (held-out 33, 43 and 44 in the training and the folds; people words the shared lexicon does not hold read
     * as people, {@link #morePeople(Token)}; phase 28b's hand rules): the same rule, with the previous threshold now
     * 0.64, gives 0.59 (the precision floor and the chat bound pick 0.55; the check's pooled precision over every fold
     * left out is 0.9529 at 0.64, 0.9483 at 0.59 and 0.9471 at 0.58). Over 38 folds: 3,986 found and 217 false alarms at
     * 0.59, 3,963 and 196 at 0.64, against the phase 29 check's 3,906 and 201 at 0.64 (README).
     * Phase 31 (held-out 34, 46 and 47 in the training and the folds; titled names, people owned by a party, departments'
     * short names, questions after the one who acted, sarcastic praise and pasted chat headers read by the learned
     * signal; PRECISION_GIVE 0): the precision floor and the chat bound pick 0.50; the lowest threshold from there at
     * which the check's pooled precision over every fold left out is not below its value at 0.59 (0.9487) is 0.59 again.
     * Over the same 38 folds phase 30 was measured on: 4,025 found and 203 false alarms at 0.59, against phase 30's
     * 3,986 and 217 (README).
     */
    public static final double THRESHOLD = 0.59;

    /** L2 regularisation of the trainer (chosen, like the threshold, by cross-validation on the seen study sets). */
    static final double L2 = 0.25;

    static final String TRAINING = "/rules/blame-training.tsv";
    private static final String BLAME = "BLAME";

    /**
     * One labelled sentence: its label, the incident's people, the sentence, and its features if already computed
     * (the training file stores them; null means {@link #train} computes them, which needs the tagger).
     */
    public record Example(boolean blame, Set<String> people, String sentence, List<String> features) {
        public Example(boolean blame, Set<String> people, String sentence) {
            this(blame, people, sentence, null);
        }
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

    private static final io.postmortem.rules.language.WarmUp WARM_UP =
            new io.postmortem.rules.language.WarmUp("blame-classifier-warm-up", BlameClassifier::shared);

    /** Trains the shared classifier on a background daemon thread (once per JVM); the first real use waits for it. */
    public static void warmUpInBackground() {
        WARM_UP.start();
    }

    /** Trains a classifier on labelled sentences (deterministic for the same examples in the same order). */
    public static BlameClassifier train(List<Example> examples) {
        List<Event> events = new ArrayList<>();
        for (Example e : examples) {
            List<String> f = e.features() != null ? e.features() : features(e.people(), e.sentence());
            events.add(new Event(e.blame() ? BLAME : "OK", f.toArray(String[]::new)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(QNTrainer.L2COST_PARAM, L2);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        return new BlameClassifier(io.postmortem.rules.language.Maxent.train(params, events));
    }

    /** The probability that the sentence blames a person or a group. */
    public double probability(String sentence, Referents referents) {
        Tagged t = English.tag(referents.capitaliseNames(normalise(sentence)));
        return probability(t, referents);
    }

    double probability(Tagged t, Referents referents) {
        double[] p = model.eval(features(t, referents).toArray(String[]::new));
        return p[blameIndex];
    }

    private static String normalise(String s) {
        return s.replace('’', '\'').replace('‘', '\'');
    }

    /** A row of a timeline: a time (after an optional date) then a dash or a colon. */
    private static final java.util.regex.Pattern TIMELINE_ROW = java.util.regex.Pattern.compile(
            "^\\s*(?:\\d{1,2}\\s+\\p{L}{3,9}\\s+|\\d{4}-\\d{2}-\\d{2}\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:utc|z|gmt|[ap]m)?"
            + "\\s*[-–—:|]", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The features of a labelled sentence as training computes (and the training file stores) them. */
    static List<String> features(Set<String> people, String sentence) {
        Referents r = new Referents(people, Set.of());
        return features(English.tag(r.capitaliseNames(normalise(sentence))), r);
    }

    /** The features of a tagged sentence (see the class comment). */
    static List<String> features(Tagged t, Referents r) {
        Set<String> out = new LinkedHashSet<>();
        out.add("bias");
        // phase 31: a pasted chat line's sender and time ("Rachel Kim 9:38 AM yes do it") say who wrote the line, not who
        // acted in it: the model reads the message after them, and that it is a chat line
        int from = chatHeaderEnd(t);
        if (from > 0) out.add("chatline");
        List<String> norm = new ArrayList<>();
        for (int i = from; i < t.size(); i++) {
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
        boolean conditionalPerson = false;
        boolean wouldElsewhere = false;
        boolean peopleMentioned = norm.contains("PERSON") || norm.contains("TEAM");
        for (Predicate p : Predicates.of(t)) {
            if (p.head() < from) continue;
            String kind = actorKind(t, p, r);
            boolean people = kind.equals("PERSON") || kind.equals("TEAM");
            peopleActor |= people;
            String verb = Lemmas.verb(t.get(p.head()).word());
            // "nobody was available" states who was there; "nobody checked" is an omission
            if (kind.equals("NOBODY") && HAVING.contains(verb)) kind = "NOBODY_STATE";
            out.add("a=" + kind);
            out.add("av=" + kind + ":" + verb);
            if (p.negated()) out.add("an=" + kind);
            if (p.negated()) out.add("anv=" + kind + ":" + verb);
            if (p.modal() != null) out.add("am=" + kind + ":" + p.modal() + (p.perfect() ? ":perf" : ""));
            if (p.passive()) out.add("ap=" + kind);
            if (p.conditional()) out.add("aif=" + kind + (p.perfect() ? ":perf" : ""));
            if (p.conditional() && people) conditionalPerson = true;
            if (!p.conditional() && ("would".equals(p.modal()) || "could".equals(p.modal()))
                    && (p.negated() || p.perfect())) {
                wouldElsewhere = true;
            }
            for (String adverb : p.adverbs()) out.add("aa=" + kind + ":" + adverb);
            // the verb's class rather than the verb: a new failure verb with a person as actor reads like the known ones
            String cls = verbClass(verb);
            if (cls == null && p.complement() >= 0) cls = verbClass(Lemmas.verb(t.get(p.complement()).word()));
            if (cls != null) {
                out.add("avc=" + kind + ":" + cls);
                if (p.negated()) out.add("anvc=" + kind + ":" + cls);
                if (p.modal() != null && p.perfect()) out.add("amvc=" + kind + ":" + cls);
            }
            // "failed to restart": whose failure it is decides (a job that failed to, or a person who failed to)
            if (p.complement() >= 0 && "FAIL".equals(verbClass(verb))) out.add("failto=" + kind);
            // the counterfactual frame about people: "if Ana had read it", "Ben should have checked"; not what a person
            // should have had or been given ("Bruno should have had a way to pause the job": a missing tool)
            if (people && p.perfect() && (p.conditional() || p.modal() != null && !p.negated())
                    && !HAVING.contains(verb)) {
                out.add("counterfactual=people");
            }
        }
        if (peopleActor) out.add("peopleActor");
        // a timeline row ("14:32 - Radek starts the sell program", "17 Jun 03:34 UTC - ..."): who acted is recorded as a
        // fact there, so the model can learn that a person acting in a row is not in itself blame
        if (TIMELINE_ROW.matcher(t.text()).find()) {
            out.add("timeline");
            if (peopleActor) out.add("timeline-peopleActor");
        }
        // "nobody senior was available" says who was there; the word then means that, not "nobody checked"
        if (out.contains("a=NOBODY_STATE") && !out.contains("a=NOBODY")) {
            List<String> renamed = new ArrayList<>();
            for (String f : out) {
                renamed.add(f.equals("w=nobody") || f.equals("w=no") ? f + "_state"
                        : f.startsWith("b=nobody_") || f.startsWith("b=no_") ? f.replaceFirst("^b=no(body)?_", "b=no$1_state_")
                        : f);
            }
            out.clear();
            out.addAll(renamed);
        }
        // judgement, praise (often ironic), mistake and sanction words: their class generalises where the word is new
        for (int i = 0; i < t.size(); i++) {
            String cls = wordClass(t.get(i).lower());
            if (cls == null) continue;
            // "no monitoring fired", "the alert fired": a machine firing, not a person fired
            if (FIRE.contains(t.get(i).lower()) && (i == 0 || !t.get(i - 1).is("was", "were", "be", "been", "being",
                    "get", "got", "gets", "getting", "to"))) {
                continue;
            }
            out.add("cls=" + cls);
            if (peopleMentioned) out.add("clsp=" + cls);
            if (i >= 2 && t.get(i - 1).lower().equals("'s") && cls.equals("MISTAKE")) out.add("possessive-mistake");
        }
        // "It was Thorgunna's call to decommission ...": a decision put on a person
        for (int i = 2; i < t.size(); i++) {
            if (t.get(i).is("call", "decision", "idea", "choice", "doing") && t.get(i - 1).lower().equals("'s")
                    && "PERSON".equals(normal(t, i - 2, r))) {
                out.add("possessive-decision");
            }
        }
        if (out.contains("cls=PRAISE") && out.contains("cls=DAMAGE") && !out.contains("cls=RECOVERY")) out.add("irony");
        // phase 31: an act done against what was known or asked: "pushed it live knowing the tests were open", "signed
        // the sheet anyway", "despite two alerts", "even though we tell people not to"
        for (int i = 0; i < t.size(); i++) {
            boolean against = t.get(i).is("despite", "knowing", "anyway", "regardless", "nonetheless", "nevertheless")
                    || t.get(i).is("even") && i + 1 < t.size() && t.get(i + 1).is("though", "tho", "after", "when");
            if (!against) continue;
            out.add("against");
            if (peopleActor) out.add("pagainst");
            break;
        }
        // what a person did in place of the care expected: "removed the block without waiting", "wrote his own
        // instead of using the library"
        for (int i = 0; i + 1 < t.size(); i++) {
            // "without ever load-testing", "without even checking": an adverb may stand between
            int g = i + 1;
            while (g + 1 < t.size() && t.get(g).is("ever", "even", "first", "properly", "actually", "once")) g++;
            boolean without = t.get(i).is("without") && t.get(g).tag().equals("VBG");
            boolean instead = t.get(i).is("instead") && t.get(i + 1).is("of");
            if (!without && !instead) continue;
            String kind = without ? "without" : "instead";
            out.add(kind);
            if (peopleActor) out.add("p" + kind);
            if (without) {
                String cls = verbClass(Lemmas.verb(t.get(g).word().replaceFirst("^[a-z]+-", "")));
                if (cls != null) out.add(kind + "=" + cls);
            }
        }
        // "if aurevan put the halls on generator, no storage would be damaged": the loose counterfactual chat writes
        if (peopleActor && conditionalPerson && wouldElsewhere) out.add("counterfactual=people-loose");
        String lowerText = t.text().toLowerCase(java.util.Locale.ROOT);
        if (lowerText.contains("in the first place") || lowerText.contains("of all people")) out.add("accuse");
        // a person addressed in chat ("Ana, can you take comms?", "ben you're IC"): talk to someone, not about them
        if (norm.size() >= 2 && norm.get(0).equals("PERSON")
                && (t.size() > 1 && t.get(1).word().equals(",") || norm.get(1).equals("you")
                || norm.get(1).equals("can") || norm.get(1).equals("could") || norm.get(1).equals("what")
                || norm.get(1).equals("how"))) {
            out.add("vocative");
        }
        // an accusing question names its target
        if (peopleMentioned && t.text().strip().endsWith("?")) out.add("question+people");
        return List.copyOf(out);
    }

    private static final java.util.Map<String, String> VERB_CLASSES = classes(
            "FAIL", "fail neglect forget ignore miss skip overlook botch bungle mess screw fumble dismiss omit neglect "
                    + "bother wreck blow break drop ruin misconfigure mistype misread",
            "OPERATE", "restart roll revert add raise deploy run move switch enable disable set scale push merge ship "
                    + "upgrade apply rebuild restore pin block generate replace remove open start reset turn promote "
                    + "send take update change configure install release "
                    // what responders do to contain an incident: "the incident team chose to limit the rate",
                    // "Sipho yanked the exploit gem" (acting is not failing; phase 18)
                    + "limit yank throttle drain shed pause halt freeze isolate quarantine cordon reroute redirect "
                    + "purge flush kill reboot reduce lower cap shut unpublish failover pull rotate patch",
            "NOTICE", "notice spot see detect find flag observe confirm page escalate",
            "SAY", "ask note point explain say write post report tell mention suggest propose answer reply wonder "
                    + "request announce",
            "KNOW", "know understand realise realize learn care think grasp",
            // the care expected of a person: "nobody checked", "did not even look", "never reviewed"
            "CHECK", "check verify test review read look inspect validate double-check question examine audit "
                    + "monitor watch");

    private static final java.util.Map<String, String> WORD_CLASSES = classes(
            "JUDGE", "careless sloppy incompetent lazy clueless reckless cavalier negligent idiot stupid dishonest "
                    + "rogue amateur lax useless hopeless arrogant irresponsible sloppiness incompetence laziness "
                    + "negligence carelessness tantrum stunt clown cowboy weak inept naive complacent amateurish "
                    + "culprit culprits half-trained untrained unqualified clue",
            "PRAISE", "great brilliant lovely splendid nice impressive genius visionary stellar fantastic wonderful "
                    + "excellent bravo amazing superb heroic",
            "MISTAKE", "mistake error fault blunder oversight misjudgment misjudgement screwup screw-up bad",
            "SANCTION", "fire fired dismiss dismissed demote demoted revoke revoked suspend suspended warning "
                    + "disciplinary removed rota rotation rights accountable",
            // a person away while it burned: "had already gone home", "status said out for lunch", "sat unread"
            "AWAY", "home lunch holiday vacation asleep unread pub golf weekend beach",
            // damage next to praise is irony: "Top marks to the project: a system that falls over ..."
            "DAMAGE", "down outage crash crashed broke broken dead death stuck stranded offline parked fell falls lost",
            // ... unless the praise is for a recovery: "Kudos to Bruno, who got the site back after the outage"
            "RECOVERY", "back restore restored recover recovered fix fixed save saved rescue rescued mitigate mitigated",
            // lateness put on a person in a timeline: "11:10 - Ondine finally opens the dashboard"
            "LATE", "finally belatedly eventually");

    private static java.util.Map<String, String> classes(String... pairs) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) for (String w : pairs[i + 1].split(" ")) out.putIfAbsent(w, pairs[i]);
        return java.util.Map.copyOf(out);
    }

    private static final Set<String> FIRE = Set.of("fire", "fired");

    private static final Set<String> HAVING = Set.of("have", "be", "get", "need", "receive", "give");

    private static String verbClass(String lemma) {
        return VERB_CLASSES.get(lemma);
    }

    private static String wordClass(String lower) {
        return WORD_CLASSES.get(lower);
    }

    private static String actorKind(Tagged t, Predicate p, Referents r) {
        Predicate.Span actor = p.actor();
        if (actor == null) return p.passive() ? "AGENTLESS" : "NONE";
        Referent.Kind k = r.of(t, actor).kind();
        // phase 31: a name with a title or an honorific ("Ms Trelawney", "Enomoto-san") is someone, even when the
        // incident's people are listed and do not include it (an unknown name then reads as a thing)
        for (int i = actor.start(); i < actor.end(); i++) if (titledName(t, i)) return "PERSON";
        // phase 31: a person or group owned by a party ("the trust's IT manager", "BA's security managers", "the
        // vendor's project lead"): the shared reading takes a role a program may play for a thing there; what follows the
        // possessive decides, read on its own
        if (k == Referent.Kind.THING || k == Referent.Kind.PERSONS_THING) {
            for (int i = actor.start() + 1; i + 1 < actor.end(); i++) {
                if (!t.get(i).tag().equals("POS")) continue;
                int end = actor.end();
                for (int j = i + 1; j < actor.end(); j++) {
                    if (t.get(j).tag().equals("IN")) {
                        end = j;
                        break;
                    }
                }
                if (end - i - 1 < 1 || end - i - 1 > 3) break;
                Referent.Kind owned = r.of(t, i + 1, end).kind();
                if (owned == Referent.Kind.PERSON) return "PERSON";
                if (owned == Referent.Kind.TEAM) return "TEAM";
                String more = morePeople(t, new Predicate.Span(i + 1, end));
                if (more != null) return more;
                break;
            }
        }
        // phase 30: a job title, a crew or a department the shared lexicon does not hold ("the fitters", "QA")
        if (k == Referent.Kind.THING) {
            String people = morePeople(t, actor);
            if (people != null) return people;
        }
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

    /**
     * Where a pasted chat line's header ends: one to three names (the first capitalised or an @handle), a time with an
     * optional AM / PM, in brackets or not ("Rachel Kim 9:38 AM", "@bram [12:07 PM]"); 0 when the sentence has none.
     */
    static int chatHeaderEnd(Tagged t) {
        int i = 0;
        while (i < t.size() && i < 3 && t.get(i).word().codePoints().allMatch(c -> Character.isLetter(c) || c == '@'
                || c == '.' || c == '\'' || c == '-') && Character.isLetter(t.get(i).word().codePointAt(t.get(i).word().length() - 1))) {
            if (i == 0 && !(Character.isUpperCase(t.get(0).word().charAt(0)) || t.get(0).word().startsWith("@"))) return 0;
            i++;
        }
        if (i == 0 || i >= t.size()) return 0;
        if (t.get(i).word().equals("[") || t.get(i).word().equals("-LRB-")) i++;
        if (i >= t.size() || !TIME.matcher(t.get(i).word().replace("[", "")).matches()) return 0;
        i++;
        if (i < t.size() && MERIDIEM.matcher(t.get(i).word()).matches()) i++;
        if (i < t.size() && (t.get(i).word().equals("]") || t.get(i).word().equals("-RRB-"))) i++;
        return i;
    }

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    private static final java.util.regex.Pattern MERIDIEM = java.util.regex.Pattern.compile("(?i)[ap]\\.?m\\.?\\]?");

    /** A token as the model sees it: PERSON, TEAM, NAME, NUM, or its lemma; null for punctuation. */
    private static String normal(Tagged t, int i, Referents r) {
        Token k = t.get(i);
        String w = k.word();
        // phase 31: "12:07 PM", "9:38 AM": part of the time, not the verb "am"
        if (i > 0 && MERIDIEM.matcher(w).matches() && t.get(i - 1).word().matches("\\[?\\d{1,2}(?::\\d{2}){1,2}\\]?")) {
            return null;
        }
        if (!w.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return w.equals("?") || w.equals("!") ? w : null;
        }
        if (k.number() || w.matches("\\d[\\d:.,%]*\\w{0,3}")) return "NUM";
        if (k.noun() || k.pronoun() || w.startsWith("@")
                || Character.isUpperCase(w.charAt(0)) && r.knownPerson(w)) {
            if (r.knownPerson(w)) return "PERSON";
            if (titledName(t, i)) return "PERSON";
            // phase 30: an @handle is someone (a job title the shared lexicon does not hold keeps its lemma, as its
            // role nouns do; the actor's kind and whether the model is asked read it as a person, morePeople)
            if (w.startsWith("@") && w.length() > 1 && w.codePoints().skip(1).anyMatch(Character::isLetter)) {
                return "PERSON";
            }
            Referent ref = r.of(t, i, i + 1);
            if (ref.kind() == Referent.Kind.TEAM && (!k.pronoun() || w.equals("IT"))) return "TEAM";
            if (k.properNoun() && ref.kind() == Referent.Kind.PERSON) return "PERSON";
            if (k.properNoun() && i > 0) return "NAME";
            return Lemmas.noun(w);
        }
        if (k.verb()) return Lemmas.verb(w);
        return k.lower();
    }

    /**
     * People words the shared lexicon ({@link io.postmortem.rules.language.Lexicon}, which the rules and the owner check
     * use too) does not hold, read by the learned signal only: job titles and trades ("the fitters", "the dealer", "the
     * physician"), informal words for people ("the guy", "the lads", "the men"), departments and groups of people
     * ("QA", "the NOC", "the wiring gang", "the brass", "the consultancy"). Singular lemmas, lower case. Left out: words
     * that name an activity or a machine as often as the people ("maintenance", "security", "operations", "host",
     * "backend", "panel"): "Scheduled network maintenance completed" has no one in it.
     */
    static final Set<String> MORE_PERSONS = Set.of("fitter", "plumber", "rigger", "driller", "porter",
            "dealer", "farmer", "teacher", "lecturer", "professor", "judge", "juror", "referee", "umpire", "examiner", "assessor", "investigator", "prosecutor", "treasurer", "trustee", "shareholder", "landlord",
            "presenter", "announcer", "sergeant", "lieutenant", "colonel", "admiral", "soldier", "sailor",
            "deckhand", "bosun", "purser", "cop", "constable", "sheriff", "ranger", "warden", "paramedic", "medic",
            "physician", "resident", "registrar", "midwife", "dentist", "actuary", "senator", "secretary",
            "receptionist", "cashier", "teller", "buyer", "seller", "fella", "fellow", "bloke", "chap", "lad",
            "dude", "man", "woman", "gentleman", "lady", "rookie", "veteran", "newbie", "noob", "hotshot",
            "delegate", "curator", "postmaster", "subpostmaster", "stationmaster", "harbourmaster", "quartermaster",
            "webmaster", "headmaster", "ringleader", "crewmate", "shipmate", "deputy", "underwriter", "trucker",
            "organiser", "organizer", "supporter", "spectator", "signer", "signatory", "patroller", "shipwright",
            "superintendent", "assistant", "teenager", "youngster", "kid", "boy", "girl", "cadre", "fool", "clown",
            "amateur", "idiot", "genius", "cio", "cfo", "coo", "ciso", "cso", "flyman", "therapist", "attendee", "chemist", "sysop", "ops person", "anarchist");
    static final Set<String> MORE_GROUPS = Set.of("gang", "brass", "personnel", "workforce", "consultancy", "firm",
            "agency", "regulator", "authority", "ministry", "government", "council", "police", "delegation", "jury",
            "supplier", "employee", "executive", "official", "corporate", "hq", "headquarters",
            "qa", "noc", "soc", "eoc", "eng", "estates", "hr", "devs", "brigade",
            "association", "club",
            // phase 31: "the track patrol walked straight past the loose bolts", "the hosting partner", "infra treats
            // security review like a speed bump"
            "patrol", "partner", "infra");

    /**
     * Roles the tagger reads as a participle or an adjective: "the attending phoned in an opinion", "the on-call over the
     * weekend did the bare minimum", "both times the same on-call" (people after a determiner, with no noun after them).
     */
    static final Set<String> ROLE_MODIFIERS = Set.of("attending", "on-call", "oncall");

    /** PERSON or TEAM for a noun naming people that the shared lexicon does not read as people, else null. */
    static String morePeople(Token k) {
        if (k.pronoun() || !k.noun() && !k.tag().equals("VBG") && !k.tag().equals("JJ")) return null;
        String w = k.lower();
        // "the attending", "the on-call": a role the tagger reads as a participle or an adjective, after a determiner
        if (!k.noun()) return ROLE_MODIFIERS.contains(w) ? "PERSON" : null;
        String l = Lemmas.noun(w);
        if (l.endsWith("men") && l.length() >= 6) l = l.substring(0, l.length() - 3) + "man"; // signalmen, firemen
        if (l.equals("men")) l = "man";
        if (l.equals("women")) l = "woman";
        if (MORE_GROUPS.contains(l) || w.equals("estates")) return "TEAM";
        if (MORE_PERSONS.contains(l)) return "PERSON";
        // a plural the shared lexicon's singular does not reach: "signalmen", "crewmen", "foremen"
        if (!l.equals(Lemmas.noun(w)) && io.postmortem.rules.language.Lexicon.ROLE_NOUNS.contains(l)) return "PERSON";
        if (k.properNoun()) return null;
        // a profession named by its suffix: geologist, physicist, anaesthetist; technician, physician; photographer
        if (l.length() >= 7 && (l.endsWith("ologist") || l.endsWith("ician") || l.endsWith("ographer"))) return "PERSON";
        if (l.length() >= 8 && l.endsWith("ist") && !l.endsWith("list") && !NOT_PEOPLE_IST.contains(l)) return "PERSON";
        return null;
    }

    private static final Set<String> NOT_PEOPLE_IST = Set.of("checklist", "persist", "consist", "subsist");

    /**
     * PERSON or TEAM for the word at {@code i} when it names people the shared lexicon does not and heads its phrase
     * ("Maintenance signed it off", "the depot fitters"; not "the maintenance logs", "a security patch", where it names
     * a thing's kind).
     */
    static String morePeople(Tagged t, int i) {
        if (i + 1 < t.size() && t.get(i + 1).noun() && !t.get(i + 1).properNoun()) return null;
        if (ROLE_MODIFIERS.contains(t.get(i).lower()) && (i == 0 || !t.get(i - 1).is("the", "an", "a", "same", "that",
                "this", "our", "their", "his", "her", "every", "each"))) {
            return null;
        }
        return morePeople(t.get(i));
    }

    /** PERSON or TEAM when the head of a phrase the shared lexicon reads as a thing names people. */
    private static String morePeople(Tagged t, Predicate.Span span) {
        int end = span.end();
        for (int i = span.start(); i < span.end(); i++) {
            if (t.get(i).tag().equals("IN")) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= span.start(); i--) {
            Token k = t.get(i);
            if (!k.noun() && !ROLE_MODIFIERS.contains(k.lower())) continue;
            return morePeople(k);
        }
        return null;
    }

    /** Departments' short names, people whatever the tagger reads them as (phase 31). */
    static final Set<String> DEPARTMENT_FORMS = Set.of("qa", "ops", "hr", "noc", "soc", "sre", "sres", "dba", "dbas",
            "devops", "secops", "netops", "infra");

    /** A past verb after "who", across an attachment: "who approved", "Who at the company decided", "who signed". */
    private static boolean pastVerbFollows(Tagged t, int i) {
        for (int j = i + 1; j < t.size() && j <= i + 6; j++) {
            String tag = t.get(j).tag();
            if (tag.equals("VBD") || tag.equals("VBN")) return !t.get(j).is("was", "were", "had");
            if (!(tag.equals("IN") || tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("RB"))) {
                return false;
            }
        }
        return false;
    }

    /** Titles written before a person's name: "Mr Wainwright", "Ms. Oakenfold", "Dr Okafor". */
    private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "miss", "dr",
            "dr.", "prof", "prof.", "sir", "dame", "madam", "madame", "mme", "herr", "frau", "señor", "senhor", "signor",
            "signora", "monsieur");

    /** A Japanese or Korean honorific joined to a name: "Enomoto-san", "Kato-sama", "Min-ji-ssi". */
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'-]*-(?:san|sama|kun|chan|sensei|senpai|dono|ssi|nim)");

    /**
     * Phase 31: the word at {@code i} is a name marked as a person's by a title before it ("Ms Trelawney", "Mr.
     * Kinnear") or an honorific joined to it ("Enomoto-san"); not "Mr" alone, not a lower-case word after a title.
     */
    static boolean titledName(Tagged t, int i) {
        String w = t.get(i).word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        if (HONORIFIC.matcher(w).matches()) return true;
        if (TITLES.contains(t.get(i).lower())) return false;
        int before = i - 1;
        if (before >= 0 && t.get(before).word().equals(".")) before--;
        return before >= 0 && TITLES.contains(t.get(before).lower()) && Character.isUpperCase(t.get(before).word().charAt(0))
                && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    /** True when the sentence mentions a person or a group (the classifier is asked only then). */
    static boolean mentionsPeople(Tagged t, Referents r) {
        for (int i = 0; i < t.size(); i++) {
            if (peopleWordAt(t, i, r) != PeopleWord.NONE) return true;
        }
        return false;
    }

    /**
     * How a word names people: not at all; surely (a known name written with its capital, "IT", "nobody", "no one", a
     * role the tagger reads as an adjective after a determiner); or by its kind (a noun or a pronoun the referents or
     * {@link #morePeople(Tagged, int)} read as a person or a group, which may still name a thing's kind in a compound:
     * "Staff SSO").
     */
    enum PeopleWord { NONE, SURELY, BY_KIND }

    /** How the word at {@code i} names people ({@link PeopleWord}): the one reading of "who is in a sentence". */
    static PeopleWord peopleWordAt(Tagged t, int i, Referents r) {
        Token k = t.get(i);
        if (r.knownPerson(k.word()) && Character.isUpperCase(k.word().charAt(0))) return PeopleWord.SURELY;
        // "Ubukata-san did not test ...", "Ms Trelawney saw the snow ...": a titled name is someone (phase 31)
        if (titledName(t, i)) return PeopleWord.SURELY;
        // "Great job, IT": the department; "nobody checked", "no one in that meeting": an omission by people
        if (k.word().equals("IT") || k.is("nobody", "noone") || k.is("no") && i + 1 < t.size() && t.get(i + 1).is("one")) {
            return PeopleWord.SURELY;
        }
        // "the attending", "the on-call": a role the tagger reads as a participle or an adjective (phase 30)
        if (ROLE_MODIFIERS.contains(k.lower()) && morePeople(t, i) != null) return PeopleWord.SURELY;
        // phase 31: "Who at the company decided ...?", "who signed off on that?", "by whom exactly?": a question after
        // the person who acted; "those responsible", "the ones who wrote it"
        if (k.is("who") && t.text().strip().endsWith("?") && pastVerbFollows(t, i)) return PeopleWord.SURELY;
        if (k.is("whom") && i > 0 && t.get(i - 1).is("by")) return PeopleWord.SURELY;
        if (k.is("those", "ones") && i + 1 < t.size() && t.get(i + 1).is("responsible", "who", "accountable")) {
            return PeopleWord.SURELY;
        }
        // phase 31: a department's short name the tagger reads as an adverb or a verb ("QA again let pass a bug", "ops
        // kept opening tickets"); not a compound that names a thing ("the QA environment", "the ops channel")
        if (DEPARTMENT_FORMS.contains(k.lower()) && !k.noun() && !k.pronoun()
                && !(i + 1 < t.size() && t.get(i + 1).noun() && !t.get(i + 1).properNoun())) {
            return PeopleWord.BY_KIND;
        }
        if (!(k.noun() || k.pronoun())) return PeopleWord.NONE;
        if (k.is("it", "its", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my")) {
            return PeopleWord.NONE; // people or things, or the writers themselves
        }
        Referent.Kind kind = r.of(t, i, i + 1).kind();
        boolean people = kind == Referent.Kind.PERSON || kind == Referent.Kind.TEAM
                || kind == Referent.Kind.NAME && !r.knowsPeople()
                // phase 30: job titles, crews and departments the shared lexicon does not hold ("the fitters", "QA")
                || morePeople(t, i) != null;
        return people ? PeopleWord.BY_KIND : PeopleWord.NONE;
    }

    /**
     * A feature as the training file stores it: backslash and UTF-16 surrogates (a lemma can cut an emoji in half, which
     * UTF-8 cannot write) escaped: a backslash doubled, a surrogate as backslash, "u" and four hex digits.
     */
    static String encodeFeature(String feature) {
        StringBuilder b = new StringBuilder(feature.length());
        for (char ch : feature.toCharArray()) {
            if (ch == '\\') b.append("\\\\");
            else if (Character.isSurrogate(ch)) b.append(String.format("\\u%04x", (int) ch));
            else b.append(ch);
        }
        return b.toString();
    }

    static String decodeFeature(String stored) {
        if (stored.indexOf('\\') < 0) return stored;
        StringBuilder b = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char ch = stored.charAt(i);
            if (ch != '\\') b.append(ch);
            else if (stored.charAt(i + 1) == '\\') b.append(stored.charAt(++i));
            else {
                b.append((char) Integer.parseInt(stored.substring(i + 2, i + 6), 16));
                i += 5;
            }
        }
        return b.toString();
    }

    /**
     * The labelled sentences the shared classifier is trained on ({@code /rules/blame-training.tsv}), each with the
     * features stored in the file's last column (space-separated), so that training needs no tagging.
     */
    public static List<Example> trainingSet() {
        try (InputStream in = BlameClassifier.class.getResourceAsStream(TRAINING)) {
            if (in == null) throw new IllegalStateException("missing " + TRAINING + " on the classpath");
            List<Example> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                Set<String> people = new LinkedHashSet<>();
                for (String p : c[2].split(",")) if (!p.isBlank()) people.add(p.strip());
                List<String> features = null;
                if (c.length > 5 && !c[5].isEmpty()) {
                    features = new ArrayList<>();
                    for (String f : c[5].split(" ")) features.add(decodeFeature(f));
                }
                out.add(new Example(c[0].equals(BLAME), people, c[3], features));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
