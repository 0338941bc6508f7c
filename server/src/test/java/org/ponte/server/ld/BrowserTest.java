package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven through
 * {@code /usr/bin/chromedriver} (set explicitly, so Selenium Manager never downloads
 * anything). Skipped when either is missing; {@code scripts/test} installs them.
 *
 * <p>A visitor opens the home page, follows a link to a class index, opens an entity page and
 * sees its name and an evidence quote, uses the search box and lands on a result, and opens an
 * example query in the query editor; the browser console shows no errors on Ponte's pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path profile;
    static Corpus c;
    static ChromeDriverService service;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void browser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or ChromeDriver missing (apt-get install chromium chromium-driver)");
        c = Corpus.get();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().withSilent(true).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
        if (service != null) service.stop();
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        consoleErrors();
    }

    /** Console messages at SEVERE level since the last call. */
    static List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER))
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add(e.getMessage());
        return out;
    }

    static void clickAndWait(WebElement link, String urlPart) {
        link.click();
        wait.until(ExpectedConditions.urlContains(urlPart));
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    @Test
    @Order(1)
    void aVisitorBrowsesSearchesAndReadsEvidence() {
        driver.get(c.url("/"));
        assertTrue(driver.getTitle().contains("Ponte"), driver.getTitle());
        assertEquals(List.of(), consoleErrors(), "console errors on the home page");

        clickAndWait(driver.findElement(By.cssSelector("ul.counts a[href='/list/organisation']")), "/list/organisation");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Organisations"));

        clickAndWait(driver.findElement(By.cssSelector("ul.entities a[href='/doc/organisation/ismu']")), "/doc/organisation/ismu");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("ISMU"));
        WebElement quote = driver.findElement(By.cssSelector("ol.evidence li blockquote.quote mark.exact"));
        assertTrue(quote.isDisplayed());
        assertFalse(quote.getText().isBlank());
        assertTrue(driver.findElement(By.cssSelector("section.neighbourhood svg")).isDisplayed());
        assertEquals(List.of(), consoleErrors(), "console errors on the entity page");

        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("Reseau");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.results li.result a")));
        clickAndWait(first, "/doc/organisation/reseau");
        assertEquals("Associazione Le Réseau", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), consoleErrors(), "console errors on search and result pages");

        driver.get(c.url("/doc/document/002-34d5001a9e66cf88-txt"));
        assertTrue(driver.findElement(By.cssSelector("section.provenance dd.file-name")).getText().contains("002_34d5001a9e66cf88.txt"));
        driver.get(c.url("/ontology#Organisation"));
        assertTrue(driver.findElement(By.id("Organisation")).isDisplayed());
        driver.get(c.url("/doc/organisation/oxford?lang=it"));
        assertEquals("Università di Oxford", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), consoleErrors(), "console errors on the document, ontology and Italian pages");
    }

    /**
     * Fuseki's query editor (not Ponte's page) is only checked for showing the query: its
     * YASQE asks prefix.cc for prefixes, which fails without internet and logs a console error.
     */
    @Test
    @Order(2)
    void anExampleQueryOpensInTheQueryEditor() {
        driver.get(c.url("/queries/"));
        WebElement open = driver.findElement(By.cssSelector("#projects-by-funder a.query-editor"));
        String href = open.getAttribute("href");
        assertTrue(href.contains("/ui/#/dataset/ponte/query?query="), href);
        open.click();
        wait.until(ExpectedConditions.urlContains("/ui/"));
        // The editor (YASQE, a CodeMirror) shows the query text passed in the URL.
        wait.until(d -> {
            Object text = ((ChromeDriver) d).executeScript(
                    "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;");
            return text != null && text.toString().contains("ponte:fundedBy");
        });
    }
}
