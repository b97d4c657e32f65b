package org.comptoir.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every screen the three roles reach, checked with axe-core in the light and the dark theme (the dark
 * one through the system's setting, which the app follows by default): no serious or critical
 * violation. Prints a summary of all violations by impact.
 */
class AccessibilityJourneyTest extends BrowserJourney {

    /** The screens each role reaches from its menu, and the login page before anyone signs in. */
    private static final Map<String, List<String>> SCREENS = screens();

    private static Map<String, List<String>> screens() {
        var screens = new LinkedHashMap<String, List<String>>();
        screens.put("counsellor", List.of("desk", "follow-ups", "attractions", "recommend", "account"));
        screens.put("director", List.of("reports", "reports/recovery", "reports/origins", "history"));
        screens.put(
                "admin",
                List.of(
                        "admin/users",
                        "admin/lists",
                        "admin/import",
                        "admin/import/feed",
                        "admin/import/mapping",
                        "admin/personal-data",
                        "admin/journal",
                        "attractions/new"));
        return screens;
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation_in_the_light_or_the_dark_theme() {
        var summary = new ArrayList<String>();
        var blocking = new ArrayList<String>();
        for (var scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            var theme = scheme.name().toLowerCase(Locale.ROOT);
            var login = browser.newPage(1280, 800, scheme);
            login.navigate("/login");
            Browser.settle(login);
            record(summary, blocking, theme, "login", Axe.check(login));
            login.context().close();
            for (var entry : SCREENS.entrySet()) {
                var page = browser.newPage(1280, 800, scheme);
                signIn(page, entry.getKey(), entry.getKey());
                for (var screen : entry.getValue()) {
                    page.navigate("/" + screen);
                    Browser.settle(page);
                    assertThat(page.locator("html").getAttribute("theme")).isEqualTo("light-dark");
                    record(summary, blocking, theme, screen, Axe.check(page));
                }
                page.context().close();
            }
        }
        System.out.println("axe-core violations by impact (minor/moderate/serious/critical):");
        summary.forEach(System.out::println);
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }

    private static void record(
            List<String> summary, List<String> blocking, String theme, String screen, List<Axe.Violation> found) {
        var byImpact = found.stream().collect(Collectors.groupingBy(Axe.Violation::impact, Collectors.counting()));
        summary.add(String.format(
                "  %-5s %-22s %s %s",
                theme,
                screen,
                Axe.IMPACTS.stream()
                        .map(impact -> String.valueOf(byImpact.getOrDefault(impact, 0L)))
                        .collect(Collectors.joining("/")),
                found.stream().map(Axe.Violation::rule).collect(Collectors.joining(" "))));
        found.stream().filter(Axe.Violation::blocking).forEach(v -> blocking.add(theme + " " + screen + ": " + v));
    }
}
