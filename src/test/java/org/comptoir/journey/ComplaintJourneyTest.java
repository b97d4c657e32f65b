package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complaints register in a real headless Chromium: a director records a complaint said at the desk, finds it in
 * the register's list, opens it and acknowledges it; its history says so.
 */
class ComplaintJourneyTest extends BrowserJourney {

    private static final String DESCRIPTION = "Le visiteur a attendu vingt minutes sans être accueilli (journey)";

    @Autowired
    DataSource dataSource;

    @AfterEach
    void forget() {
        var jdbc = new JdbcTemplate(dataSource);
        var ids = "select id from complaint where description = '" + DESCRIPTION + "'";
        jdbc.update("delete from complaint_event where complaint_id in (" + ids + ")");
        jdbc.update("delete from complaint where description = '" + DESCRIPTION + "'");
    }

    @Test
    void a_director_records_a_complaint_finds_it_and_acknowledges_it() {
        var page = browser.newPage();
        signIn(page, "director", "director");
        page.navigate("/complaints/new");
        Browser.settle(page);
        field(page, "vaadin-combo-box", "Accueil").locator("input").fill("Accueil principal");
        page.keyboard().press("Enter");
        field(page, "vaadin-combo-box", "Catégorie").locator("input").fill("Accueil");
        page.keyboard().press("Enter");
        field(page, "vaadin-text-area", "Description").locator("textarea").fill(DESCRIPTION);
        Browser.screenshot(page, "complaint-new");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Enregistrer"))
                .first()
                .click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Réclamation enregistrée");

        page.navigate("/complaints");
        Browser.settle(page);
        var row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Accueil"));
        assertThat(row.first()).isVisible();
        Browser.screenshot(page, "complaints");

        var id = new JdbcTemplate(dataSource)
                .queryForObject("select max(id) from complaint where description = ?", Long.class, DESCRIPTION);
        page.navigate("/complaints/" + id);
        Browser.settle(page);
        assertThat(page.locator("body")).containsText(DESCRIPTION);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Accuser réception"))
                .click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Accusé de réception noté");
        assertThat(page.locator("body")).containsText("Accusé de réception");
        Browser.screenshot(page, "complaint-acknowledged");
        page.context().close();
    }

    private static Locator field(Page page, String tag, String label) {
        return page.locator(
                        tag,
                        new Page.LocatorOptions()
                                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))))
                .first();
    }
}
