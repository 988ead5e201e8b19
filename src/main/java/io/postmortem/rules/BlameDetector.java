package io.postmortem.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds person-blaming language in one sentence and proposes a systemic rewrite.
 *
 * <p>It looks for linguistic shapes, not for fixed sentences:
 * <ul>
 * <li>judgements of a person that are blame whoever the subject is: "careless", "negligent", "human error" given as
 * a cause, "dropped the ball", "didn't bother", "should have known", "his mistake", "fat-fingered";</li>
 * <li>a person subject (a known person of the incident, a given name, he/she/I/someone, a role noun such as "the
 * engineer", "the on-call", "the DBA", a team) followed by a blame verb phrase ("forgot", "ignored", "failed to",
 * "should have", "missed", "didn't check", "accidentally", "caused the outage"...). The same verb phrase after a
 * system subject is a description, not blame: "the job failed to start";</li>
 * <li>a passive with a person agent: "the alert was ignored by Sam", or an agentless "was ignored/overlooked",
 * which implies a person.</li>
 * </ul>
 * Negated or systemic framings are not blame: "nobody should have to remember", "not human error but a missing
 * check", "guardrails against human error", "we don't blame anyone", "engineers should not have to".
 */
public final class BlameDetector {

    /** What was found: the matched words and a systemic rewrite. */
    public record Blame(String sentence, String matched, String reason, String suggestion) {
    }

    private static final int F = Pattern.CASE_INSENSITIVE;

    private static final String NEG_BEFORE = "(?<!\\bnot\\s)(?<!\\bno\\s)(?<!\\bnever\\s)";

    /** Judgements that blame a person whatever the grammatical subject. */
    private static final Pattern JUDGEMENT = Pattern.compile("\\b(careless(?:ly|ness)?|negligen(?:t|tly|ce)"
            + "|incompeten(?:t|ce)|sloppy|sloppiness|lazy|laziness|reckless(?:ly|ness)?|clueless|irresponsible"
            + "|inattentive(?:ness)?|stupid(?:ity)?|idiot(?:ic)?|dumb mistake|lack of (?:care|attention|diligence|ownership)"
            + "|(?:was|wasn'?t|were|weren'?t|not) paying attention|didn'?t pay attention|did not pay attention"
            + "|dropped the ball|didn'?t bother|did not bother|couldn'?t be bothered|never bothered"
            + "|should(?:'ve| have) known(?! about)|ought to have known|should(?:'ve| have) been more careful"
            + "|(?:be|being) more careful|fat[- ]finger(?:ed|ing|s)?|rookie (?:mistake|error)|asleep at the wheel"
            + "|(?:screwed|messed|fucked) (?:it |things |this )?up|botched|bungled|blunder(?:ed)?"
            + "|(?:his|her|their|sam's) (?:own )?(?:mistake|fault|error|blunder|oversight|screw-?up|negligence)"
            + "|(?:is|was|are|were) to blame|(?:fault|blame) (?:lies|lay|rests|rested) with|(?:the )?fault of"
            + "|blamed (?:on|for)|(?:is|was) at fault)\\b", F);

