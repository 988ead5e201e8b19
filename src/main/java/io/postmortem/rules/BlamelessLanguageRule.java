package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import java.util.ArrayList;
import java.util.List;

/**
 * Person-blaming sentences in every narrative field. Blameless means the write-up describes systems and decisions,
 * not individuals' failings (the seed's notes).
 *
 * <p>Severity: WARNING in the internal narrative (the facilitator's job is to coach, and a human may judge the
 * sentence fine); ERROR in {@code summary}, because the summary is the part leadership reads and blame there sets
 * the tone of the whole document. "Human error" (or "operator error") given as a cause is an ERROR in
 * {@code rootCause.sentence}: the seed's five whys stop only when further whys become unactionable, and "human error"
 * is where the asking starts, not where it stops; elsewhere it is a WARNING that asks the systemic question instead.
 * Blame in the external version is reported by {@link RedactionRule} as {@code redaction.blame} (ERROR), because it
 * blocks only the external page.
 */
public final class BlamelessLanguageRule implements Rule {
    public static final String ID = "blameless.language";

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        BlameDetector detector = new BlameDetector(ctx.people(), ctx.teams());
        List<Finding> out = new ArrayList<>();
        for (Field f : NarrativeFields.of(doc)) {
            if (f.external()) continue;
            for (BlameDetector.Blame b : detector.findAll(f.text())) {
                boolean humanError = b.kind() == BlameDetector.Kind.HUMAN_ERROR;
                String msg = humanError
                        ? "\"" + b.sentence() + "\" " + b.reason() + " Name the condition that let the error happen "
                                + "and reach production (a missing check, confirmation, guard or test)."
                        : "\"" + b.sentence() + "\" " + b.reason() + ". Describe the system and the decision, "
                                + "not the person's failing.";
                boolean error = "summary".equals(f.path()) || humanError && "rootCause.sentence".equals(f.path());
                out.add(error ? Finding.error(ID, f.path(), msg, b.suggestion())
                        : Finding.warning(ID, f.path(), msg, b.suggestion()));
            }
        }
        return out;
    }
}
