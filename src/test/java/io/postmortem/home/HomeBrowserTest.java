package io.postmortem.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.test.context.TestPropertySource;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.ConnectHttpTestBase;

/**
 * The landing page at {@code /}, in Chromium: what the app is, the two descriptor URLs of this deployment, how many
 * sites have it installed (changing as a site installs), health, and the command that starts the demo; styled by
 * the panel's stylesheet, and no script error or CSP violation.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:home;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HomeBrowserTest extends ConnectHttpTestBase {

    WebDriver driver;

    @BeforeAll
    static void browser() {
        Browsers.assumePresent();
    }

    @AfterEach
    void quit() {
        Browsers.assertNoPageErrorsAndQuit(driver);
    }

    @Test
    void theLandingPageSaysWhatTheAppIsWhereItsDescriptorsAreAndHowToStartTheDemo() {
        driver = Browsers.chrome();
        driver.get(appUrl() + "/");
        assertThat(driver.getTitle()).isEqualTo("Post-Mortem Facilitator");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Post-Mortem Facilitator");
        assertThat(driver.findElement(By.tagName("h1")).getCssValue("font-size")).as("the panel's stylesheet applies").isEqualTo("20px");
        assertThat(driver.findElement(By.id("pm-jira-descriptor")).getDomAttribute("href"))
                .isEqualTo(APP_BASE_URL + "/atlassian-connect.json");
        assertThat(driver.findElement(By.id("pm-confluence-descriptor")).getDomAttribute("href"))
                .isEqualTo(APP_BASE_URL + "/atlassian-connect-confluence.json");
        assertThat(driver.findElement(By.id("pm-health")).getDomProperty("textContent")).isEqualTo("Health: UP");
        assertThat(driver.findElement(By.id("pm-demo-command")).getText())
                .isEqualTo("./mvnw spring-boot:test-run");
        assertThat(driver.findElements(By.id("pm-demo-link"))).as("no demo link without the demo profile").isEmpty();
        String before = driver.findElement(By.id("pm-installed")).getText();
        long jira = installations.countActive(Product.JIRA);
        assertThat(before).startsWith(jira + " Jira site(s)");

        installations.install("home-" + System.nanoTime(), Product.JIRA, "https://home-test.atlassian.net", null,
                ConnectFixtures.randomSecret(), null);
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("pm-installed")).getText()).startsWith((jira + 1) + " Jira site(s)");
    }

    @Test
    void theRootAnswersHtmlNotAJson404AndEscapesNothingOfTheCaller() {
        HttpResponse<String> r = send("GET", "/", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(r.body()).contains("<h1>Post-Mortem Facilitator</h1>").doesNotContain("sharedSecret");
    }
}
