package io.postmortem.rules;

import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Lemmas;
import io.postmortem.rules.language.Lexicon;
import io.postmortem.rules.language.Tagged;
import io.postmortem.rules.language.Token;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Does a "what went well" entry name the concrete thing that helped? The seed: "Concrete, behaviour-based. Not 'the
 * team worked hard.'" An entry is concrete when it names a mechanism, an artefact, a decision with its effect, or
 * a time or number; it is vague when, once praise, effort, attitude and people are set aside, nothing specific is
 * left ("Great teamwork", "Everyone jumped in", "Comms were great", "We learned a lot").
 */
public final class WentWell {
    private WentWell() {
    }

    /** Nouns of effort, attitude, teamwork and generic response: they say nothing about what helped. */
    private static final Set<String> GENERIC = Set.of("team", "teamwork", "everyone", "everybody", "engineer",
            "people", "person", "folk", "job", "work", "effort", "dedication", "pressure", "night", "weekend", "day",
            "handling", "response", "incident", "comms", "communication", "collaboration", "cooperation", "vibe",
            "retro", "turnaround", "recovery", "management", "customer", "lot", "clock", "damage", "channel", "use",
            "transparency", "support", "spirit", "attitude", "morale", "professionalism", "calm", "focus", "ownership",
            "energy", "hustle", "way", "time", "thing", "stuff", "issue", "problem", "outage", "situation", "all",
            "kudos", "shoutout", "thanks", "credit", "hero", "heroes", "rockstar", "teams", "member",
            "colleague", "leadership", "manager", "staff", "crew", "squad", "group", "org", "company", "user",
            "lesson", "learning", "approach", "mindset", "culture", "care", "patience", "speed", "quality",
            // partnership and action in general; who was kept informed (an audience, not a mechanism)
            "partnership", "relationship", "action", "actions", "best", "everything", "minister", "stakeholder",
            "public", "passenger", "executive", "partner", "vendor", "leader", "press", "media", "board", "government",
            "regulator", "authority", "authorities",
            // the mood of the room, not what helped
            "atmosphere", "mood", "tone", "finger", "pointing", "blame", "blamelessness", "psychological", "safety");

    /** Praise adjectives the tagger reads as a proper noun at the start of an entry ("Heroic effort", "Swift action"). */
    private static final Set<String> PRAISE = Set.of("great", "heroic", "swift", "amazing", "fantastic", "awesome",
            "excellent", "superb", "quick", "fast", "good", "strong", "solid", "huge", "incredible", "tireless",
            "outstanding", "brilliant", "stellar", "impressive", "calm", "rapid", "prompt", "smooth", "nice");

    /** Effort and attitude as the whole point: "worked hard to ...", "did their best", "gave it everything". */
    private static final Pattern EFFORT = Pattern.compile("(?i)\\b(work(?:ed|ing|s)? (?:very |really |so |incredibly )?hard"
            + "|(?:did|do|doing|tried) (?:their|our|his|her|my|its) (?:very )?best|gave (?:it )?(?:everything|their all|100%|110%)"
            + "|stay(?:ed|s)? (?:calm|positive|focused|cool|professional)|pulled together|jumped in|rallied"
            + "|went above and beyond|gave (?:it )?their all)\\b");

    /** Words that link a cause to its effect: "X let us Y", "because X", "X cut Y from days to hours". */
    private static final Pattern CAUSAL = Pattern.compile("(?i)\\b(because|so that|so|which meant|meant|let|allowed"
            + "|enabled|cut|stopped|kept|is what|thanks to|brought|got .* back|reproduced|pointed|isolated)\\b");

    private static final Pattern TIME = Pattern.compile("(?i)(\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|twenty|thirty|forty|fifty|sixty|hundred|half|minutes?|hours?|seconds?|days?)\\b)");

    private static boolean peopleNoun(Token k) {
        String n = Lemmas.noun(k.lower());
        return k.noun() && (Lexicon.TEAM_WORDS.contains(n) || Lexicon.TEAM_WORDS.contains(k.lower())
                || Lexicon.ROLE_NOUNS.contains(n) || n.equals("engineering"));
    }

    private static boolean capitalised(Token k) {
        return k.noun() && Character.isUpperCase(k.word().charAt(0));
    }

    private static boolean hasVerb(Tagged t) {
        for (Token k : t.tokens()) if (k.verb()) return true;
        return false;
    }

    /** Token i is in a capitalised name introduced by "from", "by" or "to" ("kudos to Platform Ops"). */
    private static boolean creditedGroup(Tagged t, int i) {
        int j = i;
        while (j > 0 && capitalised(t.get(j - 1))) j--;
        return j > 0 && t.get(j - 1).is("from", "by", "to");
    }

    /**
     * The sentence embedding's second opinion ({@link SecondOpinion}): an entry the rules pass is vague after all when
     * the model's probability that it is vague is at least this. Chosen by leave-one-set-out cross-validation on the
     * seen study sets ({@code SecondOpinionTest}, README), which also found nothing to gain from letting the model
     * clear an entry the rules flag.
     */
    static final double MODEL_FLAGS_AT = 0.90;

    /**
     * Why the entry says nothing concrete, or empty when it names what helped: the rules ({@link #rulesProblem}), and
     * for an entry they pass, the sentence embedding when it is confident the entry is vague ({@link #MODEL_FLAGS_AT}).
     */
    public static Optional<String> problem(String entry) {
        Optional<String> rules = rulesProblem(entry);
        if (rules.isPresent() || Texts.blank(entry)) return rules;
        var p = SecondOpinion.probability(SecondOpinion.Task.WENT_WELL_VAGUE, entry);
        if (p.isPresent() && p.getAsDouble() >= MODEL_FLAGS_AT) {
            return Optional.of("\"" + entry.strip() + "\" does not say what concretely helped.");
        }
        return rules;
    }

    /** The hand rules' verdict alone: why the entry says nothing concrete, or empty when it names what helped. */
    static Optional<String> rulesProblem(String entry) {
        if (Texts.blank(entry)) return Optional.empty();
        Tagged t = English.tag(entry.strip());
        int specific = 0;
        for (Token k : t.tokens()) {
            String l = k.lower();
            if (!k.noun() || !Character.isLetter(l.charAt(0))) continue;
            if (PRAISE.contains(l)) continue;
            // a noun that names the team ("the network team", "S3 team", "ground staff", "network engineering")
            int i = k.index();
            if (i + 1 < t.size() && peopleNoun(t.get(i + 1))) continue;
            // "Great teamwork from Core Infra": a named group credited in a verbless entry is who, not what helped
            if (capitalised(k) && !hasVerb(t) && creditedGroup(t, i)) continue;
            String n = Lemmas.noun(l);
            if (GENERIC.contains(n) || GENERIC.contains(l) || Lexicon.ROLE_NOUNS.contains(n)
                    || Lexicon.TEAM_WORDS.contains(n) || Lexicon.FIRST_NAMES.contains(l)) {
                continue;
            }
            specific++;
        }
        // a number measures a result only next to something specific ("over three days" of effort measures nothing)
        boolean measured = TIME.matcher(entry).find() && specific > 0;
        boolean causal = CAUSAL.matcher(entry).find() && specific > 0;
        boolean praisesEffort = EFFORT.matcher(entry).find() && !measured && !CAUSAL.matcher(entry).find();
        boolean namesWhatHelped = measured || causal || specific >= 2 || specific == 1 && t.size() > 7;
        if (!praisesEffort && namesWhatHelped) return Optional.empty();
        return Optional.of("\"" + entry.strip() + "\" praises effort or attitude but does not say what helped.");
    }
}
