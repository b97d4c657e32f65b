package org.comptoir.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey through the real app in the system's headless Chromium. */
@ComptoirTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
            assertThat(browser.policyViolations)
                    .as("what the Content-Security-Policy refused")
                    .isEmpty();
        }
    }

    static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        submit(page, username, password);
        page.waitForURL(url -> !url.contains("/login"));
    }

    static void submit(Page page, String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        var field = page.locator("#vaadinLoginPassword input");
        field.fill(password);
        field.press("Enter");
    }
}
