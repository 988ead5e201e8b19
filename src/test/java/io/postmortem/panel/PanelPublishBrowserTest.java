package io.postmortem.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;

/**
 * The Publish button end to end: a clean post-mortem (the seed's example) is published from the panel to a fake
 * Jira + Confluence site; the panel shows progress and ends with a link to the page.
 */
class PanelPublishBrowserTest extends PanelHttpTestBase {

    static final FakeAtlassianSite SITE = FakeAtlassianSite.forTests();

    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;

    WebDriver driver;
    String clientKey;
    String secret;
    String issueKey;

    @BeforeAll
    static void browserPresent() {
        Browsers.assumePresent();
    }

    @BeforeEach
    void setUp() {
        SITE.reset();
        clientKey = "panel-pub-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.install(installations, clientKey, SITE.baseUrl(), secret, Product.JIRA);
        ConnectFixtures.install(installations, clientKey + "-wiki", SITE.baseUrl() + "/wiki", ConnectFixtures.randomSecret(), Product.CONFLUENCE);
        settings.save(clientKey, new Settings(FakeAtlassianSite.SPACE_KEY, null, FakeAtlassianSite.PROJECT, "Task", List.of("postmortem-action"),
                "Relates", 30, List.of("Incident"), null, List.of(), "UTC", java.util.Map.of()), SeedExample.DANA);
        PostMortem seed = SeedExample.seedExample();
        issueKey = seed.issueKey();
        drafts.insert(clientKey, seed.toBuilder().status(PostMortem.Status.DRAFT).confluencePage(null)
                .actionItems(seed.actionItems().stream().map(a -> new ActionItem(a.id(), a.summary(), a.description(),
                        a.ownerAccountId(), a.ownerDisplayName(), a.due(), a.preventsRecurrence(), "Open", null, null)).toList())
                .build());
        driver = Browsers.chrome();
    }

    @AfterEach
    void close() {
        Browsers.assertNoPageErrorsAndQuit(driver);
    }

    @Test
    void publishingEndsWithALinkToTheConfluencePage() {
        String pathAndQuery = "/panel?issueKey=" + issueKey;
        driver.get(ConnectFixtures.iframeUrl(appUrl(), pathAndQuery, clientKey, secret, SeedExample.DANA));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
        WebElement publish = driver.findElement(By.id("pm-publish"));
        assertThat(driver.findElement(By.id("pm-blockers")).getText()).as("the seed example is clean").isEmpty();
        assertThat(publish.isEnabled()).isTrue();

        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", publish);
        publish.click();
        WebElement link;
        try {
            link = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                List<WebElement> links = d.findElements(By.id("pm-page-link"));
                return links.isEmpty() ? null : links.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no page link; the panel says: " + driver.findElement(By.id("pm-publication")).getText(), e);
        }
        assertThat(link.getDomAttribute("href")).startsWith("http").contains("/wiki");
        String href = link.getDomAttribute("href");
        assertThat(SITE.pages().values()).as("the internal page (and the external child page)").isNotEmpty()
                .anySatisfy(page -> assertThat(href).contains(page.id()));
        assertThat(driver.findElement(By.id("pm-publication")).getText()).contains("Published");
        wait.until(d -> "Published".equalsIgnoreCase(d.findElement(By.id("pm-doc-status")).getText()));
    }
}
