package io.postmortem.drafts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.evidence.keytimes.LearnedChooser;
import io.postmortem.evidence.keytimes.Precedence;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Minutes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.TimelineEntry;

/**
 * Puts freshly derived {@link MachineParts} into a draft while keeping every human edit. Pure function.
 *
 * <ul>
 * <li>Timeline: rows from Jira evidence ({@code comment:}, {@code changelog:}, {@code link:}, {@code issue:},
 * {@code related:}) are replaced by the fresh ones; rows read from pasted evidence ({@code slack:}, {@code teams:},
 * {@code paste:}) are replaced when the rebuild read the same message again from the stored paste, and kept otherwise;
 * every other row (typed {@code manual}...) is kept as is. A fresh row at the same minute with the same words as a kept row
 * is not added twice. Sorted by time, rows without a time last.</li>
 * <li>Key times: a time a person set (basis MANUAL, a time or a deliberate "unknown") is kept, with the fresh
 * candidates to choose from; the others are chosen again from the fresh candidates, around it.</li>
 * <li>Suggestions: replaced (they are machine-made by definition).</li>
 * <li>Supporting evidence: fresh links first, then every earlier link the fresh set does not have, except
 * machine-found related incidents that are no longer found.</li>
 * <li>Responders: fresh ones plus those a person added (source {@code manual} or none).</li>
 * <li>Header: fields a person filled stay; empty ones take the fresh values.</li>
 * <li>Answers, sections, action items, findings, status, version: untouched.</li>
 * </ul>
 */
public final class DraftRefresh {

    private static final List<String> MACHINE_SOURCES = List.of("comment:", "changelog:", "link:", "issue:", "related:", "remotelink:");
    private static final List<String> PASTED_SOURCES = List.of("slack:", "teams:", "chat:", "paste:");

    private DraftRefresh() {
    }

    public static PostMortem refresh(PostMortem draft, MachineParts fresh) {
        return draft.toBuilder()
                .issueId(fresh.issueId() != null ? fresh.issueId() : draft.issueId())
                .header(header(draft.header(), fresh.header()))
                .keyTimes(keyTimes(draft.keyTimes(), fresh.keyTimes()))
                .timeline(timeline(draft.timeline(), fresh.timeline()))
                .suggestions(new LinkedHashMap<>(fresh.suggestions()))
                .supportingEvidence(evidence(draft.supportingEvidence(), fresh.supportingEvidence()))
                .responders(responders(draft.responders(), fresh.responders()))
                .build();
    }

    public static boolean isMachineRow(TimelineEntry row) {
        String source = row.source();
        return MACHINE_SOURCES.stream().anyMatch(source::startsWith);
    }

    /** A row read from a pasted thread, export or timeline. */
    private static boolean isPastedRow(TimelineEntry row) {
        String source = row.source();
        return PASTED_SOURCES.stream().anyMatch(source::startsWith);
    }

    static List<TimelineEntry> timeline(List<TimelineEntry> existing, List<TimelineEntry> fresh) {
        List<TimelineEntry> out = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        // pasted evidence is stored with the draft and read again by the rebuild: a pasted row it re-derived is
        // replaced; one it did not (pasted before pastes were stored) is kept
        Set<String> rederived = new HashSet<>();
        for (TimelineEntry row : fresh) if (isPastedRow(row)) rederived.add(sourceAndMinute(row));
        for (TimelineEntry row : existing) {
            if (!isMachineRow(row) && !(isPastedRow(row) && rederived.contains(sourceAndMinute(row)))) {
                out.add(row);
                kept.add(signature(row));
            }
        }
        for (TimelineEntry row : fresh) {
            if (!kept.contains(signature(row))) out.add(row);
        }
        out.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static String sourceAndMinute(TimelineEntry row) {
        return row.source() + "|" + (row.at() == null ? "-" : Long.toString(Minutes.of(row.at())));
    }

    private static String signature(TimelineEntry row) {
        Instant at = row.at();
        String minute = at == null ? "-" : Long.toString(at.getEpochSecond() / 60);
        return minute + "|" + row.event().trim().toLowerCase(java.util.Locale.ROOT);
    }

    static KeyTimes keyTimes(KeyTimes existing, KeyTimes fresh) {
        return keyTimes(existing, fresh, LearnedChooser.shipped());
    }

    /** {@link #keyTimes(KeyTimes, KeyTimes)} with {@code chooser} after the rules (null: the rules alone; for tests). */
    static KeyTimes keyTimes(KeyTimes existing, KeyTimes fresh, LearnedChooser chooser) {
        if (fresh == null) return existing;
        return Precedence.keepPeoplesChoices(existing, fresh, chooser);
    }

    static List<EvidenceLink> evidence(List<EvidenceLink> existing, List<EvidenceLink> fresh) {
        List<EvidenceLink> out = new ArrayList<>(fresh);
        Set<String> urls = new HashSet<>();
        fresh.forEach(l -> urls.add(key(l)));
        for (EvidenceLink link : existing) {
            if (urls.contains(key(link))) continue;
            if ("RELATED_INCIDENT".equals(link.kind())) continue; // machine-found; re-found (or not) by this build
            out.add(link);
            urls.add(key(link));
        }
        return out;
    }

    private static String key(EvidenceLink link) {
        return link.url() != null ? link.url() : "label:" + link.label();
    }

    static List<Responder> responders(List<Responder> existing, List<Responder> fresh) {
        List<Responder> out = new ArrayList<>(fresh);
        Set<String> people = new HashSet<>();
        fresh.forEach(r -> people.add(person(r)));
        for (Responder r : existing) {
            boolean human = r.source() == null || r.source().isBlank() || "manual".equals(r.source());
            if (human && people.add(person(r))) out.add(r);
        }
        return out;
    }

    private static String person(Responder r) {
        return r.accountId() != null ? r.accountId() : "name:" + r.displayName();
    }

    static Header header(Header existing, Header fresh) {
        if (existing == null) return fresh;
        if (fresh == null) return existing;
        return new Header(
                or(existing.incidentId(), fresh.incidentId()),
                or(existing.title(), fresh.title()),
                existing.severity() != null ? existing.severity() : fresh.severity(),
                or(existing.customerImpact(), fresh.customerImpact()),
                existing.status(),
                existing.classification(),
                existing.nextReviewAt() != null ? existing.nextReviewAt() : fresh.nextReviewAt(),
                existing.date() != null ? existing.date() : fresh.date(),
                existing.lastReviewedAt());
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
