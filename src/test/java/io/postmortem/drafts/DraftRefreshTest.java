package io.postmortem.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

class DraftRefreshTest {

    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void firstBuildFillsTheMachineParts() {
        PostMortem draft = DraftRefresh.refresh(PostMortem.newDraft("INC-7"), fresh(List.of(row(1, "comment:1", "first")), "v1"));
        assertThat(draft.issueId()).isEqualTo("10007");
        assertThat(draft.header().incidentId()).isEqualTo("INC-2026-0007");
        assertThat(draft.timeline()).extracting(TimelineEntry::event).containsExactly("first");
        assertThat(draft.suggestions()).containsKey("recurrence");
        assertThat(draft.keyTimes().resolved().at()).isEqualTo(T.plusSeconds(3600));
    }

    @Test
    void refreshReplacesMachinePartsAndKeepsEveryHumanEdit() {
        PostMortem built = DraftRefresh.refresh(PostMortem.newDraft("INC-7"),
                fresh(List.of(row(1, "comment:1", "old comment"), row(2, "changelog:5", "old status")), "v1"));
        // what people did in the panel
        PostMortem edited = built.toBuilder()
                .answers(Answers.empty().with(Question.FIX, "rolled back 4.2.1").with(Question.WORRY, "unknown"))
                .summary("Checkout failed for 40 minutes.")
                .wentWell(List.of("paging worked"))
                .timeline(append(built.timeline(), row(3, "manual", "Customer support escalated"),
                        row(4, "slack:C1/p1", "Pasted: DB failover started")))
                .keyTimes(new KeyTimes(new KeyTime(T.minusSeconds(600), "manual", KeyTime.Basis.MANUAL, "08:50"),
                        built.keyTimes().detected(), built.keyTimes().resolved()))
                .supportingEvidence(append(built.supportingEvidence(), new EvidenceLink("Vendor case", "https://vendor/case/9", "VENDOR_CASE")))
                .responders(append(built.responders(), new Responder("Sam Comms", null, "comms", "manual")))
                .header(new Header("INC-2026-0007", "Checkout outage", Header.Severity.P2, "Payments failed", "Resolved",
                        null, LocalDate.parse("2027-02-20"), LocalDate.parse("2026-11-20")))
                .build();

        PostMortem refreshed = DraftRefresh.refresh(edited,
                fresh(List.of(row(1, "comment:1", "old comment"), row(5, "comment:2", "new comment"),
                        row(6, "changelog:9", "Status changed again")), "v2"));

        assertThat(refreshed.answers()).isEqualTo(edited.answers());
        assertThat(refreshed.summary()).isEqualTo("Checkout failed for 40 minutes.");
        assertThat(refreshed.wentWell()).containsExactly("paging worked");
        assertThat(refreshed.timeline()).extracting(TimelineEntry::event).containsExactly(
                "old comment", "Customer support escalated", "Pasted: DB failover started", "new comment", "Status changed again");
        assertThat(refreshed.keyTimes().started().basis()).isEqualTo(KeyTime.Basis.MANUAL);
        assertThat(refreshed.keyTimes().resolved().source()).isEqualTo("v2");
        assertThat(refreshed.suggestions().get("recurrence").text()).isEqualTo("v2");
        // links cannot tell who added them, so an earlier link is never dropped (only re-found related incidents are)
        assertThat(refreshed.supportingEvidence()).extracting(EvidenceLink::url)
                .containsExactly("https://slack/v2", "https://slack/v1", "https://vendor/case/9");
        assertThat(refreshed.responders()).extracting(Responder::displayName).containsExactly("Dana Ops", "Sam Comms");
        assertThat(refreshed.header().title()).isEqualTo("Checkout outage");
        assertThat(refreshed.header().severity()).isEqualTo(Header.Severity.P2);
    }

    @Test
    void freshRowIdenticalToAKeptHumanRowIsNotDuplicated() {
        PostMortem draft = PostMortem.newDraft("INC-7").toBuilder()
                .timeline(List.of(row(1, "manual", "Rolled back"))).build();
        PostMortem refreshed = DraftRefresh.refresh(draft, fresh(List.of(row(1, "comment:4", "Rolled back")), "v"));
        assertThat(refreshed.timeline()).hasSize(1);
        assertThat(refreshed.timeline().get(0).source()).isEqualTo("manual");
    }

