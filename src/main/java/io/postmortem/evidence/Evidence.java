package io.postmortem.evidence;

import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine found.
 *
 * @param timeline           UTC, sorted, deduplicated; each row keeps its source and original text
 * @param keyTimes           started / detected / resolved with basis and source (UNKNOWN when not found)
 * @param responders         people who took part, one per person, with their strongest role
 * @param suggestions        prefills keyed by {@link io.postmortem.postmortem.Question#key()}
 * @param supportingEvidence dashboards, chat threads, status pages, tickets, related incidents
 * @param internalTerms      host names, internal URLs, components, labels seen (input to the redaction rule)
 * @param people             display names seen
 * @param warnings           non-fatal notes for the person (times left unread, future dates ignored...)
 */
public record Evidence(List<TimelineEntry> timeline, KeyTimes keyTimes, List<Responder> responders,
                       Map<String, Suggestion> suggestions, List<EvidenceLink> supportingEvidence,
                       Set<String> internalTerms, Set<String> people, List<String> warnings) {
}
