package io.postmortem.rules.language;

import io.postmortem.rules.language.Referent.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says what a noun phrase refers to: a person, a team, "we", nobody, or a thing. The incident's own people
 * (responders, commenters, Jira display names, their first and last names, @mentions) and teams (named in the text
 * or the project's components) are the strongest signal; then pronouns, role nouns ("the on-call", "the DBA"),
 * group nouns ("the platform team") and common given names. Immutable and thread-safe.
 */
public final class Referents {

    private final Set<String> people;
    private final Set<String> names;
    private final Set<String> teams;
    private final Set<String> initials;

    /**
     * @param people display names of the incident's people (each word of a name also counts, so "Sam" finds
     *               "Sam Lee")
     * @param teams  team or group names ("Platform", "Payments SRE"); a phrase containing one refers to a team
     */
    public Referents(Set<String> people, Set<String> teams) {
        Set<String> full = new HashSet<>();
        Set<String> parts = new HashSet<>();
        Set<String> inits = new HashSet<>();
        if (people != null) {
            for (String p : people) {
                if (p == null || p.isBlank()) continue;
                String n = p.strip().replaceFirst("^@", "");
                full.add(n.toLowerCase(Locale.ROOT));
                String[] words = n.split("[\\s._-]+");
                if (words.length >= 2) {
                    // initials, as timelines write them: "YO" for Yannick Okafor
                    StringBuilder initials = new StringBuilder();
                    for (String w : words) if (!w.isEmpty()) initials.append(Character.toLowerCase(w.charAt(0)));
                    inits.add(initials.toString());
                }
                for (String w : n.split("[\\s._]+")) {
                    String l = w.toLowerCase(Locale.ROOT);
                    if (w.length() >= 2 && !Lexicon.SYSTEM_WORDS.contains(l) && !Lexicon.TEAM_WORDS.contains(l)
                            && !Lexicon.ROLE_NOUNS.contains(l)) {
                        parts.add(l);
                    }
                }
            }
        }
        this.people = Set.copyOf(full);
        this.names = Set.copyOf(parts);
        this.initials = Set.copyOf(inits);
        Set<String> t = new HashSet<>();
        if (teams != null) {
            for (String x : teams) {
                if (x != null && x.strip().length() >= 2) t.add(x.strip().toLowerCase(Locale.ROOT));
            }
        }
        this.teams = Set.copyOf(t);
    }

    public static Referents none() {
        return new Referents(Set.of(), Set.of());
    }

    /** True when the incident's people are known (a capitalised name outside them is less likely a person). */
    /** What a practice or tool "manages": "config management" is a practice, "the management" is people. */
    private static final Set<String> MANAGED = Set.of("config", "configuration", "secret", "secrets", "key", "keys",
            "change", "patch", "release", "access", "identity", "certificate", "capacity", "package", "state", "session",
            "connection", "traffic", "resource", "asset", "inventory", "vulnerability", "log", "risk", "memory", "data",
            "credential", "password", "version", "dependency", "fleet", "device", "endpoint");

    public boolean knowsPeople() {
        return !people.isEmpty();
    }

    /** True when {@code word} is (part of) the name of one of the incident's people. */
    public boolean knownPerson(String word) {
        String l = word.toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        if (word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && initials.contains(l)) return true;
        return names.contains(l) || people.contains(l);
    }

    public Referent of(Tagged t, Predicate.Span span) {
        return span == null ? Referent.NONE : of(t, span.start(), span.end());
    }

    /** What the tokens [start, end) of a tagged sentence refer to. */
    public Referent of(Tagged t, int start, int end) {
        // the chunker starts a new phrase at a possessive ("Hannah" | "'s policy push"): take the owner back in
        if (start > 0 && start < end && t.get(start).tag().equals("POS") && t.get(start - 1).noun()) start--;
        // drop leading/trailing punctuation
        while (start < end && (isPunct(t.get(start)) || t.get(start).adverb() && start + 1 < end)) start++;
        while (end > start && isPunct(t.get(end - 1))) end--;
        if (start >= end) return Referent.NONE;
        String text = t.words(start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        List<Token> w = t.tokens().subList(start, end);
        Token first = w.get(0);

        if (first.is("no", "nobody", "none", "nothing", "neither", "noone", "nobody's") || lower.startsWith("no one")) {
            return new Referent(Kind.NOBODY, text, false);
        }
        // "Not one person on the call checked", "not a single engineer noticed": nobody, said with emphasis
        if (first.is("one", "a", "single", "any") && start > 0 && t.get(start - 1).is("not")) {
            // the head before any attachment: "one person on the call" is a person
            int cut = w.size();
            for (int i = 1; i < w.size(); i++) {
                if (w.get(i).tag().equals("IN")) {
                    cut = i;
                    break;
                }
            }
            String last = Lemmas.noun(w.get(cut - 1).word());
            if (w.size() == 1 && first.is("one") || last.equals("soul") || Lexicon.ROLE_NOUNS.contains(last)
                    || Lexicon.TEAM_WORDS.contains(last)) {
                return new Referent(Kind.NOBODY, text, false);
            }
        }
        // a possessive inside the phrase: "Sam's change", "his script", "the DBA's change"
        for (int i = 0; i < w.size(); i++) {
            Token k = w.get(i);
            boolean possessive = k.tag().equals("POS") && i > 0 && i < w.size() - 1;
            if (possessive) {
                Referent owner = of(t, start, start + i);
                // "Lorenzo's team", "the supplier's developers": what is owned is itself a group or a person
                String owned = Lemmas.noun(w.get(w.size() - 1).word());
                if (i == w.size() - 2 || w.size() - i <= 3) {
                    if (Lexicon.TEAM_WORDS.contains(owned)) {
                        return new Referent(Kind.TEAM, text, owner.strong());
                    }
                    if (Lexicon.ROLE_NOUNS.contains(owned) && !MACHINE_ROLES.contains(owned)
                            && !NOT_ONLY_PEOPLE.contains(owned)) {
                        return new Referent(Kind.PERSON, text, owner.strong());
                    }
                }
                if (owner.kind() == Kind.PERSON || owner.kind() == Kind.NAME || owner.kind() == Kind.TEAM) {
                    return new Referent(Kind.PERSONS_THING, text, owner.strong());
                }
                return new Referent(Kind.THING, text, false);
            }
            if (i == 0 && k.tag().equals("PRP$") && w.size() > 1) {
                String last = Lemmas.noun(w.get(w.size() - 1).word());
                boolean people = Lexicon.ROLE_NOUNS.contains(last) || Lexicon.TEAM_WORDS.contains(last);
                if (!people && k.is("his", "her", "my")) return new Referent(Kind.PERSONS_THING, text, false);
                if (!people) return new Referent(Kind.THING, text, false);
            }
        }
        for (Token k : w) {
            if (k.word().startsWith("@") && k.word().length() > 1) return new Referent(Kind.PERSON, text, true);
        }
        Token head = head(w);
        String h = Lemmas.noun(head.word());
        // "Great job, IT": the IT department, not the pronoun
        if (w.size() == 1 && head.word().equals("IT")) return new Referent(Kind.TEAM, text, false);
        if (w.size() == 1 && (head.pronoun() || Lexicon.PERSON_PRONOUNS.contains(h) || head.is("we", "us", "they", "them"))) {
            String l = head.lower();
            if (Lexicon.PERSON_PRONOUNS.contains(l)) return new Referent(Kind.PERSON, text, false);
            if (l.equals("we") || l.equals("us") || l.equals("you")) return new Referent(Kind.WE, text, false);
            if (l.equals("they") || l.equals("them")) return new Referent(Kind.THEY, text, false);
            return new Referent(Kind.THING, text, false);
        }
        if (lower.startsWith("everyone") || lower.startsWith("everybody")) return new Referent(Kind.TEAM, text, false);
        // the incident's own teams and people first
        for (String team : teams) {
            if (containsPhrase(lower, team)) return new Referent(Kind.TEAM, text, true);
        }
        // "Team B", "the ops desk", "Team Phoenix"
        boolean namedTeam = Lexicon.TEAM_WORDS.contains(Lemmas.noun(first.word())) && w.size() <= 3 && w.size() > 1
                && Character.isUpperCase(w.get(1).word().charAt(0));
        // "our config management", "secret management": a practice or tool named after what it manages, not people
        boolean practice = h.equals("management") && w.size() > 1 && MANAGED.contains(w.get(w.size() - 2).lower());
        if (!practice && (Lexicon.TEAM_WORDS.contains(h) || Lexicon.TEAM_WORDS.contains(head.lower()) || namedTeam)) {
            return new Referent(Kind.TEAM, text, false);
        }
        boolean anyKnown = false;
        for (Token k : w) {
            if ((Character.isUpperCase(k.word().charAt(0)) || k.word().startsWith("@") || lowerCaseName(k))
                    && knownPerson(k.word())) {
                anyKnown = true;
            }
        }
        // "Kalle migration", "the Pavel patch": a known person's name used as a modifier of a common noun (chat and
        // non-native writing drop the possessive); what is named is that person's thing
        int firstWord = 0;
        while (firstWord < w.size() - 1 && w.get(firstWord).tag().equals("DT")) firstWord++;
        Token owner = w.get(firstWord);
        if (anyKnown && w.size() - firstWord >= 2 && w.size() - firstWord <= 3 && owner != head
                && Character.isUpperCase(owner.word().charAt(0)) && knownPerson(owner.word())
                && head.noun() && !head.properNoun() && !knownPerson(head.word())
                && !Lexicon.ROLE_NOUNS.contains(h) && !Lexicon.TEAM_WORDS.contains(h)) {
            return new Referent(Kind.PERSONS_THING, text, true);
        }
        if (anyKnown && !Lexicon.SYSTEM_WORDS.contains(h) && (head.properNoun() || knownPerson(head.word())
                || Lexicon.ROLE_NOUNS.contains(h))) {
            return new Referent(Kind.PERSON, text, true);
        }
        // "the cluster manager", "the Kubernetes operator", "the service worker": a role a program plays
        int hi = w.indexOf(head);
        if (hi > 0 && MACHINE_ROLES.contains(h) && Lexicon.SYSTEM_WORDS.contains(w.get(hi - 1).lower())
                && w.get(hi - 1).noun()) {
            return new Referent(Kind.THING, text, false);
        }
        // "the EC2 lease manager", "the node's connection manager", "the S3 controller": a program named for the
        // resource it manages (a lease, a lock, a queue) or by a product code with a digit; not "the release manager",
        // "the vendor manager", "the shift supervisor", which name people
        if (hi > 0 && MACHINE_ROLES.contains(h)) {
            String before = w.get(hi - 1).lower();
            boolean code = w.subList(0, hi).stream().anyMatch(k -> k.word().matches("[A-Za-z]+\\d[A-Za-z0-9]*|\\d[A-Za-z]+"));
            if (MANAGED_RESOURCES.contains(before) || code) return new Referent(Kind.THING, text, false);
        }
        if (Lexicon.ROLE_NOUNS.contains(h) || Lexicon.ROLE_NOUNS.contains(lastWords(w, 2))) {
            return new Referent(Kind.PERSON, text, false);
        }
        // a capitalised name of one to three words
        if (w.size() <= 3 && allCapitalisedNames(w)) {
            if (Lexicon.FIRST_NAMES.contains(first.lower())) return new Referent(Kind.PERSON, text, false);
            return new Referent(Kind.NAME, text, false);
        }
        return new Referent(Kind.THING, text, false);
    }

    /** Role nouns that name a server or a process as often as a person ("the cluster's primary"). */
    private static final Set<String> NOT_ONLY_PEOPLE = Set.of("primary", "secondary", "owner", "lead", "member",
            "user admin", "superuser", "pilot");

    /**
     * Given names that are also everyday English words: written in lower case they are more likely the word
     * ("a grace period", "the bill") than the person.
     */
    private static final Set<String> WORD_NAMES = Set.of("will", "bill", "mark", "grace", "hope", "faith", "joy", "rose",
            "may", "june", "april", "august", "summer", "dawn", "ray", "frank", "page", "jack", "rob", "pat", "sue", "art",
            "max", "min", "chase", "grant", "lance", "miles", "sky", "river", "storm", "amber", "ruby", "jade", "pearl",
            "ivy", "holly", "lily", "daisy", "penny", "sunny", "victor", "drew", "gene", "guy", "don", "ken");

    /** Surnames that are common English words too: written in lower case they are the word, not the person. */
    private static final Set<String> WORD_SURNAMES = Set.of("brown", "white", "young", "king", "bell", "fox", "wolf",
            "park", "long", "hall", "wood", "hill", "stone", "green", "black", "gray", "grey", "little", "cook", "baker",
            "mason", "walker", "rich", "best", "love", "lord", "price", "bishop", "dean", "major", "march", "case",
            "lane", "field", "ford", "moore", "north", "south", "west", "east", "cross", "short", "swift", "law",
            "van", "der", "den", "von", "del", "bin", "ten", "ter");

    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("(?<![\\w@./-])[a-z][a-z'-]{2,}(?![\\w@/]|\\.\\w)");

    /**
     * The sentence with the incident's people's names capitalised where chat wrote them in lower case ("why did corwin
     * not look"), so the tagger reads them as names and the subject of the verb as a person. Names that are also
     * common English words ("will", "mark", "brown") are left as written.
     */
    public String capitaliseNames(String sentence) {
        if (sentence == null || names.isEmpty()) return sentence;
        java.util.regex.Matcher m = LOWER_WORD.matcher(sentence);
        StringBuilder b = null;
        int last = 0;
        while (m.find()) {
            String w = m.group();
            if (!lowerCaseNameWord(w) || WORD_SURNAMES.contains(w)) continue;
            if (b == null) b = new StringBuilder(sentence.length());
            b.append(sentence, last, m.start()).append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            last = m.end();
        }
        if (b == null) return sentence;
        return b.append(sentence, last, sentence.length()).toString();
    }

    /** A known person's name written in lower case, as chat does ("pavel didn't test ..."). */
    private boolean lowerCaseName(Token k) {
        String l = k.lower();
        return k.noun() && l.length() >= 3 && Character.isLowerCase(k.word().charAt(0)) && lowerCaseNameWord(l);
    }

    /** A lower-case word that is part of one of the incident's people's names and not a common word or a system. */
    private boolean lowerCaseNameWord(String l) {
        return names.contains(l) && !WORD_NAMES.contains(l) && !Lexicon.SYSTEM_WORDS.contains(l);
    }

    /** Role nouns that a program can play too, when a system word names what it manages. */
    private static final Set<String> MACHINE_ROLES = Set.of("manager", "controller", "operator", "agent", "driver",
            "worker", "scheduler", "supervisor", "coordinator");

    /** What a program manages, named before its role ("lease manager", "lock coordinator", "ingress controller"). */
    private static final Set<String> MANAGED_RESOURCES = Set.of("lease", "lock", "connection", "session", "queue", "job",
            "task", "memory", "cache", "package", "thread", "pool", "node", "volume", "disk", "device",
            "storage", "ingress", "replication", "replica", "shard", "partition", "certificate", "secret", "secrets",
            "container", "pod", "instance", "host", "workflow", "routing", "failover", "quorum",
            "consensus", "batch", "message", "stream", "snapshot", "index", "token", "key", "config",
            "configuration", "topology", "dns");

    private static boolean containsPhrase(String lower, String phrase) {
        int i = lower.indexOf(phrase);
        while (i >= 0) {
            boolean before = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            int e = i + phrase.length();
            boolean after = e >= lower.length() || !Character.isLetterOrDigit(lower.charAt(e));
            if (before && after) return true;
            i = lower.indexOf(phrase, i + 1);
        }
        return false;
    }

    private static String lastWords(List<Token> w, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, w.size() - n); i < w.size(); i++) {
            if (b.length() > 0) b.append(' ');
            b.append(Lemmas.noun(w.get(i).word()));
        }
        return b.toString();
    }

    /** The head word: the last noun or pronoun ("the on-call engineer" -> engineer), else the last word. */
    private static Token head(List<Token> w) {
        for (int i = w.size() - 1; i >= 0; i--) {
            Token k = w.get(i);
            if (k.noun() || k.pronoun() || Lexicon.ROLE_NOUNS.contains(k.lower())) return k;
        }
        return w.get(w.size() - 1);
    }

    private static boolean allCapitalisedNames(List<Token> w) {
        for (Token k : w) {
            String x = k.word();
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || !k.properNoun()) return false;
            if (x.length() > 1 && x.equals(x.toUpperCase(Locale.ROOT))) return false; // "AWS", "SRE"
            if (Lexicon.SYSTEM_WORDS.contains(x.toLowerCase(Locale.ROOT))) return false;
            if (x.matches(".*[\\d_/.].*")) return false;
        }
        return true;
    }

    private static boolean isPunct(Token k) {
        return !Character.isLetterOrDigit(k.word().charAt(0)) && !k.word().startsWith("@");
    }
}
