package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.attraction.AttractionDetails;
import org.junit.jupiter.api.Test;

/** The PDF's layout, without Spring: whatever the picks, one page that shows them all. */
class SheetPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 18);
    private final SuggestionSheet sheet = new SuggestionSheet();

    @Test
    void eight_picks_with_very_long_texts_still_fit_on_one_page_with_every_name_and_fact() throws IOException {
        var picks = new ArrayList<AttractionDetails>();
        for (int i = 1; i <= SheetRequest.MAX_PICKS; i++) {
            picks.add(SheetAttractions.attraction(
                    i,
                    "Site numéro " + i,
                    "Une très longue description. ".repeat(40),
                    "https://www.example" + i + ".fr/une/adresse/assez/longue"));
        }
        var pdf = sheet.pdf(new SheetRequest("Office de tourisme de Clermont", picks, SheetLanguage.FR, DAY));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = text(document);
            for (int i = 1; i <= SheetRequest.MAX_PICKS; i++) {
                assertThat(text).contains("Site numéro " + i, "www.example" + i + ".fr/une/adresse/assez/longue");
            }
            assertThat(text)
                    .contains("Une très longue description", "Préparé le 18 juillet 2026", "Bon séjour !")
                    .doesNotContain("Une très longue description. ".repeat(6));
            assertThat(links(document)).hasSize(SheetRequest.MAX_PICKS);
        }
    }

    @Test
    void a_sheet_with_a_survey_prints_its_qr_code_and_link_above_the_footer_and_still_fits_one_page()
            throws IOException {
        var picks = new ArrayList<AttractionDetails>();
        for (int i = 1; i <= SheetRequest.MAX_PICKS; i++) {
            picks.add(SheetAttractions.attraction(
                    i,
                    "Site numéro " + i,
                    "Une très longue description. ".repeat(40),
                    "https://www.example" + i + ".fr"));
        }
        var survey = "https://comptoir.example.org/survey/AbCdEfGhIjKlMnOpQrStUvWx?lang=nl";
        var request = new SheetRequest("Office", picks, SheetLanguage.NL, DAY).withSurvey(survey);

        try (var document = Loader.loadPDF(sheet.pdf(request))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document))
                    .contains("Uw mening telt", "Scan deze code met uw telefoon", "Site numéro 8", "Prettig verblijf");
            assertThat(links(document)).contains(survey).hasSize(SheetRequest.MAX_PICKS + 1);
        }
        assertThat(sheet.html(request))
                .contains("Uw mening telt", "href=\"" + survey.replace("&", "&amp;") + "\"")
                .contains("aria-label=\"QR-code van de tevredenheidsenquête\"");
        assertThat(sheet.html(new SheetRequest("Office", picks, SheetLanguage.NL, DAY)))
                .doesNotContain("Uw mening telt");
    }

    @Test
    void a_short_sheet_keeps_the_whole_description_and_the_opening_notes() throws IOException {
        var description = "Forteresse médiévale des XIIe-XVIe siècles. Animations l’été, visites guidées.";
        var murol = SheetAttractions.attraction(
                1,
                "Château de Murol",
                "Murol Castle",
                description,
                null,
                "Ouverture saisonnière ; horaires variables.",
                "https://www.murolchateau.com");

        var pdf = sheet.pdf(new SheetRequest("Office", List.of(murol), SheetLanguage.FR, DAY));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(text(document))
                    .contains(
                            "Château de Murol",
                            description,
                            "Ouverture saisonnière ; horaires variables.",
                            "avril–octobre · fermé le lundi",
                            "de 10 à 25 €",
                            "www.murolchateau.com");
        }
    }

    @Test
    void an_english_text_falls_back_to_french_and_signs_outside_the_font_are_replaced() throws IOException {
        var bakery = SheetAttractions.attraction(
                1,
                "Boulangerie « Pain d’Auvergne »",
                "Auvergne Bakery",
                "Pain au levain\u202f: 5\u00a0€ ≈ 4 £ 😀",
                null,
                null,
                null);

        var pdf = sheet.pdf(new SheetRequest("Office", List.of(bakery), SheetLanguage.NL, DAY));

        try (var document = Loader.loadPDF(pdf)) {
            var text = text(document);
            assertThat(text)
                    .contains("Auvergne Bakery", "Pain au levain : 5 € ~ 4 £ ?")
                    .doesNotContain("Boulangerie");
            assertThat(links(document)).isEmpty();
        }
    }

    @Test
    void an_empty_sheet_is_still_a_page_with_its_header_and_footer() throws IOException {
        var pdf = sheet.pdf(new SheetRequest("Office", List.of(), SheetLanguage.IT, DAY));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("I nostri suggerimenti per voi", "Preparato il 18 luglio 2026");
        }
    }

    @Test
    void the_pdf_says_its_title_and_language() throws IOException {
        var pdf = sheet.pdf(new SheetRequest("Office", List.of(), SheetLanguage.ES, DAY));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Nuestras sugerencias para usted – Office");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void a_very_long_office_name_is_shortened_to_one_line() throws IOException {
        var office = "Office de tourisme intercommunal " + "du Grand Clermont et des Volcans ".repeat(5);

        var pdf = sheet.pdf(new SheetRequest(office, List.of(), SheetLanguage.FR, DAY));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(text(document))
                    .contains("OFFICE DE TOURISME INTERCOMMUNAL DU GRAND CLERMONT", "…")
                    .doesNotContain(office.toUpperCase(Locale.FRENCH).strip());
        }
    }

    @Test
    void sheets_made_at_the_same_time_keep_their_own_language() {
        var picks = List.of(SheetAttractions.attraction(1, "Vulcania", "Volcans.", "https://vulcania.com"));
        var titles = Arrays.stream(SheetLanguage.values())
                .parallel()
                .flatMap(language -> IntStream.range(0, 8).mapToObj(i -> language))
                .map(language -> {
                    try (var document = Loader.loadPDF(sheet.pdf(new SheetRequest("Office", picks, language, DAY)))) {
                        return language + ": "
                                + text(document)
                                        .contains(SheetWords.of(language).text("title"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        assertThat(titles).hasSize(48).allMatch(line -> line.endsWith("true"));
    }

    /** The page's text with every run of white space (line breaks, no-break spaces) as one space. */
    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    static List<String> links(PDDocument document) throws IOException {
        var links = new ArrayList<String>();
        for (var annotation : document.getPage(0).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                links.add(uri.getURI());
            }
        }
        return links;
    }
}
