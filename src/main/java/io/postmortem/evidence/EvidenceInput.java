package io.postmortem.evidence;

import io.postmortem.evidence.chat.ParsedThread;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine reads for one incident.
 *
 * @param issue             the incident issue (required)
 * @param comments          its comments, any order
 * @param changelog         its changelog histories, any order
 * @param remoteLinks       its remote links
 * @param threads           pasted threads / exports, already parsed by {@link io.postmortem.evidence.chat.PasteParser}
 * @param defaultZone       the installation's default zone: used only to read times written without a zone inside
 *                          Jira comments and Slack exports, and recorded as {@code assumedZone} on every entry read so;
 *                          null means such times are left unread (a warning says so) rather than guessed
 * @param resolvedStatusIds the status ids that mean "resolved" for this project; a transition into one of them (or
 *                          into the issue's current status when its category is {@code done}) marks the resolution
 */
public record EvidenceInput(IssueFacts issue, List<JiraComment> comments, List<ChangelogEntry> changelog,
                            List<RemoteLink> remoteLinks, List<ParsedThread> threads, ZoneId defaultZone,
                            Set<String> resolvedStatusIds) {
    public EvidenceInput {
        if (issue == null) throw new EvidenceException("The incident issue is missing.");
        comments = comments == null ? List.of() : List.copyOf(comments);
        changelog = changelog == null ? List.of() : List.copyOf(changelog);
        remoteLinks = remoteLinks == null ? List.of() : List.copyOf(remoteLinks);
        threads = threads == null ? List.of() : List.copyOf(threads);
        resolvedStatusIds = resolvedStatusIds == null ? Set.of() : Set.copyOf(resolvedStatusIds);
    }
}