    /** "human error" and friends, blame only when given as the cause. */
    private static final Pattern HUMAN_ERROR = Pattern.compile(
            "\\b(human|operator|user|pilot|engineer|developer|manual) error\\b", F);
    private static final Pattern HUMAN_ERROR_SYSTEMIC = Pattern.compile("\\b(against|prevent\\w*|catch\\w*|reduc\\w*"
            + "|toleran\\w*|tolerat\\w*|prone|guard\\w*|proof|resilien\\w*|safeguard\\w*|mitigat\\w*|absorb\\w*"
            + "|forgiv\\w*|not|rather than|instead of|isn'?t|wasn'?t|beyond|than|amplif\\w*|invit\\w*|for|of)\\s+"
            + "(?:\\w+\\s+){0,3}$", F);
    private static final Pattern CAUSE_BEFORE = Pattern.compile("(?:caused by|due to|because of|result of|results? from"
            + "|resulted from|root cause|cause[ds]?|was|were|is|down to|attributed to|owing to|blamed on|:)\\s*"
            + "(?:[\\w-]+\\s+){0,2}$", F);
    private static final Pattern CAUSE_AFTER = Pattern.compile("^\\s*(?:caused|led to|resulted in|triggered"
            + "|(?:was|is) (?:the )?(?:root )?cause)", F);
    /** "Jordan's fault", "the DBA's mistake". Group 1 = the possessor. */
    private static final Pattern POSSESSIVE_FAULT = Pattern.compile("((?:the\\s+|our\\s+)?[\\p{L}-]+)'s?\\s+(?:own\\s+)?"
            + "(?:fault|mistake|blunder|screw-?up|negligence|carelessness|oversight|error)\\b", F);
    private static final Pattern WHOEVER = Pattern.compile("(?i)^\\s*(?:whoever|the person who|the one who|anyone who"
            + "|someone who|the people who)\\b");

    private static final Pattern NEGATED_JUDGEMENT = Pattern.compile(
            "\\b(not|no one|nobody|don'?t|doesn'?t|didn'?t|never|without|rather than|instead of|avoid\\w*|no)\\b"
                    + "[^.;]{0,25}$", F);

    /** Blame verb phrases that need a person subject. Group 1 = the phrase; group 2 = a following verb (if any). */
    private static final Pattern BLAME_VP = Pattern.compile("\\b("
            + "forgot(?:ten)?(?: to| about)?|neglected(?: to)?|ignored|overlooked|disregarded|dismissed"
            + "|failed to|fail to|didn'?t (?:remember to|check|read|notice|verify|test|follow|look at|review|think"
            + "|realise|realize|care|listen|escalate|respond|acknowledge|ack|double-check|validate|bother)"
            + "|did not (?:remember to|check|read|notice|verify|test|follow|look at|review|think|realise|realize|care"
            + "|listen|escalate|respond|acknowledge|double-check|validate)"
            + "|never (?:checked|read|noticed|verified|tested|followed|looked at|reviewed|escalated|responded|acknowledged)"
            + "|should(?:'ve| have)(?! to\\b)|shouldn'?t have(?! to\\b)|should not have(?! to\\b)"
            + "|could(?:'ve| have)(?! to\\b)(?! been (?:avoided|prevented|caught|detected) by (?:a|an|the) (?:alert|check|test))"
            + "|ought to have|was supposed to|were supposed to"
            + "|missed|mistakenly|accidentally|carelessly|wrongly|inadvertently|by mistake"
            + "|made (?:a|an|the|another) (?:mistake|error|typo|bad call|wrong call)"
            + "|caused (?:the|this|an|a) (?:outage|incident|failure|problem|issue|downtime|breakage|mess)"
            + "|broke (?:prod|production|the build|the site|things|everything|it|the release)"
            + "|took down|brought down|knocked over"
            + "|let (?:it|the [\\w-]+(?: [\\w-]+)?) (?:expire|lapse|slip|fail|fill up|run out)"
            + "|was too (?:slow|late|busy|hasty|tired)|rushed|skipped"
            + "|pushed (?:a|the) (?:bad|broken|wrong|faulty|untested)|deployed (?:a|the) (?:bad|broken|wrong|faulty|untested)"
            + "|approved (?:a|the) (?:bad|broken|faulty|untested)|ran the wrong|typed the wrong|picked the wrong"
            + ")\\b\\s*([\\w-]+)?", F);

    /** Verb phrases only a person (not a system) does: blame with any subject that is not clearly a system. */
    private static final Pattern MENTAL_VP = Pattern.compile("^(forgot|neglected|ignored|overlooked|disregarded"
            + "|didn'?t (?:remember|bother|care|think|notice|listen)|did not (?:remember|care|think|notice|listen)"
            + "|carelessly|mistakenly|accidentally|inadvertently|made (?:a|an|the|another))", F);

