package io.postmortem.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.TestClock;

/**
 * The panel outside Jira, in Chromium: a person opens {@code /postmortems/dc/INC-7}, is sent to Jira Data Center's
 * consent screen (the fake DC as OAuth 2.0 provider), allows, comes back signed in, and edits the post-mortem: the
 * answer is saved through the API with the page's session token. A person Jira lets only browse the incident gets
 * the refusal instead of the panel.
 */
class StandaloneLoginBrowserTest extends StandaloneHttpTestBase {

    static final String INCIDENT = "INC-7";

    @Autowired
    DraftRepository drafts;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void incidentWithDraftAndABrowser() {
        Browsers.assumePresent();
        java.time.Instant created = TestClock.now().minus(Duration.ofHours(6));
        DC.incident(INCIDENT, "10007", created, created.plus(Duration.ofHours(2)));
        if (!drafts.exists("site:dc", INCIDENT)) {
            drafts.insert("site:dc", SeedExample.seedExample().toBuilder().issueKey(INCIDENT).build());
        }
        browser = Browsers.chrome();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void quit() {
        DC.browserUser = "dana";
        if (browser != null) browser.quit();
    }

    @Test
    void aPersonSignsInThroughJiraAndEditsThePostMortemInTheBrowser() {
        DC.editors.add("dana");
        DC.browserUser = "dana";
        browser.get("http://localhost:" + port + "/postmortems/dc/" + INCIDENT);

        // Jira's consent screen, on Jira's own address
        WebElement allow = wait.until(d -> d.findElement(By.id("allow")));
        assertThat(browser.getCurrentUrl()).startsWith(DC.jiraBaseUrl() + "/rest/oauth2/latest/authorize?");
        allow.click();

        // back on the app, signed in: the panel with the incident's post-mortem
        wait.until(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + "/postmortems/dc/" + INCIDENT));
        WebElement worry = wait.until(d -> d.findElement(By.cssSelector("[data-path='answers.worry']")));
        worry.clear();
        worry.sendKeys("The renewal reminder still goes to a shared mailbox.");
        wait.until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
        assertThat(drafts.find("site:dc", INCIDENT).orElseThrow().answers().worry()).contains("shared mailbox");
        assertThat(drafts.find("site:dc", INCIDENT).orElseThrow().updatedBy()).isEqualTo("dana");
        Browsers.assertNoPageErrorsAndQuit(browser);
        browser = null;
    }

    @Test
    void aPersonWhoMayOnlyBrowseTheIncidentGetsTheRefusalNotThePanel() {
        DC.browserUser = "viewer";
        browser.get("http://localhost:" + port + "/postmortems/dc/" + INCIDENT);
        wait.until(d -> d.findElement(By.id("allow"))).click();
        wait.until(d -> d.getPageSource().contains("may not edit"));
        assertThat(browser.findElements(By.cssSelector("[data-path='answers.worry']"))).isEmpty();
    }
}
