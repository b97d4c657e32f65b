package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionSheets;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A Dutch family on a rainy day, in a real headless Chromium: the counsellor logs them, picks three
 * suggestions, saves, and downloads the sheet, which speaks Dutch and names the three picks.
 */
class SuggestionJourneyTest extends BrowserJourney {

    @Autowired
    AttractionService attractions;

    @Autowired
    VisitService visits;

    @Test
    void a_dutch_family_on_a_rainy_day_gets_three_picks_and_a_dutch_sheet() throws Exception {
        var page = browser.newPage();
        signIn(page, "counsellor", "counsellor");
        page.waitForURL(url -> url.contains("/desk"));
        assertThat(page.locator(".country-field input")).isFocused();

        page.keyboard().type("Pays-Bas");
        page.keyboard().press("Enter");
        page.locator(".party-row vaadin-integer-field input").first().fill("2");
        page.locator(".party-row vaadin-integer-field input").nth(1).fill("2");
        page.locator(".party-row vaadin-integer-field input").nth(1).press("Tab");
        page.locator("vaadin-details.more-details vaadin-details-summary").click();
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText("Langue de l’échange"))
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Néerlandais"))
                .click();
        page.getByText("Jour de pluie").click();

        var rows = page.locator(".suggestion-row");
        assertThat(rows.first()).containsText("en intérieur");
        var names = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var row = rows.first();
            names.add(row.locator(".suggestion-name").innerText().strip());
            row.locator("vaadin-button").click();
            assertThat(page.locator(".suggestion-picked")).containsText(names.get(i));
        }
        Browser.screenshot(page, "desk-dutch-family-picks");
        page.keyboard().press("Control+Enter");

        // the list shows the saved visit with its picks before we take its sheet link
        assertThat(page.locator(".today-card vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("★"))
                        .first())
                .isVisible();
        Browser.screenshot(page, "desk-dutch-family-saved");
        var sheetButton = page.locator(".today-card vaadin-button.sheet-link").first();
        assertThat(sheetButton).isVisible();
        // The sheet button sends the browser to the sheet's address; fetch that address with the
        // browser's own session (a click right after the save can land on a grid cell being re-rendered).
        var saved = TestUsers.as(
                "counsellor",
                AppRoles.COUNSELLOR,
                () -> visits.today(visits.defaultDeskId(), PageRequest.of(0, 1))
                        .getContent()
                        .getFirst());
        assertThat(saved.pickIds()).hasSize(3);
        var response = page.request().get(InteractionSheets.path(saved.id()));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-disposition")).contains("-nl.pdf");
        var pdf = response.body();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Onze suggesties voor u", "Adres");
        for (var name : names) {
            // a Dutch sheet gives the attractions' English texts (the database has French and English)
            var english = TestUsers.as(
                    "counsellor",
                    AppRoles.COUNSELLOR,
                    () -> attractions
                            .search(AttractionFilter.text(name), AttractionSort.NAME, true, PageRequest.of(0, 5))
                            .getContent()
                            .stream()
                            .filter(a -> a.nameFr().equals(name))
                            .findFirst()
                            .orElseThrow()
                            .nameEn());
            assertThat(text).contains(english.length() > 25 ? english.substring(0, 25) : english);
        }
        Files.write(Browser.SCREENSHOTS.resolve("sheet-dutch-family.pdf"), pdf);
        page.context().close();
    }
}
