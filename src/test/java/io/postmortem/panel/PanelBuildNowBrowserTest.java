package io.postmortem.panel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.JiraJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;

/**
 * "Build the draft now" for an incident whose webhook was missed: the panel offers the button when there is no
 * draft, the click builds it from a WireMock Jira (issue, paged comments and changelog, remote links, the search
 * for similar incidents), and the panel then shows the draft with the evidence in its timeline.
 */
class PanelBuildNowBrowserTest extends PanelHttpTestBase {

    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    static final String ISSUE = "INC-231";

    @Autowired
    DraftRepository drafts;

    WebDriver driver;
    String clientKey;
    String secret;

    @BeforeAll
    static void start() {
        Browsers.assumePresent();
        JIRA.start();
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    @BeforeEach
    void setUp() {
        JIRA.resetAll();
        JIRA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/rest/api/3/issue/" + ISSUE)).willReturn(okJson(JiraJson.issue(ISSUE, "10231").toString())));
        JiraJson.stubCommentPages(JIRA, ISSUE, 3, 100, 0);
        JiraJson.stubChangelogPages(JIRA, ISSUE, 10, 100, 0);
        JIRA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/rest/api/3/issue/" + ISSUE + "/remotelink")).willReturn(okJson(JiraJson.remoteLinks().toString())));
        JIRA.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson(JiraJson.searchPage(List.of(), null).toString())));
        JIRA.stubFor(put(urlPathMatching("/rest/api/3/issue/[^/]+/properties/.+")).willReturn(aResponse().withStatus(200)));
        clientKey = "panel-build-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.install(installations, clientKey, JIRA.baseUrl(), secret, Product.JIRA);
        driver = Browsers.chrome();
    }

    @AfterEach
    void close() {
        Browsers.assertNoPageErrorsAndQuit(driver);
    }

    @Test
    void theButtonBuildsTheMissingDraftAndThePanelShowsIt() {
        String pathAndQuery = "/panel?issueKey=" + ISSUE;
        driver.get(ConnectFixtures.iframeUrl(appUrl(), pathAndQuery, clientKey, secret, JiraJson.DANA));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        WebElement build = wait.until(d -> d.findElement(By.id("pm-build")));
        assertThat(driver.findElement(By.id("pm-doc-status")).getText()).isEqualToIgnoringCase("No draft");
        assertThat(drafts.exists(clientKey, ISSUE)).isFalse();

        build.click();

        wait.until(d -> !d.findElements(By.cssSelector(".pm-timeline tbody tr")).isEmpty());
        String timeline = driver.findElement(By.cssSelector(".pm-timeline")).getText();
        assertThat(timeline).as("the first comment, as written").contains("comment:30000", "rolled back checkout@4.2.1");
        assertThat(timeline).as("the move to Resolved, from the changelog").contains("changelog:55009");
        wait.until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
        assertThat(driver.findElement(By.id("pm-doc-status")).getText()).isEqualToIgnoringCase("Draft");
        assertThat(driver.findElements(By.id("pm-build"))).isEmpty();
        assertThat(drafts.exists(clientKey, ISSUE)).isTrue();
        JIRA.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/" + ISSUE + "/changelog")));
        OpenApiRecordedRequests.assertAllRequestsValid(JIRA);
    }
}
