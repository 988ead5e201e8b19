package io.postmortem.rules;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Systemic rewrites for blaming sentences: what the panel offers as a one-click replacement. */
final class Rewrites {
    private Rewrites() {
    }

    private static final int F = Pattern.CASE_INSENSITIVE;

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

    static final String SIGNAL = " did not lead to action: describe what made it easy to miss (noise, routing, no "
            + "escalation or acknowledgement check).";

    /** For a signal someone is said to have ignored or missed: "The expiry reminder did not lead to action: ...". */
    static String signal(String thing) {
        String t = thing == null ? "" : thing.strip().replaceFirst("(?i)^(the|a|an|our|their|his|her|its)\\s+", "");
        return "The " + (t.isEmpty() ? "signal" : t) + SIGNAL;
    }

    static String counterfactual() {
        return "Nothing in the process made this happen or caught it: describe the missing check, alert or "
                + "review step rather than what a person should have done.";
    }

    static String humanError() {
        return "Ask what made the error possible and what should have caught it, and write that instead: e.g. "
                + "\"The command ran against production because the tool had no environment confirmation or dry "
                + "run.\"";
    }

    static String judgement() {
        return "Describe the action, what was known at the time, and the guardrail that was missing, without "
                + "judging the person: e.g. \"The change reached production without a validation step that would "
                + "have rejected it.\"";
    }

    static String fault() {
        return "Describe which safeguard was missing instead of whose fault it was: e.g. \"The failover had never "
                + "been exercised, so the missing replica permission went undetected.\"";
    }

    static String competence() {
        return "Describe what the process relied on individual care or experience for, and the check that would "
                + "make it safe for anyone: e.g. \"The runbook assumed knowledge of the replica layout that was not "
                + "written down.\"";
    }

    static String sanction() {
        return "Describe the guard the system lacked instead of a sanction for a person: e.g. \"Production "
                + "access did not require a second approval for destructive commands.\"";
    }

    static String unreviewed(String what) {
        String w = what == null || what.isBlank() ? "The change" : Texts.capitalise(what.strip());
        return w + " could reach production without a required review or test: describe which gate was missing.";
    }
}
