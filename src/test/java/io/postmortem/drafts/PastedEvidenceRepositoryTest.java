package io.postmortem.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs against H2 (embedded default) and the real PostgreSQL server. */
class PastedEvidenceRepositoryTest {

    private static final String THREAD = "Priya Natarajan  10:27 AM\nall-clear sent, logins work again\n";

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void keepsEachPasteAsPastedWithItsOptionsInOrderAndReadsItAgainTheSameWay(String db) {
        PastedEvidenceRepository pastes = new PastedEvidenceRepository(JdbcClient.create(Databases.migrated(db)), TestClock.clock());
        Instant anchor = Instant.parse("2026-11-20T09:10:00Z");
        var first = pastes.add("site-a", "INC-7", THREAD, false, "Europe/Berlin", null, anchor, "557058:alex");
        var second = pastes.add("site-a", "INC-7", "[{\"ts\":\"1763631660.000100\",\"text\":\"hi\"}]", true, null, LocalDate.parse("2026-11-20"), null, null);
        pastes.add("site-b", "INC-7", "other site", false, "UTC", null, null, null);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        List<PastedEvidenceRepository.Paste> stored = pastes.list("site-a", "INC-7");
        assertThat(stored).extracting(PastedEvidenceRepository.Paste::seq).containsExactly(1, 2);
        assertThat(stored.get(0).body()).isEqualTo(THREAD);
        assertThat(stored.get(0).zone()).isEqualTo("Europe/Berlin");
        assertThat(stored.get(0).anchor()).isEqualTo(anchor);
        assertThat(stored.get(0).addedBy()).isEqualTo("557058:alex");
        assertThat(stored.get(1).json()).isTrue();
        assertThat(stored.get(1).referenceDate()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(pastes.count("site-b", "INC-7")).isEqualTo(1);
        assertThat(pastes.list("site-a", "INC-8")).isEmpty();

        // read again with the stored options: 10:27 Berlin time on the anchor's day is 09:27 UTC
        ParsedThread again = stored.get(0).read();
        assertThat(again.messages()).singleElement().satisfies(m -> assertThat(m.at()).isEqualTo(Instant.parse("2026-11-20T09:27:00Z")));
    }
}
