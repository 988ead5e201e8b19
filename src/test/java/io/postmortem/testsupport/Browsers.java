package io.postmortem.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium for every browser test: one place for the binaries, the flags, the skip rule and the
 * page-error and screenshot helpers. Skipped when Chromium or chromedriver is absent, except under CI=true where
 * that is a failure.
 */
public final class Browsers {

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browsers() {
    }

    public static void assumePresent() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires /usr/bin/chromium and /usr/bin/chromedriver for the browser tests");
        }
        Assumptions.assumeTrue(present, "Skipping the browser test: /usr/bin/chromium or /usr/bin/chromedriver is missing");
    }

    /**
     * Script errors and CSP violations the page logged (HTTP answers such as 404 or 400 that the page handles are
     * logged by Chromium too; they are not errors of the page and are left out). Reading the log empties it.
     */
    public static List<String> pageErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
    }

    /**
     * After a test: fails when the page logged script errors or CSP violations, and always quits the browser
     * (nothing to do when the test never started one).
     */
    public static void assertNoPageErrorsAndQuit(WebDriver driver) {
        if (driver == null) return;
        try {
            assertThat(pageErrors(driver)).as("script errors or CSP violations in the page").isEmpty();
        } finally {
            driver.quit();
        }
    }

    /**
     * A fresh headless Chromium with its own profile (quitting a driver stops its service: one service each).
     * Call {@link #assumePresent()} first.
     */
    public static WebDriver chrome() {
        try {
            Path profile = Files.createTempDirectory("chromium-" + UUID.randomUUID());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=1100,1400");
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows as target/{@code name}. */
    public static Path screenshot(WebDriver driver, String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
