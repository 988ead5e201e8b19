package io.postmortem.testsupport.site;

import io.postmortem.evidence.ChangelogEntry;
import io.postmortem.evidence.Evidence;
import io.postmortem.evidence.EvidenceEngine;
import io.postmortem.evidence.EvidenceInput;
import io.postmortem.evidence.JiraComment;
import io.postmortem.evidence.JiraJson;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's own example, as the demo serves it: the description guesses "since about 09:00" and the ticket is resolved
 * at 10:45, but the SP log and the recap say the certificate expired at 08:55 and the all-clear went out at 10:27.
 */
class DemoIncidentKeyTimesTest {

    private static final String BASE = "https://demo.atlassian.test";

    private static java.time.Instant minute(java.time.Instant t) {
        return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    @Test
    void suggestsTheTimesTheEvidenceStatesNotTheEarlyGuessOrTheTransition() {
        JsonMapper json = io.postmortem.testsupport.TestJson.MAPPER;
        LocalDate day = TestClock.today().minusDays(1);
        DemoIncident demo = new DemoIncident(json, day);
        ObjectNode issue = json.createObjectNode();
        issue.put("id", DemoIncident.ID).put("key", DemoIncident.KEY).set("fields", demo.incidentFields(BASE));
        List<JiraComment> comments = new ArrayList<>();
        demo.comments(BASE).forEach(c -> comments.add(JiraJson.comment(c)));
        List<ChangelogEntry> changelog = new ArrayList<>();
        demo.changelog(BASE).forEach(h -> changelog.add(JiraJson.changelogEntry(h)));
        Evidence ev = new EvidenceEngine(TestClock.clock()).analyze(new EvidenceInput(JiraJson.issue(issue), comments, changelog,
                List.of(), List.of(), ZoneOffset.UTC, Set.of("10004")));
        KeyTimes kt = ev.keyTimes();
        if (Boolean.getBoolean("evidence.debug"))
            for (KeyTime k : List.of(kt.started(), kt.detected(), kt.resolved())) {
                System.out.println("[demo] " + k.at() + " " + k.basis() + " " + k.quote());
                k.candidates().forEach(c -> System.out.println("[demo]    " + c.at() + " " + c.confidence() + " " + c.reason() + " | " + c.quote()));
            }

        assertThat(minute(kt.started().at())).isEqualTo(day.atTime(8, 55).toInstant(ZoneOffset.UTC));
        assertThat(kt.started().basis()).isEqualTo(KeyTime.Basis.STATED);
        assertThat(kt.started().quote()).contains("08:55");
        assertThat(minute(kt.detected().at())).isEqualTo(day.atTime(9, 2).toInstant(ZoneOffset.UTC));
        assertThat(minute(kt.resolved().at())).isEqualTo(day.atTime(10, 27).toInstant(ZoneOffset.UTC));
        assertThat(kt.resolved().quote()).containsIgnoringCase("all-clear");
        // the early guess and the transition are still offered, one click away, but not chosen
        assertThat(kt.started().candidates()).anySatisfy(c -> assertThat(c.at()).isEqualTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        assertThat(kt.resolved().candidates()).anySatisfy(c -> assertThat(c.source()).isEqualTo("changelog:" + DemoIncident.RESOLVE_CHANGELOG_ID));
    }
}
