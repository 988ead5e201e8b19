package io.postmortem.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Is an action item testable? The seed: "Improve monitoring" is not an action; "Add Prometheus alert for certificate
 * expiry &lt;14 days, page on-call" is. Testable = a concrete change (an action verb that produces something), on a
 * specific object or system, with a measurable threshold or a verifiable outcome.
 */
public final class Testability {
    private Testability() {
    }

    /** Openings that promise thought, not a change. */
    private static final Pattern VAGUE = Pattern.compile("(?i)^\\s*(?:we\\s+(?:should|need to|must|will)\\s+|"
            + "(?:need|try) to\\s+|let'?s\\s+)?(?:improve|better|be\\s+(?:more|extra)|look\\s+into|investigate|consider"
            + "|think\\s+about|explore|evaluate|assess|research|discuss|revisit|follow\\s+up|raise\\s+awareness|remind"
            + "|educate|keep\\s+an\\s+eye|monitor\\s+(?:closely|more|better)|try"
            + "|understand|figure\\s+out|look\\s+at|reconsider|spend\\s+time|talk|sync"
            + "|communicate|increase\\s+awareness|pay\\s+(?:more\\s+)?attention|stay|remember|work\\s+on"
            + "|more|fix\\s+(?:monitoring|alerting|the\\s+process|process|communication)|tbd|todo|n/?a)\\b");

    /** Openings that are vague unless a number or condition and a concrete artefact follow. */
    private static final Pattern SOFT = Pattern.compile("(?i)^\\s*(?:we\\s+(?:should|need to|must|will)\\s+)?"
            + "(?:ensure|make\\s+sure|review|tighten|harden|strengthen|enhance|optimi[sz]e|streamline|clean\\s+up"
            + "|check\\s+(?:whether|if)|avoid|don'?t|do\\s+not|double-check|monitor)\\b");

    private static final Pattern NUMERIC = Pattern.compile("(?i)(\\d|[<>≤≥%]|\\b(?:within|every|before|daily|weekly"
            + "|monthly|hourly|nightly|quarterly|at least|at most|no more than|fewer than|less than|more than)\\b)");

    private static final Pattern VAGUE_ANYWHERE = Pattern.compile("(?i)\\b(better communication|more careful"
            + "|more attention|as needed|where appropriate|if possible|when possible|going forward|in general"
            + "|generally|somehow|etc\\.?|and so on|best practices?|lessons learned)\\b");

    private static final Pattern CONCRETE_VERB = Pattern.compile("(?i)^\\s*(?:add|create|configure|set|set\\s+up"
            + "|enable|automate|migrate|replace|write|implement|deploy|remove|delete|rotate|move|schedule|page|alert"
            + "|block|require|enforce|upgrade|pin|limit|cap|split|route|redirect|disable|build|introduce|publish"
            + "|document|run|rerun|retire|decommission|install|provision|reduce|raise|lower|increase|change|switch"
            + "|tag|label|assign|restrict|revoke|extend|backfill|fail|alarm|gate|wire|connect|link|register|renew"
            + "|transfer|subscribe|forward|shorten|lengthen|encrypt|rename|split|merge|version|lock|unlock|drill"
            + "|exercise|test|canary|roll\\s+out|put|make|give|grant|stage|backport|patch|fix|validate|verify|audit"
            + "|reject|expire|archive|own|hand\\s+over|nominate|define|adopt|integrate|track)\\b");

    /** A number, a threshold, a time window, or a verifiable artefact. */
    private static final Pattern MEASURABLE = Pattern.compile("(?i)(\\d|[<>≤≥%]|\\b(?:when|whenever|if|before|within"
            + "|after|every|each|per|daily|weekly|monthly|hourly|nightly|quarterly|at least|at most|no more than"
            + "|fewer than|less than|more than|exceeds?|above|below|under|over|threshold|fails?|blocks?|rejects?"
            + "|pages?|paging|alerts?|so that|until|by default|on every|for all|all|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|twice|once|need|needs|require|requires|must|cannot|can'?t|only|never)\\b)");

