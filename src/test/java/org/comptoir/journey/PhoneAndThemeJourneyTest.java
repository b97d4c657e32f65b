package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.comptoir.TestUsers;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk on a tablet held upright and on a phone, the reports on a phone, in the light and the dark
 * theme; and the theme chosen in the user menu, kept on this browser. Writes the pictures of
 * {@code docs/screenshots/}.
 */
class PhoneAndThemeJourneyTest extends BrowserJourney {

    /** A small phone, and a tablet held upright. */
    private static final List<int[]> SIZES = List.of(new int[] {360, 740}, new int[] {768, 1024});

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    @Autowired
    ComptoirProperties properties;

    @Test
    void the_desk_and_the_reports_fit_a_phone_and_a_tablet_without_scrolling_sideways_in_both_themes() {
        logVisitorsThisMonth();
        for (var scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            var theme = scheme.name().toLowerCase(Locale.ROOT);
            for (var size : SIZES) {
                var width = size[0];
                var desk = browser.newPage(width, size[1], scheme);
                signIn(desk, "counsellor", "counsellor");
                desk.waitForURL(url -> url.contains("/desk"));
                assertThat(desk.locator(".interaction-form")).isVisible();
                picture(desk, "desk", width, theme);
                fits(desk, width, "desk");
                desk.context().close();

                var reports = browser.newPage(width, size[1], scheme);
                signIn(reports, "director", "director");
                reports.waitForURL(url -> url.contains("/reports"));
                assertThat(reports.locator(".glance-card").first()).isVisible();
                picture(reports, "reports", width, theme);
                fits(reports, width, "reports");

                reports.navigate("/reports/origins");
                var chart = reports.locator("img.report-chart").first();
                assertThat(chart).isVisible();
                reports.waitForFunction("img => img.complete && img.naturalWidth > 0", chart.elementHandle());
                chart.scrollIntoViewIfNeeded();
                picture(reports, "report-origins", width, theme);
                fits(reports, width, "reports/origins");
                reports.context().close();
            }
        }
    }

    @Test
    void the_theme_chosen_in_the_user_menu_applies_at_once_and_is_kept_on_this_browser() {
        var page = browser.newPage(1280, 800, ColorScheme.LIGHT);
        signIn(page, "counsellor", "counsellor");
        var html = page.locator("html");
        assertThat(html).hasAttribute("theme", "light-dark");
        var lightPaper = background(page);

        choose(page, "Sombre");
        assertThat(html).hasAttribute("theme", "dark");
        assertThat(background(page)).isNotEqualTo(lightPaper);
        Browser.screenshot(page, "desk-dark-chosen");

        // in the page's very first HTML, so a reload never flashes white
        assertThat(page.request().get("/desk").text())
                .contains("theme=\"dark\"")
                .contains("lang=\"fr\"");
        page.reload();
        assertThat(html).hasAttribute("theme", "dark");
        assertThat(page.locator(".interaction-form")).isVisible();

        choose(page, "Claire");
        assertThat(html).hasAttribute("theme", "light");
        assertThat(background(page)).isEqualTo(lightPaper);

        choose(page, "Comme le système");
        assertThat(html).hasAttribute("theme", "light-dark");
        assertThat(page.request().get("/desk").text()).contains("theme=\"light-dark\"");
        page.context().close();
    }

    /** Opens the user menu, then its appearance submenu, and picks a theme. */
    private static void choose(Page page, String theme) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Menu de counsellor"))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Apparence"))
                .click();
        page.locator("[role^=menuitem]", new Page.LocatorOptions().setHasText(theme))
                .click();
    }

    private static String background(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
    }

    /** Nothing is wider than the screen: the page never scrolls sideways. */
    private static void fits(Page page, int width, String screen) {
        var scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("width of %s at %d px", screen, width).isLessThanOrEqualTo(width);
    }

    /** Documents the phone in both themes, the tablet in the light one. */
    private static void picture(Page page, String screen, int width, String theme) {
        Browser.settle(page);
        if (width < 768 || theme.equals("light")) {
            Browser.documentScreenshot(page, screen + "-" + width + "-" + theme);
        }
    }

    /** A few visitors this month, so that the reports have figures and charts to show. */
    private void logVisitorsThisMonth() {
        var now = LocalDateTime.now(clock.withZone(properties.timeZone()))
                .withNano(0)
                .minusMinutes(5);
        var countries = List.of("FR", "DE", "GB", "NL", "BE");
        TestUsers.asHistoryWriter("journey-phone", () -> {
            for (int c = 0; c < countries.size(); c++) {
                visits.save(
                        Interactions.draft()
                                .occurredAt(now.minusHours(c))
                                .adults(1 + c % 3)
                                .visitorType(VisitorType.TOURIST)
                                .country(countries.get(c))
                                .departement(countries.get(c).equals("FR") ? "63" : null)
                                .stayLength(StayLength.values()[c % StayLength.values().length])
                                .build(),
                        TestUsers.HISTORY_REASON);
            }
            return null;
        });
    }
}
