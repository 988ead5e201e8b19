package io.postmortem.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.ConnectFixtures;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin configure page in a real browser: its script reads, checks and saves the settings through /api/settings. */
class ConfigurePageBrowserTest extends PublishTestBase {

    static final String ADMIN = "557058:admin-0000";
    private WebDriver browser;

    private WebDriver browser() {
        Browsers.assumePresent();
        browser = Browsers.chrome();
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
