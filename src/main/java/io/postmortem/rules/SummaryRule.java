package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary: 3-4 sentences a non-engineer can read, naming what broke, who was affected, for how long, what fixed
 * it, and whether recurrence risk is high/medium/low. An empty summary is an ERROR (nobody can publish a post-mortem
 * without its first paragraph); everything else is a WARNING with a hint.
 */
public final class SummaryRule implements Rule {
    public static final String MISSING = "summary.missing";
    public static final String LENGTH = "summary.length";
    public static final String WHAT_BROKE = "summary.what-broke";
    public static final String WHO = "summary.who-affected";
    public static final String DURATION = "summary.duration";
    public static final String FIX = "summary.fix";
    public static final String RECURRENCE = "summary.recurrence-risk";

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern BROKE = Pattern.compile("\\b(fail\\w*|broke\\w*|broken|down|outage|unavailable"
            + "|degraded|errors?|could not|couldn'?t|cannot|can'?t|unable|expired?|slow\\w*|latency|timeouts?|timed out"
            + "|lost|loss|corrupt\\w*|crash\\w*|stopped|rejected|5\\d\\d|incorrect|wrong|missing|leak\\w*|exposed)\\b", F);
    private static final Pattern WHO_AFFECTED = Pattern.compile("\\b(customers?|users?|staff|employees?|clients?"
            + "|merchants?|everyone|nobody|no one|teams?|people|visitors?|accounts?|tenants?|partners?|shoppers?"
            + "|members?|subscribers?|agents?|drivers?|patients?|students?|colleagues|developers|engineers|internal"
            + "|external|public|region|sites?)\\b", F);
    private static final Pattern DURATION_P = Pattern.compile("(\\b\\d+(?:\\.\\d+)?\\s*(?:-\\s*)?(?:seconds?|secs?"
            + "|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\\b|\\bfor (?:about |around |nearly |almost |over |under )?"
            + "(?:an?|one|two|three|four|five|six|several|half an) (?:hour|minute|day|week)s?\\b|\\bbetween \\d{1,2}:\\d{2}"
            + "|\\bfrom \\d{1,2}:\\d{2}|\\d{1,2}:\\d{2}\\s*(?:-|–|to|until)\\s*\\d{1,2}:\\d{2}|\\bunknown duration\\b"
            + "|\\bduration (?:is |was )?unknown\\b)", F);
    private static final Pattern FIXED = Pattern.compile("\\b(fix\\w*|restor\\w*|resolv\\w*|rolled back|roll(?:ing)?"
            + " back|rollback|revert\\w*|reissu\\w*|renew\\w*|restart\\w*|reboot\\w*|mitigat\\w*|recover\\w*|replac\\w*"
            + "|re-?upload\\w*|patch\\w*|fail(?:ed|ing)? over|failover|redeploy\\w*|scal\\w+ (?:up|out)|disabl\\w*"
            + "|enabl\\w*|re-?enabl\\w*|re-?ran|rerun|cleared|flush\\w*|purg\\w*|unblock\\w*|came back|back to normal)\\b", F);
    private static final Pattern RISK = Pattern.compile("\\b(high|medium|moderate|low)\\b[^.]{0,40}\\b(recurrence|risk"
            + "|recur\\w*|happen(?:ing)? again)\\b|\\b(recurrence|risk of recurrence|recurrence risk|risk)\\b[^.]{0,40}"
            + "\\b(high|medium|moderate|low)\\b", F);

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        String s = doc.summary();
        if (Texts.blank(s)) {
            out.add(Finding.error(MISSING, "summary", "The summary is empty. Write 3-4 sentences for someone who "
                    + "reads only the first page.", template()));
            return out;
        }
        int n = Texts.sentences(s).size();
        if (n < 3 || n > 4) {
            out.add(Finding.warning(LENGTH, "summary", "The summary has " + n + " sentence" + (n == 1 ? "" : "s")
                    + "; aim for 3-4, readable by a non-engineer.", n < 3 ? template() : null));
        }
        if (!BROKE.matcher(s).find()) {
            out.add(Finding.warning(WHAT_BROKE, "summary", "Say what broke, as the customer saw it.",
                    "e.g. \"Staff could not sign in to any SSO application.\""));
        }
        if (!WHO_AFFECTED.matcher(s).find()) {
            out.add(Finding.warning(WHO, "summary", "Say who was affected (which customers or staff, how many if "
                    + "known).", "e.g. \"All 1,200 staff were affected; customers were not.\""));
        }
        if (!DURATION_P.matcher(s).find()) {
            out.add(Finding.warning(DURATION, "summary", "Say for how long (or that the duration is unknown).",
                    "e.g. \"for 90 minutes (09:41-11:11 UTC)\""));
        }
        if (!FIXED.matcher(s).find()) {
            out.add(Finding.warning(FIX, "summary", "Say what fixed it: the action that moved state from broken to "
                    + "working.", "e.g. \"Service was restored by reissuing the certificate and re-uploading the IdP "
                    + "metadata.\""));
        }
        if (!RISK.matcher(s).find()) {
            out.add(Finding.warning(RECURRENCE, "summary", "Say whether the recurrence risk is high, medium or low.",
                    "e.g. \"Recurrence risk is high until certificate expiry is monitored.\""));
        }
        return out;
    }

    private static String template() {
        return "<What broke> for <who> for <how long>. <What fixed it>. <Why it happened, in plain words>. "
                + "Recurrence risk is <high/medium/low> until <action>.";
    }
}
