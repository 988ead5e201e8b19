package io.postmortem.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.atlassian.AtlassianCallPolicy;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.installations.InstallationChanged;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.TestAtlassianSites;
import io.postmortem.testsupport.TestClock;
import io.postmortem.testsupport.TestJson;

class AppAccountsTest {

    final WireMockServer jira = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        jira.stop();
    }

    @Test
    void theAppAccountIsAskedOnceAndAskedAgainAfterAReinstall() {
        jira.start();
        jira.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(okJson(JiraJson.user("557058:app-1", "Post-Mortem", "app").toString())));
        AtlassianSite site = TestAtlassianSites.jira(jira, "site-a");
        AtlassianSites sites = new AtlassianSites() {
            @Override
            public AtlassianSite jira(String clientKey) {
                return site;
            }

            @Override
            public java.util.Optional<AtlassianSite> confluenceFor(String jiraClientKey) {
                return java.util.Optional.empty();
            }
        };
        try (AtlassianClients clients = new AtlassianClients(AtlassianCallPolicy.builder().clock(TestClock.clock())
                .json(TestJson.MAPPER).maxRetries(0).build(), 1)) {
            AppAccounts accounts = new AppAccounts(sites, clients);
            assertThat(accounts.appAccount("site-a")).hasValue("557058:app-1");
            assertThat(accounts.appAccount("site-a")).hasValue("557058:app-1");
            jira.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/myself")));

            // Connect to Forge gives the app a new account: after the reinstall the cache asks again
            jira.stubFor(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(okJson(JiraJson.user("557058:app-2", "Post-Mortem", "app").toString())));
            accounts.forget(new InstallationChanged("site-a", true));
            assertThat(accounts.knownAppAccount("site-a")).isEmpty();
            assertThat(accounts.appAccount("site-a")).hasValue("557058:app-2");
        }
    }
}
