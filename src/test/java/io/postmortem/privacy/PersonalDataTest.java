package io.postmortem.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Responder;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.Databases;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal data, end to end against a WireMock Jira: the report of the account ids stored (90 per request, once per
 * cycle), the erasure of an account Atlassian reports closed (names and ids in drafts and timelines become "former
 * user", what was said stays), and an administrator's export of one post-mortem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataTest {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String REPORT = "/app/report-accounts/";

    static {
        JIRA.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String p : Databases.springProperties("h2")) {
            int eq = p.indexOf('=');
            registry.add(p.substring(0, eq), () -> p.substring(eq + 1));
        }
        registry.add("postmortem.jobs.auto-start", () -> "false");
        registry.add("postmortem.connect.allowed-base-urls", () -> "http://127.0.0.1:*,http://localhost:*");
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    @LocalServerPort int port;
    @Autowired InstallationRepository installations;
    @Autowired DraftRepository drafts;
    @Autowired PersonalDataReporter reporter;
    @Autowired JdbcClient jdbc;

    String clientKey;
    String secret;

    @BeforeEach
    void install() {
        JIRA.resetAll();
        clientKey = "jira-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, JIRA.baseUrl(), secret);
    }

    @Test
    void storedAccountsAreReportedOncePerCycleAndAClosedOneBecomesFormerUserKeepingWhatWasSaid() {
        PostMortem seed = SeedExample.seedExample();
        List<Responder> many = new ArrayList<>(seed.responders());
        for (int i = 0; i < 100; i++) many.add(new Responder("Helper " + i, "5b10ac8d82e05b22cc7d" + String.format("%04d", i), "responder", "manual"));
        drafts.insert(clientKey, seed.toBuilder().responders(many).build());
        JIRA.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(204)));
        JIRA.stubFor(post(urlPathEqualTo(REPORT)).withRequestBody(matchingJsonPath("$.accounts[?(@.accountId == '" + SeedExample.DANA + "')]"))
                .atPriority(1).willReturn(okJson("{\"accounts\":[{\"accountId\":\"" + SeedExample.DANA + "\",\"status\":\"closed\"}]}")));
        String beforeText = JSON.writeValueAsString(drafts.find(clientKey, seed.issueKey()).orElseThrow());
        assertThat(beforeText).contains("Dana Ops");

        PersonalDataReporter.Result first = reporter.report(clientKey);

        // every stored account, in requests of at most 90, each with when it was stored
        List<LoggedRequest> reports = JIRA.findAll(postRequestedFor(urlPathEqualTo(REPORT)));
        assertThat(first.reported()).isEqualTo(first.stored()).isGreaterThanOrEqualTo(102);
        assertThat(reports).hasSize((first.stored() + 89) / 90);
        List<String> sent = new ArrayList<>();
        for (LoggedRequest r : reports) {
            assertThat(r.getHeader("Authorization")).startsWith("JWT ");
            JsonNode accounts = JSON.readTree(r.getBodyAsString()).path("accounts");
            assertThat(accounts.size()).isLessThanOrEqualTo(90);
            accounts.forEach(a -> {
                sent.add(a.path("accountId").asString());
                assertThat(a.path("updatedAt").asString()).endsWith("Z");
            });
        }
        assertThat(sent).contains(SeedExample.DANA, SeedExample.SAM).doesNotHaveDuplicates();
        assertThat(first.closed()).isEqualTo(1);

        // Dana's account was closed: her id and name are gone from responders, owners, timeline rows and key times
        PostMortem after = drafts.find(clientKey, seed.issueKey()).orElseThrow();
        String afterText = JSON.writeValueAsString(after);
        assertThat(afterText).doesNotContain(SeedExample.DANA);
        assertThat(after.responders()).anySatisfy(r -> {
            assertThat(r.displayName()).isEqualTo(PersonalData.FORMER_USER);
            assertThat(r.accountId()).isNull();
            assertThat(r.role()).isEqualTo("commander");
        });
        assertThat(after.actionItems()).filteredOn(a -> a.ownerAccountId() == null)
                .allSatisfy(a -> assertThat(a.ownerDisplayName()).isEqualTo(PersonalData.FORMER_USER)).isNotEmpty();
        assertThat(after.timeline()).noneMatch(r -> "Dana Ops".equals(r.who()));
        // what she said is kept, only who said it is gone
        var said = seed.timeline().stream().filter(r -> "Dana Ops".equals(r.who())).findFirst().orElseThrow();
        assertThat(after.timeline()).anySatisfy(r -> {
            assertThat(r.who()).isEqualTo(PersonalData.FORMER_USER);
            assertThat(r.event()).isEqualTo(said.event());
        });
        // Sam is untouched
        assertThat(after.responders()).anySatisfy(r -> {
            assertThat(r.accountId()).isEqualTo(SeedExample.SAM);
            assertThat(r.displayName()).isEqualTo("Sam Lee");
        });
        assertThat(after.actionItems()).anySatisfy(a -> assertThat(a.ownerDisplayName()).isEqualTo("Sam Lee"));

        // within the cycle nothing is reported again; a closed account never again
        JIRA.resetRequests();
        assertThat(reporter.report(clientKey).reported()).isZero();
        assertThat(JIRA.findAll(postRequestedFor(urlPathEqualTo(REPORT)))).isEmpty();
        // rows reported before Atlassian's Cycle-Period was kept (no report_again_at): the configured 7 days apply
        jdbc.sql("update personal_data_account set last_reported_at = ?, report_again_at = null where client_key = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(8))), clientKey).update();
        PersonalDataReporter.Result next = reporter.report(clientKey);
        assertThat(next.reported()).isEqualTo(next.stored());
        assertThat(JIRA.findAll(postRequestedFor(urlPathEqualTo(REPORT))).stream().map(LoggedRequest::getBodyAsString))
                .noneMatch(b -> b.contains(SeedExample.DANA));
        assertThat(jdbc.sql("select closed_at from personal_data_account where client_key = ? and account_id = ?")
                .params(clientKey, SeedExample.DANA).query(Timestamp.class).single()).isNotNull();
    }

    @Test
    void anUpdatedAccountGetsItsCurrentNameInTheDraftsAndAtlassiansCyclePeriodDecidesWhenItIsDueAgain() {
        PostMortem seed = SeedExample.seedExample();
        drafts.insert(clientKey, seed);
        String alexSaid = seed.timeline().stream().filter(r -> "Alex Morgan".equals(r.who())).findFirst().orElseThrow().event();
        JIRA.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(200).withHeader("Cycle-Period", "172800")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accounts\":[{\"accountId\":\"" + SeedExample.ALEX + "\",\"status\":\"updated\"}]}")));
        JIRA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/rest/api/3/user")).withQueryParam("accountId", equalTo(SeedExample.ALEX))
                .willReturn(okJson("{\"accountId\":\"" + SeedExample.ALEX + "\",\"accountType\":\"atlassian\",\"displayName\":\"Alex Okafor\",\"active\":true}")));

        PersonalDataReporter.Result first = reporter.report(clientKey);

        assertThat(first.refreshed()).isEqualTo(1);
        assertThat(first.closed()).isZero();
        PostMortem after = drafts.find(clientKey, seed.issueKey()).orElseThrow();
        // the name is the site's current one wherever the draft ties it to Sam's id; the id and what was said stay
        assertThat(after.responders()).anySatisfy(r -> {
            assertThat(r.accountId()).isEqualTo(SeedExample.ALEX);
            assertThat(r.displayName()).isEqualTo("Alex Okafor");
        });
        assertThat(after.actionItems()).filteredOn(a -> SeedExample.ALEX.equals(a.ownerAccountId())).isNotEmpty()
                .allSatisfy(a -> assertThat(a.ownerDisplayName()).isEqualTo("Alex Okafor"));
        assertThat(after.timeline()).noneMatch(r -> "Alex Morgan".equals(r.who()))
                .anySatisfy(r -> {
                    assertThat(r.who()).isEqualTo("Alex Okafor");
                    assertThat(r.event()).isEqualTo(alexSaid);
                });
        // Dana, not reported updated, is untouched; what is said of Alex in running text is kept as written
        assertThat(after.responders()).anySatisfy(r -> assertThat(r.displayName()).isEqualTo("Dana Ops"));
        assertThat(after.answers()).isEqualTo(seed.answers());

        // Atlassian asked for two days: nothing is due one day later, everything three days later
        assertThat(cycleOf(SeedExample.DANA)).isEqualTo(Duration.ofDays(2));
        jdbc.sql("update personal_data_account set report_again_at = ?, first_stored_at = ? where client_key = ?")
                .params(Timestamp.from(TestClock.now().plus(Duration.ofDays(1))), Timestamp.from(TestClock.now().minus(Duration.ofDays(10))),
                        clientKey).update();
        JIRA.resetRequests();
        assertThat(reporter.report(clientKey).reported()).isZero();
        jdbc.sql("update personal_data_account set report_again_at = ? where client_key = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(1))), clientKey).update();
        JIRA.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(204)));
        PersonalDataReporter.Result next = reporter.report(clientKey);
        assertThat(next.reported()).isEqualTo(next.stored());
        // Alex's data was refreshed at the first report: that is its updatedAt now; the others keep when they were stored
        JsonNode accounts = JSON.readTree(JIRA.findAll(postRequestedFor(urlPathEqualTo(REPORT))).get(0).getBodyAsString()).path("accounts");
        assertThat(accounts.size()).isEqualTo(next.stored());
        accounts.forEach(a -> {
            String id = a.path("accountId").asString();
            Instant updatedAt = Instant.parse(a.path("updatedAt").asString());
            Instant stored = column("first_stored_at", id);
            if (SeedExample.ALEX.equals(id)) {
                assertThat(updatedAt).isEqualTo(column("refreshed_at", id)).isAfter(stored.plus(Duration.ofDays(9)));
            } else {
                assertThat(updatedAt).isEqualTo(stored);
            }
        });
        // without a Cycle-Period the configured seven days apply
        assertThat(cycleOf(SeedExample.DANA)).isEqualTo(Duration.ofDays(7));
    }

    private Instant column(String column, String accountId) {
        return jdbc.sql("select " + column + " from personal_data_account where client_key = ? and account_id = ?")
                .params(clientKey, accountId).query(Timestamp.class).single().toInstant();
    }

    /** How long after its last report an account is due again. */
    private Duration cycleOf(String accountId) {
        return Duration.between(column("last_reported_at", accountId), column("report_again_at", accountId));
    }

    @Test
    void anAdministratorExportsAPostMortemsDataAndNobodyElseCan() throws Exception {
        PostMortem seed = SeedExample.seedExample();
        drafts.insert(clientKey, seed);
        jdbc.sql("insert into postmortem_paste (client_key, issue_key, seq, is_json, body, added_by, added_at) values (?, ?, 1, false, ?, ?, ?)")
                .params(clientKey, seed.issueKey(), "09:58 Dana: rolling back", SeedExample.SAM, Timestamp.from(TestClock.now())).update();
        JIRA.stubFor(post(urlPathEqualTo("/rest/api/3/permissions/check"))
                .withRequestBody(matchingJsonPath("$.accountId", equalTo(SeedExample.ALEX)))
                .willReturn(okJson("{\"globalPermissions\":[\"ADMINISTER\"],\"projectPermissions\":[]}")));
        JIRA.stubFor(post(urlPathEqualTo("/rest/api/3/permissions/check"))
                .withRequestBody(matchingJsonPath("$.accountId", equalTo(SeedExample.SAM)))
                .willReturn(okJson("{\"globalPermissions\":[],\"projectPermissions\":[]}")));
        String path = "/api/privacy/postmortems/" + seed.issueKey() + "/export";

        HttpResponse<String> admin = get(path, ConnectFixtures.contextJwt(clientKey, secret, SeedExample.ALEX, seed.issueKey()));
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        JsonNode export = JSON.readTree(admin.body());
        assertThat(export.path("draft").path("issueKey").asString()).isEqualTo(seed.issueKey());
        assertThat(export.path("draft").path("responders").toString()).contains(SeedExample.DANA);
        assertThat(export.path("pastes").get(0).path("body").asString()).isEqualTo("09:58 Dana: rolling back");
        assertThat(export.path("pastes").get(0).path("addedBy").asString()).isEqualTo(SeedExample.SAM);
        assertThat(admin.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        HttpResponse<String> notAdmin = get(path, ConnectFixtures.contextJwt(clientKey, secret, SeedExample.SAM, seed.issueKey()));
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(notAdmin.body()).path("error").asString()).contains("administrator");
        assertThat(notAdmin.body()).doesNotContain("rolling back");

        HttpResponse<String> missing = get("/api/privacy/postmortems/INC-404404/export",
                ConnectFixtures.contextJwt(clientKey, secret, SeedExample.ALEX, "INC-404404"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get(path, null).statusCode()).as("no token").isEqualTo(401);
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "application/json");
        if (token != null) r.header("Authorization", "JWT " + token);
        return HTTP.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
