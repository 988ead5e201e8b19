package io.postmortem.atlassian;

import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.postmortem.atlassian.JiraModel.ChangelogEntry;
import io.postmortem.atlassian.JiraModel.Comment;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.WireMockJira;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Comments and changelog arrive complete and in order; pages after the first are requested concurrently. */
class JiraClientPagingTest {

    private static final int DELAY_MS = 300;

    private WireMockJira site;
    private WireMockServer wm;
    private JiraClient jira;

    @BeforeEach
    void start() {
        site = WireMockJira.start(options().dynamicPort().containerThreads(40), 4);
        wm = site.server();
        jira = site.client(AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).sleeper(new RecordingSleeper()).build());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void allCommentsArriveInOrderAndLaterPagesAreFetchedConcurrently() {
        // Jira serves 20 per page whatever we ask: 120 comments = 6 pages, the first reveals total and the real size
        JiraJson.stubCommentPages(wm, "INC-231", 120, 20, DELAY_MS);

        List<Comment> comments = jira.comments("INC-231");

        assertThat(comments).hasSize(120);
        assertThat(comments).extracting(Comment::id)
                .containsExactlyElementsOf(IntStream.range(0, 120).mapToObj(i -> Integer.toString(30000 + i)).toList());
        assertThat(comments).extracting(c -> JiraModel.instant(c.created())).isSorted();
        assertThat(comments.get(0).body().path("content").get(0).path("content").get(0).path("type").asString())
                .isEqualTo("mention");
        assertThat(comments.get(1).author().displayName()).isEqualTo("Mia Krystof");

        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events).hasSize(6);
        assertThat(events).allSatisfy(e -> assertThat(e.getRequest().queryParameter("orderBy").firstValue())
                .isEqualTo("created"));
        assertThat(maxInFlight(events)).as("pages 2-6 overlap in time (pool of 4)").isGreaterThanOrEqualTo(3);
        OpenApiRecordedRequests.assertAllInteractionsValid(wm);
    }

    @Test
    void fullChangelogArrivesInOrderAcrossConcurrentPages() {
        JiraJson.stubChangelogPages(wm, "INC-231", 250, 50, DELAY_MS);

        List<ChangelogEntry> changelog = jira.changelog("INC-231");

        assertThat(changelog).hasSize(250);
        assertThat(changelog).extracting(ChangelogEntry::id)
                .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(i -> Integer.toString(55000 + i)).toList());
        ChangelogEntry resolved = changelog.get(9);
        assertThat(resolved.items()).extracting(JiraModel.ChangeItem::fieldId).containsExactly("status", "resolution");
        assertThat(resolved.items().get(0).toText()).isEqualTo("Resolved");
        assertThat(resolved.items().get(0).fromText()).isEqualTo("In Progress");
        assertThat(resolved.items().get(1).from()).isNull();

        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events).hasSize(5);
        assertThat(maxInFlight(events)).isGreaterThanOrEqualTo(3);
        // requests only: real Jira sends "from": null / "fromString": null (atlassian-rest.md 1.1), which the
        // spec's ChangeDetails schema (type string, not nullable) rejects
        OpenApiRecordedRequests.assertAllRequestsValid(wm);
    }

    @Test
    void theWholeIncidentFixtureReadsBack() {
        JiraJson.stubIncident(wm, "INC-231", "10231", 3, 12);

        assertThat(jira.issue("INC-231").fields().summary()).isEqualTo("Checkout API 5xx spike");
        assertThat(jira.comments("INC-231")).hasSize(3);
        assertThat(jira.changelog("INC-231")).hasSize(12);
        assertThat(jira.remoteLinks("INC-231")).hasSize(1);
        OpenApiRecordedRequests.assertAllRequestsValid(wm);
    }

    @Test
    void aSinglePageNeedsOneCall() {
        JiraJson.stubCommentPages(wm, "INC-7", 2, 100, 0);
        assertThat(jira.comments("INC-7")).hasSize(2);
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void noCommentsAtAll() {
        JiraJson.stubCommentPages(wm, "INC-8", 0, 100, 0);
        assertThat(jira.comments("INC-8")).isEmpty();
    }

    /**
     * The largest number of requests being served at the same moment. Every response is held DELAY_MS by WireMock,
     * so a request received at t is in flight during [t, t + DELAY_MS).
     */
    static int maxInFlight(List<ServeEvent> events) {
        return JiraClientPagingTestSupport.maxInFlight(events, DELAY_MS);
    }
}
