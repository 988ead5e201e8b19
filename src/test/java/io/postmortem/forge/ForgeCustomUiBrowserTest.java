package io.postmortem.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.SeedExample;
import io.postmortem.testsupport.site.FakeAtlassianSite;

/**
 * The Forge Custom UI resource ({@code forge/static/ui}, with the panel and settings modules the build copied in) in
 * a real headless Chromium. A WireMock plays Forge's frame: it serves the resource's files and passes
 * {@code invokeRemote}'s calls on to the app, and a stand-in for the bridge Forge injects ({@code window.__bridge})
 * answers {@code getContext} and sends {@code invokeRemote} with a FIT minted by the test, as Forge would. The same
 * panel code as in the Connect iframe then reads, edits and saves the draft; the admin page reads and saves settings.
 */
class ForgeCustomUiBrowserTest extends ForgeHttpTestBase {

    static final Path RESOURCE = Path.of("forge", "static", "ui");
    static final FakeAtlassianSite ATLASSIAN = FakeAtlassianSite.forTests();
    static final WireMockServer FRAME = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String INCIDENT = "INC-42";
    static final String USER = SeedExample.DANA;

    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void browserAndFrame() {
        Browsers.assumePresent();
        FRAME.start();
    }

    @AfterAll
    static void stop() {
        FRAME.stop();
    }

    @BeforeEach
    void installed() {
        ATLASSIAN.reset();
        stubRegistration(ATLASSIAN.server(), null);
        site(ATLASSIAN.server());
        assertThat(forge("POST", "/forge/lifecycle", fit().sign(), "{}").statusCode()).isEqualTo(200);
        settings.save(installationId, ForgePublishTest.configured(), USER);
        drafts.insert(installationId, ForgePublishTest.unpublishedSeed());
        serveTheResource();
        driver = Browsers.chrome();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        Browsers.assertNoPageErrorsAndQuit(driver);
    }

