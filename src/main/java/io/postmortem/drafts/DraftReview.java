package io.postmortem.drafts;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.rules.Facilitator;
import io.postmortem.rules.RuleContext;

/**
 * The facilitator's rules run over a draft, with the app's clock (due dates, review dates). One place for the panel's
 * findings on every read and save and for publishing's check of what blocks it.
 */
@Component
public class DraftReview {

    private final Facilitator facilitator = new Facilitator();
    private final Clock clock;

    public DraftReview(Clock clock) {
        this.clock = clock;
    }

    /** The draft with the findings for what it holds now. */
    public PostMortem withFindings(PostMortem doc) {
        return facilitator.withFindings(doc, RuleContext.from(doc, clock));
    }

    /** The findings alone. */
    public List<Finding> findings(PostMortem doc) {
        return facilitator.check(doc, RuleContext.from(doc, clock));
    }
}
