package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.postmortem.drafts.DraftService;
import io.postmortem.PostmortemApplication;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.crash.CrashConfiguration;
import io.postmortem.testsupport.crash.CrashHook;
import io.postmortem.testsupport.crash.CrashHook.Phase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Building a draft survives the process dying at any external call (before it leaves, after Jira answered but
 * before the app saw it, after the answer but before the app committed): run again as the revived job, the build
 * ends with one draft built from the evidence, and the incident's postmortem property names that draft's version.
 * On H2 and PostgreSQL.
 */
class DraftBuildCrashTest {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    static final String CK = "jira-build-crash";
    static final String KEY = "INC-310";
    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @BeforeAll
    static void start() {
        JIRA.start();
        IntakeTestSupport.stubIncident(JIRA, KEY, "10310", 120, 30); // two comment pages: more calls to die at
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    static List<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCrashAtEveryExternalCallEndsInOneDraftAndAMatchingIssueProperty(String kind) throws Exception {
        try (ConfigurableApplicationContext app = start(kind)) {
            CrashHook hook = app.getBean(CrashHook.class);
            DraftService builder = app.getBean(DraftService.class);
            ConnectFixtures.installJira(app.getBean(InstallationRepository.class), CK, JIRA.baseUrl(), ConnectFixtures.randomSecret());

            fresh(app, hook);
            builder.build(CK, KEY);
            assertBuilt(app, "a build without a crash");
            int calls = hook.calls();
            assertThat(calls).as("external calls of one build").isGreaterThan(5);

            int reached = 0;
            for (int n = 1; n <= calls; n++) {
                for (Phase phase : Phase.values()) {
                    fresh(app, hook);
                    hook.crashAt(n, phase);
                    try {
                        builder.build(CK, KEY);
                    } catch (CrashHook.Crash | java.util.concurrent.CompletionException expected) {
                        // the process died here
                    }
                    hook.awaitQuiet();
                    if (hook.crashed()) reached++;
                    String scenario = kind + ", killed at " + (hook.crashed() ? hook.how() : "call " + n + " " + phase + " (not reached)");
                    hook.restart();
                    JIRA.resetRequests();
                    builder.build(CK, KEY);
                    assertBuilt(app, scenario);
                }
            }
            System.out.printf("[draft build crash] %s: %d external calls, %d kill points reached, every one converged%n",
                    kind, calls, reached);
            assertThat(reached).as("kill points that really killed the build").isGreaterThanOrEqualTo(calls * 2);
        }
    }

    private static void assertBuilt(ConfigurableApplicationContext app, String scenario) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from postmortem_draft where client_key = ? and issue_key = ?")
                .params(CK, KEY).query(Long.class).single()).as(scenario + ": drafts").isEqualTo(1);
        PostMortem draft = app.getBean(DraftRepository.class).find(CK, KEY).orElseThrow();
        assertThat(draft.timeline()).as(scenario + ": timeline from the comments").anyMatch(r -> r.source().startsWith("comment:"));
        List<LoggedRequest> writes = JIRA.findAll(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/" + KEY + "/properties/postmortem")));
        assertThat(writes).as(scenario + ": the incident's postmortem property").isNotEmpty();
        JsonNode last = JSON.readTree(writes.get(writes.size() - 1).getBodyAsString());
        assertThat(last.path("draftVersion").asLong()).as(scenario + ": property names the stored version").isEqualTo(draft.version());
    }

    private static void fresh(ConfigurableApplicationContext app, CrashHook hook) {
        hook.restart();
        JIRA.resetRequests();
        app.getBean(JdbcClient.class).sql("delete from postmortem_draft").update();
    }

    private static ConfigurableApplicationContext start(String kind) {
        List<String> props = new ArrayList<>(Databases.springProperties(kind));
        props.addAll(IntakeTestSupport.properties());
        props.add("server.port=0");
        props.add("postmortem.jobs.auto-start=false");
        return new SpringApplicationBuilder(PostmortemApplication.class, CrashConfiguration.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
