package io.postmortem.drafting;

import java.util.regex.Pattern;

/**
 * The wording responders use for causes, fixes, luck and lessons. General incident-writing English, not tuned to
 * one incident: each pattern is a family of phrasings ("root cause", "turned out", "caused by"; "luckily",
 * "fortunately", "could have been much worse", "only because"; "took us N minutes to find", "nobody owned").
 */
final class Cues {
    private Cues() {
    }

    private static final int I = Pattern.CASE_INSENSITIVE;

    // ---- causes
    /** A labelled conclusion: "Root cause: ...", "Cause: ...". */
    static final Pattern CAUSE_LABEL = Pattern.compile("^\\s*(?:[-*•]\\s*)?(?:the )?(?:root[- ]cause|cause|rca)\\s*(?:is|was)?\\s*[:–—-]", I);
    /** "root cause found", "root cause identified": the cause itself follows in the next sentence. */
    static final Pattern CAUSE_FOUND = Pattern.compile("\\b(?:root[- ]cause|cause|culprit)\\s+(?:is\\s+|has been\\s+)?(?:found|identified|confirmed|located)\\b", I);
    static final Pattern CAUSE_STRONG = Pattern.compile("\\b(root[- ]cause|turned out|caused by|the cause (?:was|is)|culprit"
            + "|was due to|is due to|were due to|the (?:real |actual )?(?:problem|issue|trigger) (?:was|is)|traced (?:it |this )?(?:back )?to"
            + "|confirmed:?|the reason (?:was|is))\\b", I);
    static final Pattern CAUSE_FOUND_IT = Pattern.compile("\\b(found it|found the (?:cause|problem|bug|issue|code path)|identified (?:the|a|as)"
            + "|it'?s the|it is the|it was the|that'?s it|this is (?:the|it)|we (?:identified|determined|found) (?:that|the|a)"
            + "|identified the)\\b", I);
    static final Pattern CAUSE_WEAK = Pattern.compile("\\b(because|due to|triggered by|triggers? (?:a|the)|trips? (?:a|the)|introduced (?:by|in|with)"
            + "|broke (?:with|after|when)|broken by|resulted? (?:from|in)|led to|leading to|caused|causing|left (?:the |new |all )?[\\w-]+ (?:unable|without)"
            + "|so (?:that )?(?:pods|hosts|nodes|apps|clients|requests|users|customers|the)\\b|removed (?:a|the)|deleted|flushed|changed the"
            + "|mishandles?|ignored the|marks? the|stopped trusting|lost (?:its|their|the))\\b", I);
    /** A rejection of an earlier guess: "Not the deploy.", "Not AWS.", "this is not a DDoS". */
    static final Pattern REJECTION = Pattern.compile("^\\s*(?:it'?s |it is |this is |that'?s |that is )?not (?:an? |the )?[\\w\\s'-]{1,30}"
            + "(?:\\(.*\\))?[.!]?\\s*$", I);
    static final Pattern HEDGE = Pattern.compile("\\b(i think|we think|looks like|look like|probably|suspect(?:ing|ed)?|might be|may be"
            + "|could be|maybe|perhaps|seems?|my guess|hypothes\\w*|theory|likely|my bet|smells like|not sure|unclear|possibly"
            + "|wondering|guess)\\b|\\?", I);
    /** Hedge words alone (no question mark): a stated guess. */
    static final Pattern GUESS = Pattern.compile("\\b(i think|we think|looks like|probably|suspect(?:ing)?|might be|may be|could be|maybe"
            + "|perhaps|my guess|hypothesis|theory|my bet|smells like)\\b", I);
    static final Pattern NEGATED_HEDGE = Pattern.compile("\\b(most likely|not (?:a|an) (?:theory|hypothesis))\\b", I);
    static final Pattern HUMAN_ERROR = Pattern.compile("\\b(human|operator|user|engineer|manual) error\\b", I);

