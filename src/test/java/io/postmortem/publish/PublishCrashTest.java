package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.postmortem.PostmortemApplication;
import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.crash.CrashConfiguration;
import io.postmortem.testsupport.crash.CrashHook;
import io.postmortem.testsupport.crash.CrashHook.Phase;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.JsonNode;

/**
 * Publishing survives the process dying at any instant, without ever duplicating a page or an issue. A clean run is
 * made first to list its external calls; then, for every call and each of three instants (before the request leaves,
 * after Atlassian acted but before the app sees its answer, after the answer but before the app commits what it
 * learnt), the publication is started, the process "killed" there ({@link CrashHook}: nothing more reaches
 * Atlassian or the database), restarted on the same database, and run again as the revived job. Every time it must
 * end DONE with one page, one external page, each action item exactly once (marked, linked, its key stored in the
 * draft and in action_item_issue) and one remote link on the incident. On H2 and on PostgreSQL.
 */
class PublishCrashTest {

    static final FakeAtlassianSite ATLASSIAN = FakeAtlassianSite.forTests();
    static final String CK = "jira-crash";
    static final String INCIDENT = PublishTestBase.INCIDENT;

    @AfterAll
    static void stop() {
        ATLASSIAN.close();
    }

    static List<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCrashAtEveryExternalCallConvergesToOnePageAndEachItemOnce(String kind) throws Exception {
        try (ConfigurableApplicationContext app = start(kind)) {
            CrashHook hook = app.getBean(CrashHook.class);
            PublishProcess process = app.getBean(PublishProcess.class);
            PublicationRepository publications = app.getBean(PublicationRepository.class);

            fresh(app, hook);
            publications.request(CK, INCIDENT, PublishTestBase.USER);
            process.run(CK, INCIDENT);
            assertConverged(app, "a run without a crash");
            List<String> calls = hook.log();
            System.out.println("[publish crash] " + kind + ", the calls of a clean run: " + calls);
            assertThat(calls).as("external calls of one publish").hasSizeGreaterThan(5);

            List<String> scenarios = new ArrayList<>();
            for (int n = 1; n <= calls.size(); n++) {
                for (Phase phase : Phase.values()) {
                    fresh(app, hook);
                    publications.request(CK, INCIDENT, PublishTestBase.USER);
                    hook.crashAt(n, phase);
                    try {
                        process.run(CK, INCIDENT);
                    } catch (CrashHook.Crash expected) {
                        // the process died here
                    }
                    hook.awaitQuiet();
                    String scenario = hook.crashed() ? hook.how() : "call " + n + " " + phase + " (not reached: the run made fewer calls)";
                    scenarios.add(scenario);
                    hook.restart();
                    process.run(CK, INCIDENT); // the scheduler revives the job in the new process
                    assertConverged(app, kind + ", killed at " + scenario);
                }
            }
            System.out.printf("[publish crash] %s: %d kill points, every one converged:%n  %s%n", kind, scenarios.size(),
                    String.join("\n  ", scenarios));
            assertThat(scenarios.stream().filter(s -> s.contains("not reached")).count())
                    .as("kill points the crashed run never reached").isLessThanOrEqualTo(calls.size());
        }
    }

    private static void assertConverged(ConfigurableApplicationContext app, String scenario) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Publication p = app.getBean(PublicationRepository.class).find(CK, INCIDENT).orElseThrow();
        assertThat(p.state()).as(scenario + ": publication state (error: " + p.error() + ")").isEqualTo(Publication.State.DONE);
        assertThat(p.error()).as(scenario).isNull();

        List<FakeAtlassianSite.PageRecord> internal = ATLASSIAN.pages().values().stream()
                .filter(pg -> pg.parentId() == null && pg.body().contains(">" + INCIDENT + "<")).toList();
        assertThat(internal).as(scenario + ": post-mortem pages").hasSize(1);
        FakeAtlassianSite.PageRecord page = internal.get(0);
        assertThat(p.pageId()).as(scenario + ": stored page id").isEqualTo(page.id());
        assertThat(ATLASSIAN.pages().values().stream().filter(pg -> page.id().equals(pg.parentId())))
                .as(scenario + ": external pages").hasSize(1);

        List<FakeAtlassianSite.Issue> issues = ATLASSIAN.issuesOf(INCIDENT);
        Set<String> itemIds = issues.stream().map(i -> i.properties().get(PublishProcess.ITEM_PROPERTY).path("itemId").asString())
                .collect(Collectors.toSet());
        assertThat(issues).as(scenario + ": issues created for the incident").hasSize(4);
        assertThat(itemIds).as(scenario + ": one issue per action item").containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
        assertThat(issues).as(scenario + ": every issue linked to the incident")
                .allMatch(i -> i.linkedTo().contains(INCIDENT));

        PostMortem draft = app.getBean(DraftRepository.class).find(CK, INCIDENT).orElseThrow();
        Set<String> keys = issues.stream().map(FakeAtlassianSite.Issue::key).collect(Collectors.toSet());
        assertThat(draft.actionItems()).extracting(ActionItem::jiraKey).as(scenario + ": keys in the draft")
                .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(draft.status()).isEqualTo(PostMortem.Status.PUBLISHED);
        assertThat(jdbc.sql("select jira_key from action_item_issue where client_key = ?").param(CK).query(String.class).list())
                .as(scenario + ": keys in action_item_issue").containsExactlyInAnyOrderElementsOf(keys);
        for (String key : keys) assertThat(page.body()).as(scenario + ": page lists " + key).contains(">" + key + "<");

        assertThat(ATLASSIAN.remoteLinks(INCIDENT)).as(scenario + ": remote links on the incident").hasSize(1);
        JsonNode property = ATLASSIAN.properties(INCIDENT).get(io.postmortem.drafts.IssueState.POSTMORTEM_PROPERTY);
        assertThat(property.path("state").asString()).isEqualTo("PUBLISHED");
    }

    /** A new incident state on both sides: the fake site forgets everything, the database holds only the draft. */
    private static void fresh(ConfigurableApplicationContext app, CrashHook hook) {
        hook.restart();
        ATLASSIAN.reset();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        for (String table : List.of("publication", "action_item_issue", "postmortem_draft", "installation_settings")) {
            jdbc.sql("delete from " + table).update();
        }
        InstallationRepository installations = app.getBean(InstallationRepository.class);
        ConnectFixtures.install(installations, CK, ATLASSIAN.baseUrl(), ConnectFixtures.randomSecret(), Product.JIRA);
        ConnectFixtures.install(installations, "conf-crash", ATLASSIAN.baseUrl() + "/wiki", ConnectFixtures.randomSecret(), Product.CONFLUENCE);
        app.getBean(SettingsRepository.class).save(CK, PublishTestBase.configured(), PublishTestBase.USER);
        app.getBean(DraftRepository.class).insert(CK, PublishTestBase.unpublishedSeed());
    }

    private static ConfigurableApplicationContext start(String kind) {
        List<String> props = new ArrayList<>(Databases.springProperties(kind));
        props.add("server.port=0");
        props.add("postmortem.base-url=https://postmortem.test");
        props.add("postmortem.jobs.auto-start=false"); // the test is the scheduler: it runs and revives the job
        props.add("postmortem.jobs.reconcile-interval=24h");
        return new SpringApplicationBuilder(PostmortemApplication.class, CrashConfiguration.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
