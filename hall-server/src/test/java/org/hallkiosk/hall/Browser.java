package org.hallkiosk.hall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) with a fresh profile, driven
 * through chromedriver. Missing browser packages fail the test: CI installs them (.ci/run), a skip would hide that
 * the pages went untested.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Replaces the browser's speech with one that has a Chinese voice and writes down every utterance in
     * {@code window.__spoken}, before any page script runs.
     */
    static final String FAKE_SPEECH = """
            (() => {
              const spoken = [];
              const voices = [{ name: 'Test 中文', lang: 'zh-CN', voiceURI: 'test-zh', localService: true, default: true }];
              const fake = {
                speaking: false, pending: false, paused: false, onvoiceschanged: null,
                getVoices: () => voices,
                speak(u) { spoken.push({ text: u.text, lang: u.lang, at: Date.now() }); setTimeout(() => u.dispatchEvent(new Event('end')), 20); },
                cancel() {}, pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
              };
              Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
              Object.defineProperty(window, '__spoken', { value: spoken });
            })();
            """;

    /** A browser with speech but no voice at all, as on a display without a Chinese voice installed. */
    static final String NO_VOICE = FAKE_SPEECH.replace("const voices = [{ name: 'Test 中文', lang: 'zh-CN', voiceURI: 'test-zh', localService: true, default: true }];",
            "const voices = [];");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    Browser(Path parent, String injected) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("the web page tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver (docs/testing.md)");
        }
        try {
            profile = Files.createTempDirectory(parent, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1920,1080", "--lang=zh-CN",
                "--autoplay-policy=no-user-gesture-required", "--disable-dev-shm-usage");
        driver = new ChromeDriver(service, options);
        // The page itself 1920×1080, as on the hall's TV (the window size includes the browser's frame).
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
        if (injected != null) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", injected));
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(URI uri) {
        driver.get(uri.toString());
    }

    WebElement find(String cssId) {
        return driver.findElement(By.id(cssId));
    }

    String text(String cssId) {
        return find(cssId).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until {@code condition} holds (polling every 50 ms), or fails after {@code timeout}. */
    <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).withMessage(what).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + "; the page shows:\n" + js("return document.body.innerText;"), e);
        }
    }

    /** Clicks the {@code index}th element matching {@code css}, again if the page redrew it meanwhile. */
    void click(String css, int index) {
        await(Duration.ofSeconds(10), "click " + css + " #" + index, d -> {
            try {
                d.findElements(By.cssSelector(css)).get(index).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | IndexOutOfBoundsException e) {
                return null;
            }
        });
    }

    /** What the page asked the (fake) speech to say. */
    @SuppressWarnings("unchecked")
    List<String> spoken() {
        return (List<String>) js("return window.__spoken.map(s => s.text);");
    }

    void screenshot(Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.write(to, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
