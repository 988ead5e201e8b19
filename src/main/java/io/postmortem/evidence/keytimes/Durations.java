package io.postmortem.evidence.keytimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.postmortem.evidence.keytimes.Lexicon.any;

/**
 * How long the impact lasted, as responders write it: "the outage lasted 42 minutes", "down for about 2 hours",
 * "for a period of 27 minutes users could not ...", "a 27 min outage", "1h50m of downtime", "Duration: 1h 50m". Only a
 * length said of impact (an outage, errors, users unable to ...) counts; a plan ("will be down for 2 hours"), a
 * precursor, another incident, or how long something else took (detection, a deploy, the backfill) does not.
 * {@link KeyTimeFinder} adds such a length to a stated start (or takes it from a stated end) and offers the other end
 * as an INFERRED candidate, never a STATED one.
 */
final class Durations {

    private Durations() {
    }

    /**
     * One length of impact in a sentence.
     *
     * @param minutes how long
     * @param approx  "about", "roughly", "~", "over", "nearly": the length is an estimate
     * @param written the words as written ("27 minutes", "about an hour")
     * @param start   where they begin in the sentence
     * @param end     where they end in the sentence
     */
    record Length(long minutes, boolean approx, String written, int start, int end) {
    }

    // (every teen, and the tens joined to a unit: "lasted eighteen minutes", "twenty-five minutes")
    private static final String NUM = "(\\d{1,3}(?:[.,]\\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|"
            + "twenty|thirty|forty|forty-five|fifty|sixty|ninety)";
    private static final String APPROX = "(?:about|around|roughly|approximately|approx\\.?|nearly|almost|just over|just under|over|under|"
            + "some|close to|up to|more than|less than|~|≈)";
    /** The length itself: "1h50m", "1 hour 50 minutes", "2 hours and 15 minutes", "one hour 45 minutes", "an hour and a half", "half an hour", "27 min", "90m". */
    // (and as French and Spanish writers put it: "7 h 45 min", "3 horas y 48 minutos", "2 heures et 10 minutes")
    private static final String LENGTH = "(?:(?<h1>\\d{1,2})\\s*h(?:ours?|rs?|oras?|eures?)?\\s*(?:(?:and|y|et)\\s+)?(?<m1>\\d{1,2})\\s*m(?:in(?:ute)?s?|inutos?)?\\b"
            // "one hour 45 minutes", "two hours, 35 minutes": hours then minutes, in words or digits
            + "|(?<hw>" + NUM.substring(1, NUM.length() - 1) + ")[\\s-]*(?:hours?|hrs?)\\s*,?\\s*(?:and\\s+)?(?<mw>\\d{1,2}|" + NUM.substring(1, NUM.length() - 1) + ")[\\s-]*(?:minutes?|mins?)\\b"
            + "|(?<half>half an hour)"
            + "|(?<n2>" + NUM.substring(1, NUM.length() - 1) + ")(?<andahalf>\\s+and\\s+a\\s+half)?[\\s-]*(?<u2>hours?|hrs?|horas?|minutes?|minutos?|mins?)\\b(?<andahalf2>\\s+and\\s+a\\s+half)?"
            + "|(?<n3>\\d{1,3})(?<u3>h|m)\\b)";

    /** "lasted 42 minutes", "went on for two hours". */
    private static final Pattern LASTED = Pattern.compile("\\b(?:lasted|lasting|went on|continued|persisted)\\s+(?:for\\s+)?(?<approx>" + APPROX + "\\s*)?" + LENGTH);
    /** "for 27 minutes", "for a period of about an hour", "for a total of 1h50m". */
    // (and the Portuguese and Spanish "por": "ficou afetado por 38 minutos a partir das 12:28")
    private static final Pattern FOR = Pattern.compile("(?:\\bfor|(?<![\\p{L}])por)\\s+(?:a\\s+(?:total\\s+|period\\s+)?of\\s+)?(?<approx>" + APPROX + "\\s*)?" + LENGTH);
    /** "a 27 min outage", "1h50m of downtime", "42 minutes of errors". */
    private static final Pattern OF_IMPACT = Pattern.compile("(?<approx>" + APPROX + "\\s*)?" + LENGTH
            + "(?:\\s*(?:long|-long))?\\s*(?:of\\s+(?:total\\s+|full\\s+|customer[- ]facing\\s+|user[- ]facing\\s+)?)?"
            + "(?:outage|downtime|disruption|degradation|interruption|unavailability|impact|errors|failures|failed requests|elevated errors|"
            + "partial outage|service interruption|service degradation|degraded (?:service|performance)|incident)\\b");
    /** "Duration: 1h50m", "total downtime 42 minutes", "impact duration - 27 min". */
    private static final Pattern LABEL = Pattern.compile("\\b(?:(?:total |impact |outage |incident )?duration(?: of (?:the )?(?:incident|outage|impact|disruption|downtime))?|"
            + "(?:total )?(?:impact|outage|incident|downtime) (?:time|length|window)|(?:an? )?(?:outage|disruption|interruption|degradation) of|(?:total )?downtime|(?:total )?outage length|length of (?:the )?(?:outage|impact))"
            + "\\s*(?:was|is|of|:|=|-|–|—)?\\s*(?<approx>" + APPROX + "\\s*)?" + LENGTH);

