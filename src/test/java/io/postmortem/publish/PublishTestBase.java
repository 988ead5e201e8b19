package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.Await;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running app (random port, in-memory H2, its own db-scheduler polling every 100 ms) against {@link FakeAtlassianSite}:
 * Jira installation {@code jira-1} at the fake's root and its paired Confluence installation at {@code /wiki}; a
 * second Jira installation {@code jira-2} on another host without Confluence. Each test starts from the seed
 * example as an unpublished draft of INC-42, and settings that point at space PM and project OPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:publish-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.base-url=https://postmortem.test",
        "postmortem.connect.app-key=postmortem-facilitator",
        "postmortem.jobs.poll-interval=100ms",
        "postmortem.jobs.reconcile-interval=24h",
        "postmortem.publish.retry-backoff=200ms"})
public abstract class PublishTestBase {

    protected static final String CK = "jira-1";
    protected static final String OTHER_CK = "jira-2";
    protected static final String INCIDENT = "INC-42";
    protected static final String USER = SeedExample.DANA;
    protected static final FakeAtlassianSite ATLASSIAN = FakeAtlassianSite.forTests();
    protected static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    protected static final HttpClient HTTP = io.postmortem.testsupport.TestHttp.CLIENT;

    protected static String secret = ConnectFixtures.randomSecret();
    protected static String otherSecret = ConnectFixtures.randomSecret();

    @LocalServerPort
    protected int port;
    @Autowired
    protected InstallationRepository installations;
    @Autowired
    protected DraftRepository drafts;
    @Autowired
    protected SettingsRepository settings;
    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void freshState() {
        // the app's scheduler may still be running a task an earlier test queued: let it finish before the fake site
        // forgets its requests, so no request of that test is counted against this one
        try {
            Await.upTo(Duration.ofSeconds(5),
                    () -> jdbc.sql("select count(*) from scheduled_tasks where picked = true").query(Integer.class).single() == 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ATLASSIAN.reset();
        jdbc.sql("delete from publication").update();
        jdbc.sql("delete from followup_reminder").update();
        jdbc.sql("delete from action_item_issue").update();
        jdbc.sql("delete from postmortem_draft").update();
        jdbc.sql("delete from installation_settings").update();
        jdbc.sql("delete from scheduled_tasks where task_name = ?").param(PublishTasks.TASK).update();
        jdbc.sql("delete from scheduled_tasks where task_name = ?").param(io.postmortem.followup.PageRefresh.TASK).update();
        ConnectFixtures.install(installations, CK, ATLASSIAN.baseUrl(), secret, Product.JIRA);
        ConnectFixtures.install(installations, "conf-1", ATLASSIAN.baseUrl() + "/wiki", ConnectFixtures.randomSecret(), Product.CONFLUENCE);
        ConnectFixtures.install(installations, OTHER_CK, ATLASSIAN.baseUrl().replace("localhost", "127.0.0.1"), otherSecret, Product.JIRA);
        settings.save(CK, configured(), USER);
        drafts.insert(CK, unpublishedSeed());
    }

    protected static Settings configured() {
        return new Settings(FakeAtlassianSite.SPACE_KEY, null, FakeAtlassianSite.PROJECT, "Task", List.of("postmortem-action"), "Relates",
                30, List.of("Incident"), null, List.of(), "UTC", Map.of());
    }

    /** The seed example before anything was published: no Jira keys yet. */
    protected static PostMortem unpublishedSeed() {
        PostMortem seed = SeedExample.seedExample();
        return seed.toBuilder().status(PostMortem.Status.DRAFT).confluencePage(null)
                .actionItems(seed.actionItems().stream().map(a -> new ActionItem(a.id(), a.summary(), a.description(),
                        a.ownerAccountId(), a.ownerDisplayName(), a.due(), a.preventsRecurrence(), "Open", null, null)).toList())
                .build();
    }

    protected HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", path.startsWith("/admin/") ? "text/html" : "application/json");
        if (body != null) r.header("Content-Type", "application/json");
        if (token != null) r.header("Authorization", "JWT " + token);
        try {
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected String contextToken() {
        return ConnectFixtures.contextJwt(CK, secret, USER, INCIDENT);
    }

    protected HttpResponse<String> publish() {
        return call("POST", "/api/postmortems/" + INCIDENT + "/publish", contextToken(), null);
    }

    protected JsonNode publication() {
        HttpResponse<String> r = call("GET", "/api/postmortems/" + INCIDENT + "/publication", contextToken(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Publishes through the API and waits for the durable job to finish. */
    protected JsonNode publishAndWait() {
        HttpResponse<String> r = publish();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(JSON.readTree(r.body()).path("state").asString()).isIn("PENDING", "RUNNING");
        return awaitFinished();
    }

    protected JsonNode awaitFinished() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() - deadline < 0) {
            JsonNode p = publication();
            String state = p.path("state").asString();
            if (state.equals("DONE") || state.equals("FAILED")) return p;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("publication did not finish: " + publication());
    }

    protected PostMortem draft() {
        return drafts.find(CK, INCIDENT).orElseThrow();
    }

    protected static void assertAllRequestsMatchTheSpecs() {
        OpenApiRecordedRequests.assertAllRequestsValid(ATLASSIAN.server());
    }
}