    // ---- fixes
    static final Pattern FIX = Pattern.compile("\\b(roll(?:ed|ing)? ?back|rolled back|rollback|revert(?:ed|ing)?|restart(?:ed|ing)?|reboot(?:ed|ing)?"
            + "|fail(?:ed|ing)? ?over|failover|promot(?:ed|ing)|reissu(?:e|ed|ing)|renew(?:ed|ing)?|rotat(?:ed|ing)|re-?deploy(?:ed|ing)?"
            + "|scal(?:ed|ing) (?:up|out)|flush(?:ed|ing)|purg(?:ed|ing)|clear(?:ed|ing) (?:the )?caches?|disabl(?:ed|ing)|kill(?:ed|ing)"
            + "|hotfix|patch(?:ed|ing)|drain(?:ed|ing)|blocked|turned off|switched (?:off|over|back)|recycl(?:ed|ing)"
            + "|corrected|applied|fix (?:is )?(?:rolling|rolled|deployed|out|live|went out)|fixed|code change|fast-decline|declin(?:e|ed|ing)"
            + "|re-?enabl(?:ed|ing)|replac(?:ed|ing)|refresh(?:ed|ing)|re-?upload(?:ed|ing)|restor(?:ed|ing) (?:the|from)|mov(?:ed|ing) (?:traffic|the))\\b", I);
    /** Plans and questions, not actions: "want me to roll it back?", "Proposal: roll back", "we will revert". */
    static final Pattern PLAN = Pattern.compile("(\\?\\s*$|\\bpropos\\w*|\\bshould we\\b|\\blet'?s\\b|\\bwant (?:me )?to\\b|\\bwe'?ll\\b|\\bi'?ll\\b"
            + "|\\bwill\\b|\\bgoing to\\b|\\bplan(?:ning)?\\b|\\buntil the\\b|\\bfollow[- ]up\\b|\\bpermanent\\b|\\bwon'?t help\\b|\\bdidn'?t help\\b"
            + "|\\bno (?:change|improvement)\\b|\\bdid not (?:help|isolate|change)\\b|\\bdidn'?t isolate\\b|\\bwas not it\\b|\\bnot it\\b|\\bwrong lead\\b"
            + "|\\bchanged nothing\\b)", I);
    static final Pattern RECOVERED = Pattern.compile("\\b(recovered|recovering|restored|resolved|back to normal|back to baseline|healthy|"
            + "responding normally|flowing again|loading again|working again|mitigated|impact (?:over|ended|ceased))\\b", I);

    // ---- lessons
    static final Pattern LUCKY = Pattern.compile("\\b(luck(?:y|ily)|fortunate(?:ly)?|thankfully|thank goodness|thank god"
            + "|could have been (?:much |a lot |far )?worse|would have been (?:much |a lot |far )?worse|only because|saved us"
            + "|near[- ]miss|happened to be|by chance|good thing|if it had (?:been|happened|hit)|we got away)\\b", I);
    static final Pattern WELL_LABEL = Pattern.compile("^\\s*(?:went well|good|the good|what went well|what (?:i|we) want to keep|keep"
            + "|kudos|win|wins)\\s*[:–—-]", I);
    static final Pattern WELL = Pattern.compile("\\b(?:went well|worked well|worked as (?:designed|intended|expected)|kudos|great job"
            + "|within (?:a|one|two|three|\\d+) (?:seconds?|minutes?)|under \\d+ (?:seconds?|minutes?)|took effect within"
            + "|fired within|single command|fast(?:er)? than expected)\\b|,\\s*nice[.!]*\\s*$", I);
    static final Pattern BAD_LABEL = Pattern.compile("^\\s*(?:went badly|bad|the bad|not good|what hurt|hurt|what didn'?t go well"
            + "|didn'?t go well|what did not go well)\\s*[:–—-]", I);
    static final Pattern BAD = Pattern.compile("\\b(?:went badly|the real problem|took us|took (?:\\w+ )?(?:\\d+|a few|several|two|three|four|five|six|many) (?:minutes|hours|days)"
            + "|spent the first|chasing|nobody owned|no one owned|no owner|not owned|slow to|came late|too late|undocumented|no canary"
            + "|without (?:a )?canary|wrong lead|unfortunately|nothing pages|did not page|didn'?t page|no alert|auto-?resolved without"
            + "|could not (?:read|see|reach)|couldn'?t (?:read|see|reach)|lost the first|needs (?:a token|authentication)|was late)\\b", I);
    /** Sentences that are lessons, not causes: "the real problem is that nobody owned the alert". */
    static final Pattern LESSON = Pattern.compile(LUCKY.pattern() + "|" + BAD.pattern() + "|" + WELL.pattern(), I);
    /** A question about the worry or near-miss, or a plain "we were lucky" reflex. */
    static final Pattern EXTERNAL_PARTY = Pattern.compile("\\b(vendor|partner|provider|upstream|third[- ]party|supplier"
            + "|their (?:side|network|end|outage)|on (?:their|the \\w+) side|outside (?:our|the team'?s) control|customer'?s own"
            + "|isp|carrier|cloud provider)\\b", I);
}
