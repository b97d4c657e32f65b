package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every screen the three roles reach, checked with axe-core in the light theme on a desk's screen and in
 * the dark theme (through the system's setting, which the app follows by default) on a 360 px phone: no
 * serious or critical violation, and on the phone nothing wider than the screen. Prints a summary of all
 * violations by impact.
 */
class AccessibilityJourneyTest extends BrowserJourney {

    /** The screens each role reaches from its menu, and the login page before anyone signs in. */
    private static final Map<String, List<String>> SCREENS = screens();

    private static Map<String, List<String>> screens() {
        var screens = new LinkedHashMap<String, List<String>>();
        screens.put(
                "counsellor",
                List.of(
                        "desk",
                        "follow-ups",
                        "complaints",
                        "complaints/new",
                        "attractions",
                        "recommend",
                        "kiosk-mode",
                        "account"));
        screens.put(
                "director",
                List.of(
                        "reports",
                        "reports/recovery",
                        "reports/origins",
                        "reports/listening",
                        "history",
                        "satisfaction",
                        "complaints"));
        screens.put(
                "admin",
                List.of(
                        "admin/users",
                        "admin/lists",
                        "admin/import",
                        "admin/import/feed",
                        "admin/import/mapping",
                        "admin/import/past-counts",
                        "admin/personal-data",
                        "admin/api",
                        "admin/journal",
                        "attractions/new"));
        return screens;
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation_nor_scrolls_sideways_on_a_phone() {
        var summary = new ArrayList<String>();
        var blocking = new ArrayList<String>();
        var tooWide = new ArrayList<String>();
        for (var scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            var theme = scheme.name().toLowerCase(Locale.ROOT);
            var width = scheme == ColorScheme.LIGHT ? 1280 : 360;
            var height = scheme == ColorScheme.LIGHT ? 800 : 740;
            var login = browser.newPage(width, height, scheme);
            login.navigate("/login");
            Browser.settle(login);
            record(summary, blocking, theme, "login", Axe.check(login));
            measure(tooWide, login, width, "login");
            login.context().close();
            for (var entry : SCREENS.entrySet()) {
                var page = browser.newPage(width, height, scheme);
                signIn(page, entry.getKey(), entry.getKey());
                for (var screen : entry.getValue()) {
                    page.navigate("/" + screen);
                    Browser.settle(page);
                    assertThat(page.locator("html").getAttribute("theme")).isEqualTo("light-dark");
                    record(summary, blocking, theme, screen, Axe.check(page));
                    measure(tooWide, page, width, screen);
                }
                page.context().close();
            }
        }
        System.out.println("axe-core violations by impact (minor/moderate/serious/critical):");
        summary.forEach(System.out::println);
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
        assertThat(tooWide).as("screens wider than the phone").isEmpty();
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_moves_the_focus_to_the_page_content() {
        var page = browser.newPage();
        signIn(page, "director", "director");
        Browser.settle(page);
        page.locator("body").focus();
        page.keyboard().press("Tab");
        var skip = page.locator(".skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText("Aller au contenu");
        assertThat(skip).isInViewport();
        Browser.screenshot(page, "skip-link");
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=main]")).isFocused();
        page.keyboard().press("Tab");
        // the next stop is inside the page, not in the menu
        assertThat((Boolean) page.evaluate(
                        "() => document.getElementById('main-content').contains(" + "document.activeElement)"))
                .isTrue();
        page.context().close();
    }

    private static void measure(List<String> tooWide, Page page, int width, String screen) {
        var scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > width) {
            tooWide.add(screen + ": " + scrollWidth + " px at " + width);
        }
    }

    private static void record(
            List<String> summary, List<String> blocking, String theme, String screen, List<Axe.Violation> found) {
        var byImpact = found.stream().collect(Collectors.groupingBy(Axe.Violation::impact, Collectors.counting()));
        summary.add(String.format(
                "  %-5s %-22s %s  %s",
                theme,
                screen,
                Axe.IMPACTS.stream()
                        .map(impact -> String.valueOf(byImpact.getOrDefault(impact, 0L)))
                        .collect(Collectors.joining("/")),
                found.stream().map(Axe.Violation::rule).collect(Collectors.joining(" "))));
        found.stream().filter(Axe.Violation::blocking).forEach(v -> blocking.add(theme + " " + screen + ": " + v));
    }
}