    /**
     * The same as French and Spanish writers put it: "indisponible 7 h 45 min au total", "Au total 1 h 52 min sans lien
     * Internet", "caído durante 3 horas y 48 minutos".
     */
    private static final Pattern TOTAL = Pattern.compile("(?<![\\p{L}])(?:au total|en total|pendant|durant|durante)\\s+(?<approx>(?:environ|près de|unas|cerca de|casi)\\s*)?" + LENGTH);
    private static final Pattern TOTAL_AFTER = Pattern.compile("(?<approx>)" + LENGTH + "\\s+(?:au total|en total)(?![\\p{L}])");
    /** What a French or Spanish length is said of: the service unavailable, down, cut off. */
    private static final Pattern FOREIGN_IMPACT = Pattern.compile("(?<![\\p{L}])(?:indisponibles?|hors service|en panne|coupée?s?|sans (?:lien|service|réseau|internet|connexion|courant|électricité|accès)"
            + "|ca[ií]d[oa]s?|fuera de servicio|afetad[oa]s?|afectad[oa]s?|sin (?:servicio|luz|red|conexi[oó]n|sistema|acceso)|coupures?|pannes?|interrupci[oó]n|apag[oó]n|caída)(?![\\p{L}])");

    /** Before the length: it is not the length of impact ("after 5 minutes", "within an hour", "every 5 minutes", "for the last 20 minutes"). */
    private static final Pattern NOT_A_LENGTH_BEFORE = Pattern.compile("\\b(?:after|within|every|each|per|than|took|takes|take|next|first|last|past|another|extra|additional)\\s+(?:" + APPROX + "\\s*)?(?:a|an|the)?\\s*$");
    /** Another incident, a plan, or the length of something that is not impact. */
    private static final Pattern OTHER = Pattern.compile("\\b(?:previous|prior|last (?:time|year|month|week)|earlier incident|another incident|similar incident|"
            + "maintenance|scheduled|planned|will|would be|would have|would've|could have|could've|might|without (?:that|it|this)|otherwise|expect\\w*|estimate[ds]? (?:to|at)|eta|if|unless|"
            + "backfill\\w*|catch(?:ing)? up|caught up|backlog|to detect|to acknowledge|to respond|to page|detection|time to|deploy\\w* took|rollout|roll-?out took|"
            + "ago|since|for the (?:last|past)|for (?:the )?next|"
            // still going when written: the length is not the whole of it
            + "has been|have been|'ve been|'s been|so far|still|ongoing|currently|"
            // a part of the incident: before it, after the fix, its worst moment
            + "before (?:the|it|that|this|any)|prior to|leading up|after (?:the |our )?(?:fix|rollback|roll-back|revert|restart|failover|recovery|mitigation)|peak|worst|at its height"
            // a length that differed from one customer to the next: "up to 12 hours for many customers, longer for some"
            + "|(?:longer|shorter|more|less) for (?:some|others|a few|many)|var(?:ied|ies|y) (?:by|per|across|between) (?:customers?|users?|regions?|tenants?))\\b");

