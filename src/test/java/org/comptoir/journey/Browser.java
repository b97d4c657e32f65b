package org.comptoir.journey;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's headless Chromium (Debian's package), driven by Playwright, which must not download a
 * browser of its own. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOCUMENTATION = Path.of("docs", "screenshots");
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;
    /** What Chromium refused under the Content-Security-Policy: a journey ends with none. */
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Playwright gives every launch a fresh, empty --user-data-dir of its own.
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    /** Starts Chromium, or skips the test where no Chromium is installed (CI installs it). */
    static Browser start(int port) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "no Chromium at " + CHROMIUM + ": apt-get install chromium chromium-driver");
        return new Browser("http://localhost:" + port);
    }

    /** A new window with empty cookies, at a desk screen's size, in French. */
    Page newPage() {
        return newPage(1280, 800, ColorScheme.LIGHT);
    }

    /**
     * A new window with empty cookies, in French, of the given size, on a system set to the given
     * scheme ({@code prefers-color-scheme}).
     */
    Page newPage(int width, int height, ColorScheme scheme) {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setViewportSize(width, height)
                .setColorScheme(scheme)
                .setLocale("fr-FR")
                .setBaseURL(baseUrl));
        context.setDefaultTimeout(20_000);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // let layout and the drawer's slide finish: this wait is for the picture, not for the checks
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** A picture for the documentation, in {@code docs/screenshots/}: the phone and tablet pages and the themes. */
    static void documentScreenshot(Page page, String name) {
        try {
            Files.createDirectories(DOCUMENTATION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCUMENTATION.resolve(name + ".png")));
    }

    /** Waits until Vaadin has no request under way: the screen shows what the server sent. */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