    /** Verb phrases that say "caused it" rather than "failed at something". */
    private static final Pattern CONSEQUENCE_VP = Pattern.compile("^(caused|broke|took down|brought down|knocked over"
            + "|pushed|deployed|approved)", F);

    private static final Pattern PASSIVE_BY = Pattern.compile("\\b(?:was|were|got|been|being|is|are)\\s+(?:\\w+ly\\s+)?"
            + "(ignored|missed|overlooked|forgotten|neglected|mishandled|disregarded|dismissed|silenced|snoozed"
            + "|skipped|botched|misconfigured|broken|deleted by mistake|approved without (?:a )?review"
            + "|merged without (?:a )?review)\\s+by\\s+((?:the\\s+|our\\s+|a\\s+|an\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?)", F);

    private static final Pattern PASSIVE_AGENTLESS = Pattern.compile("\\b(?:was|were|got|had been|has been|have been"
            + "|went)\\s+(?:\\w+ly\\s+)?(ignored|overlooked|forgotten|neglected|disregarded|dismissed)\\b(?!\\s+by\\b)", F);

    private static final Set<String> PRONOUNS = Set.of("he", "she", "i", "someone", "somebody", "whoever",
            "him", "her", "me");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
    private static final Set<String> NOT_SUBJECT = Set.of("nobody", "no one", "we", "us", "you", "it", "this",
            "that", "which", "nothing", "none");

    private static final Pattern ROLE = Pattern.compile("(?i)(?:^|\\s)(?:the|our|an?|their|his|her|that|this|one|"
            + "two|three|some|several|both|every|each|junior|senior|new|primary|secondary|backup|other|same)?\\s*"
            + "(?:[\\w-]+\\s+)?(engineers?|developers?|devs?|operators?|admins?|administrators?|on-?call(?:ers?)?"
            + "|on-?call engineers?|sres?|dbas?|interns?|new hires?|contractors?|ic|incident commanders?|commanders?"
            + "|managers?|reviewers?|approvers?|testers?|lead|leads|author|authors|person|people|employees?|staff"
            + "|team members?|colleagues?|humans?|responders?|assignees?|owners?|folks|guys|team|teams|squad|ops"
            + "|scribe|comms lead|release managers?|programmers?|analysts?|technicians?|agents?|architects?)$");

    private static final Pattern ADVERBS = Pattern.compile("(?i)(?:\\s+(?:just|simply|also|again|then|clearly"
            + "|obviously|apparently|completely|totally|still|once again|unfortunately|probably|somehow|evidently"
            + "|had|has|have|already|initially|originally|first|later|subsequently|both|all|themselves|himself"
            + "|herself))+$");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[,;:()\"“”—–]|\\s-\\s|\\b(?:and|but|because|so"
            + "|since|although|though|while|when|after|before|then|until|once|as|whereas|if|which|that|who|where)\\b");

    private static final Pattern SYSTEMIC_PREFIX = Pattern.compile("(?i)\\b(not that|isn'?t that|wasn'?t that"
            + "|rather than|instead of|no one|nobody|no engineer|no person|no human|no operator|without anyone"
            + "|nothing|not because)\\b");

    private static final Map<String, String> NOMINAL = Map.ofEntries(Map.entry("renew", "renewal"),
            Map.entry("rotate", "rotation"), Map.entry("update", "update"), Map.entry("check", "check"),
            Map.entry("review", "review"), Map.entry("deploy", "deployment"), Map.entry("migrate", "migration"),
            Map.entry("restart", "restart"), Map.entry("configure", "configuration"), Map.entry("approve", "approval"),
            Map.entry("escalate", "escalation"), Map.entry("validate", "validation"), Map.entry("verify", "verification"),
            Map.entry("upgrade", "upgrade"), Map.entry("patch", "patching"), Map.entry("notify", "notification"),
            Map.entry("remove", "removal"), Map.entry("revoke", "revocation"), Map.entry("extend", "extension"),
            Map.entry("install", "installation"), Map.entry("register", "registration"), Map.entry("test", "testing"),
            Map.entry("back", "backup"), Map.entry("monitor", "monitoring"), Map.entry("acknowledge", "acknowledgement"),
            Map.entry("merge", "merge"), Map.entry("release", "release"), Map.entry("renewal", "renewal"),
            Map.entry("scale", "scaling"), Map.entry("document", "documentation"), Map.entry("pay", "payment"));