    @Test
    void aPastedRowTheRebuildReadAgainFromTheStoredPasteIsReplacedAndAnOlderOneIsKept() {
        PostMortem draft = PostMortem.newDraft("INC-7").toBuilder()
                .timeline(List.of(row(1, "slack:1700000060.000002", "pasted before (old wording)"),
                        row(2, "teams:4", "pasted before pastes were stored")))
                .build();
        PostMortem refreshed = DraftRefresh.refresh(draft, fresh(List.of(row(1, "slack:1700000060.000002", "pasted, read again"),
                row(3, "comment:9", "a comment")), "v"));
        assertThat(refreshed.timeline()).extracting(TimelineEntry::event)
                .containsExactly("pasted, read again", "pasted before pastes were stored", "a comment");
    }

    @Test
    void aPersonsKeyTimeStaysAndTheOthersAreChosenAgainAroundIt() {
        var early = new io.postmortem.postmortem.KeyTimeCandidate(T.minusSeconds(600), "comment:1", "comment 1", "paged at 08:50",
                "08:50", null, "Dana", T, io.postmortem.postmortem.KeyTimeCandidate.Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.8, "page");
        var later = new io.postmortem.postmortem.KeyTimeCandidate(T.plusSeconds(300), "comment:2", "comment 2", "paged at 09:05",
                "09:05", null, "Dana", T, io.postmortem.postmortem.KeyTimeCandidate.Statement.LIVE_REPORT, KeyTime.Basis.STATED, 0.8, "page");
        PostMortem draft = PostMortem.newDraft("INC-7").toBuilder()
                .keyTimes(new KeyTimes(new KeyTime(T, "manual", KeyTime.Basis.MANUAL, null), null, null)).build();
        KeyTimes fresh = new KeyTimes(KeyTime.unknown(), KeyTime.of(early, KeyTime.Basis.STATED, "page", List.of(early, later)), null);
        KeyTimes kept = DraftRefresh.keyTimes(draft.keyTimes(), fresh);
        assertThat(kept.started().basis()).isEqualTo(KeyTime.Basis.MANUAL);
        assertThat(kept.started().at()).isEqualTo(T);
        // detection before a person's start is a precursor's page: never chosen; the candidates stay offered
        assertThat(kept.detected().at()).isNotEqualTo(T.minusSeconds(600));
        assertThat(kept.detected().candidates()).hasSize(2);
        // the rules choose the later page; the learned precedence after them (shipped) may find a lone live page not
        // likely enough and leave it to the person (UNKNOWN, the page offered)
        KeyTimes byRules = DraftRefresh.keyTimes(draft.keyTimes(), fresh, null);
        assertThat(byRules.detected().at()).isEqualTo(T.plusSeconds(300));
        assertThat(byRules.started().basis()).isEqualTo(KeyTime.Basis.MANUAL);
    }

    static MachineParts fresh(List<TimelineEntry> rows, String tag) {
        KeyTimes times = new KeyTimes(KeyTime.unknown(), new KeyTime(T, "issue:created", KeyTime.Basis.INFERRED, null),
                new KeyTime(T.plusSeconds(3600), tag, KeyTime.Basis.INFERRED, null));
        return new MachineParts("10007",
                new Header("INC-2026-0007", "Checkout API 5xx spike", Header.Severity.P1, null, "Resolved", null,
                        LocalDate.parse("2027-02-20"), LocalDate.parse("2026-11-20")),
                times, rows, List.of(new Responder("Dana Ops", "acc-dana", "assignee", "jira")),
                Map.of("recurrence", new Suggestion(tag, "related:INC-1", "search")),
                List.of(new EvidenceLink("war room", "https://slack/" + tag, "CHAT"),
                        new EvidenceLink("INC-1", "https://x/browse/INC-1-" + tag, "RELATED_INCIDENT")).subList(0, 1));
    }

    static TimelineEntry row(int minute, String source, String event) {
        return new TimelineEntry(T.plusSeconds(60L * minute), "", event, source, false);
    }

    @SafeVarargs
    static <T> List<T> append(List<T> list, T... more) {
        var out = new java.util.ArrayList<>(list);
        out.addAll(List.of(more));
        return out;
    }
}
