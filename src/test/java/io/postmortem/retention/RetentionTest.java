package io.postmortem.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.postmortem.PostmortemApplication;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.TestClock;

/**
 * Bounded storage on the real databases: the purge deletes what is past each table's retention and keeps what is
 * recent (and what is still queued or running), and it is a recurring db-scheduler job of the application.
 */
class RetentionTest {

    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void oldRowsGoRecentOnesStay(String kind) {
        List<String> props = new ArrayList<>(Databases.springProperties(kind));
        props.add("server.port=0");
        props.add("postmortem.retention.seen-changes=3d"); // a setting, not the default, is what the purge obeys
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PostmortemApplication.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Instant now = TestClock.now();
            Instant old = now.minus(Duration.ofDays(1)).minus(Duration.ofMinutes(5));
            Instant recent = now.minus(Duration.ofHours(23));
            seen(jdbc, "wh-old", old);
            seen(jdbc, "wh-recent", recent);
            change(jdbc, "c-old", now.minus(Duration.ofDays(3)).minusSeconds(60));
            change(jdbc, "c-recent", now.minus(Duration.ofDays(2)).minusSeconds(60)); // older than the default, kept by 3d
            job(jdbc, "INC-1", "DONE", now.minus(Duration.ofDays(91)));
            job(jdbc, "INC-2", "FAILED", now.minus(Duration.ofDays(91)));
            job(jdbc, "INC-3", "QUEUED", now.minus(Duration.ofDays(200))); // waiting: never purged
            job(jdbc, "INC-4", "RUNNING", now.minus(Duration.ofDays(200)));
            job(jdbc, "INC-5", "DONE", now.minus(Duration.ofDays(89)));

            Map<String, Integer> deleted = app.getBean(Retention.class).purgeAll();

            assertThat(deleted).containsEntry("intake_webhook_seen", 1).containsEntry("intake_change_seen", 1)
                    .containsEntry("intake_job", 2);
            assertThat(jdbc.sql("select webhook_id from intake_webhook_seen").query(String.class).list()).containsExactly("wh-recent");
            assertThat(jdbc.sql("select changelog_id from intake_change_seen").query(String.class).list()).containsExactly("c-recent");
            assertThat(jdbc.sql("select issue_key from intake_job order by issue_key").query(String.class).list())
                    .containsExactly("INC-3", "INC-4", "INC-5");
            assertThat(app.getBean(Retention.class).purgeAll().values()).as("idempotent").containsOnly(0);
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(RetentionTasks.PURGE)
                    .query(Integer.class).single()).as("the recurring purge job is stored").isEqualTo(1);
        }
    }

    /**
     * An uninstall deletes the installation's data after the grace period (default 30 days); within it, or after a
     * reinstall, everything stays.
     */
    @ParameterizedTest
    @MethodSource("io.postmortem.testsupport.Databases#kinds")
    void anUninstalledInstallationsDataGoesAfterTheGracePeriodAndAReinstallKeepsIt(String kind) {
        List<String> props = new ArrayList<>(Databases.springProperties(kind));
        props.add("server.port=0");
        props.add("postmortem.jobs.auto-start=false");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PostmortemApplication.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            var installations = app.getBean(io.postmortem.connect.installations.InstallationRepository.class);
            Instant now = TestClock.now();
            String gone = "jira-gone", grace = "jira-grace", back = "jira-back";
            for (String ck : List.of(gone, grace, back)) {
                io.postmortem.testsupport.ConnectFixtures.installJira(installations, ck, "https://" + ck + ".atlassian.net",
                        io.postmortem.testsupport.ConnectFixtures.randomSecret());
                app.getBean(io.postmortem.drafts.DraftRepository.class).insert(ck, io.postmortem.testsupport.SeedExample.seedExample());
                jdbc.sql("insert into postmortem_paste (client_key, issue_key, seq, is_json, body, added_at) values (?, 'INC-42', 1, false, 'x', ?)")
                        .params(ck, Timestamp.from(now)).update();
                jdbc.sql("insert into installation_settings (client_key, settings, updated_at) values (?, '{}', ?)").params(ck, Timestamp.from(now)).update();
                job(jdbc, ck, "INC-42", "DONE", now);
                jdbc.sql("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) values ('intake-build-draft', ?, ?, false, 1)")
                        .params(ck + "|INC-42", Timestamp.from(now)).update();
            }
            uninstall(jdbc, gone, now.minus(Duration.ofDays(31)));
            uninstall(jdbc, grace, now.minus(Duration.ofDays(29)));
            uninstall(jdbc, back, now.minus(Duration.ofDays(60)));
            jdbc.sql("update installations set installed = true, uninstalled_at = null where client_key = ?").param(back).update(); // reinstalled

            int deleted = app.getBean(io.postmortem.privacy.UninstalledData.class).purge(now);

            assertThat(deleted).isEqualTo(1);
            for (String table : List.of("installations", "postmortem_draft", "postmortem_paste", "installation_settings", "intake_job")) {
                assertThat(jdbc.sql("select client_key from " + table + " where client_key like 'jira-%' order by client_key")
                        .query(String.class).list()).as(table).containsExactly(back, grace);
            }
            assertThat(jdbc.sql("select task_instance from scheduled_tasks where task_name = 'intake-build-draft' order by task_instance")
                    .query(String.class).list()).containsExactly(back + "|INC-42", grace + "|INC-42");
            assertThat(app.getBean(io.postmortem.privacy.UninstalledData.class).purge(now.plus(Duration.ofDays(2))))
                    .as("the grace period of the other has passed now").isEqualTo(1);
        }
    }

    private static void uninstall(JdbcClient jdbc, String clientKey, Instant at) {
        jdbc.sql("update installations set installed = false, uninstalled_at = ? where client_key = ?").params(Timestamp.from(at), clientKey).update();
    }

    private static void seen(JdbcClient jdbc, String id, Instant at) {
        jdbc.sql("insert into intake_webhook_seen (client_key, webhook_id, received_at) values ('jira-r', ?, ?)")
                .params(id, Timestamp.from(at)).update();
    }

    private static void change(JdbcClient jdbc, String changelogId, Instant at) {
        jdbc.sql("insert into intake_change_seen (client_key, issue_id, changelog_id, received_at) values ('jira-r', '1', ?, ?)")
                .params(changelogId, Timestamp.from(at)).update();
    }

    private static void job(JdbcClient jdbc, String key, String state, Instant at) {
        job(jdbc, "jira-r", key, state, at);
    }

    private static void job(JdbcClient jdbc, String clientKey, String key, String state, Instant at) {
        jdbc.sql("""
                insert into intake_job (client_key, issue_key, state, cause, attempts, created_at, updated_at)
                values (?, ?, ?, 'WEBHOOK', 1, ?, ?)""").params(clientKey, key, state, Timestamp.from(at), Timestamp.from(at)).update();
    }
}