    private final Set<String> people;

    /**
     * Word stems every blame pattern below contains at least one of: a cheap pre-check so that the regular
     * expressions run only on sentences that could match (keeps a 1,000-row timeline fast).
     */
    private static final List<String> TRIGGERS = List.of("forg", "neglect", "ignor", "overlook", "disregard", "dismiss",
            "fail", "didn", "did not", "never", "should", "could", "ought", "suppos", "miss", "mistak", "accident",
            "careless", "wrong", "inadvert", "made ", "caus", "broke", "took down", "brought down", "knocked", "let ",
            "too ", "rush", "skip", "push", "deploy", "approv", "ran the", "typed", "picked", "error", "negligen",
            "incompeten", "sloppi", "sloppy", "lazy", "lazi", "reckless", "clueless", "irresponsib", "inattent",
            "stupid", "idiot", "dumb", "lack of", "attention", "ball", "bother", "known", "careful", "finger",
            "rookie", "asleep", "screw", "messed", "fucked", "botch", "bungl", "blunder", "fault", "blame",
            "oversight", "silenc", "snooz", "misconfig", "delet", "merged", "went", "mishandl");

    private static boolean mayBlame(String lower) {
        for (String t : TRIGGERS) {
            if (lower.contains(t)) return true;
        }
        return false;
    }

    /** @param people names of the people known to the incident (full names; each part also counts) */
    public BlameDetector(Set<String> people) {
        java.util.Set<String> p = new java.util.HashSet<>();
        if (people != null) {
            for (String n : people) {
                if (n == null || n.isBlank()) continue;
                p.add(n.strip().toLowerCase(Locale.ROOT));
                for (String part : Texts.words(n)) {
                    if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))) p.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        this.people = Set.copyOf(p);
    }

    /** Looks at every sentence of a text; returns the blaming ones. */
    public List<Blame> findAll(String text) {
        return Texts.sentences(text).stream().map(this::detect).flatMap(Optional::stream).toList();
    }

