package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.comptoir.ComptoirTest;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Sheets for three attractions of the starter set, read back from the PDF as a visitor's viewer would. */
@ComptoirTest
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class SuggestionSheetTest {

    private static final LocalDate A_SUMMER_SATURDAY = LocalDate.of(2026, 7, 18);
    private static final String OFFICE = "Clermont Auvergne Tourisme";

    @Autowired
    SuggestionSheet sheet;

    @Autowired
    AttractionService attractions;

    @Test
    void a_dutch_sheet_has_dutch_labels_english_texts_and_the_date_in_dutch_on_one_page() throws IOException {
        var pdf = sheet.pdf(request(SheetLanguage.NL));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(SheetPdfTest.text(document))
                    .contains(
                            "CLERMONT AUVERGNE TOURISME",
                            "Onze suggesties voor u",
                            "Vulcania",
                            "Puy de Dôme",
                            "L'Aventure Michelin",
                            "The European Park of Volcanism",
                            "Chaîne des Puys",
                            "Adres: Route de Mazayes, 63230 Saint-Ours-les-Roches",
                            "Rijtijd: 25 min met de auto",
                            "Entree volwassenen: €€€ · meer dan € 25",
                            "Open: maart–november",
                            "Open: februari–december · gesloten op maandag",
                            "Open: het hele jaar",
                            "Website: www.vulcania.com",
                            "Opgesteld op 18 juli 2026",
                            "Prettig verblijf!");
        }
    }

    @Test
    void a_german_sheet_speaks_german() throws IOException {
        var pdf = sheet.pdf(request(SheetLanguage.DE));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(SheetPdfTest.text(document))
                    .contains(
                            "Unsere Vorschläge für Sie",
                            "Vulcania",
                            "Puy de Dôme",
                            "L'Aventure Michelin",
                            "Fahrzeit: 25 Min. mit dem Auto",
                            "Eintritt Erwachsene: €€€ · über 25 €",
                            "Geöffnet: März–November",
                            "Februar–Dezember · montags geschlossen",
                            "ganzjährig",
                            "Erstellt am 18. Juli 2026",
                            "Einen schönen Aufenthalt!");
        }
    }

    @Test
    void a_french_sheet_shows_the_french_texts() throws IOException {
        var pdf = sheet.pdf(request(SheetLanguage.FR));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(SheetPdfTest.text(document))
                    .contains(
                            "Nos suggestions pour vous",
                            "Vulcania",
                            "Puy de Dôme",
                            "L'Aventure Michelin",
                            "Parc européen du volcanisme",
                            "au cœur de la Chaîne des Puys",
                            "Trajet : 25 min en voiture",
                            "Tarif adulte : €€€ · plus de 25 €",
                            "Ouverture : mars–novembre",
                            "février–décembre · fermé le lundi",
                            "toute l’année",
                            "Site web : www.vulcania.com",
                            "Préparé le 18 juillet 2026",
                            "Bon séjour !")
                    .doesNotContain("The European Park of Volcanism");
        }
    }

    @Test
    void the_pdf_links_each_website_and_an_attraction_without_one_has_no_qr_code() throws IOException {
        var picks = picks();
        assertThat(picks.get(1).website())
                .as("Puy de Dôme has no website in the starter set")
                .isNull();

        try (var document = Loader.loadPDF(sheet.pdf(request(SheetLanguage.EN)))) {
            assertThat(SheetPdfTest.links(document))
                    .containsExactly("https://www.vulcania.com", "https://www.laventuremichelin.com");
        }
        var words = SheetWords.of(SheetLanguage.EN);
        assertThat(words.pick(1, picks.get(0)).qr()).isNotNull();
        assertThat(words.pick(2, picks.get(1)).qr()).isNull();
    }

    @Test
    void the_print_page_has_the_labels_and_a_qr_code_for_each_website_only() {
        var html = sheet.html(request(SheetLanguage.NL));

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "<html lang=\"nl\">",
                        "@media print",
                        "size: A4",
                        "Onze suggesties voor u",
                        "Adres:",
                        "Rijtijd:",
                        "Open:",
                        "Website:",
                        "Entree volwassenen:",
                        "Opgesteld op 18 juli 2026",
                        "Puy de Dôme",
                        "href=\"https://www.vulcania.com\"");
        var sections = Arrays.stream(html.split("<section")).skip(1).toList();
        assertThat(sections).hasSize(3);
        assertThat(sections.get(0)).contains("Vulcania", "<svg");
        assertThat(sections.get(1)).contains("Puy de Dôme").doesNotContain("<svg");
        assertThat(sections.get(2)).contains("L&#39;Aventure Michelin", "<svg");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_gets_a_sheet() {
        var request = new SheetRequest(OFFICE, List.of(), SheetLanguage.EN, A_SUMMER_SATURDAY);
        assertThatThrownBy(() -> sheet.pdf(request))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sheet.html(request))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_sheet_takes_at_most_eight_picks() {
        var nine = Collections.nCopies(9, picks().getFirst());
        assertThatThrownBy(() -> new SheetRequest(OFFICE, nine, SheetLanguage.EN, A_SUMMER_SATURDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SheetRequest request(SheetLanguage language) {
        return new SheetRequest(OFFICE, picks(), language, A_SUMMER_SATURDAY);
    }

    /** Vulcania (a website, €€€), Puy de Dôme (no website, free, all year), L'Aventure Michelin (closed Mondays). */
    private List<AttractionDetails> picks() {
        return List.of(
                starter("vulcania", "vulcania"),
                starter("puy de dome", "puy-de-dome"),
                starter("aventure michelin", "l-aventure-michelin"));
    }

    private AttractionDetails starter(String search, String slug) {
        return attractions
                .search(AttractionFilter.text(search), AttractionSort.NAME, true, PageRequest.of(0, 20))
                .stream()
                .filter(a -> slug.equals(a.slug()))
                .findFirst()
                .orElseThrow();
    }
}
