package io.postmortem.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.testsupport.Databases;
import java.time.Instant;
import java.util.List;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Runs against H2 (embedded default) and the real PostgreSQL server. */
class DraftRepositoryTest {

    private DraftRepository repo(String db) {
        return new DraftRepository(JdbcClient.create(Databases.migrated(db)), io.postmortem.testsupport.TestJson.MAPPER, io.postmortem.testsupport.TestClock.clock());
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void savesWithOptimisticVersions(String db) {
        DraftRepository drafts = repo(db);
        PostMortem first = drafts.insert("site-a", PostMortem.newDraft("INC-7").toBuilder().summary("Logins broke <b>").build());
        assertThat(first.version()).isEqualTo(1);

        PostMortem edited = drafts.update("site-a", first.toBuilder()
                .answers(Answers.empty().with(Question.NEAR_MISS, "unknown")).build(), 1);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(drafts.find("site-a", "INC-7")).get().extracting(PostMortem::summary).isEqualTo("Logins broke <b>");

        assertThatThrownBy(() -> drafts.update("site-a", first.toBuilder().summary("stale").build(), 1))
                .isInstanceOfSatisfying(DraftRepository.StaleDraftException.class,
                        e -> assertThat(e.current().answers().nearMiss()).isEqualTo("unknown"));
        assertThat(drafts.find("site-a", "INC-7").orElseThrow().summary()).isEqualTo("Logins broke <b>");
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void installationsNeverSeeEachOthersDrafts(String db) {
        DraftRepository drafts = repo(db);
        drafts.insert("site-a", PostMortem.newDraft("INC-7"));
        assertThat(drafts.find("site-b", "INC-7")).isEmpty();
        assertThat(drafts.issueKeys("site-a")).containsExactly("INC-7");
        assertThatThrownBy(() -> drafts.insert("site-a", PostMortem.newDraft("INC-7")))
                .isInstanceOf(DraftRepository.DraftExistsException.class);
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void concurrentMachineChangesAreAllKept(String db) throws Exception {
        DraftRepository drafts = repo(db);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PostMortem>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                futures.add(pool.submit(() -> drafts.modify("site-a", "INC-9", d -> d.toBuilder()
                        .timeline(append(d.timeline(), new TimelineEntry(Instant.parse("2026-11-20T09:00:00Z").plusSeconds(60L * n),
                                "bot", "event " + n, "manual", false))).build())));
            }
            for (Future<PostMortem> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        PostMortem stored = drafts.find("site-a", "INC-9").orElseThrow();
        assertThat(stored.timeline()).extracting(TimelineEntry::event)
                .containsExactlyInAnyOrder("event 0", "event 1", "event 2", "event 3");
        assertThat(stored.version()).isEqualTo(4);
    }

    private static List<TimelineEntry> append(List<TimelineEntry> list, TimelineEntry e) {
        List<TimelineEntry> out = new java.util.ArrayList<>(list);
        out.add(e);
        return out;
    }
}
