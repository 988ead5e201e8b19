package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.followup.ReminderPlan.Kind;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ConfluencePage;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.publish.Publication;
import io.postmortem.publish.PublicationRepository;
import io.postmortem.publish.PublishTestBase;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.MovableClock;
import io.postmortem.testsupport.SeedExample;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances on one PostgreSQL: two db-scheduler {@link Scheduler}s, each running the recurring
 * reminder task with its own objects over the same database (the fake Jira and its installations are the test
 * context's). Every reminder reaches Jira once, also when both instances run the reminders at the same moment.
 */
class TwoInstancesReminderTest extends PublishTestBase {

    @Autowired
    AtlassianSites sites;
    @Autowired
    AtlassianClients clients;
    @Autowired
    JiraReminders delivery;
    @Autowired
    JsonMapper json;

    final MovableClock clock = new MovableClock();

    /** One instance's objects over the shared database. */
    FollowUpReminders instance(DataSource db) {
        JdbcClient jdbc = JdbcClient.create(db);
        return new FollowUpReminders(sites, clients, new SettingsRepository(jdbc, json, clock),
                new DraftRepository(jdbc, json, clock), new PublicationRepository(jdbc, clock), new ReminderLog(jdbc, clock),
                delivery, new io.postmortem.publish.ActionItemTracker(new io.postmortem.publish.ActionItemIssueRepository(jdbc),
                        new DraftRepository(jdbc, json, clock), event -> { }), clock);
    }

    @Test
    void twoSchedulersOnOnePostgresqlSendEachReminderOnce() throws Exception {
        DataSource db = Databases.migrated("postgresql");
        JdbcClient jdbc = JdbcClient.create(db);
        LocalDate start = clock.today();
        new SettingsRepository(jdbc, json, clock).save(CK, configured(), USER);
        DraftRepository pgDrafts = new DraftRepository(jdbc, json, clock);
        pgDrafts.insert(CK, unpublishedSeed().toBuilder().status(PostMortem.Status.PUBLISHED)
                .confluencePage(new ConfluencePage("884701", "Post-Mortem: SSO", ATLASSIAN.baseUrl() + "/wiki/x/884701", 2, null))
                .actionItems(List.of(new ActionItem("a1", "Monitor certificate expiry", null, SeedExample.ALEX, "Alex Morgan",
                        start.plusDays(3), ActionItem.PreventsRecurrence.YES, "Open", "OPS-101", null)))
                .build());
        ATLASSIAN.putIssue("OPS-101", "Open", "new", SeedExample.ALEX, "Alex Morgan", start.plusDays(3).toString());
        PublicationRepository pgPublications = new PublicationRepository(jdbc, clock);
        pgPublications.request(CK, INCIDENT, SeedExample.DANA);
        pgPublications.finish(CK, INCIDENT, Publication.State.DONE, null);
        ReminderLog pgLog = new ReminderLog(jdbc, clock);

        AtomicInteger runs = new AtomicInteger();
        List<Scheduler> schedulers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            FollowUpReminders reminders = instance(db);
            schedulers.add(Scheduler.create(db)
                    .startTasks(FollowUpTasks.reminderTask(FixedDelay.of(Duration.ofMillis(100)), () -> {
                        runs.incrementAndGet();
                        return reminders;
                    }))
                    .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("instance-" + i))
                    .pollingInterval(Duration.ofMillis(50)).threads(2).build());
        }
        try {
            schedulers.forEach(Scheduler::start);
            await(() -> pgLog.list(CK).stream().anyMatch(e -> e.kind() == Kind.DUE_SOON && e.state().equals("SENT")));
            int seen = runs.get();
            await(() -> runs.get() >= seen + 10); // many more runs of both instances on the same day
            clock.advanceDays(4);
            await(() -> pgLog.list(CK).stream().anyMatch(e -> e.kind() == Kind.OVERDUE && e.state().equals("SENT")));
            int later = runs.get();
            await(() -> runs.get() >= later + 10);
        } finally {
            schedulers.forEach(Scheduler::stop);
        }
        assertThat(ATLASSIAN.notifications).extracting(e -> e.getKey()).containsExactly("OPS-101", "OPS-101");

        // both instances running the reminders at the same instant, many times: the claim lets one of them send
        clock.advanceDays(7);
        FollowUpReminders a = instance(db), b = instance(db);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (FollowUpReminders r : List.of(a, b)) {
                sent.add(pool.submit(() -> {
                    go.await();
                    int n = 0;
                    for (int i = 0; i < 10; i++) n += r.run(CK).sent();
                    return n;
                }));
            }
            go.countDown();
            assertThat(sent.get(0).get(30, TimeUnit.SECONDS) + sent.get(1).get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ATLASSIAN.notifications).hasSize(3);
        assertThat(pgLog.list(CK)).extracting(ReminderLog.Entry::kind)
                .containsExactly(Kind.DUE_SOON, Kind.OVERDUE, Kind.OVERDUE_WEEKLY);
        assertAllRequestsMatchTheSpecs();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        io.postmortem.testsupport.Await.until("the reminders", Duration.ofSeconds(30), condition);
    }
}
