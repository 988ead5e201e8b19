package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import java.util.ArrayList;
import java.util.List;

/**
 * "What went well" entries that say nothing concrete ("the team worked hard", "great teamwork") are a WARNING that
 * asks for the concrete thing that helped. The seed: "Concrete, behaviour-based. Not 'the team worked hard.'"
 */
public final class WentWellRule implements Rule {
    public static final String ID = "analysis.went-well-vague";

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < doc.wentWell().size(); i++) {
            String entry = doc.wentWell().get(i);
            int n = i;
            WentWell.problem(entry).ifPresent(problem -> out.add(Finding.warning(ID, "wentWell[" + n + "]", problem
                    + " Name what helped: the alert, tool, runbook, decision or time that made the response work.",
                    "e.g. \"The rollback runbook let the on-call restore service within 6 minutes of detection.\"")));
        }
        return out;
    }
}
