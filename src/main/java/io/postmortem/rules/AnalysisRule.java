package io.postmortem.rules;

import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RootCause;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Root cause, five whys, contributing factors and "where we got lucky".
 * <ul>
 * <li>no root-cause sentence: ERROR (a post-mortem cannot publish without one; "unknown" or a most-likely cause is
 * fine, and MOST_LIKELY certainty renders as "Most likely cause: ...");</li>
 * <li>hedged words ("probably", "maybe") with CONFIRMED certainty: WARNING, suggest MOST_LIKELY;</li>
 * <li>no whys: WARNING; near-duplicate whys: WARNING on the later one;</li>
 * <li>a contributing factor that restates the root cause: WARNING;</li>
 * <li>"where we got lucky" empty: WARNING (the seed calls it the most valuable section).</li>
 * </ul>
 */
public final class AnalysisRule implements Rule {
    public static final String ROOT_CAUSE = "analysis.root-cause";
    public static final String HEDGED = "analysis.root-cause-certainty";
    public static final String WHYS_EMPTY = "analysis.five-whys";
    public static final String WHYS_DUPLICATE = "analysis.five-whys-duplicate";
    public static final String FACTOR_IS_CAUSE = "analysis.factor-is-root-cause";
    public static final String LUCKY = "analysis.lucky";

    static final double NEAR_DUPLICATE = 0.8;
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(probably|maybe|perhaps|possibly|might|may have|we think"
            + "|likely|seems?|suspect\\w*|not sure|unclear)\\b");

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        RootCause rc = doc.rootCause();
        if (Texts.blank(rc.sentence())) {
            out.add(Finding.error(ROOT_CAUSE, "rootCause.sentence", "There is no root-cause sentence. Write it in "
                    + "plain English; if you are not sure, mark it as the most likely cause and describe the evidence, "
                    + "or write \"unknown\".", "Most likely cause: <cause>, based on <evidence>."));
        } else if (rc.certainty() == RootCause.Certainty.CONFIRMED && HEDGE.matcher(rc.sentence()).find()) {
            out.add(Finding.warning(HEDGED, "rootCause.certainty", "The root cause is marked confirmed but the "
                    + "sentence hedges. Either remove the hedge or mark it as the most likely cause.", "MOST_LIKELY"));
        }
        List<String> whys = doc.fiveWhys();
        if (whys.stream().allMatch(Texts::blank)) {
            out.add(Finding.warning(WHYS_EMPTY, "fiveWhys", "The five whys are empty. Keep asking why until further "
                    + "whys become unactionable.", null));
        }
        for (int j = 1; j < whys.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (Texts.blank(whys.get(j)) || Texts.blank(whys.get(i))) continue;
                if (Texts.similarity(whys.get(i), whys.get(j)) >= NEAR_DUPLICATE) {
                    out.add(Finding.warning(WHYS_DUPLICATE, "fiveWhys[" + j + "]", "Why " + (j + 1) + " repeats why "
                            + (i + 1) + ". Each why should go one step deeper.", null));
                    break;
                }
            }
        }
        List<ContributingFactor> factors = doc.contributingFactors();
        for (int i = 0; i < factors.size(); i++) {
            ContributingFactor f = factors.get(i);
            String text = (f.factor() == null ? "" : f.factor()) + " " + (f.how() == null ? "" : f.how());
            if (!Texts.blank(rc.sentence()) && !Texts.blank(f.factor())
                    && (Texts.similarity(f.factor(), rc.sentence()) >= NEAR_DUPLICATE
                    || Texts.similarity(text, rc.sentence()) >= NEAR_DUPLICATE)) {
                out.add(Finding.warning(FACTOR_IS_CAUSE, "contributingFactors[" + i + "].factor", "This factor restates "
                        + "the root cause. Contributing factors are what made it worse or slower to detect.", null));
            }
        }
        if (doc.lucky().stream().allMatch(Texts::blank)) {
            out.add(Finding.warning(LUCKY, "lucky", "\"Where we got lucky\" is empty. It is the most valuable section: "
                    + "what, if slightly different, would have made this much worse?",
                    "e.g. \"It happened at 03:00 UTC; during EU business hours the impact would have been ~8x.\""));
        }
        return out;
    }
}
