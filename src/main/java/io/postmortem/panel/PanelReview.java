package io.postmortem.panel;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.postmortem.postmortem.PostMortem;
import io.postmortem.rules.Facilitator;
import io.postmortem.rules.RuleContext;

/** Runs the facilitator's rules over a document and puts their findings into it (on every read and save). */
@Component
public class PanelReview {

    private final Facilitator facilitator = new Facilitator();
    private final Clock clock;

    public PanelReview(Clock clock) {
        this.clock = clock;
    }

    public PostMortem withFindings(String clientKey, PostMortem doc) {
        return facilitator.withFindings(doc, RuleContext.from(doc, clock));
    }
}
