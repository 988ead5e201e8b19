package io.postmortem.drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;

/**
 * What a person's save may change: their fields over the stored draft, while the server keeps what it owns
 * (identity, status, the Confluence page, evidence suggestions, key-time candidates, each action item's Jira key,
 * status and publish error).
 */
final class DraftEdits {

    private DraftEdits() {
    }

    /** The saved document: {@code incoming}'s fields over {@code stored}, edited by {@code accountId}. */
    static PostMortem mergeOver(PostMortem stored, PostMortem incoming, String accountId) {
        Set<String> seen = new HashSet<>();
        List<ActionItem> items = new ArrayList<>();
        for (ActionItem a : incoming.actionItems()) {
            String id = a.id() == null || a.id().isBlank() || !seen.add(a.id()) ? newId(seen) : a.id();
            ActionItem before = stored.actionItems().stream().filter(s -> id.equals(s.id())).findFirst().orElse(null);
            items.add(new ActionItem(id, a.summary(), a.description(), a.ownerAccountId(), a.ownerDisplayName(), a.due(),
                    a.preventsRecurrence(), before == null ? null : before.status(), before == null ? null : before.jiraKey(),
                    before == null ? null : before.publishError()));
        }
        return incoming.toBuilder()
                .keyTimes(keyTimes(stored.keyTimes(), incoming.keyTimes()))
                .issueKey(stored.issueKey())
                .issueId(stored.issueId())
                .version(stored.version())
                .status(stored.status())
                .suggestions(stored.suggestions())
                .confluencePage(stored.confluencePage())
                .actionItems(items)
                .updatedBy(accountId)
                .updatedAt(stored.updatedAt())
                .build();
    }

    /**
     * Key times as a person saved them: an unchanged key time stays the server's (with its candidates, which a client
     * never sets); a changed one is the person's choice (basis MANUAL, never overwritten by a rebuild): a candidate
     * picked from the list keeps that candidate's quote and source as the server stored them, a typed time has source
     * {@code manual}, and clearing it is a deliberate "unknown".
     */
    static KeyTimes keyTimes(KeyTimes stored, KeyTimes incoming) {
        if (incoming == null) return stored;
        return new KeyTimes(keyTime(stored.started(), incoming.started()), keyTime(stored.detected(), incoming.detected()),
                keyTime(stored.resolved(), incoming.resolved()));
    }

    private static KeyTime keyTime(KeyTime stored, KeyTime in) {
        if (in == null) return stored;
        if (Objects.equals(in.at(), stored.at()) && in.basis() == stored.basis() && Objects.equals(in.source(), stored.source())) {
            return stored;
        }
        if (in.at() == null) {
            return new KeyTime(null, "manual", KeyTime.Basis.MANUAL, null, null, null, null, null, null, null, null,
                    "set to unknown by a person", stored.candidates());
        }
        for (KeyTimeCandidate c : stored.candidates()) {
            if (c.at().equals(in.at()) && Objects.equals(c.source(), in.source())) {
                return KeyTime.of(c, KeyTime.Basis.MANUAL, "chosen by a person: " + c.reason(), stored.candidates());
            }
        }
        return new KeyTime(in.at(), "manual", KeyTime.Basis.MANUAL, null, null, null, null, null, null, null, null,
                "set by a person", stored.candidates());
    }

    /** True when a save moved the review dates of a published post-mortem (its page shows them). */
    static boolean reviewDatesChanged(PostMortem before, PostMortem after) {
        if (before.header() == null || after.header() == null) return before.header() != after.header();
        return !Objects.equals(before.header().nextReviewAt(), after.header().nextReviewAt())
                || !Objects.equals(before.header().lastReviewedAt(), after.header().lastReviewedAt());
    }

    private static String newId(Set<String> seen) {
        String id;
        do {
            id = "a-" + UUID.randomUUID().toString().substring(0, 8);
        } while (!seen.add(id));
        return id;
    }
}
