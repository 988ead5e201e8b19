package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.testsupport.ConnectFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin configure page in a real browser: its script reads, checks and saves the settings through /api/settings. */
class ConfigurePageBrowserTest extends PublishTestBase {

    static final String ADMIN = "557058:admin-0000";
    private WebDriver browser;

    private WebDriver browser() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "Chromium and chromedriver are needed at /usr/bin for the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
        return browser;
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    @Test
    void anAdministratorSeesTheFieldErrorsAndSavesCheckedSettings() {
        ATLASSIAN.admins.add(ADMIN);
        WebDriver b = browser();
        String jwt = ConnectFixtures.requestJwt(CK, secret, "GET", "/admin/configure", ADMIN);
        b.get("http://localhost:" + port + "/admin/configure?jwt=" + jwt);
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));

        WebElement space = b.findElement(By.id("confluenceSpaceKey"));
        wait.until(d -> "PM".equals(space.getDomProperty("value")));
        assertThat(b.findElement(By.id("actionItemLabels")).getDomProperty("value")).isEqualTo("postmortem-action");
        assertThat(b.findElement(By.id("linkType")).getDomProperty("value")).isEqualTo("Relates");

        space.clear();
        space.sendKeys("NOPE");
        b.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("errors")).getText().contains("confluenceSpaceKey"));
        assertThat(b.findElement(By.id("errors")).getText()).contains("no Confluence space with key 'NOPE'");
        assertThat(settings.get(CK).confluenceSpaceKey()).isEqualTo("PM");

        space.clear();
        space.sendKeys("PM");
        WebElement due = b.findElement(By.id("defaultDueDays"));
        due.clear();
        due.sendKeys("21");
        b.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("saved")).getText().equals("Saved."));
        assertThat(settings.get(CK).defaultDueDays()).isEqualTo(21);
        assertThat(b.findElement(By.id("errors")).getText()).isEmpty();
    }
}
