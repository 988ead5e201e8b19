package io.postmortem.drafts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.postmortem.drafting.SectionDrafter;
import io.postmortem.drafts.DraftRepository.StaleDraftException;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.postmortem.PostMortem;

/**
 * The draft's one home: everything that changes a draft goes through here, whoever asks (the durable build job, the
 * panel's API, the standalone and Forge ways in).
 *
 * <ul>
 * <li>{@link #build}: build or refresh the draft from the Jira issue's evidence now, keeping every human edit;</li>
 * <li>{@link #save}: a person's edit, checked against the version they started from;</li>
 * <li>{@link #addEvidence}: a pasted chat thread or Slack export merged in and kept with the draft;</li>
 * <li>{@link #withFindings}: the facilitator's findings for what the draft holds now (the review).</li>
 * </ul>
 * Every write recomputes the section drafts ({@link SectionDrafter}) and the findings, so what is stored is always
 * consistent with the answers it holds. A stale save raises {@link StaleDraftException} carrying the current draft
 * (with its findings), never overwriting someone else's newer version.
 */
@Service
public class DraftService {

    private static final int PASTE_SAVE_ATTEMPTS = 5;

    private final DraftBuild builder;
    private final DraftRepository drafts;
    private final DraftReview review;
    private final IssueState issueState;
    private final PastedEvidenceRepository pastes;
    private final ApplicationEventPublisher events;
    private final PasteMerge pasteMerge;
    private final SectionDrafter drafter = new SectionDrafter();

    DraftService(DraftBuild builder, DraftRepository drafts, DraftReview review, IssueState issueState,
            PastedEvidenceRepository pastes, ApplicationEventPublisher events, Clock clock) {
        this.builder = builder;
        this.drafts = drafts;
        this.review = review;
        this.issueState = issueState;
        this.pastes = pastes;
        this.events = events;
        this.pasteMerge = new PasteMerge(clock);
    }

    /**
     * Builds (or refreshes) the incident's draft from its evidence on the Jira site, now. Refreshing keeps every human
     * edit and replaces only the machine-derived parts (timeline rows from evidence, key-time suggestions, evidence
     * links); see {@link DraftRefresh}.
     *
     * @return the stored draft after the build (without findings; see {@link #withFindings})
     */
    public PostMortem build(String clientKey, String issueKey) {
        return builder.build(clientKey, issueKey);
    }

    /** The stored draft, as stored. */
    public Optional<PostMortem> find(String clientKey, String issueKey) {
        return drafts.find(clientKey, issueKey);
    }

    public boolean exists(String clientKey, String issueKey) {
        return drafts.exists(clientKey, issueKey);
    }

    /** The draft with the facilitator's findings for what it holds now. */
    public PostMortem withFindings(PostMortem doc) {
        return review.withFindings(doc);
    }

    /**
     * Saves a person's edit of {@code stored}'s draft made from version {@code fromVersion}: their fields over the stored
     * draft ({@link DraftEdits}), the section drafts redone from the answers, the findings stored with it, the issue's
     * glance updated; a published post-mortem whose review dates moved gets its page refreshed ({@link ReviewRecorded}).
     *
     * @throws StaleDraftException when someone saved a newer version first (it carries the current draft, with findings)
     */
    public PostMortem save(String clientKey, PostMortem stored, PostMortem incoming, long fromVersion, String accountId) {
        if (fromVersion != stored.version()) {
            throw new StaleDraftException(review.withFindings(stored));
        }
        PostMortem merged = drafter.apply(DraftEdits.mergeOver(stored, incoming, accountId));
        PostMortem saved;
        try {
            saved = drafts.update(clientKey, review.withFindings(merged), fromVersion);
        } catch (StaleDraftException e) {
            throw new StaleDraftException(review.withFindings(e.current()));
        }
        issueState.glanceChangedLater(clientKey, saved);
        if (saved.status() == PostMortem.Status.PUBLISHED && saved.confluencePage() != null
                && DraftEdits.reviewDatesChanged(stored, saved)) {
            events.publishEvent(new ReviewRecorded(clientKey, saved.issueKey()));
        }
        return saved;
    }

    /**
     * Merges a pasted thread or Slack export into the stored draft {@code base} (retrying when a save lands in between,
     * so neither the paste nor what was typed is lost). The paste is stored with the draft: the key times are chosen
     * again with it, and every later rebuild from Jira reads it again. A paste that does not read
     * ({@link io.postmortem.evidence.chat.PasteRefused}, {@link io.postmortem.evidence.EvidenceException}), or that
     * would take the timeline past what a save accepts ({@link TimelineFull}), is refused before anything is stored.
     *
     * @param zone the zone of times written without one, or null to let the paste say (or be refused for want of one)
     */
    public PostMortem addEvidence(String clientKey, PostMortem base, String text, boolean json, ZoneId zone, String accountId) {
        String key = base.issueKey();
        // read it first and merge it (a refusal stores nothing), then keep it with the draft: every rebuild reads it again
        PasteMerge.Pasted pasted = pasteMerge.read(base, text, zone);
        // every pasted thread for the key times: the stored ones read again, and this one as just read
        List<ParsedThread> all = new ArrayList<>(PasteMerge.storedThreads(pastes.list(clientKey, key)));
        all.add(pasted.thread());
        PostMortem first = pasteMerge.merge(base, pasted.thread(), all);
        if (PasteMerge.overflows(base, first)) {
            // stored like that, the draft could not be saved from the panel any more (a save checks the same limit)
            throw new TimelineFull(base.timeline().size(), first.timeline().size());
        }
        pastes.add(clientKey, key, text, json, zone == null ? null : zone.getId(), pasted.options().referenceDate(),
                pasted.options().incidentCreated(), accountId);
        for (int attempt = 0; ; attempt++) {
            PostMortem stored = attempt == 0 ? base : drafts.find(clientKey, key).orElseThrow();
            PostMortem withPaste = attempt == 0 ? first : pasteMerge.merge(stored, pasted.thread(), all);
            PostMortem merged = review.withFindings(drafter.apply(withPaste));
            try {
                return drafts.update(clientKey, merged, stored.version());
            } catch (StaleDraftException e) {
                if (attempt + 1 >= PASTE_SAVE_ATTEMPTS) throw new StaleDraftException(review.withFindings(e.current()));
            }
        }
    }
}
