package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import io.postmortem.testsupport.TestClock;

import tools.jackson.databind.JsonNode;

/**
 * A publication whose process died mid-run (its job picked, its heartbeat stopped) is not stuck: the person who
 * looks or presses publish again is told it is resuming, and the scheduler takes the job over once the heartbeat is
 * missed heartbeat-interval x missed-heartbeats (here 0.2 s x 4; by default 5 s x 4, so within about 30 s with
 * the 5 s poll), then the run finishes DONE.
 */
@TestPropertySource(properties = {"postmortem.jobs.heartbeat-interval=200ms", "postmortem.jobs.missed-heartbeats=4",
        // the scheduler is started by the test once it has seen the "resuming" answer, as a restarted process would be
        "postmortem.jobs.auto-start=false",
        "spring.datasource.url=jdbc:h2:mem:publish-resume;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class PublishResumeTest extends PublishTestBase {

    @Autowired
    PublicationRepository publications;
    @Autowired
    @Qualifier(io.postmortem.jobs.JobsConfiguration.CLIENT)
    SchedulerClient schedulerClient;
    @Autowired
    com.github.kagkarlsson.scheduler.Scheduler scheduler;

    @org.junit.jupiter.api.AfterEach
    void stopTheSchedulerThisTestStarted() {
        scheduler.stop();
    }

    @Test
    void aRunAbandonedByADeadProcessSaysItIsResumingAndThenFinishes() {
        // the state a kill -9 leaves: the publication RUNNING, its job picked by a process that no longer beats
        publications.request(CK, INCIDENT, USER);
        publications.running(CK, INCIDENT, "ITEMS");
        PublishRequest request = new PublishRequest(CK, INCIDENT);
        Instant later = TestClock.now().plus(Duration.ofDays(1));
        schedulerClient.scheduleIfNotExists(new TaskInstance<>(PublishTasks.TASK, request.instanceId(), request), later);
        Instant lastBeat = TestClock.now().minus(Duration.ofMinutes(2));
        assertThat(jdbc.sql("update scheduled_tasks set picked = true, picked_by = 'dead-host', last_heartbeat = ?, "
                        + "execution_time = ? where task_name = ? and task_instance = ?")
                .params(Timestamp.from(lastBeat), Timestamp.from(lastBeat), PublishTasks.TASK, request.instanceId()).update())
                .isEqualTo(1);

        // pressing publish again: accepted, and the answer says the run is resuming
        var pressed = publish();
        assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(pressed.body());
        assertThat(accepted.path("state").asString()).isEqualTo("RUNNING");
        assertThat(accepted.path("resuming").asBoolean()).isTrue();
        assertThat(accepted.path("note").asString()).contains("resumes by itself").contains("without creating anything twice");

        assertThat(JSON.readTree(call("GET", "/api/postmortems/" + INCIDENT + "/publication", contextToken(), null).body())
                .path("resuming").asBoolean()).as("the status the panel polls says so too").isTrue();

        // the restarted process's scheduler revives the dead execution and the run completes once
        scheduler.start();
        JsonNode done = awaitFinished();
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.has("resuming")).isFalse();
        assertThat(ATLASSIAN.issuesOf(INCIDENT)).hasSize(4);
        assertThat(ATLASSIAN.pages().values().stream().filter(p -> p.parentId() == null)).hasSize(1);
    }
}
