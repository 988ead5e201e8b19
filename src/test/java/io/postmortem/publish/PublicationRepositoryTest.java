package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.publish.ActionItemIssueRepository.Row;
import io.postmortem.publish.Publication.State;
import io.postmortem.testsupport.Databases;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The publish tables (V6) on both databases the app runs on. */
class PublicationRepositoryTest {

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void aPublicationIsRequestedOnceAtATimeAndKeepsWhatEarlierRunsLearnt(String kind) {
        DataSource ds = Databases.migrated(kind);
        PublicationRepository repo = new PublicationRepository(JdbcClient.create(ds), io.postmortem.testsupport.TestClock.clock());

        assertThat(repo.find("c1", "INC-1")).isEmpty();
        assertThat(repo.request("c1", "INC-1", "acc")).isTrue();
        assertThat(repo.request("c1", "INC-1", "acc")).as("a second request while pending coalesces").isFalse();
        repo.running("c1", "INC-1", "PAGE");
        repo.page("c1", "INC-1", "884701", "https://acme.atlassian.net/wiki/x", 2, "Post-Mortem: x - 2026-11-19");
        repo.itemsAttempted("c1", "INC-1");
        repo.finish("c1", "INC-1", State.FAILED, "x".repeat(5000));

        Publication p = repo.find("c1", "INC-1").orElseThrow();
        assertThat(p.state()).isEqualTo(State.FAILED);
        assertThat(p.error()).hasSize(4000);
        assertThat(p.finishedAt()).isNotNull();

        assertThat(repo.request("c1", "INC-1", "acc2")).isTrue();
        Publication again = repo.find("c1", "INC-1").orElseThrow();
        assertThat(again.state()).isEqualTo(State.PENDING);
        assertThat(again.error()).isNull();
        assertThat(again.pageId()).isEqualTo("884701");
        assertThat(again.pageVersion()).isEqualTo(2);
        assertThat(again.itemsAttempted()).isTrue();
        assertThat(repo.find("c2", "INC-1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void actionItemIssuesAreFoundByKeyAndByIncident(String kind) {
        ActionItemIssueRepository repo = new ActionItemIssueRepository(JdbcClient.create(Databases.migrated(kind)));
        repo.save(new Row("c1", "OPS-1", "INC-1", "a1", "Alert on expiry", "acc", LocalDate.parse("2026-12-01")));
        repo.save(new Row("c1", "OPS-2", "INC-1", "a2", "Renew", null, null));
        repo.save(new Row("c1", "OPS-1", "INC-1", "a1", "Alert on expiry at 30 days", "acc2", LocalDate.parse("2026-12-02")));
        repo.save(new Row("c2", "OPS-1", "INC-9", "a1", "other tenant", null, null));

        assertThat(repo.find("c1", "OPS-1").orElseThrow().summary()).isEqualTo("Alert on expiry at 30 days");
        assertThat(repo.find("c1", "OPS-1").orElseThrow().due()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(repo.forIncident("c1", "INC-1")).extracting(Row::jiraKey).containsExactlyInAnyOrder("OPS-1", "OPS-2");
        assertThat(repo.find("c1", "OPS-3")).isEmpty();
    }
}