    /** The frame's files, as Forge hosts a resource, and invokeRemote's way to the app. */
    void serveTheResource() {
        FRAME.resetAll();
        try (Stream<Path> files = Files.walk(RESOURCE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = "/" + RESOURCE.relativize(file).toString().replace('\\', '/');
                String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "text/html";
                FRAME.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", type + "; charset=utf-8").withBody(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FRAME.stubFor(post(urlPathEqualTo("/forge/ui/call")).willReturn(aResponse().proxiedFrom("http://localhost:" + port)));
    }

    /** Forge's bridge in the frame: the module's context, and invokeRemote with the FIT Forge would mint. */
    void bridge(String extensionType, String issueKey, String fit) {
        String issue = issueKey == null ? "" : ", issue: {key: '" + issueKey + "', id: '10042'}";
        String script = "window.__bridge = { callBridge: async (name, payload) => {"
                + "  if (name === 'getContext') return {accountId: '" + USER + "', extension: {type: '" + extensionType + "'" + issue + "}};"
                + "  if (name === 'invokeRemote') {"
                + "    const res = await fetch(payload.path, {method: payload.method, headers: {'Content-Type': 'application/json',"
                + "      Authorization: 'Bearer " + fit + "', 'x-forge-oauth-system': '" + systemToken + "'},"
                + "      body: JSON.stringify(payload.body)});"
                + "    return {success: res.ok, payload: await res.json()};"
                + "  }"
                + "  throw new Error('unexpected bridge call ' + name);"
                + "}};";
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    @Test
    void theResourceRunsTheAppsOwnPanelAndSettingsModules() throws IOException {
        Map<String, Path> copies = Map.of(
                "panel/panel.js", Path.of("src/main/resources/static/panel/panel.js"),
                "panel/api.js", Path.of("src/main/resources/static/panel/api.js"),
                "panel/dom.js", Path.of("src/main/resources/static/panel/dom.js"),
                "panel/merge.js", Path.of("src/main/resources/static/panel/merge.js"),
                "panel/panel.css", Path.of("src/main/resources/static/panel/panel.css"),
                "settings/settings.js", Path.of("src/main/resources/static/settings/settings.js"),
                "settings/form.html", Path.of("src/main/resources/templates/settings/form.html"));
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            assertThat(RESOURCE.resolve(copy.getKey())).as("run ./mvnw process-resources").hasSameBinaryContentAs(copy.getValue());
        }
        // the resource's shell has every element the Connect panel page gives the panel
        String shell = Files.readString(RESOURCE.resolve("index.html"));
        String connectPage = Files.readString(Path.of("src/main/resources/templates/panel/panel.mustache"));
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(connectPage);
        int checked = 0;
        while (ids.find()) {
            if (ids.group(1).equals("pm-bootstrap")) continue; // the start data: forge-main.js adds it, from the app
            assertThat(shell).as("element #" + ids.group(1)).contains("id=\"" + ids.group(1) + "\"");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
        assertThat(Files.readString(RESOURCE.resolve("forge-main.js"))).contains("'pm-bootstrap'");
    }

    @Test
    void thePanelWorksOverInvokeRemote() {
        bridge("jira:issueContext", INCIDENT, fit().user(USER, INCIDENT).sign());
        driver.get(FRAME.baseUrl() + "/index.html");

        wait.until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
        assertThat(driver.findElement(By.id("pm-issue-key")).getText()).isEqualTo(INCIDENT);
        WebElement summary = wait.until(d -> d.findElement(By.cssSelector("[data-path='summary']")));
        assertThat(summary.getDomProperty("value")).isEqualTo(ForgePublishTest.unpublishedSeed().summary());

        WebElement nearMiss = driver.findElement(By.cssSelector("[data-path='answers.nearMiss']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", nearMiss);
        nearMiss.clear();
        nearMiss.sendKeys("Had it been a weekday, every store would have been down.");
        wait.until(d -> {
            String stored = drafts.find(installationId, INCIDENT).orElseThrow().answers().nearMiss();
            return stored != null && stored.endsWith("every store would have been down.");
        });
        wait.until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
        // every request went through the transport: invokeRemote's one path
        assertThat(FRAME.getAllServeEvents()).filteredOn(e -> e.getRequest().getMethod().value().equals("POST"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/forge/ui/call"));
    }

    @Test
    void anIssueWithoutADraftGetsTheOfferToBuildOne() {
        bridge("jira:issueContext", "INC-7", fit().user(USER, "INC-7").sign());
        driver.get(FRAME.baseUrl() + "/index.html");
        // INC-7 has no draft yet: the panel offers to build it (the 404 reached the panel as a 404)
        wait.until(d -> d.findElement(By.id("pm-root")).getText().toLowerCase(java.util.Locale.ROOT).contains("build"));
        assertThat(driver.findElement(By.id("pm-root")).getText()).doesNotContain(ForgePublishTest.unpublishedSeed().summary());
    }

    @Test
    void theSettingsPageWorksOverInvokeRemote() {
        ATLASSIAN.admins.add(USER);
        bridge("jira:adminPage", null, fit().user(USER, null).sign());
        driver.get(FRAME.baseUrl() + "/index.html");

        WebElement space = wait.until(d -> {
            WebElement s = d.findElement(By.id("confluenceSpaceKey"));
            return FakeAtlassianSite.SPACE_KEY.equals(s.getDomProperty("value")) ? s : null;
        });
        assertThat(space.isDisplayed()).isTrue();
        WebElement due = driver.findElement(By.id("defaultDueDays"));
        due.clear();
        due.sendKeys("14");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("saved")).getText().equals("Saved."));
        assertThat(settings.get(installationId).defaultDueDays()).isEqualTo(14);
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
        assertThat(List.of(driver.findElement(By.id("pm-panel-view")).isDisplayed())).containsExactly(false);
    }
}
