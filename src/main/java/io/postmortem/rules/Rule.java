package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import java.util.List;

/** One check over the document. Rules are stateless and thread-safe. */
public interface Rule {
    List<Finding> check(PostMortem doc, RuleContext ctx);
}
