package io.postmortem.rules;

import io.postmortem.postmortem.ActionItem.PreventsRecurrence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Would an action item, done as written, prevent recurrence, only detect it, or partly help? The seed's "will this
 * actually prevent recurrence?" check:
 * <ul>
 * <li>DETECTS_ONLY: the item only adds detection (an alert, a page, a probe, a dashboard, "improve monitoring",
 * "keep an eye on");</li>
 * <li>YES: the item removes the trigger or the latent condition: a guard that blocks or rejects the unsafe action,
 * a permission revoked, the bug fixed with a regression test, the unsafe mode or code removed;</li>
 * <li>PARTIALLY: everything else: canaries, staged rollouts, caps and rate limits, runbooks, drills, clean-up, and
 * every vague or investigative item.</li>
 * </ul>
 */
public final class Recurrence {
    private Recurrence() {
    }

    private static final Set<String> DETECT_VERBS = Set.of("alert", "page", "alarm", "monitor", "notify", "watch",
            "probe", "track", "graph", "chart", "log", "report", "dashboard", "keep", "route", "email", "detect");
    private static final Set<String> CREATE = Set.of("add", "create", "set", "configure", "enable", "build", "run",
            "write", "deploy", "install", "introduce", "implement", "wire", "hook", "put", "stand");
    private static final Pattern DETECTION = Pattern.compile("(?i)\\b(alerts?|alarms?|pag(?:e|es|ing)|pagerduty"
            + "|opsgenie|probes?|dashboards?|panels?|monitor(?:s|ing)?|notif(?:y|ies|ication)|keep an eye|watch"
            + "|coherence-check|canary checks?|synthetic)\\b");
    private static final Pattern PREVENTION = Pattern.compile("(?i)\\b(block(?:s|ing)?|reject(?:s|ing)?|refus(?:e|es|ing)"
            + "|abort(?:s|ing)?|fail(?:s)? (?:ci|the build|closed)|fail ci|revoke|forbid|disallow|den(?:y|ies)|prevent"
            + "|remove the|delete the|retire|fix the|fix (?:a|the) bug|patch|bounds-check|only mode|the only|exit non-zero"
            + "|stop distributing|regression test|rejected|guard|allow-list|allowlist|require(?:s)? (?:a |an )?"
            + "(?:second|explicit|typed)|confirmation|match the cluster|upgrade .* to match|red shell prompt)\\b");
    private static final Pattern PARTIAL_CUE = Pattern.compile("(?i)\\b(canary|staged|stages|waves|rollout|roll out"
            + "|runbook|drill|rehearse|rehearsal|rate-limit|rate limit|limit|cap|kill switch|checklist|document"
            + "|backfill|restore|snapshot|comms|status page|timeout|retry|circuit breaker)\\b");

    /** The panel's words for an answer: "Yes", "Partially", "Detects-only". */
    public static String label(PreventsRecurrence r) {
        return switch (r) {
            case YES -> "Yes";
            case PARTIALLY -> "Partially";
            case DETECTS_ONLY -> "Detects-only";
        };
    }

    public static PreventsRecurrence judge(String summary) {
        if (Texts.blank(summary) || !Testability.testable(summary)) {
            ActionText a = new ActionText(summary == null ? "" : summary);
            // "Improve monitoring", "Keep an eye on the vacuum graphs": vague, but only ever about detection
            if (a.verb >= 0 && (DETECTION.matcher(a.object()).find() || a.particle.startsWith("an eye"))) {
                return PreventsRecurrence.DETECTS_ONLY;
            }
            return PreventsRecurrence.PARTIALLY;
        }
        ActionText a = new ActionText(summary);
        String main = a.mainClause();
        boolean prevents = PREVENTION.matcher(summary).find();
        // detection is what the main verb does or creates: "Page on-call when ...", "Add an external probe that ..."
        boolean detects = a.verbIs(DETECT_VERBS) || a.verbIs(CREATE) && DETECTION.matcher(a.object()).find()
                && !PARTIAL_CUE.matcher(a.object()).find();
        if (prevents && !PARTIAL_CUE.matcher(main).find()) return PreventsRecurrence.YES;
        if (detects && !prevents) return PreventsRecurrence.DETECTS_ONLY;
        return PreventsRecurrence.PARTIALLY;
    }
}
