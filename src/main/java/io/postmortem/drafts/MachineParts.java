package io.postmortem.drafts;

import java.util.List;
import java.util.Map;

import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

/**
 * Everything a build derives from the incident's evidence: the parts of a draft the machine owns. A refresh
 * replaces these (see {@link DraftRefresh}) and leaves the rest of the draft - people's work - alone.
 */
public record MachineParts(String issueId, Header header, KeyTimes keyTimes, List<TimelineEntry> timeline,
                           List<Responder> responders, Map<String, Suggestion> suggestions,
                           List<EvidenceLink> supportingEvidence) {

    public MachineParts {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        responders = responders == null ? List.of() : List.copyOf(responders);
        suggestions = suggestions == null ? Map.of() : Map.copyOf(suggestions);
        supportingEvidence = supportingEvidence == null ? List.of() : List.copyOf(supportingEvidence);
    }
}
