package io.postmortem.panel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the panel's browser tests; skipped when absent, except under CI. */
final class Browsers {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browsers() {
    }

    static void assumePresent() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires /usr/bin/chromium and /usr/bin/chromedriver for the panel's browser tests");
        }
        Assumptions.assumeTrue(present, "Skipping the panel's browser test: /usr/bin/chromium or /usr/bin/chromedriver is missing");
    }

    /**
     * Script errors and CSP violations the page logged (HTTP answers such as 404 or 400 that the panel handles are
     * logged by Chromium too; they are not errors of the page and are left out).
     */
    static java.util.List<String> pageErrors(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
    }

    /** A fresh headless Chromium with its own profile (quitting a driver stops its service: one service each). */
    static WebDriver chrome() {
        try {
            Path profile = Files.createTempDirectory("panel-chromium-" + UUID.randomUUID());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=1100,1400");
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
