package io.postmortem.drafting;

import io.postmortem.drafting.CauseDraft.Cause;
import io.postmortem.drafting.CauseDraft.Symptom;
import io.postmortem.drafting.SummaryDraft.Fix;
import io.postmortem.evidence.time.TimeMention;
import io.postmortem.evidence.time.TimeMentions;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.rules.RedactionRule;
import io.postmortem.rules.RuleContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external-facing version, in the seed's template: when (UTC), what customers saw, the cause in plain words,
 * what was done, what will prevent it. It is written from the internal findings with the redaction rules applied:
 * what customers saw is the only text carried over, and only after parentheticals, times, hosts, URLs, ticket keys,
 * channels, system-like names (hyphenated, with digits or underscores) and any name of a person are taken out; the
 * cause and the fix are described by kind ("a configuration change", "we reversed the change"), never by system name,
 * and an external party's failure is described as how our systems handled it (no vendor blame). The result is put
 * through {@link RedactionRule#scan}; whatever it still finds is replaced by plainer wording until nothing is found.
 */
final class Externalise {

    /** Hyphenated words that are ordinary English, not system names. */
    static final Set<String> COMMON_HYPHENATED = Set.of("sign-in", "sign-ins", "log-in", "login-in", "e-mail", "e-mails",
            "real-time", "third-party", "read-only", "built-in", "up-to-date", "follow-up", "follow-ups", "opt-in", "set-up",
            "check-out", "re-run", "multi-region", "cross-region", "on-call", "in-flight", "high-severity", "out-of-band",
            "time-out", "time-outs", "pop-up", "end-to-end", "step-by-step", "long-term", "short-term", "one-off", "add-on",
            "add-ons", "well-known", "pull-request", "pull-requests", "log-ins", "re-try", "non-engineer", "self-service",
            "two-factor", "multi-factor", "x-ray", "roll-out", "roll-back", "back-end", "front-end", "third-parties",
            "customer-facing", "user-facing", "so-called", "co-workers", "non-critical", "mid-day", "late-night");

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Pattern PARENS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp|ssh)://\\S+");
    private static final Pattern EMAIL = Pattern.compile("(?i)\\S+@\\S+\\.[a-z]{2,}");
    private static final Pattern HOSTISH = Pattern.compile("(?i)\\b[\\w-]+(?:\\.[\\w-]+){1,}\\b");
    private static final Pattern MARKED = Pattern.compile("[#@`$]\\S*|\\S*[_=/\\\\]\\S*");
    private static final Pattern TICKET = Pattern.compile("\\b[A-Z][A-Z0-9]{1,9}-\\d+\\b");
    private static final Pattern HYPHENATED = Pattern.compile("(?i)\\b[\\p{L}\\d]+(?:-[\\p{L}\\d]+)+\\b");
    private static final Pattern MIXED = Pattern.compile("(?i)\\b(?=[a-z]*\\d)(?=\\d*[a-z])[a-z\\d]+\\b");
    private static final Pattern TIME_LEAD = Pattern.compile("(?i)(?:\\b(?:since|from|at|around|about|approx\\.?|by|until|till)\\s*(?:about|around|approx\\.?|roughly)?\\s*~?\\s*)$");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|i'm|i've|i'll|me|my|we'?re (?:checking|looking|investigating)"
            + "|checking|investigating|looking into|suspect|probably|maybe|smells|guess|theory|hypothesis|we test|as far as we can tell)\\b");
    private static final Pattern VERSIONISH = Pattern.compile("\\b\\d+(?:\\.\\d+){1,}\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DANGLING = Pattern.compile("(?i)(?:\\s*\\b(?:on|in|at|for|from|to|of|with|and|or|the|a|an|since|by|via)\\b)+\\s*$");

    /** A kind of cause or fix, and how to say it to customers. */
    private record Plain(Pattern when, String text, String prevention) {
        Plain(String regex, String text, String prevention) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), text, prevention);
        }
    }

    private static final Plain DEFECT = new Plain("\\b(bug|defect|regression|code path|flaw|fault in)\\b", "a software defect",
            "improving our testing so that this kind of defect is caught before release");
    private static final Plain CONFIG = new Plain("\\b(config\\w*|reconfigur\\w*|setting|route priorit\\w*|routing rules?|routes?)\\b",
            "a configuration change", "adding safeguards that validate configuration changes before they reach production");
    private static final Plain UPDATE = new Plain("\\b(update|upgrade|patch)\\b", "a software update to our systems",
            "rolling out software updates gradually and verifying them at each step");
    private static final Plain DEPLOY = new Plain("\\b(deploy\\w*|release|rollout|version)\\b", "a change deployed to our systems",
            "rolling out changes gradually and verifying them at each step");
    private static final List<Plain> CAUSES = List.of(
            new Plain("\\b(certificate|cert|tls|ssl)\\b.*\\b(expir\\w*|invalid|renew\\w*)|\\b(expir\\w*)\\b.*\\b(certificate|cert)\\b",
                    "an expired security certificate", "monitoring certificate expiry well before the date"),
            new Plain("\\b(signing key|keys?|credential\\w*|token)\\b.*\\b(rotat\\w*|remov\\w*|delet\\w*|revok\\w*)|\\b(rotat\\w*|remov\\w*)\\b.*\\b(signing key|keys?)\\b",
                    "an error in the automated maintenance of security keys", "adding safeguards to the automation that maintains security keys"),
            DEFECT, UPDATE, DEPLOY, CONFIG,
            new Plain("\\b(change|migration)\\b", "a change to our systems", "rolling out changes gradually and verifying them at each step"),
            new Plain("\\b(cpu|memory|disk|capacity|saturat\\w*|overload\\w*|autoscal\\w*|starvation)\\b", "insufficient capacity",
                    "keeping more spare capacity and scaling it automatically"),
            new Plain("\\b(network\\w*|dns|connectivity|bgp|routing)\\b", "a network problem",
                    "making our network configuration more resilient"),
            new Plain("\\b(database|cluster|shard|replica|primary|election|storage)\\b", "a failure in one of our data stores",
                    "making our data stores recover automatically from this kind of failure"),
            new Plain("\\b(tim(?:e|ing) ?out|partner|upstream|provider|third[- ]party|vendor|supplier|external)\\b",
                    "failures in an external service that our systems did not handle well",
                    "making our systems more resilient when an external service fails"));

    private static final List<Plain> FIXES = List.of(
            new Plain("\\b(roll(?:ed|ing)? ?back|rollback|revert\\w*)\\b", "we reversed the change that caused the problem", null),
            new Plain("\\b(disabl\\w*|turned off|switch(?:ed)? off|declin\\w*|block\\w*|fast-decline)\\b", "we switched off what was triggering the problem", null),
            new Plain("\\b(correct\\w*|reconfigur\\w*)\\b", "we corrected the configuration", null),
            new Plain("\\b(hotfix|patch\\w*|code change|fix (?:is )?(?:rolling|rolled|deployed|out|live)|deploy\\w* (?:a|the) fix|bug fix)\\b", "we deployed a fix", null),
            new Plain("\\b(restart\\w*|reboot\\w*|recycl\\w*|bounc\\w*)\\b", "we restarted the affected systems", null),
            new Plain("\\b(fail(?:ed|ing)? ?over|failover|promot\\w*|mov\\w* traffic|drain\\w*)\\b", "we moved traffic to healthy systems", null),
            new Plain("\\b(scal\\w* (?:up|out)|added capacity|increas\\w*)\\b", "we added capacity", null),
            new Plain("\\b(renew\\w*|reissu\\w*|rotat\\w*)\\b", "we renewed the affected credentials", null),
            new Plain("\\b(clear\\w* (?:the )?caches?|flush\\w*|refresh\\w*|purg\\w*)\\b", "we cleared out stale data", null));

    private static final String GENERIC_PREVENTION = "reviewing every finding of our post-mortem and tracking each follow-up action to completion";

    private final DraftMaterial m;

    Externalise(DraftMaterial m) {
        this.m = m;
    }

    Suggestion external(Symptom symptom, Cause cause, Fix fix, List<LessonsDraft.Factor> factors) {
        RuleContext ctx = new RuleContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), m.people(), m.internalTerms());
        String saw = symptom == null ? null : customerWords(symptom.text());
        List<String> prevention = prevention(cause, factors, true);
        String text = compose(saw, cause, fix, prevention);
        List<Finding> found = errors(text, ctx);
        if (!found.isEmpty() && saw != null) {
            saw = null;
            text = compose(null, cause, fix, prevention);
            found = errors(text, ctx);
        }
        if (!found.isEmpty()) {
            prevention = prevention(cause, factors, false);
            text = compose(saw, cause, fix, prevention);
            found = errors(text, ctx);
        }
        if (!found.isEmpty()) text = compose(null, null, null, List.of(GENERIC_PREVENTION));
        String source = symptom != null && saw != null ? symptom.source() : "keyTimes";
        return new Suggestion(text, List.of(), source, "written from the key times, "
                + (saw != null ? "what customers saw, " : "") + "the cause and the fix by kind, with names, hosts, systems and "
                + "ticket keys left out; checked with the redaction scan", null);
    }

    private static List<Finding> errors(String text, RuleContext ctx) {
        return new RedactionRule().scan(text, ctx).stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    private String compose(String saw, Cause cause, Fix fix, List<String> prevention) {
        StringBuilder b = new StringBuilder();
        KeyTimes kt = m.keyTimes();
        Instant start = kt.started().known() ? kt.started().at() : kt.detected().known() ? kt.detected().at() : null;
        Instant end = kt.resolved().known() ? kt.resolved().at() : null;
        String when;
        if (start != null && end != null && !end.isBefore(start)) {
            boolean sameDay = LocalDate.ofInstant(start, ZoneOffset.UTC).equals(LocalDate.ofInstant(end, ZoneOffset.UTC));
            when = sameDay ? "Between " + HM.format(start) + " and " + HM.format(end) + " UTC on " + DATE.format(start)
                    : "Between " + HM.format(start) + " UTC on " + DATE.format(start) + " and " + HM.format(end) + " UTC on " + DATE.format(end);
        } else if (start != null) {
            when = "From " + HM.format(start) + " UTC on " + DATE.format(start);
        } else if (end != null) {
            when = "Until " + HM.format(end) + " UTC on " + DATE.format(end);
        } else {
            when = "Recently";
        }
        b.append(when).append(", some customers ");
        if (saw != null) b.append("experienced problems with our service: ").append(saw);
        else b.append("experienced problems with our service.");
        if (!b.toString().endsWith(".")) b.append('.');
        String plainCause = cause == null ? null : plainCause(cause);
        b.append(plainCause == null ? " We are still confirming the cause." : " We identified the cause as " + plainCause + ".");
        String plainFix = fix == null ? null : plainFix(fix.text());
        if (plainFix != null) b.append(' ').append(Prose.capitalise(plainFix)).append('.');
        if (end != null) b.append(" Service was restored at ").append(HM.format(end)).append(" UTC.");
        b.append(" We apologise for the disruption.");
        b.append(" The steps we are taking to prevent recurrence are:");
        for (String p : prevention) b.append("\n- ").append(Prose.capitalise(p)).append(p.endsWith(".") ? "" : ".");
        b.append("\nIf you were affected and have questions, please contact our support team.");
        return b.toString();
    }

    /** "a software defect triggered by a configuration change", or null when the cause is unknown. */
    static String plainCause(Cause cause) {
        if (cause.text() == null || CauseDraft.UNKNOWN.equals(cause.certainty())) return null;
        List<Plain> kinds = kinds(cause.text());
        String hedge = CauseDraft.MOST_LIKELY.equals(cause.certainty()) ? "most likely " : "";
        if (kinds.isEmpty()) return hedge + "a problem in our systems";
        boolean triggered = cause.text().toLowerCase(Locale.ROOT).matches("(?s).*\\btrigger\\w*.*");
        if (kinds.contains(DEFECT) && kinds.contains(CONFIG) && triggered) return hedge + "a software defect that a configuration change triggered";
        if (kinds.get(0) == DEFECT && (kinds.contains(UPDATE) || kinds.contains(DEPLOY))) return hedge + "a software defect introduced by a recent update";
        return hedge + kinds.get(0).text();
    }

    private static List<Plain> kinds(String text) {
        List<Plain> out = new ArrayList<>();
        for (Plain p : CAUSES) if (p.when().matcher(text).find()) out.add(p);
        return out;
    }

    static String plainFix(String fix) {
        Set<String> out = new LinkedHashSet<>();
        for (Plain p : FIXES) {
            if (p.when().matcher(fix).find()) out.add(p.text());
            if (out.size() == 2) break;
        }
        if (out.isEmpty()) return "our engineers restored the service";
        return String.join(" and ", out);
    }

    private List<String> prevention(Cause cause, List<LessonsDraft.Factor> factors, boolean useActionItems) {
        Set<String> out = new LinkedHashSet<>();
        if (useActionItems) {
            for (String a : m.actionItems()) {
                String w = customerWords(a);
                if (w != null && Prose.wordCount(w) >= 4) out.add(Prose.decapitalise(w.replaceAll("[.!]+$", "")));
                if (out.size() == 3) break;
            }
        }
        if (cause != null && cause.text() != null && out.size() < 3) {
            List<Plain> k = kinds(cause.text());
            if (!k.isEmpty()) out.add(k.get(0).prevention());
        }
        for (LessonsDraft.Factor f : factors) {
            if (out.size() >= 3) break;
            if (f.prevention != null) out.add(f.prevention);
        }
        if (out.size() < 2) out.add(GENERIC_PREVENTION);
        return List.copyOf(out);
    }

    /**
     * What an internal sentence says in words safe for customers, or null when too little is left: no
     * parentheticals, times, URLs, hosts, ticket keys, channels, system-like names, versions or people.
     */
    String customerWords(String text) {
        if (text == null) return null;
        String t = Prose.stripLead(text);
        for (String p : m.people()) {
            for (String part : nameForms(p)) {
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part) + "(?![\\p{L}])").matcher(t).find()) return null;
            }
        }
        if (FIRST_PERSON.matcher(t).find()) {
            // keep only what comes before chatter ("... all customers affected as far as we can tell")
            Matcher fp = FIRST_PERSON.matcher(t);
            fp.find();
            t = t.substring(0, fp.start());
        }
        t = withoutTimes(t);
        t = SLASHED.matcher(t).replaceAll("$1 or $2").replaceAll("\\s+/\\s+", " or ");
        t = URL.matcher(t).replaceAll(" ");
        t = EMAIL.matcher(t).replaceAll(" ");
        t = TICKET.matcher(t).replaceAll(" ");
        t = HOSTISH.matcher(t).replaceAll(" ");
        t = MARKED.matcher(t).replaceAll(" ");
        t = VERSIONISH.matcher(t).replaceAll(" ");
        for (String term : m.internalTerms()) {
            if (term.length() < 3) continue;
            t = Pattern.compile("(?i)(?<![\\w.-])" + Pattern.quote(term) + "(?![\\w-])").matcher(t).replaceAll(" ");
        }
        Matcher h = HYPHENATED.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (h.find()) h.appendReplacement(sb, COMMON_HYPHENATED.contains(h.group().toLowerCase(Locale.ROOT)) ? h.group() : " ");
        h.appendTail(sb);
        t = MIXED.matcher(sb.toString()).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").replaceAll("\\s+([,.;:!])", "$1").replaceAll("([,;:])\\1+", "$1").strip();
        t = t.replaceAll("^[,;:.\\s-]+", "").replaceAll("[,;:\\s-]+$", "");
        t = DANGLING.matcher(t).replaceAll("");
        if (Prose.wordCount(t) < 4) return null;
        return Prose.decapitalise(t.endsWith(".") ? t : t + ".");
    }

    private static final Pattern SLASHED = Pattern.compile("\\b([\\p{L}\\d]{1,6})/([\\p{L}\\d]{1,6})\\b");

    /** A sentence without its parentheticals and the times it names ("since ~09:50 UTC"). */
    static String withoutTimes(String text) {
        String t = stripTimes(PARENS.matcher(text).replaceAll(""));
        return SPACES.matcher(t).replaceAll(" ").replaceAll("\\s+([,.;:!])", "$1").strip();
    }

    private static String stripTimes(String t) {
        List<TimeMention> ms = TimeMentions.find(t);
        if (ms.isEmpty()) return t;
        StringBuilder b = new StringBuilder(t);
        for (int i = ms.size() - 1; i >= 0; i--) {
            TimeMention mention = ms.get(i);
            int start = mention.start();
            Matcher lead = TIME_LEAD.matcher(b.substring(0, start));
            if (lead.find()) start = lead.start();
            b.replace(start, mention.end(), " ");
        }
        return b.toString();
    }

    private static Set<String> nameForms(String person) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(person.strip());
        for (String part : person.strip().split("[\\s]+")) {
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) forms.add(part);
        }
        return forms;
    }
}
