package io.postmortem.rules;

import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Lemmas;
import io.postmortem.rules.language.Predicate;
import io.postmortem.rules.language.Predicates;
import io.postmortem.rules.language.Referent;
import io.postmortem.rules.language.Referents;
import io.postmortem.rules.language.Tagged;
import io.postmortem.rules.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds person-blaming language in a sentence and proposes a systemic rewrite.
 *
 * <p>It reads each sentence through the language layer ({@link English}: tokens, parts of speech, phrase chunks;
 * {@link Predicates}: each verb with its subject, passive agent and object; {@link Referents}: whether a phrase
 * is a person, a team or a thing) and applies general rules to the structure rather than matching fixed phrases:
 * <ul>
 * <li>a person or team as the one who acts in a failure predicate: "Sam failed to / forgot to / skipped / ignored /
 * missed / broke ...", "Sam didn't check ...", "Sam accidentally ran ...", "Sam's change caused the outage"; the
 * same verb with a system as subject is a description ("the job failed to start");</li>
 * <li>the passive with a person as agent ("was ignored by Sam", "was deployed by Sam without review") and a
 * dismissive passive with no agent, which implies one ("the alert was ignored");</li>
 * <li>counterfactuals about a person: "Sam should have ...", "if Sam had checked ...", "had Sam looked ...";</li>
 * <li>judgements of a person or of competence: "careless", "dropped the ball", "better engineers would have",
 * "a more careful operator", "mistakes were made by the platform team", "Sam's fault";</li>
 * <li>"human error" or "operator error" given as a cause ({@link Kind#HUMAN_ERROR}).</li>
 * </ul>
 * Negated or systemic framings are not blame: "nobody should have to remember", "not human error but a missing
 * check", "guardrails against human error", "engineers should not have to", "the page was acknowledged by Sam".
 * Thread-safe.
 */
public final class BlameDetector {

    /** The shape of the blame found. */
    public enum Kind {
        /** A person or team as the subject of a failure: failed to, forgot, skipped, didn't check, broke... */
        PERSON_FAILURE,
        /** A passive with a person as agent, or a dismissive passive that implies one ("was ignored"). */
        PASSIVE_AGENT,
        /** "should have", "if Sam had", "had Sam checked": a counterfactual about a person. */
        COUNTERFACTUAL,
        /** A judgement of a person, a group or their competence: careless, "better engineers would have". */
        JUDGEMENT,
        /** "human error" or "operator error" given as a cause. */
        HUMAN_ERROR
    }

    /** What was found: the matched words, why, a systemic rewrite, and its kind. */
    public record Blame(String sentence, String matched, String reason, String suggestion, Kind kind) {
    }

    private static final int F = Pattern.CASE_INSENSITIVE;

    /** Judgements that blame a person whatever the grammatical subject. */
    private static final Pattern JUDGEMENT = Pattern.compile("\\b(careless(?:ly|ness)?|negligen(?:t|tly|ce)"
            + "|incompeten(?:t|ce)|sloppy|sloppiness|laziness|lazy(?! (?:load|loading|loaded|init|initiali[sz]ation|evaluation))"
            + "|reckless(?:ly|ness)?|clueless|irresponsibl[ey]|inattentive(?:ness)?|stupid(?:ity)?|idiot(?:ic)?"
            + "|dumb mistake|complacen(?:t|cy)|lack of (?:care|attention|diligence|ownership|rigou?r|discipline"
            + "|competence|judgement|judgment|professionalism)"
            + "|(?:was|wasn'?t|were|weren'?t|not) paying attention|didn'?t pay attention|did not pay attention"
            + "|dropped the ball|didn'?t bother|did not bother|couldn'?t be bothered|never bothered"
            + "|should(?:'ve| have) known(?! about)|ought to have known|should(?:'ve| have) been more careful"
            + "|(?:be|being) more careful|fat[- ]finger(?:ed|ing|s)?|rookie (?:mistake|error)|asleep at the wheel"
            + "|(?:screwed|messed|fucked) (?:it |things |this )?up|botched|bungled|blunder(?:ed)?"
            + "|(?:his|her|their) (?:own )?(?:mistake|fault|error|blunder|oversight|screw-?up|negligence)"
            + "|(?:is|was|are|were) to blame|(?:fault|blame) (?:lies|lay|rests|rested) with|(?:the )?fault of"
            + "|blamed (?:on|for)|(?:is|was) at fault)\\b", F);

    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "\\b(not|no one|nobody|don'?t|doesn'?t|didn'?t|never|without|rather than|instead of|avoid\\w*|no)\\b"
                    + "[^.;]{0,25}$", F);

    /** "human error" and friends, blame only when given as the cause. */
    private static final Pattern HUMAN_ERROR = Pattern.compile(
            "\\b(human|operator|user|pilot|engineer|developer|manual|people|personnel|individual|staff) errors?\\b", F);
    private static final Pattern HUMAN_ERROR_SYSTEMIC = Pattern.compile("\\b(against|prevent\\w*|catch\\w*|reduc\\w*"
            + "|toleran\\w*|tolerat\\w*|prone|guard\\w*|proof|resilien\\w*|safeguard\\w*|mitigat\\w*|absorb\\w*"
            + "|forgiv\\w*|not|rather than|instead of|isn'?t|wasn'?t|beyond|than|amplif\\w*|invit\\w*|for|of|room for"
            + "|possibility of|risk of|chance of|surface for)\\s+(?:\\w+\\s+){0,3}$", F);
    private static final Pattern CAUSE_BEFORE = Pattern.compile("(?:caused by|due to|because of|result of"
            + "|results? from|resulted from|root cause|cause[ds]?|was|were|is|down to|attributed to|owing to"
            + "|blamed on|:|—|-)\\s*(?:[\\w-]+\\s+){0,2}$", F);
    private static final Pattern CAUSE_AFTER = Pattern.compile("^\\s*(?:\\w+\\s+){0,3}?(?:caused|led to|resulted in"
            + "|triggered|was to blame|(?:was|is) (?:the )?(?:root |primary |main )?cause)", F);

    /** "Jordan's fault", "the DBA's mistake". Group 1 = the possessor. */
    private static final Pattern POSSESSIVE_FAULT = Pattern.compile("((?:the\\s+|our\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)"
            + "'s?\\s+(?:own\\s+)?(?:fault|mistake|blunder|screw-?up|negligence|carelessness|oversight|error|doing)\\b", F);

    /** "The outage is on Lucia", "that one's on me", "it was Sam who ...". */
    private static final Pattern ON_PERSON = Pattern.compile("(?:\\b(?:is|was|'s)\\s+(?:all\\s+|entirely\\s+|squarely\\s+)?on"
            + "\\s+((?:the\\s+)?[\\p{L}@-]+(?:\\s+[\\p{L}-]+)?)\\s*(?:[,.;]|$))|(?:\\b(?:it|this)\\s+(?:is|was)\\s+"
            + "((?:the\\s+)?[\\p{L}@-]+(?:\\s+[\\p{L}-]+)?)\\s+who\\b)", F);

    /** Verbs of failing or mishandling: blame when a person or a team does them. */
    private static final Set<String> FAILURE = Set.of("fail", "forget", "neglect", "ignore", "overlook", "miss", "skip",
            "disregard", "dismiss", "botch", "bungle", "fumble", "omit", "mishandle", "misconfigure", "misread",
            "misjudge", "mistype", "misunderstand", "misinterpret", "misuse", "break", "blunder", "goof", "bypass",
            "circumvent", "rubber-stamp", "fat-finger", "sidestep", "disobey", "violate", "overrule",
            "override", "abandon", "screw", "mess", "rush", "lapse", "slack", "procrastinate");

    /** Failure verbs only a person does: blame for any subject that is not clearly a system. */
    private static final Set<String> HUMAN_ONLY = Set.of("forget", "neglect", "ignore", "overlook", "disregard",
            "dismiss", "botch", "bungle", "fumble", "misjudge", "blunder", "goof", "rubber-stamp", "fat-finger",
            "disobey", "procrastinate", "slack", "misunderstand", "misinterpret", "misread");

    /** Passives that imply a dismissive person even without an agent: "the alert was ignored". */
    private static final Set<String> DISMISSIVE = Set.of("ignore", "overlook", "forget", "neglect", "disregard",
            "dismiss", "silence", "snooze", "mute", "botch", "bungle", "mishandle", "rubber-stamp");

    /** Verbs that say a person caused the failure when they have an incident as object (or none needed). */
    private static final Set<String> CONSEQUENCE = Set.of("cause", "trigger", "introduce", "create", "start",
            "provoke", "break", "crash", "corrupt", "wipe", "delete", "destroy", "take", "bring", "knock", "kill");
    private static final Set<String> ALWAYS_DAMAGE = Set.of("break", "crash", "corrupt", "wipe", "destroy");
    private static final Set<String> INCIDENT_NOUNS = Set.of("outage", "incident", "failure", "problem", "issue",
            "downtime", "breakage", "mess", "disruption", "error", "bug", "regression", "degradation", "loss",
            "data", "production", "prod", "site", "build", "database", "cluster", "service", "everything", "it",
            "this", "system", "release", "deployment", "incidents", "page", "crash", "fire", "chaos");

    /** Negated, these verbs describe a state or what someone could not know, not a lapse. */
    private static final Set<String> STATE = Set.of("have", "know", "be", "get", "receive", "exist", "need", "want",
            "seem", "appear", "hear", "own", "see", "work", "happen", "expect", "anticipate", "realize", "realise",
            "foresee", "cause", "mean", "affect", "reach", "apply", "contain", "include", "require", "allow",
            "return", "use", "show", "match", "report", "fire", "trigger", "page", "alert", "notify", "arrive", "load",
            "respond", "reply", "answer", "find", "occur", "change", "matter", "help", "recover", "resolve", "stop",
            "start", "succeed", "break", "fail", "run", "take", "make", "go", "come", "hold", "last", "fit",
            "support", "mention", "say", "think", "believe", "remember", "recall", "intend", "plan", "like", "hurt");

    /** Adjectives that make what a person acted with defective: "pushed a bad config". */
    private static final Set<String> DEFECTIVE = Set.of("bad", "broken", "wrong", "faulty", "untested", "incorrect",
            "invalid", "buggy", "malformed", "unreviewed", "unapproved", "erroneous", "defective", "mistaken");

    /** Verbs of finding or fixing: "Priya found the wrong config" is not blame. */
    private static final Set<String> NOTICING = Set.of("notice", "find", "spot", "identify", "see", "detect",
            "discover", "report", "flag", "catch", "fix", "revert", "roll", "remove", "replace", "correct", "confirm",
            "suspect", "investigate", "trace", "diagnose", "say", "point", "realize", "realise", "learn", "note",
            "escalate", "page", "debug", "look", "check", "verify", "test", "ask", "tell", "explain", "document");

    /** Adverbs of carelessness. */
    private static final Set<String> CARELESS = Set.of("accidentally", "mistakenly", "carelessly", "inadvertently",
            "wrongly", "hastily", "blindly", "recklessly", "negligently", "sloppily", "lazily", "unilaterally",
            "erroneously", "incorrectly", "improperly", "unthinkingly", "thoughtlessly");

    /** Nouns of diligence: "without review" blames who acted without it. */
    private static final Pattern WITHOUT_DILIGENCE = Pattern.compile("\\bwithout\\s+(?:(?:a|an|any|the|proper|prior"
            + "|first|adequate|sufficient|enough|further|second|peer|code|change|formal|real)\\s+){0,3}"
            + "(?:review(?:ing)?|test(?:s|ing)?|approval|check(?:s|ing)?|verif(?:y|ying|ication)|validat(?:e|ing|ion)"
            + "|confirm(?:ing|ation)?|read(?:ing)?|look(?:ing)?|ask(?:ing)?|tell(?:ing)?|notify(?:ing)?"
            + "|consult(?:ing)?|follow(?:ing)?|sign-?off|permission|authori[sz]ation|thinking|care|caution"
            + "|double-check(?:ing)?|a second pair of eyes|telling anyone|waiting)\\b", F);

    /** Adjectives of competence that make a person noun a judgement: "a more careful operator". */
    private static final Set<String> COMPETENCE = Set.of("careful", "experienced", "competent", "diligent", "attentive",
            "skilled", "capable", "conscientious", "thorough", "senior", "qualified", "knowledgeable", "responsible",
            "vigilant", "alert", "smart", "good", "professional", "disciplined", "cautious", "seasoned", "trained");
    private static final Set<String> COMPARATIVE = Set.of("better", "smarter", "wiser", "sharper", "abler");

    private static final Set<String> MISTAKE_NOUNS = Set.of("mistake", "error", "typo", "blunder", "oversight",
            "misjudgement", "misjudgment", "slip", "lapse", "goof", "gaffe", "screw-up", "screwup");

    private static final Pattern SYSTEMIC_FRAME = Pattern.compile("(?i)\\b(not that|isn'?t that|wasn'?t that"
            + "|rather than|instead of|not because|no matter|without anyone|without a person|without someone)\\b");

    private final Referents referents;

    /** @param people names of the people known to the incident (full names; each part also counts) */
    public BlameDetector(Set<String> people) {
        this(people, Set.of());
    }

    /**
     * @param people names of the people known to the incident (full names; each part also counts)
     * @param teams  team names known to the incident (Jira components, teams named in the text)
     */
    public BlameDetector(Set<String> people, Set<String> teams) {
        this.referents = new Referents(people, teams);
    }

    /** Looks at every sentence of a text; returns the blaming ones. */
    public List<Blame> findAll(String text) {
        return English.sentences(text).stream().map(this::detect).flatMap(Optional::stream).toList();
    }

    /** Blame in one sentence, if any. */
    public Optional<Blame> detect(String sentence) {
        if (sentence == null || sentence.isBlank()) return Optional.empty();
        String s = sentence.replace('’', '\'').replace('‘', '\'');
        Tagged t = English.tag(s);
        List<Predicate> ps = Predicates.of(t);

        Optional<Blame> b = humanError(sentence, s);
        if (b.isPresent()) return b;
        b = judgement(sentence, s, t);
        if (b.isPresent()) return b;
        for (Predicate p : ps) {
            b = predicate(sentence, s, t, p);
            if (b.isPresent()) return b;
        }
        return competence(sentence, t, ps);
    }

    private Optional<Blame> humanError(String sentence, String s) {
        Matcher h = HUMAN_ERROR.matcher(s);
        while (h.find()) {
            String before = s.substring(0, h.start());
            if (HUMAN_ERROR_SYSTEMIC.matcher(before).find() || NEGATED_BEFORE.matcher(before).find()) continue;
            String after = s.substring(h.end());
            // "Human error." or "Human error during the migration": the phrase alone, given as the cause
            boolean alone = before.isBlank() && !after.matches("(?i).*\\b(is|are|was|were|will|can|happens?|occurs?)\\b.*");
            if (!alone && !CAUSE_BEFORE.matcher(before).find() && !CAUSE_AFTER.matcher(after).find()) continue;
            return Optional.of(new Blame(sentence, h.group(), "gives \"" + h.group() + "\" as the cause; go deeper: "
                    + "what made the error possible, and what should have caught it?", Rewrites.humanError(),
                    Kind.HUMAN_ERROR));
        }
        return Optional.empty();
    }

    private Optional<Blame> judgement(String sentence, String s, Tagged t) {
        Matcher j = JUDGEMENT.matcher(s);
        while (j.find()) {
            if (NEGATED_BEFORE.matcher(s.substring(0, j.start())).find()) continue;
            return Optional.of(new Blame(sentence, j.group(), "judges a person rather than describing the system",
                    Rewrites.judgement(), Kind.JUDGEMENT));
        }
        Matcher pf = POSSESSIVE_FAULT.matcher(s);
        while (pf.find()) {
            if (NEGATED_BEFORE.matcher(s.substring(0, pf.start())).find()) continue;
            String[] words = pf.group(1).split("\\s+");
            Tagged whole = English.tag(pf.group(1));
            Tagged last = English.tag(words[words.length - 1]);
            Referent owner = referents.of(whole, 0, whole.size());
            Referent lastOwner = referents.of(last, 0, last.size());
            if (owner.people() || owner.kind() == Referent.Kind.NAME || lastOwner.people()
                    || lastOwner.kind() == Referent.Kind.NAME) {
                return Optional.of(new Blame(sentence, pf.group(), "calls it a person's fault", Rewrites.fault(),
                        Kind.JUDGEMENT));
            }
        }
        Matcher on = ON_PERSON.matcher(s);
        while (on.find()) {
            String who = on.group(1) != null ? on.group(1) : on.group(2);
            Tagged w = English.tag(who);
            Referent r = referents.of(w, 0, w.size());
            if (r.people() || r.kind() == Referent.Kind.NAME || who.equalsIgnoreCase("me") || who.equalsIgnoreCase("us")) {
                return Optional.of(new Blame(sentence, on.group().strip(), "puts the incident on a person",
                        Rewrites.fault(), Kind.JUDGEMENT));
            }
        }
        return Optional.empty();
    }

    private Optional<Blame> predicate(String sentence, String s, Tagged t, Predicate p) {
        if (p.head() < 0) return Optional.empty();
        Token headTok = t.get(p.head());
        String head = headTok.word();
        Referent subject = referents.of(t, p.subject());
        Referent agent = referents.of(t, p.agent());
        Referent actor = p.passive() ? agent : subject;
        String clauseBefore = t.words(0, p.start());
        if (SYSTEMIC_FRAME.matcher(clauseBefore).find()) return Optional.empty();
        if (subject.kind() == Referent.Kind.NOBODY && !p.passive()) return Optional.empty();

        String failure = Lemmas.verbIn(head, FAILURE);
        String human = Lemmas.verbIn(head, HUMAN_ONLY);
        boolean person = actor.people();
        boolean weakPerson = actor.kind() == Referent.Kind.NAME || actor.kind() == Referent.Kind.THEY;
        String who = actor.text();

        // counterfactuals: "Sam should have checked", "if Sam had checked", "had Sam looked"
        if (p.perfect() && !p.passive() && (person || weakPerson) && p.modal() != null
                && Set.of("should", "could", "ought", "must").contains(p.modal())
                && !(p.negated() && p.modal().equals("could"))) {
            return found(sentence, t, p, who, "says what " + who + " should have done", Rewrites.counterfactual(),
                    Kind.COUNTERFACTUAL);
        }
        if (p.perfect() && p.conditional() && (person || weakPerson && p.subject() != null) && p.modal() == null) {
            return found(sentence, t, p, who, "makes the outcome depend on what " + who + " did",
                    Rewrites.counterfactual(), Kind.COUNTERFACTUAL);
        }
        // "was supposed to verify", "were expected to check"
        if (p.passive() && p.complement() >= 0 && Lemmas.verbIn(head, Set.of("suppose", "expect")) != null
                && (subject.people() || subject.kind() == Referent.Kind.NAME)) {
            return found(sentence, t, p, subject.text(), "holds " + subject.text() + " to what they were supposed to do",
                    Rewrites.counterfactual(), Kind.COUNTERFACTUAL);
        }

        // passives: "was ignored by Sam", "mistakes were made by the platform team", "was ignored"
        if (p.passive()) {
            boolean dismissive = Lemmas.verbIn(head, DISMISSIVE) != null;
            boolean mistakes = Lemmas.verbIn(head, Set.of("make")) != null && headNounIn(t, p.subject(), MISTAKE_NOUNS);
            if ((agent.people() || agent.kind() == Referent.Kind.NAME && p.agent() != null)
                    && (failure != null || dismissive || mistakes)) {
                return found(sentence, t, p, agent.text(), "attributes the failure to " + agent.text(),
                        Rewrites.signal(subject.text()), Kind.PASSIVE_AGENT);
            }
            if (agent.people() && WITHOUT_DILIGENCE.matcher(t.words(p.end(), t.size())).find()) {
                return found(sentence, t, p, agent.text(), "says " + agent.text() + " acted without a check",
                        Rewrites.unreviewed(subject.text()), Kind.PASSIVE_AGENT);
            }
            if (p.agent() == null && dismissive && !p.negated() && subject.kind() != Referent.Kind.NOBODY) {
                return found(sentence, t, p, "", "implies someone " + Lemmas.verb(head) + "d it",
                        Rewrites.signal(subject.text()), Kind.PASSIVE_AGENT);
            }
            return Optional.empty();
        }

        if (!(person || weakPerson || actor.kind() == Referent.Kind.PERSONS_THING)) return Optional.empty();

        // failure verbs: "Sam failed to ...", "forgot", "skipped", "ignored", "missed", "broke"
        if (failure != null && !p.negated() && (person || (weakPerson && human != null))) {
            if (failure.equals("fail") && p.complement() < 0 && p.object() == null) return Optional.empty();
            if (failure.equals("break") && p.object() == null) return Optional.empty();
            return found(sentence, t, p, who, "puts " + who + " at the centre of the failure", rewriteFor(t, p),
                    Kind.PERSON_FAILURE);
        }
        // careless adverbs: "Sam accidentally ran ..."
        for (String a : p.adverbs()) {
            if (CARELESS.contains(a) && (person || weakPerson)) {
                return found(sentence, t, p, who, "says " + who + " acted " + a, rewriteFor(t, p), Kind.PERSON_FAILURE);
            }
        }
        // negated diligence: "Sam didn't check ...", "the admins never verified ..."
        if (p.negated() && (person || weakPerson && p.subject() != null) && !"can".equals(p.modal())
                && !"could".equals(p.modal()) && !"would".equals(p.modal()) && !"will".equals(p.modal())
                && Lemmas.verbIn(head, STATE) == null && !p.passive()) {
            if (!Set.of("should", "must", "ought").contains(String.valueOf(p.modal())) || p.perfect()) {
                return found(sentence, t, p, who, "puts what " + who + " did not do at the centre of the failure",
                        rewriteFor(t, p), Kind.PERSON_FAILURE);
            }
        }
        // consequences: "Sam's change caused the outage", "Sam broke production", "Sam took down the cluster"
        String consequence = Lemmas.verbIn(head, CONSEQUENCE);
        if (consequence != null && !p.negated() && (person || actor.kind() == Referent.Kind.PERSONS_THING)) {
            boolean damage = ALWAYS_DAMAGE.contains(consequence) && p.object() != null;
            boolean incident = headNounIn(t, p.object(), INCIDENT_NOUNS)
                    && !Set.of("take", "bring", "knock", "delete", "kill", "start", "create").contains(consequence);
            boolean down = Set.of("take", "bring", "knock").contains(consequence) && hasParticle(t, p, "down", "over", "out");
            if (damage || incident || down) {
                return found(sentence, t, p, who, "makes " + who + " the cause", Rewrites.rewrite("caused", ""),
                        Kind.PERSON_FAILURE);
            }
        }
        // "the intern pushed a bad config", "ran the wrong playbook": acting with something defective
        if (person && !p.negated() && Lemmas.verbIn(head, NOTICING) == null) {
            for (int i = p.end(); i < t.size(); i++) {
                Token k = t.get(i);
                if (k.is(",", ";", ":", "because", "which", "who", "when", "after", "before", "but", "and", "so")) break;
                if (k.verb() && i > p.end()) break;
                if (DEFECTIVE.contains(k.lower()) && (k.adjective() || k.tag().equals("VBN"))) {
                    return found(sentence, t, p, who, "says " + who + " acted with something " + k.lower(),
                            Rewrites.rewrite(t.words(p.start(), p.end()), ""), Kind.PERSON_FAILURE);
                }
            }
        }
        // "our DBA let the disk fill up", "let the certificate expire"
        if (person && !p.negated() && Lemmas.verb(head).equals("let") && p.object() != null) {
            return found(sentence, t, p, who, "says " + who + " let it happen",
                    Rewrites.rewrite("let it expire", ""), Kind.PERSON_FAILURE);
        }
        // "Sam made a mistake", "Sam made a typo"
        if (Lemmas.verbIn(head, Set.of("make")) != null && headNounIn(t, p.object(), MISTAKE_NOUNS) && person) {
            return found(sentence, t, p, who, "puts " + who + "'s mistake at the centre", Rewrites.judgement(),
                    Kind.PERSON_FAILURE);
        }
        // acted without a check: "Lucia pushed the change without a review"
        if (person && !p.negated() && WITHOUT_DILIGENCE.matcher(t.words(p.end(), t.size())).find()) {
            return found(sentence, t, p, who, "says " + who + " acted without a check",
                    Rewrites.unreviewed(t.words(p.object() == null ? p.end() : p.object().start(),
                            p.object() == null ? p.end() : p.object().end())), Kind.PERSON_FAILURE);
        }
        // "the SRE was too slow to escalate"
        if (person && Lemmas.verb(head).equals("be") && p.head() + 2 < t.size() && t.get(p.head() + 1).is("too")
                && t.get(p.head() + 2).adjective()) {
            return found(sentence, t, p, who, "judges how " + who + " responded", Rewrites.judgement(), Kind.JUDGEMENT);
        }
        return Optional.empty();
    }

    /** "Better engineers would have caught this", "a more careful operator would have". */
    private Optional<Blame> competence(String sentence, Tagged t, List<Predicate> ps) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            boolean comparative = COMPARATIVE.contains(k.lower()) || k.tag().equals("JJR")
                    || (k.is("more", "less") && i + 2 < t.size() && COMPETENCE.contains(t.get(i + 1).lower()));
            if (!comparative) continue;
            int n = k.is("more", "less") ? i + 2 : i + 1;
            if (n < t.size() && t.get(n).adjective() && n + 1 < t.size()) n++;
            if (n < t.size() && isPersonNoun(t.get(n))) {
                return Optional.of(new Blame(sentence, t.words(i, n + 1), "measures people against better people",
                        Rewrites.competence(), Kind.JUDGEMENT));
            }
        }
        for (Predicate p : ps) {
            if (p.subject() == null || !p.perfect() || p.modal() == null) continue;
            for (int i = p.subject().start(); i < p.subject().end(); i++) {
                if (COMPETENCE.contains(t.get(i).lower()) && i + 1 < p.subject().end() + 1
                        && referents.of(t, p.subject()).kind() == Referent.Kind.PERSON) {
                    return Optional.of(new Blame(sentence, t.words(p.subject().start(), p.end()),
                            "measures people against a more competent person", Rewrites.competence(), Kind.JUDGEMENT));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPersonNoun(Token k) {
        return io.postmortem.rules.language.Lexicon.ROLE_NOUNS.contains(Lemmas.noun(k.word()))
                || io.postmortem.rules.language.Lexicon.TEAM_WORDS.contains(Lemmas.noun(k.word()))
                || k.is("people", "humans", "teams");
    }

    private static boolean headNounIn(Tagged t, Predicate.Span span, Set<String> nouns) {
        if (span == null) return false;
        for (int i = span.end() - 1; i >= span.start(); i--) {
            Token k = t.get(i);
            if (k.noun() || k.pronoun()) return nouns.contains(Lemmas.noun(k.word()));
        }
        return false;
    }

    private static boolean hasParticle(Tagged t, Predicate p, String... particles) {
        for (int i = p.end(); i < Math.min(t.size(), p.end() + 5); i++) {
            if (t.get(i).is(particles)) return true;
        }
        return false;
    }

    private static String rewriteFor(Tagged t, Predicate p) {
        int split = p.complement() >= 0 ? p.complement() : p.end();
        String vp = t.words(p.start(), split).replace(" n't", "n't");
        String rest = t.words(split, t.size());
        // the rewrite reads "forgot to", "failed to", "ignored", "didn't check" first
        String head = t.get(p.head()).word();
        int h = vp.toLowerCase(Locale.ROOT).indexOf(head.toLowerCase(Locale.ROOT));
        if (p.negated()) {
            String verb = t.words(p.head(), split);
            return Rewrites.rewrite("didn't " + verb, rest);
        }
        return Rewrites.rewrite(h >= 0 ? vp.substring(h) : vp, rest);
    }

    private static Optional<Blame> found(String sentence, Tagged t, Predicate p, String who, String reason,
                                         String suggestion, Kind kind) {
        String matched = ((who == null ? "" : who) + " " + t.words(p.start(), p.end())).strip();
        return Optional.of(new Blame(sentence, matched, reason, suggestion, kind));
    }
}