    /** Blame in one sentence, if any. */
    public Optional<Blame> detect(String sentence) {
        if (sentence == null || sentence.isBlank()) return Optional.empty();
        String s = sentence.replace('’', '\'');
        if (!mayBlame(s.toLowerCase(Locale.ROOT))) return Optional.empty();

        Matcher j = JUDGEMENT.matcher(s);
        while (j.find()) {
            if (NEGATED_JUDGEMENT.matcher(s.substring(0, j.start())).find()) continue;
            return Optional.of(new Blame(sentence, j.group(), "judges a person rather than describing the system",
                    "Describe the action, what was known at the time, and the guardrail that was missing, without "
                            + "judging the person: e.g. \"The change reached production without a validation step "
                            + "that would have rejected it.\""));
        }
        Matcher h = HUMAN_ERROR.matcher(s);
        while (h.find()) {
            String before = s.substring(0, h.start());
            if (HUMAN_ERROR_SYSTEMIC.matcher(before).find() || NEGATED_JUDGEMENT.matcher(before).find()) continue;
            if (!CAUSE_BEFORE.matcher(before).find() && !CAUSE_AFTER.matcher(s.substring(h.end())).find()) continue;
            return Optional.of(new Blame(sentence, h.group(), "\"" + h.group() + "\" names a person as the cause",
                    "Name the step that allowed the error and the missing safeguard instead: e.g. \"The command "
                            + "ran against production because the tool had no environment confirmation or dry run.\""));
        }
        Matcher pf = POSSESSIVE_FAULT.matcher(s);
        while (pf.find()) {
            String owner = pf.group(1);
            if (NEGATED_JUDGEMENT.matcher(s.substring(0, pf.start())).find()) continue;
            if (isPersonNp(owner, true) || isCapitalisedNonSystem(owner)) {
                return Optional.of(new Blame(sentence, pf.group(), "calls it a person's fault",
                        "Describe which safeguard was missing instead of whose fault it was: e.g. \"The failover "
                                + "had never been exercised, so the missing replica permission went undetected.\""));
            }
        }
        Matcher p = PASSIVE_BY.matcher(s);
        while (p.find()) {
            String agent = p.group(2).strip();
            if (isPersonNp(agent, true)) {
                String subject = subjectBefore(s, p.start());
                return Optional.of(new Blame(sentence, p.group(), "attributes a miss to " + agent,
                        Texts.capitalise(subjectOr(subject, "the signal")) + " was not acted on: describe what made "
                                + "it easy to miss (noise, routing, no escalation or acknowledgement check)."));
            }
        }
        Matcher v = BLAME_VP.matcher(s);
        while (v.find()) {
            String vp = v.group(1);
            String prefix = s.substring(0, v.start());
            String clause = clauseTail(prefix);
            if (SYSTEMIC_PREFIX.matcher(clause).find()) continue;
            String subject = stripAdverbs(clause).strip();
            if (subject.isEmpty() && prefix.stripTrailing().endsWith(",")) {
                // an appositive: "Alex, the on-call, failed to ..." -> try "the on-call", then "Alex"
                String[] parts = prefix.stripTrailing().replaceAll(",$", "").split(",");
                for (int k = parts.length - 1; k >= 0 && k >= parts.length - 2; k--) {
                    String cand = stripAdverbs(clauseTail(parts[k])).strip();
                    if (isPersonNp(cand, false)) {
                        subject = cand;
                        break;
                    }
                }
            }
            if (subject.isEmpty()) subject = elidedSubject(prefix);
            boolean mental = MENTAL_VP.matcher(vp).find();
            boolean consequence = CONSEQUENCE_VP.matcher(vp).find();
            boolean person = isPersonNp(subject, false) || WHOEVER.matcher(clause).find()
                    || (mental && (isPluralPronoun(subject) || isCapitalisedNonSystem(subject)))
                    || (consequence && isPossessivePerson(subject));
            if (!person) continue;
            String rest = s.substring(v.end(1)).strip();
            return Optional.of(new Blame(sentence, (subject + " " + vp).strip(),
                    "puts a person (" + subject + ") at the centre of the failure", rewrite(vp, rest)));
        }
        Matcher a = PASSIVE_AGENTLESS.matcher(s);
        while (a.find()) {
            String subject = subjectBefore(s, a.start());
            if (subject.isBlank()) continue;
            if (NEGATED_JUDGEMENT.matcher(s.substring(0, a.start())).find()
                    && s.substring(0, a.start()).toLowerCase(Locale.ROOT).matches(".*\\b(not|never)\\s*$")) continue;
            return Optional.of(new Blame(sentence, a.group(), "implies someone " + a.group(1) + " it",
                    Texts.capitalise(subjectOr(subject, "the signal")) + " did not lead to action: describe what made "
                            + "it easy to miss (noise, routing, no escalation or acknowledgement check)."));
        }
        return Optional.empty();
    }

    private static final Pattern COORDINATION = Pattern.compile("(?i)(?:,\\s*|\\s+)(?:and|but|then|and then)\\s*$");

