package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.comptoir.TestUsers;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.HistoryFilter;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The desk in a real headless Chromium, with the keyboard alone: a German couple staying two or three
 * nights, interested in hiking, volcanoes and heritage. Counts the key presses besides typing the
 * country (the goal is 12 at most).
 */
class DeskJourneyTest extends BrowserJourney {

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    @Autowired
    ReferenceListService lists;

    int keyPresses;

    @Test
    void a_counsellor_logs_a_typical_visit_with_the_keyboard_alone_in_at_most_twelve_key_presses() {
        var page = browser.newPage();
        signIn(page, "counsellor", "counsellor");
        page.waitForURL(url -> url.contains("/desk"));
        var form = page.locator(".interaction-form");
        assertThat(form).isVisible();
        assertThat(page.locator(".country-field input")).isFocused();
        Browser.screenshot(page, "desk-empty");

        page.keyboard().type("Allemagne");
        press(page, "Enter");
        assertThat(page.locator(".party-row vaadin-integer-field").first().locator("input"))
                .isFocused();
        press(page, "2");
        press(page, "Tab");
        press(page, "Tab");
        assertThat(page.locator(".toggle-field vaadin-button.toggle").nth(6)).isFocused();
        press(page, "4");
        press(page, "1");
        press(page, "2");
        press(page, "4");
        Browser.screenshot(page, "desk-german-couple-filled");
        press(page, "Control+Enter");

        var todayRow =
                page.locator(".today-card vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Allemagne"));
        assertThat(todayRow.first()).isVisible();
        assertThat(page.locator(".country-field input")).isFocused();
        assertThat(page.locator(".country-field input")).hasValue("");
        Browser.screenshot(page, "desk-after-save");
        System.out.printf("Keyboard journey: %d key presses besides typing the country%n", keyPresses);
        assertThat(keyPresses).isLessThanOrEqualTo(12);

        var saved = lastSavedByCounsellor();
        assertThat(saved.country()).isEqualTo("DE");
        assertThat(saved.adults()).isEqualTo(2);
        assertThat(saved.children()).isZero();
        assertThat(saved.stayLength()).isEqualTo(StayLength.TWO_THREE_NIGHTS);
        assertThat(codes(saved.interestIds()))
                .containsExactlyInAnyOrder("VOLCANOES_NATURE", "HIKING", "HERITAGE_HISTORY");
        page.context().close();
    }

    private void press(Page page, String key) {
        page.keyboard().press(key);
        keyPresses++;
    }

    private InteractionDetails lastSavedByCounsellor() {
        return asDirector(
                () -> visits.history(HistoryFilter.month(LocalDate.now(clock)), PageRequest.of(0, 50)).stream()
                        .filter(i -> i.counsellor().equals("counsellor"))
                        .findFirst()
                        .orElseThrow());
    }

    private Set<String> codes(Set<Long> interestIds) {
        return asDirector(() -> lists.items(ListKind.INTEREST, true).stream()
                .filter(i -> interestIds.contains(i.id()))
                .map(ListItem::code)
                .collect(Collectors.toSet()));
    }

    private static <T> T asDirector(Supplier<T> action) {
        return TestUsers.as("director", AppRoles.DIRECTOR, action);
    }
}
