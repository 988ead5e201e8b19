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
        jdbc.sql("update personal_data_account set last_reported_at = ? where client_key = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(8))), clientKey).update();
        PersonalDataReporter.Result next = reporter.report(clientKey);
        assertThat(next.reported()).isEqualTo(next.stored());
        assertThat(JIRA.findAll(postRequestedFor(urlPathEqualTo(REPORT))).stream().map(LoggedRequest::getBodyAsString))
                .noneMatch(b -> b.contains(SeedExample.DANA));
        assertThat(jdbc.sql("select closed_at from personal_data_account where client_key = ? and account_id = ?")
                .params(clientKey, SeedExample.DANA).query(Timestamp.class).single()).isNotNull();
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
