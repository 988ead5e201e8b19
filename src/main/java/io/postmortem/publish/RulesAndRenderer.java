package io.postmortem.publish;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.render.Renderer;
import io.postmortem.rules.Facilitator;
import io.postmortem.drafts.DraftReview;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link PublishDocuments} over the document feature: {@link DraftReview} for findings, {@link Renderer} for pages. */
@Component
public class RulesAndRenderer implements PublishDocuments {

    private final Renderer renderer = new Renderer();
    private final DraftReview review;
    private final Clock clock;

    public RulesAndRenderer(DraftReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Override
    public List<Finding> findings(PostMortem doc) {
        return review.findings(doc);
    }

    @Override
    public boolean isRedactionRule(String ruleId) {
        return ruleId != null && Facilitator.externalOnly(new Finding(Finding.Severity.WARNING, ruleId, null, null, null));
    }

    @Override
    public String pageTitle(PostMortem doc) {
        return renderer.pageTitle(doc);
    }

    @Override
    public String storage(PostMortem doc) {
        return renderer.storage(doc, java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
    }

    @Override
    public String externalStorage(PostMortem doc) {
        return renderer.externalStorage(doc);
    }
}
