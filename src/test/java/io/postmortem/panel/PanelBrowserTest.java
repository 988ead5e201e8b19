package io.postmortem.panel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.Browsers;
import io.postmortem.testsupport.ConnectFixtures;

/**
 * The panel in a real headless Chromium against the running app and a WireMock Jira: the interview, autosave,
 * reload, a pasted thread, the owner picker, a blameless finding with its rewrite, a conflict, escaping.
 */
class PanelBrowserTest extends PanelHttpTestBase {

    static final String XSS = "<img src=x onerror=alert(1)> {{7*7}}";


    @Autowired
    DraftRepository drafts;
    @Autowired
    SettingsRepository settings;

    WebDriver driver;
    WebDriverWait wait;
    String clientKey;
    String secret;
    String issueKey;

    @BeforeAll
    static void browserPresent() {
        Browsers.assumePresent();
    }

    @BeforeEach
    void open() {
        clientKey = "panel-ui-" + UUID.randomUUID();
        secret = ConnectFixtures.randomSecret();
        ConnectFixtures.installJira(installations, clientKey, ATLASSIAN.baseUrl(), secret);
        settings.save(clientKey, new Settings("PM", null, "OPS", null, null, null, null, null, null, null, null, null), "557058:admin");
        ATLASSIAN.stubFor(WireMock.get(urlPathEqualTo("/rest/api/3/user/assignable/search"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        [{"accountId":"557058:dana","accountType":"atlassian","displayName":"Dana Ops","active":true},
                         {"accountId":"5b10:bot","accountType":"app","displayName":"Dana Bot","active":true}]""")));
        issueKey = "INC-" + (1000 + (int) (Math.random() * 100000));
        PostMortem draft = PanelFixtures.draft(issueKey).toBuilder()
                .summary(XSS)
                .suggestions(java.util.Map.of("customerEffect", new Suggestion("Staff could not log in " + XSS, "comment:30101",
                        "from a comment by Dana Ops, 14:02 UTC")))
                .build();
        drafts.insert(clientKey, draft);

        driver = Browsers.chrome();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        Browsers.assertNoPageErrorsAndQuit(driver);
    }

    private String panelUrl() {
        String pathAndQuery = "/panel?issueKey=" + issueKey;
        return ConnectFixtures.iframeUrl(appUrl(), pathAndQuery, clientKey, secret, "557058:alex");
    }

    private WebElement field(String path) {
        return wait.until(d -> d.findElement(By.cssSelector("[data-path='" + path + "']")));
    }

    private void waitSaved() {
        wait.until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
    }

    private PostMortem stored() {
        return drafts.find(clientKey, issueKey).orElseThrow();
    }

    /** Clicks like a person: scrolled to the middle first, so the sticky header never covers the target. */
    private void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void aFacilitatorWorksThroughThePanel() throws Exception {
        driver.get(panelUrl());
        waitSaved();

        // escaped everywhere: data shows as text, never as markup
        assertThat(field("summary").getDomProperty("value")).isEqualTo(XSS);
        assertThat(driver.findElement(By.id("q-customerEffect")).getText()).contains("Staff could not log in " + XSS)
                .contains("from a comment by Dana Ops, 14:02 UTC");
        assertThat(driver.findElements(By.cssSelector("#pm-root img"))).isEmpty();

        // answer a question, see it saved, reload and see it again
        field("answers.nearMiss").sendKeys("If it had happened during EU business hours, revenue impact would have been ~8x.");
        wait.until(d -> stored().answers().nearMiss() != null && stored().answers().nearMiss().endsWith("~8x."));
        waitSaved();
        driver.navigate().refresh();
        waitSaved();
        assertThat(field("answers.nearMiss").getDomProperty("value")).endsWith("revenue impact would have been ~8x.");

        // "unknown" is a valid answer
        WebElement worry = field("answers.worry");
        WebElement unknown = driver.findElement(By.id("q-worry")).findElement(By.cssSelector("input[type=checkbox]"));
        click(unknown);
        wait.until(d -> "unknown".equals(stored().answers().worry()));
        assertThat(worry.getDomProperty("value")).isEqualTo("unknown");

        // paste a thread: the panel asks for the zone, then rows appear
        int rowsBefore = driver.findElements(By.cssSelector(".pm-timeline tbody tr")).size();
        driver.findElement(By.id("pm-paste")).sendKeys(PanelFixtures.SLACK_PASTE);
        click(driver.findElement(By.id("pm-paste-add")));
        WebElement zone = wait.until(d -> {
            WebElement z = d.findElement(By.id("pm-paste-zone"));
            return z.isDisplayed() ? z : null;
        });
        new Select(zone).selectByValue("Europe/Berlin");
        click(driver.findElement(By.id("pm-paste-add")));
        wait.until(d -> d.findElements(By.cssSelector(".pm-timeline tbody tr")).size() > rowsBefore);
        assertThat(driver.findElement(By.cssSelector(".pm-paste-message")).getText()).startsWith("Added");
        assertThat(stored().timeline().size()).isGreaterThan(rowsBefore);
        assertThat(driver.findElement(By.cssSelector(".pm-timeline")).getText()).contains("your time");

        // a typed timeline row, marked as learned later, then removed again
        int rows = driver.findElements(By.cssSelector(".pm-timeline tbody tr")).size();
        click(driver.findElement(By.xpath("//button[text()='Add timeline row']")));
        wait.until(d -> d.findElements(By.cssSelector(".pm-timeline tbody tr")).size() == rows + 1);
        int last = rows;
        wait.until(d -> stored().timeline().size() == rows + 1);
        field("timeline[" + last + "].who").sendKeys("cert-monitor");
        click(field("timeline[" + last + "].learnedLater"));
        wait.until(d -> stored().timeline().stream().anyMatch(t -> "cert-monitor".equals(t.who()) && t.learnedLater()));
        click(driver.findElement(By.cssSelector("button[aria-label='Remove timeline row " + (last + 1) + "']")));
        wait.until(d -> stored().timeline().size() == rows);

        // an action item with an owner chosen from the picker (people only)
        click(driver.findElement(By.xpath("//button[text()='Add action item']")));
        int index = stored().actionItems().size();
        wait.until(d -> stored().actionItems().size() == index + 1);
        field("actionItems[" + index + "].summary").sendKeys("Add Prometheus alert for certificate expiry < 14 days, page on-call");
        WebElement owner = field("actionItems[" + index + "].ownerAccountId");
        owner.sendKeys("Da");
        WebElement option = wait.until(d -> {
            List<WebElement> options = d.findElements(By.cssSelector("#action-" + index + " [role=option]"));
            return options.isEmpty() ? null : options.get(0);
        });
        assertThat(driver.findElements(By.cssSelector("#action-" + index + " [role=option]"))).extracting(WebElement::getText)
                .containsExactly("Dana Ops");
        assertThat(option.getDomAttribute("aria-selected")).isEqualTo("true");
        owner.sendKeys(org.openqa.selenium.Keys.ENTER); // the keyboard picks the highlighted person
        WebElement due = field("actionItems[" + index + "].due");
        assertThat(due.getDomProperty("value")).as("the server's today + the default due days")
                .isEqualTo(io.postmortem.testsupport.TestClock.today().plusDays(30).toString());
        java.time.LocalDate chosen = io.postmortem.testsupport.TestClock.today().plusDays(45);
        js("arguments[0].value = ''", due);
        due.sendKeys(chosen.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
        new Select(field("actionItems[" + index + "].preventsRecurrence")).selectByValue("YES");
        wait.until(d -> "557058:dana".equals(stored().actionItems().get(index).ownerAccountId())
                && "YES".equals(String.valueOf(stored().actionItems().get(index).preventsRecurrence()))
                && stored().actionItems().get(index).due() != null);
        assertThat(stored().actionItems().get(index).ownerDisplayName()).isEqualTo("Dana Ops");
        assertThat(stored().actionItems().get(index).due()).isEqualTo(chosen);

        // a person-blaming sentence gets a finding beside it, with its rewrite one click away
        click(driver.findElement(By.xpath("//button[text()=\"Add didn't go well\"]")));
        WebElement badly = wait.until(d -> d.findElement(By.cssSelector("[data-path='wentBadly[0]']")));
        badly.sendKeys("Alex forgot to renew the certificate");
        WebElement finding = wait.until(d -> {
            List<WebElement> f = d.findElements(By.cssSelector(".pm-findings[data-for='wentBadly[0]'] .pm-finding"));
            return f.isEmpty() ? null : f.get(0);
        });
        assertThat(finding.getDomAttribute("data-rule")).startsWith("blameless");
        // publishing waits for every ERROR and says which
        assertThat(driver.findElement(By.id("pm-publish")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("pm-blockers")).getText()).startsWith("Publishing is disabled until")
                .contains("rootCause.sentence");
        screenshot();
        String suggestion = finding.findElement(By.cssSelector(".pm-finding-suggestion q")).getText();
        click(finding.findElement(By.cssSelector(".pm-use-suggestion")));
        wait.until(d -> suggestion.equals(stored().wentBadly().get(0)));
        assertThat(suggestion).doesNotContain("Alex forgot");
        wait.until(d -> d.findElements(By.cssSelector(".pm-findings[data-for='wentBadly[0]'] .pm-finding[data-rule^='blameless']")).isEmpty());

        // preview: the Markdown export, shown as text
        click(driver.findElement(By.id("pm-preview-button")));
        WebElement preview = wait.until(d -> {
            WebElement p = d.findElement(By.id("pm-preview"));
            return p.isDisplayed() && p.getText().contains("Post-Mortem") ? p : null;
        });
        assertThat(preview.getText()).contains("<img src=x onerror=alert(1)>");
        assertThat(driver.findElements(By.cssSelector("#pm-root img"))).isEmpty();
    }

    @Test
    void sectionDraftsAreOfferedAndTheFiveWhysAreAGuidedChain() {
        drafts.update(clientKey, stored().toBuilder().suggestions(java.util.Map.of(
                "lucky", new Suggestion("Luckily it hit at 03:00 " + XSS, List.of("Luckily it hit at 03:00 " + XSS), "comment:30102",
                        "from a comment by Dana Ops, 14:05 UTC", null),
                "fiveWhys", new Suggestion("1. a\n2. b\n3. c", List.of("Logins failed.", "The certificate expired.",
                        "Renewal was manual (stop here: a further why would not lead to an action the team can take)."), "comment:30103",
                        "a chain built from the evidence", null))).build(), 1);
        driver.get(panelUrl());
        WebElement use = wait.until(d -> d.findElement(By.cssSelector("[data-section='lucky'] .pm-use-section-suggestion")));
        assertThat(driver.findElement(By.cssSelector("[data-section='lucky'] .pm-suggestion-items")).getText()).contains(XSS);
        click(use);
        wait.until(d -> stored().lucky().contains("Luckily it hit at 03:00 " + XSS));
        assertThat(stored().summary()).as("a section suggestion never fills another section").isEqualTo(XSS);

        // the five whys: the suggested chain on a click, then each step shows the one before and asks why again
        click(driver.findElement(By.cssSelector("[data-section='fiveWhys'] .pm-use-section-suggestion")));
        wait.until(d -> stored().fiveWhys().size() == 3);
        assertThat(field("fiveWhys[2]").getDomProperty("value")).startsWith("Renewal was manual");
        assertThat(driver.findElement(By.cssSelector(".pm-why[data-step='2'] .pm-why-previous")).getText()).contains("Logins failed.");
        assertThat(driver.findElement(By.cssSelector(".pm-why-stop")).getText()).contains("outside the team's control");
        click(driver.findElement(By.id("pm-why-next")));
        WebElement fourth = field("fiveWhys[3]");
        assertThat(driver.findElement(By.cssSelector(".pm-why[data-step='4'] .pm-why-previous")).getText()).contains("Renewal was manual");
        fourth.sendKeys("Alex forgot to renew the certificate");
        // a why that blames a person gets the blameless finding inline, under that step
        wait.until(d -> !d.findElements(By.cssSelector(".pm-findings[data-for='fiveWhys[3]'] .pm-finding[data-rule^='blameless']")).isEmpty());
        waitSaved();
        assertThat(stored().fiveWhys()).hasSize(4);
        screenshot("section-drafts");
    }

    @Test
    void anAiDraftIsOfferedBesideTheFacilitatorsWithItsStatus() {
        drafts.update(clientKey, stored().toBuilder().suggestions(java.util.Map.of(
                "wentWell", new Suggestion("The alert fired within a minute.", List.of("The alert fired within a minute."), "comment:30104",
                        "from a comment by Dana Ops, 14:06 UTC", null),
                "ai.wentWell", new Suggestion("Rollback took two minutes " + XSS, List.of("Rollback took two minutes " + XSS), "ai:gpt-test",
                        "from the model gpt-test, given the redacted evidence", null),
                "ai.status", new Suggestion("AI draft ready: 1 of 8 sections drafted by gpt-test.", List.of(), "ai:gpt-test",
                        "drafted from the redacted evidence", null))).build(), 1);
        driver.get(panelUrl());
        WebElement ai = wait.until(d -> d.findElement(By.cssSelector("[data-section='wentWell'][data-source='ai']")));
        assertThat(ai.getText()).containsIgnoringCase("AI draft").contains(XSS).contains("from the model gpt-test");
        assertThat(driver.findElement(By.cssSelector("[data-section='wentWell'][data-source='facilitator']")).getText())
                .containsIgnoringCase("Suggested draft").contains("within a minute");
        assertThat(driver.findElement(By.cssSelector(".pm-ai-status")).getText()).contains("AI draft ready");
        assertThat(stored().wentWell()).as("nothing applied without a click").isEmpty();
        click(ai.findElement(By.cssSelector(".pm-use-section-suggestion")));
        wait.until(d -> stored().wentWell().contains("Rollback took two minutes " + XSS));
        assertThat(stored().wentWell()).doesNotContain("The alert fired within a minute.");
        assertThat(driver.findElements(By.cssSelector("#pm-root img"))).isEmpty();
    }

    @Test
    void aConflictShowsTheirChangesAndKeepsBoth() {
        driver.get(panelUrl());
        waitSaved();
        // someone else saves in between
        PostMortem current = stored();
        drafts.update(clientKey, current.toBuilder().lucky(List.of("The secondary on-call happened to be awake.")).build(), current.version());

        field("answers.fix").sendKeys("Reissued the SAML certificate and re-uploaded the IdP metadata");
        wait.until(d -> "Conflict".equals(d.findElement(By.id("pm-save-state")).getText().split(" –")[0]));
        String box = driver.findElement(By.id("pm-conflict")).getText();
        assertThat(box).contains("What they changed").contains("lucky[0]").contains("The secondary on-call happened to be awake.")
                .contains("What you changed").contains("answers.fix");
        click(driver.findElement(By.id("pm-keep-both")));
        waitSaved();
        PostMortem merged = stored();
        assertThat(merged.lucky()).containsExactly("The secondary on-call happened to be awake.");
        assertThat(merged.answers().fix()).isEqualTo("Reissued the SAML certificate and re-uploaded the IdP metadata");
        assertThat(field("lucky[0]").getDomProperty("value")).isEqualTo("The secondary on-call happened to be awake.");
    }

    @Test
    void nothingTypedIsLostWhileOffline() {
        driver.get(panelUrl());
        waitSaved();
        HasNetworkConditions network = (HasNetworkConditions) driver;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);

        field("answers.recurrence").sendKeys("Yes: INC-2025-0031, the same manual renewal of the VPN certificate");
        wait.until(d -> d.findElement(By.id("pm-save-state")).getText().equals("Offline – will retry"));
        Object kept = js("return Object.keys(localStorage).filter(k => k.startsWith('postmortem-draft:'))"
                + ".map(k => JSON.parse(localStorage.getItem(k)).doc.answers.recurrence);");
        assertThat((List<?>) kept).anySatisfy(v -> assertThat(String.valueOf(v)).contains("INC-2025-0031"));
        assertThat(stored().answers().recurrence()).isNull();

        network.deleteNetworkConditions();
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> "Saved".equals(d.findElement(By.id("pm-save-state")).getText()));
        assertThat(stored().answers().recurrence()).contains("INC-2025-0031");
    }

    @Test
    void withoutAPublishEndpointThePanelSaysPublishingIsNotAvailable() {
        PostMortem seed = io.postmortem.testsupport.SeedExample.seedExample();
        issueKey = seed.issueKey();
        drafts.insert(clientKey, seed.toBuilder().status(PostMortem.Status.DRAFT).confluencePage(null).build());
        driver.get(panelUrl());
        waitSaved();
        // an app without the publish feature answers Spring's plain 404
        js("""
                const original = window.fetch;
                window.fetch = (url, init) => String(url).endsWith('/publish')
                  ? Promise.resolve(new Response(JSON.stringify({error: 'Not Found', details: []}),
                      {status: 404, headers: {'Content-Type': 'application/json'}}))
                  : original(url, init);""");
        WebElement publish = driver.findElement(By.id("pm-publish"));
        assertThat(publish.isEnabled()).isTrue();
        click(publish);
        wait.until(d -> d.findElement(By.id("pm-publication")).getText().equals("Publishing is not available."));
    }

    @Test
    void eachKeyTimeShowsItsSentenceAndAnotherCandidateIsOneClickAway() {
        java.time.Instant early = java.time.Instant.parse("2026-11-20T09:00:00Z");
        java.time.Instant recap = java.time.Instant.parse("2026-11-20T08:55:00Z");
        var guess = new io.postmortem.postmortem.KeyTimeCandidate(early, "issue:" + issueKey, "description", "Since about 09:00 UTC staff cannot sign in " + XSS,
                "about 09:00 UTC", null, "Sam Reyes", early, io.postmortem.postmortem.KeyTimeCandidate.Statement.EARLY_ESTIMATE,
                io.postmortem.postmortem.KeyTime.Basis.STATED, 0.5, "failing since then, early estimate in the description, approximate");
        var fromRecap = new io.postmortem.postmortem.KeyTimeCandidate(recap, "comment:30415", "comment 30415", "08:55 UTC SAML signing cert expired",
                "08:55 UTC", null, "Priya Natarajan", java.time.Instant.parse("2026-11-20T10:29:58Z"),
                io.postmortem.postmortem.KeyTimeCandidate.Statement.HINDSIGHT, io.postmortem.postmortem.KeyTime.Basis.STATED, 0.45,
                "a failure event, written in hindsight");
        // the SP log's own line says 08:55, firmly: the evidence disputes the guess, and the panel says so under the time
        var spLog = new io.postmortem.postmortem.KeyTimeCandidate(recap, "paste:3", "paste 1, line 3",
                "SAML signing certificate expired at 08:55 UTC today. Every assertion since then is rejected.", "08:55 UTC", null, null,
                null, io.postmortem.postmortem.KeyTimeCandidate.Statement.MACHINE_STAMP, io.postmortem.postmortem.KeyTime.Basis.STATED, 0.7,
                "failing since then, machine stamp");
        // detection: the pager's own line and Priya's recap in another message say 09:02, so the panel says both agree
        java.time.Instant paged = java.time.Instant.parse("2026-11-20T09:02:00Z");
        var pager = new io.postmortem.postmortem.KeyTimeCandidate(paged, "paste:4", "paste 1, line 4",
                "[Triggered] SAML assertion failures > 50% (idp-prod)", "09:02:11Z", null, null, null,
                io.postmortem.postmortem.KeyTimeCandidate.Statement.MACHINE_STAMP, io.postmortem.postmortem.KeyTime.Basis.STATED, 0.9,
                "alert, machine stamp");
        var recapPage = new io.postmortem.postmortem.KeyTimeCandidate(paged, "comment:30415", "comment 30415",
                "09:02 UTC first page to the identity on-call", "09:02 UTC", null, "Priya " + XSS, java.time.Instant.parse("2026-11-20T10:29:58Z"),
                io.postmortem.postmortem.KeyTimeCandidate.Statement.HINDSIGHT, io.postmortem.postmortem.KeyTime.Basis.STATED, 0.9,
                "first page, alert or report, written in hindsight");
        PostMortem withCandidates = stored().toBuilder().keyTimes(new io.postmortem.postmortem.KeyTimes(
                io.postmortem.postmortem.KeyTime.of(guess, io.postmortem.postmortem.KeyTime.Basis.STATED, guess.reason(), List.of(guess, fromRecap, spLog)),
                io.postmortem.postmortem.KeyTime.of(pager, io.postmortem.postmortem.KeyTime.Basis.STATED, pager.reason(), List.of(pager, recapPage)),
                null)).build();
        drafts.update(clientKey, withCandidates, stored().version());

        driver.get(panelUrl());
        WebElement started = wait.until(d -> d.findElement(By.id("pm-keytime-started")));
        assertThat(started.findElement(By.cssSelector(".pm-quote")).getText()).isEqualTo("Since about 09:00 UTC staff cannot sign in " + XSS);
        assertThat(started.getText()).contains("description by Sam Reyes").contains("early estimate");
        WebElement disputed = started.findElement(By.cssSelector(".pm-findings[data-for='keyTimes.started'] .pm-finding[data-rule='times.disputed']"));
        assertThat(disputed.getText()).contains("The started time 09:00 UTC (description by Sam Reyes: \"Since about 09:00 UTC")
                .contains("disagrees with 08:55 UTC in paste 1, line 3: \"SAML signing certificate expired at 08:55 UTC today.")
                .contains("Check which one marks when user impact began");
        // a disputed time is not said to be corroborated; the detected time, which two messages say, is
        assertThat(started.findElements(By.cssSelector(".pm-agreement"))).isEmpty();
        WebElement agreement = driver.findElement(By.cssSelector("#pm-keytime-detected .pm-agreement"));
        assertThat(agreement.getText()).isEqualTo("2 sources agree: paste 1, line 4; comment 30415 by Priya " + XSS);
        js("arguments[0].scrollIntoView({block: 'start'});", started);
        screenshot("panel-keytimes.png");
        WebElement use = started.findElement(By.cssSelector(".pm-candidates button"));
        assertThat(use.getText()).isEqualTo("Use 20 Nov, 08:55 UTC from Priya's recap instead");
        click(use);
        waitSaved();
        var chosen = stored().keyTimes().started();
        assertThat(chosen.at()).isEqualTo(recap);
        assertThat(chosen.basis()).isEqualTo(io.postmortem.postmortem.KeyTime.Basis.MANUAL);
        assertThat(chosen.quote()).isEqualTo("08:55 UTC SAML signing cert expired");
        assertThat(chosen.candidates()).hasSize(3);
        wait.until(d -> d.findElement(By.id("pm-keytime-started")).getText().contains("Chosen by a person"));
        // a person's choice is never disputed
        wait.until(d -> d.findElements(By.cssSelector("#pm-keytime-started .pm-finding[data-rule='times.disputed']")).isEmpty());
        // the server derives corroboration on every save: the detected time still has its two sources, and a person's
        // pick of the other candidate is their own time, which nothing labels
        assertThat(stored().keyTimes().detected().corroboratedBy()).containsExactly(recapPage);
        assertThat(driver.findElement(By.cssSelector("#pm-keytime-detected .pm-agreement")).getText()).startsWith("2 sources agree: ");
        click(driver.findElement(By.cssSelector("#pm-keytime-detected .pm-candidates button")));
        waitSaved();
        wait.until(d -> d.findElement(By.id("pm-keytime-detected")).getText().contains("Chosen by a person"));
        assertThat(driver.findElements(By.cssSelector("#pm-keytime-detected .pm-agreement"))).isEmpty();
        assertThat(stored().keyTimes().detected().corroboratedBy()).isEmpty();
    }

    @Test
    void theFullPageShowsTheSamePostMortem() {
        String pathAndQuery = "/panel/full?issueKey=" + issueKey;
        driver.get(ConnectFixtures.iframeUrl(appUrl(), pathAndQuery, clientKey, secret, "557058:alex"));
        waitSaved();
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class")).contains("pm-mode-full");
        assertThat(field("answers.detection").getDomProperty("value")).isEqualTo("User report to the service desk");
    }

    @Test
    void itFitsTheIssueSidebar() {
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(panelUrl());
        waitSaved();
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
        // every control has a label (visible label, aria-label or aria-labelledby)
        Object unlabelled = js("""
                return [...document.querySelectorAll('#pm-root input, #pm-root textarea, #pm-root select')]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                  .map(e => e.outerHTML.slice(0, 80));""");
        assertThat((List<?>) unlabelled).isEmpty();
        // the page-error check after each test does see what the page logs (reading the log empties it)
        js("console.error('probe from the test');");
        assertThat(Browsers.pageErrors(driver)).anySatisfy(m -> assertThat(m).contains("probe from the test"));
        js("document.getElementById('pm-timeline').scrollIntoView();");
        screenshot("panel-sidebar.png");
    }

    private void screenshot() {
        screenshot("panel-screenshot.png");
    }

    private void screenshot(String name) {
        Browsers.screenshot(driver, name);
    }
}
