package dk.pulje.it.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Selenium, pointed at the installed binaries so that nothing is downloaded.
 * <p>
 * Without Chromium the browser tests are skipped with a loud warning, so that a user's {@code ./mvnw verify} still
 * passes; CI sets {@code PULJE_REQUIRE_BROWSER=true} and a missing browser then fails the build instead.
 */
public final class Browser {

    private static final String CHROMIUM = System.getenv().getOrDefault("PULJE_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("PULJE_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** Opens a fresh headless browser, or skips (fails, on CI) when there is none. */
    public static WebDriver open() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present) {
            String message = "No Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER
                    + ": the browser tests cannot run. Install Debian's chromium and chromium-driver.";
            if (Boolean.parseBoolean(System.getenv("PULJE_REQUIRE_BROWSER"))) {
                Assertions.fail(message + " (PULJE_REQUIRE_BROWSER=true)");
            }
            System.err.println();
            System.err.println("!!!!!!!! BROWSER TESTS SKIPPED !!!!!!!! " + message);
            System.err.println();
            Assumptions.abort(message);
        }
        try {
            String tmp = System.getenv("TMPDIR");
            if (tmp != null) {
                Files.createDirectories(Path.of(tmp)); // the build points Chromium's temp folders into target/
            }
            Path profile = Files.createTempDirectory("pulje-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--lang=da-DK",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows to target/screenshots (the user guide's pictures are taken from there). */
    public static void screenshot(WebDriver driver, String name) {
        Path folder = Path.of(System.getProperty("pulje.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls so that the element stands mid-screen, for a picture of what lies below the fold (the finances tab's sums). */
    public static void scrollTo(WebDriver driver, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    /** Logs in through the login page as a demo user and waits until Pulje shows who is logged in. */
    public static void login(WebDriver driver, String username, String password) {
        // In Danish, whatever the account chose last (a test that switched to English stores that with the account, and
        // a login applies the stored language unless one is chosen on the login page).
        driver.get(baseUrl() + "login.xhtml?lang=da");
        driver.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(org.openqa.selenium.By.id("current-user")).isEmpty());
    }

    /** Where the test server serves Pulje: 8080 plus the build's port offset. */
    public static String baseUrl() {
        return Urls.base();
    }

    /**
     * Waits until the element has left the page (the next page or a redrawn form replaced it). Like Selenium's
     * {@code stalenessOf}, but a node that chromium reports as "not belonging to the document" while the new page
     * replaces the old one (a race the 2-core CI machine hits under load) also counts as gone.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