    /** "The approver merged it and didn't read the diff": the subject of a coordinated verb is the first clause's. */
    private String elidedSubject(String prefix) {
        Matcher c = COORDINATION.matcher(prefix);
        if (!c.find()) return "";
        String first = prefix.substring(0, c.start());
        Matcher b = CLAUSE_BREAK.matcher(first);
        int start = 0;
        while (b.find()) {
            if (!b.group().matches("(?i)and|but|then")) start = b.end();
        }
        List<String> w = Texts.words(first.substring(start));
        for (int n = Math.min(4, w.size()); n >= 1; n--) {
            String cand = String.join(" ", w.subList(0, n));
            if (isPersonNp(cand, false)) return cand;
        }
        return "";
    }

    private static String subjectOr(String subject, String fallback) {
        String t = subject == null ? "" : subject.strip();
        return t.isEmpty() ? fallback : t.substring(0, 1).toLowerCase(Locale.ROOT).equals(t.substring(0, 1))
                ? t : (t.matches("(?i)^(the|a|an|our)\\b.*") ? t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1) : t);
    }

    private static String subjectBefore(String s, int end) {
        return stripAdverbs(clauseTail(s.substring(0, end))).strip();
    }

    private static String clauseTail(String prefix) {
        Matcher m = CLAUSE_BREAK.matcher(prefix);
        int last = 0;
        while (m.find()) last = m.end();
        return prefix.substring(last);
    }

    private static String stripAdverbs(String s) {
        String t = s.stripTrailing();
        String prev;
        do {
            prev = t;
            t = ADVERBS.matcher(" " + t).replaceAll("").strip();
        } while (!t.equals(prev));
        return t;
    }

    private boolean isPersonNp(String np, boolean agent) {
        if (np == null || np.isBlank()) return false;
        String l = np.strip().toLowerCase(Locale.ROOT);
        if (NOT_SUBJECT.contains(l) || l.startsWith("no ") || l.startsWith("nobody")) return false;
        List<String> w = Texts.words(np);
        if (w.isEmpty()) return false;
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        if (w.size() == 1 && PRONOUNS.contains(last)) return true;
        if (agent && w.size() == 1 && PLURAL_PRONOUNS.contains(last)) return true;
        if (people.contains(l) || people.contains(last)) return true;
        if (ROLE.matcher(" " + np.strip()).find() && !l.matches(".*\\b(system|service|job|alert|tool|script|bot|pipeline)s?$")) {
            return w.size() <= 4;
        }
        // a given name, possibly followed by a surname: "Alex", "Alex Kim", "Priya R."
        String first = w.get(0);
        if (w.size() <= 3 && Character.isUpperCase(first.charAt(0))
                && Texts.FIRST_NAMES.contains(first.toLowerCase(Locale.ROOT))) {
            for (String x : w) if (!Character.isUpperCase(x.charAt(0))) return false;
            return true;
        }
        return false;
    }

    private static boolean isPluralPronoun(String np) {
        return PLURAL_PRONOUNS.contains(np.strip().toLowerCase(Locale.ROOT));
    }

    /** "Priyanka" or "Ngozi Okafor": capitalised words that are not a known system name. */
    private static boolean isCapitalisedNonSystem(String np) {
        List<String> w = Texts.words(np);
        if (w.isEmpty() || w.size() > 3) return false;
        for (String x : w) {
            if (!Character.isUpperCase(x.charAt(0)) || x.equals(x.toUpperCase(Locale.ROOT))) return false;
            if (Texts.SYSTEM_WORDS.contains(x.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Pattern POSSESSIVE_SUBJECT =
            Pattern.compile("(?i)^(?:(his|her)|([\\p{L}-]+)'s?)\\s+[\\w-]+(?:\\s+[\\w-]+)?$");

    /** "Sam's change", "his deploy", "her script". */
    private boolean isPossessivePerson(String np) {
        String l = np.strip();
        Matcher m = POSSESSIVE_SUBJECT.matcher(l);
        if (!m.find()) return false;
        if (m.group(1) != null) return true;
        String name = m.group(2);
        return people.contains(name.toLowerCase(Locale.ROOT))
                || (Character.isUpperCase(name.charAt(0)) && Texts.FIRST_NAMES.contains(name.toLowerCase(Locale.ROOT)));
    }

    private static final Pattern OBJECT = Pattern.compile("^(?:to\\s+)?([a-z]+)(?:\\s+(up|out|over|back|down))?"
            + "\\s+((?:the|a|an|our|their|its|that|this)\\s+[\\w-]+(?:\\s+[\\w-]+){0,3}?)(?=$|[\\s,.;:!?]+(?:in|on|for|before|after|when|during|until|at|by|because|so|and|but|which|$))", F);

    /** A systemic rewrite for a person-subject blame phrase; uses the verb's object when it can read one. */
    static String rewrite(String vp, String rest) {
        String l = vp.toLowerCase(Locale.ROOT);
        String r = rest == null ? "" : rest.replaceAll("[.!?]+$", "").strip();
        if (l.startsWith("forgot") || l.startsWith("neglected") || l.startsWith("fail") || l.contains("remember")
                || l.startsWith("didn't") || l.startsWith("did not") || l.startsWith("never")) {
            Matcher m = OBJECT.matcher(r);
            if (m.find() && !l.matches("(?i).*(notice|read|listen|respond|acknowledge|ack|escalate|look at)$")) {
                String verb = m.group(1).toLowerCase(Locale.ROOT);
                String object = m.group(3).replaceFirst("(?i)^(our|their|its|that|this)\\s", "the ");
                String bare = object.replaceFirst("(?i)^(the|a|an)\\s+", "");
                String nominal = NOMINAL.get(verb);
                String task = nominal != null && bare.split("\\s+").length <= 3
                        ? "The " + bare + " " + nominal
                        : Texts.capitalise(Texts.gerund(verb) + (m.group(2) == null ? "" : " " + m.group(2)) + " " + object);
                return task + " depended on a manual step with no reminder or automated check.";
            }
            if (l.matches("(?i).*(notice|read|listen|respond|acknowledge|ack|escalate|look at)$")) {
                return "The signal did not lead to action: describe what made it easy to miss (noise, routing, no "
                        + "escalation or acknowledgement check).";
            }
            return "Describe the step that did not happen and why nothing in the process reminded, checked or "
                    + "blocked: e.g. \"The renewal depended on a manual step with no reminder or check.\"";
        }
        if (l.startsWith("ignored") || l.startsWith("overlooked") || l.startsWith("disregarded")
                || l.startsWith("dismissed") || l.startsWith("missed")) {
            String obj = r.replaceFirst("(?i)^(the|a|an|our|their|his|her)\\s+", "");
            String[] words = obj.split("\\s+");
            String thing = obj.isBlank() ? "signal" : String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
            return "The " + thing + " did not lead to action: describe what made it easy to miss (noise, routing, "
                    + "no escalation or acknowledgement check).";
        }
        if (l.startsWith("should") || l.startsWith("could") || l.startsWith("ought") || l.contains("supposed")) {
            return "Nothing in the process made this happen or caught it: describe the missing check, alert or "
                    + "review step rather than what a person should have done.";
        }
        if (l.startsWith("accidentally") || l.startsWith("mistakenly") || l.startsWith("inadvertently")
                || l.startsWith("carelessly") || l.startsWith("wrongly") || l.startsWith("by mistake")
                || l.startsWith("ran the wrong") || l.startsWith("typed the wrong") || l.startsWith("picked the wrong")
                || l.startsWith("made")) {
            return "Describe what the tooling allowed: e.g. \"The command could run against production without a "
                    + "confirmation, dry run or guard.\"";
        }
        if (l.startsWith("let ")) {
            return "Describe why the expiry or limit was not tracked automatically: e.g. \"Nothing alerted as the "
                    + "expiry date approached.\"";
        }
        return "Describe the change and why the system let it through: e.g. \"A configuration change reached "
                + "production without a validation step that would have rejected it.\"";
    }
}