    /** Each length of impact in the sentence (usually none). */
    static List<Length> find(String sentence) {
        if (sentence == null || sentence.isEmpty() || !maybeLength(sentence)) return List.of();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!mayHave(lower)) return List.of();
        if (OTHER.matcher(lower).find()) return List.of();
        boolean impact = any(Lexicon.IMPACT_NOUN, lower) || any(Lexicon.FAILURE, lower) || any(Lexicon.INCIDENT_WINDOW, lower)
                || FOREIGN_IMPACT.matcher(lower).find();
        if (!impact || any(Lexicon.NO_IMPACT, lower)) return List.of();
        List<Length> out = new ArrayList<>();
        for (Pattern p : new Pattern[]{LASTED, LABEL, OF_IMPACT, FOR, TOTAL, TOTAL_AFTER}) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                if (p == OF_IMPACT && NOT_A_LENGTH_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 30), m.start())).find()) continue;
                Long minutes = minutes(m);
                if (minutes == null || minutes < 1 || minutes > 60 * 24 * 14) continue;
                String approx = m.group("approx");
                boolean rough = approx != null && !approx.isBlank() || m.group().contains("half") || roundHours(m);
                Length len = new Length(minutes, rough, sentence.substring(m.start(), m.end()).strip(), m.start(), m.end());
                if (out.stream().noneMatch(x -> x.minutes() == len.minutes())) out.add(len);
            }
            if (!out.isEmpty()) break; // the strongest form said it; "for" in the same sentence is the same length again
        }
        return out;
    }

    private static final Pattern DIGIT_UNIT = Pattern.compile("\\d\\s*[hm]\\b");

    /** A digit, or a word that a length in words needs ("an hour", "twenty minutes"): most sentences have neither. */
    private static boolean maybeLength(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
            if ((c == 'h' || c == 'H') && s.regionMatches(true, i, "hour", 0, 4)) return true;
            if ((c == 'm' || c == 'M') && s.regionMatches(true, i, "min", 0, 3)) return true;
        }
        return false;
    }

    private static boolean mayHave(String lower) {
        return (lower.contains("min") || lower.contains("hour") || lower.contains("hr") || lower.contains("hora") || lower.contains("heure") || DIGIT_UNIT.matcher(lower).find())
                && (lower.contains("for") || lower.contains("por ") || lower.contains("last") || lower.contains("went on") || lower.contains("continued") || lower.contains("persisted")
                || lower.contains("duration") || lower.contains("downtime") || lower.contains("outage") || lower.contains("length")
                || lower.contains("disruption") || lower.contains("degrad") || lower.contains("interruption") || lower.contains("impact")
                || lower.contains("window") || lower.contains("fail") || lower.contains("total") || lower.contains("durant") || lower.contains("pendant")
                || lower.contains("errors") || lower.contains("failures") || lower.contains("incident"));
    }

    /** "for 2 hours": a length in whole hours is usually rounded. */
    private static boolean roundHours(Matcher m) {
        String u2 = m.group("u2"), u3 = m.group("u3");
        return u2 != null && u2.startsWith("h") || u3 != null && u3.equals("h");
    }

    private static Long minutes(Matcher m) {
        if (m.group("h1") != null) return Long.parseLong(m.group("h1")) * 60 + Long.parseLong(m.group("m1"));
        if (m.group("hw") != null) {
            Double h = number(m.group("hw")), mm = number(m.group("mw"));
            return h == null || mm == null ? null : Math.round(h * 60 + mm);
        }
        if (m.group("half") != null) return 30L;
        if (m.group("n3") != null) {
            long v = Long.parseLong(m.group("n3"));
            return m.group("u3").equals("h") ? v * 60 : v;
        }
        if (m.group("n2") == null) return null;
        Double v = number(m.group("n2"));
        if (v == null) return null;
        if (m.group("andahalf") != null || m.group("andahalf2") != null) v += 0.5;
        boolean hours = m.group("u2").startsWith("h");
        return Math.round(hours ? v * 60 : v);
    }

    private static Double number(String w) {
        if (w.matches("\\d{1,3}(?:[.,]\\d)?")) return Double.parseDouble(w.replace(',', '.'));
        int dash = w.indexOf('-');
        if (dash > 0 && !w.equals("forty-five")) { // "twenty-five": the tens and the unit
            Double tens = number(w.substring(0, dash)), unit = number(w.substring(dash + 1));
            return tens == null || unit == null ? null : tens + unit;
        }
        return switch (w) {
            case "a", "an", "one" -> 1.0;
            case "two" -> 2.0;
            case "three" -> 3.0;
            case "four" -> 4.0;
            case "five" -> 5.0;
            case "six" -> 6.0;
            case "seven" -> 7.0;
            case "eight" -> 8.0;
            case "nine" -> 9.0;
            case "ten" -> 10.0;
            case "eleven" -> 11.0;
            case "twelve" -> 12.0;
            case "thirteen" -> 13.0;
            case "fourteen" -> 14.0;
            case "fifteen" -> 15.0;
            case "sixteen" -> 16.0;
            case "seventeen" -> 17.0;
            case "eighteen" -> 18.0;
            case "nineteen" -> 19.0;
            case "twenty" -> 20.0;
            case "thirty" -> 30.0;
            case "forty" -> 40.0;
            case "forty-five" -> 45.0;
            case "fifty" -> 50.0;
            case "sixty" -> 60.0;
            case "ninety" -> 90.0;
            default -> null;
        };
    }
}