    /** Verbs whose result is a checkable end state on their own: the old thing is gone, the new one is in place. */
    private static final Pattern END_STATE = Pattern.compile("(?i)^\\s*(?:replace|migrate|move|switch|retire"
            + "|decommission|disable|enable|rotate|revoke|rename|pin|upgrade|remove|delete)\\b.*\\b(?:with|to|from"
            + "|on|in|for)\\b");

    private static final Pattern ARTEFACT = Pattern.compile("(?i)\\b(alert|alarm|check|test|tests|runbook|playbook"
            + "|dashboard|ci|pipeline|lint|linter|gate|job|cron|script|config|configuration|limit|timeout|retry|retries"
            + "|rule|policy|owner|rota|schedule|monitor|probe|canary|flag|webhook|ticket|calendar|reminder|inventory"
            + "|audit|drill|game\\s*day|backup|replica|quota|ttl|slo|sla|metric|log|mailbox|alias|distribution\\s+list"
            + "|certificate|cert|expiry|key|secret|terraform|helm|chart|manifest|migration|index|page|pagerduty"
            + "|opsgenie|prometheus|grafana|datadog|slack\\s+channel)s?\\b");

    /** Why the action item is not testable, or empty when it is. */
    public static Optional<String> problem(String summary) {
        if (Texts.blank(summary)) return Optional.of("The action is empty.");
        String s = summary.strip();
        if (VAGUE.matcher(s).find()) {
            return Optional.of("\"" + first(s) + "\" describes an intention, not a change anyone can verify as done.");
        }
        if (SOFT.matcher(s).find()) {
            if (NUMERIC.matcher(s).find() && ARTEFACT.matcher(s).find()) return Optional.empty();
            return Optional.of("\"" + first(s) + "\" needs a concrete change and a threshold to be verifiable.");
        }
        if (VAGUE_ANYWHERE.matcher(s).find()) {
            return Optional.of("\"" + s + "\" is open-ended: there is no point at which it is verifiably done.");
        }
        if (!CONCRETE_VERB.matcher(s).find()) {
            return Optional.of("Start with the concrete change (add, configure, automate, replace...): \"" + s
                    + "\" does not say what will be changed.");
        }
        if (Texts.words(s).size() < 4) {
            return Optional.of("\"" + s + "\" is too short to name the system and the outcome.");
        }
        if (!MEASURABLE.matcher(s).find() && !ARTEFACT.matcher(s).find() && !END_STATE.matcher(s).find()) {
            return Optional.of("\"" + s + "\" has no threshold or verifiable outcome (a number, a condition, "
                    + "an alert, a check or a test that shows it is done).");
        }
        return Optional.empty();
    }

    public static boolean testable(String summary) {
        return problem(summary).isEmpty();
    }

    private static String first(String s) {
        String[] w = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(3, w.length))).toLowerCase(Locale.ROOT);
    }

    /** The seed's shape for a testable action, with what the summary says about the system when possible. */
    public static String suggestion(String summary) {
        String system = systemOf(summary);
        return "Add <alert/check> for " + (system == null ? "<system>" : system) + " when <measurable threshold>, "
                + "paging <who> (e.g. \"Add Prometheus alert for certificate expiry < 14 days on the SAML IdP, "
                + "paging the identity on-call\")";
    }

    private static final Pattern SYSTEM = Pattern.compile("(?i)\\b(?:for|of|on|in|into|around|to)\\s+(?:the\\s+|our\\s+)?"
            + "([\\p{L}\\p{N}][\\p{L}\\p{N}/._-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]*){0,2})");

    private static String systemOf(String summary) {
        if (Texts.blank(summary)) return null;
        var m = SYSTEM.matcher(summary);
        return m.find() ? m.group(1).replaceAll("[.,;:]+$", "") : null;
    }
}
