package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The attraction database in a real headless Chromium: a counsellor finds the Gergovie battle museum
 * by typing a few letters and reads its page; an admin opens the edit form; the list on a tablet.
 */
class AttractionJourneyTest extends BrowserJourney {

    static final String MUSEUM = "Musée archéologique de la bataille de Gergovie";

    @Test
    void a_counsellor_types_gergovie_opens_the_battle_museum_and_reads_its_page() {
        var page = browser.newPage();
        signIn(page, "counsellor", "counsellor");
        page.navigate("/attractions");
        var search = page.locator(".attractions-search input");
        assertThat(search).isFocused();
        assertThat(page.locator(".attractions-count")).containsText("sites");
        Browser.screenshot(page, "attractions-list");

        search.pressSequentially("gergovie");
        var museum = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(MUSEUM));
        assertThat(museum).isVisible();
        assertThat(page.locator(".attractions-count")).hasText("2 sites");
        page.waitForURL(url -> url.contains("q=gergovie"));
        Browser.screenshot(page, "attractions-search-gergovie");

        museum.click();
        page.waitForURL(url -> url.matches(".*/attractions/\\d+\\?q=gergovie.*"));
        assertThat(page.locator(".attraction-header h2")).hasText(MUSEUM);
        assertThat(page.locator(".attraction-facts").first()).containsText("Toute l’année");
        assertThat(page.locator(".attraction-side")).containsText("Familles, dès 6 ans");
        assertThat(page.locator(".page-title")).hasText(MUSEUM);
        assertThat(page.getByText("Modifier")).hasCount(0);
        Browser.screenshot(page, "attraction-detail-gergovie");

        page.locator(".attraction-back").click();
        page.waitForURL(url -> url.endsWith("/attractions?q=gergovie"));
        assertThat(page.locator(".attractions-search input")).hasValue("gergovie");
        page.context().close();
    }

    @Test
    void an_admin_opens_an_attraction_s_edit_form() {
        var page = browser.newPage();
        signIn(page, "admin", "admin");
        page.navigate("/attractions?q=puy%20de%20dome&sort=drive");
        var row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Puy de Dôme"));
        row.first().click();
        assertThat(page.locator(".attraction-actions")).containsText("Retirer");
        Browser.screenshot(page, "attraction-detail-admin");
        page.getByText("Modifier").click();
        page.waitForURL(url -> url.matches(".*/attractions/\\d+/edit.*"));
        assertThat(page.locator(".attraction-form vaadin-text-field").first().locator("input"))
                .hasValue("Puy de Dôme");
        Browser.screenshot(page, "attraction-edit");
        page.locator(".attraction-form .form-section").nth(2).scrollIntoViewIfNeeded();
        page.mouse().wheel(0, 300);
        Browser.screenshot(page, "attraction-edit-when-who");
        page.navigate("/attractions/new");
        page.getByText("Enregistrer").click();
        assertThat(page.locator(".save-status")).hasText("Certaines informations sont à corriger.");
        Browser.screenshot(page, "attraction-new-errors");
        assertThat(page.url()).contains("/attractions/new");
        page.context().close();
    }

    @Test
    void on_a_portrait_tablet_the_filters_wrap_and_the_list_stays_readable() {
        var page = browser.newPage();
        page.setViewportSize(800, 1200);
        signIn(page, "counsellor", "counsellor");
        page.navigate("/attractions?indoor=true&family=true");
        assertThat(page.locator(".attractions-grid")).isVisible();
        assertThat(page.locator(".attractions-needs vaadin-checkbox").first()).isVisible();
        Browser.screenshot(page, "attractions-tablet");
        // every column is on screen: no sideways scrolling on a tablet
        var today = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Aujourd’hui"));
        var box = today.boundingBox();
        assertThat(box.x + box.width).isLessThanOrEqualTo(800);
        page.context().close();
    }
}
