package io.postmortem.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.privacy.PersonalData;
import io.postmortem.privacy.PersonalDataReporter;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.JsonNode;

/**
 * Personal data reporting for a Forge installation: the report goes where {@code privacy.reportPersonalData} of
 * {@code @forge/api} sends it, the platform's {@code /app/report-accounts/} (here the fake platform's root, which
 * stands for {@code https://api.atlassian.com}), not through the site's {@code /ex/jira/<cloudId>} gateway, with the
 * installation's system token; an account reported closed becomes "former user" in the drafts, as for Connect.
 */
class ForgePersonalDataTest extends ForgeHttpTestBase {

    static final FakeAtlassianSite ATLASSIAN = FakeAtlassianSite.forTests();
    static final String REPORT = "/app/report-accounts/";

    @Autowired
    DraftRepository drafts;
    @Autowired
    PersonalDataReporter reporter;

    @BeforeEach
    void installedThroughForge() {
        ATLASSIAN.reset();
        installedOn(ATLASSIAN.server());
        drafts.insert(installationId, SeedExample.seedExample());
        FORGE.server.resetRequests();
        ATLASSIAN.server().resetRequests();
    }

    @Test
    void aForgeInstallationReportsToThePlatformWithItsSystemTokenAndAClosedAccountBecomesFormerUser() {
        FORGE.server.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(204)));
        FORGE.server.stubFor(post(urlPathEqualTo(REPORT))
                .withRequestBody(matchingJsonPath("$.accounts[?(@.accountId == '" + SeedExample.DANA + "')]"))
                .atPriority(1).willReturn(okJson("{\"accounts\":[{\"accountId\":\"" + SeedExample.DANA + "\",\"status\":\"closed\"}]}")));

        reporter.report(installationId);

        List<LoggedRequest> reports = FORGE.server.findAll(postRequestedFor(urlPathEqualTo(REPORT)));
        assertThat(reports).hasSize(1);
        LoggedRequest report = reports.get(0);
        assertThat(report.getHeader("Authorization")).isEqualTo("Bearer " + systemToken);
        List<String> sent = new ArrayList<>();
        for (JsonNode a : JSON.readTree(report.getBodyAsString()).path("accounts")) {
            sent.add(a.path("accountId").asString());
            assertThat(a.path("updatedAt").asString()).endsWith("Z");
        }
        assertThat(sent).contains(SeedExample.DANA, SeedExample.SAM).doesNotHaveDuplicates();
        // nothing went to the site's gateway or to the site itself
        assertThat(FORGE.apiCalls()).isEmpty();
        assertThat(ATLASSIAN.server().getAllServeEvents()).isEmpty();

        PostMortem after = drafts.find(installationId, SeedExample.seedExample().issueKey()).orElseThrow();
        assertThat(JSON.writeValueAsString(after)).doesNotContain(SeedExample.DANA);
        assertThat(after.responders()).anySatisfy(r -> assertThat(r.displayName()).isEqualTo(PersonalData.FORMER_USER));

        // within the cycle nothing is sent again
        FORGE.server.resetRequests();
        reporter.report(installationId);
        assertThat(FORGE.server.findAll(postRequestedFor(urlPathEqualTo(REPORT)))).isEmpty();
    }
}
