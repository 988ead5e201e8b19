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
            "probe", "track", "graph", "chart", "dashboard", "email", "detect");
    /** Verbs that detect only when what they handle is a signal: "route alerts to ...", not "route commands". */
    private static final Set<String> DETECT_IF_SIGNAL = Set.of("keep", "route", "log", "report", "send", "forward");
    /** Main verbs that take the unsafe thing away: done as written, the trigger is gone. */
    private static final Set<String> REMOVE_VERBS = Set.of("disable", "remove", "retire", "deprecate", "replace",
            "switch", "pin", "eliminate", "uninstall", "decommission", "drop", "forbid", "ban", "prohibit", "revoke",
            "block", "reject", "refuse", "deny", "disallow", "fix", "patch", "reconfigure", "fit",
            // the latent condition changed for good: "Convert the ID column from integer to bigint"
            "convert", "widen");
    private static final Set<String> CREATE = Set.of("add", "create", "set", "configure", "enable", "build", "run",
            "emit", "expose", "export", "publish",
            "write", "deploy", "install", "introduce", "implement", "wire", "hook", "put", "stand");
    private static final Pattern DETECTION = Pattern.compile("(?i)\\b(alerts?|alerting|alarms?|pag(?:e|es|ing)|pagerduty"
            + "|opsgenie|probes?|dashboards?|panels?|monitor(?:s|ing)?|notif(?:y|ies|ication)|keep an eye|watch"
            + "|coherence-check|canary checks?|synthetic|metrics?|observability|visibility|telemetry)\\b");
    /** A guard that blocks, said outright anywhere in the item: "make regenerate-config refuse to run while ...". */
    private static final Pattern STRONG_GUARD = Pattern.compile("(?i)(?<!instead of )(?<!rather than )\\b(?:refuses?|rejects?"
            + "|blocks?|forbids?|disallows?|denies) (?:to |any |the |all |every |a |an |it |them |commands |writes |runs )"
            // "require two people ... before any operation is allowed", "skip the charge when one already exists"
            + "|\\brequir(?:e|es|ing) (?:two|2|a second|at least two) (?:people|persons|engineers|operators|approvers|reviewers)"
            + "|\\b(?:before|unless) .{0,80}\\b(?:is|are) (?:allowed|permitted|possible)\\b"
            // a gate on every one to come: "before any planned outage is approved", "before any HR system goes live"
            + "|\\bbefore (?:any|every|each) .{0,80}\\b(?:is|are) (?:approved|released|signed off|accepted)\\b"
            + "|\\bbefore (?:any|every|each) .{0,80}\\bgo(?:es)? live\\b"
            // a check that fails whatever breaks the rule: "a CI check that fails any new migration ...", "Fail every build"
            + "|\\bfail(?:s)? (?:any|every|all) (?:[\\w-]+ ){0,3}?(?:builds?|migrations?|deploys?|deployments?|changes?"
            + "|commits?|pull requests?|merges?|releases?|jobs?|uploads?)\\b"
            + "|\\b(?:skip|ignore|drop)s? (?:the|any|a) [\\w-]+ (?:when|if) .{0,60}\\balready\\b");
    /** A signal sent to people who act on it: "route ... emails to the pager rotation". */
    private static final Pattern TO_RESPONDERS = Pattern.compile("(?i)\\bto (?:the |a |an )?(?:[\\w-]+ )?(?:pager|paging"
            + "|on-?call|alert(?:ing)?|pagerduty|opsgenie)\\b");
    /** Signals a route/forward verb can send somewhere: "Route the error emails to the pager rotation". */
    private static final Pattern SIGNALS = Pattern.compile("(?i)\\b(e-?mails?|messages|errors|warnings|events)\\b");
    private static final Pattern PREVENTION = Pattern.compile("(?i)\\b(block(?:s|ing)?|reject(?:s|ing)?|refus(?:e|es|ing)"
            + "|abort(?:s|ing)?|fail(?:s)? (?:ci|the build|closed)|fail ci|revoke|forbid|disallow|den(?:y|ies)|prevent"
            + "|remove the|delete the|retire|fix the|fix (?:a|the) bug|patch|bounds-check|only mode|the only|exit non-zero"
            + "|stop distributing|regression test|rejected|guard|allow-list|allowlist|require(?:s)? (?:a |an )?"
            + "(?:second|explicit|typed)|confirmation|match the cluster|upgrade .* to match|red shell prompt"
            // a check that fails, an outcome made impossible, a second key or approval, a test that pins the bug
            + "|fails? (?:if|when|on|unless|whenever)|cannot|can'?t|can no longer|no longer (?:possible|able)|interlock"
            + "|requir(?:e|es|ing) (?:a |an |two |the )?(?:[\\w-]+ ){0,2}(?:PIN|approval|sign-?off|keys?|reviewer|approver)"
            + "|needs two|two keys|(?:regression|integration) tests?|stop (?:\\w+ing)"
            // a validation that rejects what caused it: "Add validation in config service: ... must be between"
            + "|validat(?:e|es|ion|ions|or|ing)|must be (?:between|at least|at most|less than|greater than))\\b");
    private static final Pattern PARTIAL_CUE = Pattern.compile("(?i)\\b(canary|staged|stages|waves|rollout|roll out"
            + "|runbook|drill|rehearse|rehearsal|rate-limit|rate limit|limit|cap|kill switch|checklist|document"
            + "|backfill|restore|snapshot|comms|status page|timeout|retry|circuit breaker)\\b");

    /** Verbs of looking at something and telling: a comparison, a scan, a review, a report. */
    private static final Set<String> INSPECT_VERBS = Set.of("compare", "reconcile", "scan", "diff", "check", "review",
            "report", "sample", "audit", "inspect");
    /** What a look does besides telling: "roll back on any difference", "fix the records", "halt the rollout". */
    private static final Pattern ACTS = Pattern.compile("(?i)\\b(?:roll(?:s|ing)? ?back|rollback|revert|halt|stop|fix"
            + "|correct|repair|remove|delete|disable|quarantine|suspend|hold|withdraw|replace|renew|rotate|upgrade)\\b");

    private static final Pattern PROCESS_HEAD = Pattern.compile("(?i)\\b(procedures?|process(?:es)?|polic(?:y|ies)"
            + "|practices?|runbooks?|docs|documentation|guidelines?)$");
    private static final Pattern STATUS_PAGE = Pattern.compile("(?i)\\bstatus ?page\\b");
    private static final Pattern PAGES_ON = Pattern.compile("(?i)\\b(?:that|which) (?:pages|alerts|notifies)\\b");

    /** A capitalised product name ("Service Health Dashboard") is not a dashboard being added. */
    private static String withoutNames(String text) {
        return text.replaceAll("\\b(?:[A-Z][\\w-]*\\s+){1,}(?:Dashboard|Monitor|Alerts?)\\b", "");
    }

    /** The panel's words for an answer: "Yes", "Partially", "Detects-only". */
    public static String label(PreventsRecurrence r) {
        return switch (r) {
            case YES -> "Yes";
            case PARTIALLY -> "Partially";
            case DETECTS_ONLY -> "Detects-only";
        };
    }

    public static PreventsRecurrence judge(String summary) {
        if (Texts.blank(summary) || !Testability.rulesTestable(summary)) {
            ActionText a = new ActionText(summary == null ? "" : summary);
            // "Figure out why the second page didn't escalate": an investigation, whatever it is about
            if (Testability.investigates(a)) return PreventsRecurrence.PARTIALLY;
            // "Improve monitoring", "Keep an eye on the vacuum graphs": vague, but only ever about detection
            // "Review alerting procedures" is about a process, not about detection
            boolean aboutProcess = PROCESS_HEAD.matcher(a.object().strip()).find();
            // the tagger sometimes ends the object before a gerund head: "the checkout" | "alerting"
            String object = a.object();
            if (a.objectEnd >= 0 && a.objectEnd < a.tagged.size()
                    && a.tagged.get(a.objectEnd).is("alerting", "monitoring", "paging")) {
                object = object + " " + a.tagged.get(a.objectEnd).lower();
            }
            if (a.verb >= 0 && (DETECTION.matcher(withoutNames(object)).find() && !STATUS_PAGE.matcher(object).find()
                    && !aboutProcess
                    || a.particle.startsWith("an eye") || a.verbIs(DETECT_VERBS) && !a.verbIs(Set.of("alert", "notify", "email"))
                    || a.verbIs(Set.of("continue", "keep")) && DETECTION.matcher(summary).find())
                    || a.verb < 0 && DETECTION.matcher(summary).find() && !STATUS_PAGE.matcher(summary).find()) {
                return PreventsRecurrence.DETECTS_ONLY;
            }
            return PreventsRecurrence.PARTIALLY;
        }
        ActionText a = new ActionText(summary);
        String main = a.mainClause();
        // "Page the DB on-call when two masters stop sending heartbeats": a page whatever its condition says
        boolean pageVerb = a.verbIs(Set.of("page", "alert", "notify", "alarm")) || a.verb >= 0
                && a.tagged.get(a.verb).is("page", "alert");
        if (pageVerb) return PreventsRecurrence.DETECTS_ONLY;
        if (a.verbIs(Set.of("route", "forward", "send", "escalate")) && TO_RESPONDERS.matcher(main).find()) {
            return PreventsRecurrence.DETECTS_ONLY;
        }
        if (STRONG_GUARD.matcher(summary).find()) return PreventsRecurrence.YES;
        boolean prevents = PREVENTION.matcher(summary).find();
        // detection is what the main verb does or creates: "Page on-call when ...", "Add an external probe that ..."
        // a smoke test or check "that pages on failure" is detection too
        boolean detects = a.verbIs(DETECT_VERBS) || a.tagged.get(Math.max(0, a.verb)).is("page", "alert")
                || a.verbIs(DETECT_IF_SIGNAL) && (DETECTION.matcher(a.object()).find() || SIGNALS.matcher(a.object()).find())
                || a.verbIs(CREATE) && (DETECTION.matcher(withoutNames(a.object())).find()
                || PAGES_ON.matcher(summary).find()) && !PARTIAL_CUE.matcher(a.object()).find();
        // "Compare X with Y every night and raise a ticket on any difference", "Scan the code weekly and file a bug per
        // hit": a look that only tells someone; it prevents when it also acts ("and roll back", "fail the build")
        if (a.verbIs(INSPECT_VERBS) && !prevents && !ACTS.matcher(summary).find()) return PreventsRecurrence.DETECTS_ONLY;
        if (a.verbIs(REMOVE_VERBS) && !detects && !PARTIAL_CUE.matcher(a.object()).find()) return PreventsRecurrence.YES;
        if (prevents && !PARTIAL_CUE.matcher(main).find()) return PreventsRecurrence.YES;
        if (detects && !prevents) return PreventsRecurrence.DETECTS_ONLY;
        return PreventsRecurrence.PARTIALLY;
    }
}
