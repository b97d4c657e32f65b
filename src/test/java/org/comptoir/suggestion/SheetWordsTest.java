package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.comptoir.attraction.PriceLevel;
import org.junit.jupiter.api.Test;

/** The sheet's words: the six language files, and the facts put into words. */
class SheetWordsTest {

    private static final Path FILES = Path.of("src/main/resources/suggestion");

    @Test
    void every_sheet_language_has_a_file_with_the_same_keys_as_the_french_one() throws IOException {
        var french = keys(FILES.resolve("sheet.properties"));
        assertThat(french).contains("title", "address", "drive", "opening", "price", "website", "prepared-on");
        for (var language : SheetLanguage.values()) {
            if (language != SheetLanguage.FR) {
                var file = FILES.resolve("sheet_" + language.code() + ".properties");
                assertThat(keys(file)).as(file.getFileName().toString()).isEqualTo(french);
            }
        }
    }

    @Test
    void each_language_speaks_its_own_words() {
        assertThat(SheetWords.of(SheetLanguage.FR).text("title")).isEqualTo("Nos suggestions pour vous");
        assertThat(SheetWords.of(SheetLanguage.EN).text("title")).isEqualTo("Our suggestions for you");
        assertThat(SheetWords.of(SheetLanguage.DE).text("title")).isEqualTo("Unsere Vorschläge für Sie");
        assertThat(SheetWords.of(SheetLanguage.ES).text("title")).isEqualTo("Nuestras sugerencias para usted");
        assertThat(SheetWords.of(SheetLanguage.IT).text("title")).isEqualTo("I nostri suggerimenti per voi");
        assertThat(SheetWords.of(SheetLanguage.NL).text("title")).isEqualTo("Onze suggesties voor u");
        assertThat(SheetWords.of(SheetLanguage.FR).label("address")).isEqualTo("Adresse\u00a0:");
        assertThat(SheetWords.of(SheetLanguage.NL).label("address")).isEqualTo("Adres:");
    }

    @Test
    void a_language_code_picks_the_sheet_language_and_any_other_gets_english() {
        assertThat(SheetLanguage.fromCode("fr")).isEqualTo(SheetLanguage.FR);
        assertThat(SheetLanguage.fromCode("NL")).isEqualTo(SheetLanguage.NL);
        assertThat(SheetLanguage.fromCode("de-AT")).isEqualTo(SheetLanguage.DE);
        assertThat(SheetLanguage.fromCode("es_MX")).isEqualTo(SheetLanguage.ES);
        assertThat(SheetLanguage.fromCode("pt")).isEqualTo(SheetLanguage.EN);
        assertThat(SheetLanguage.fromCode("")).isEqualTo(SheetLanguage.EN);
        assertThat(SheetLanguage.fromCode(null)).isEqualTo(SheetLanguage.EN);
        assertThat(SheetLanguage.DE.textLocale().getLanguage()).isEqualTo("en");
        assertThat(SheetLanguage.FR.textLocale().getLanguage()).isEqualTo("fr");
    }

    @Test
    void open_months_read_as_compact_ranges_in_the_language() {
        var en = SheetWords.of(SheetLanguage.EN);
        assertThat(en.months(EnumSet.range(Month.APRIL, Month.OCTOBER))).isEqualTo("April–October");
        assertThat(en.months(EnumSet.allOf(Month.class))).isEqualTo("all year round");
        assertThat(en.months(EnumSet.of(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY)))
                .isEqualTo("November–February");
        assertThat(en.months(EnumSet.of(Month.JANUARY, Month.FEBRUARY, Month.JUNE, Month.JULY)))
                .isEqualTo("January–February, June–July");
        assertThat(en.months(EnumSet.of(Month.AUGUST))).isEqualTo("August");
        assertThat(SheetWords.of(SheetLanguage.DE).months(EnumSet.range(Month.MARCH, Month.NOVEMBER)))
                .isEqualTo("März–November");
        assertThat(SheetWords.of(SheetLanguage.FR).months(EnumSet.allOf(Month.class)))
                .isEqualTo("toute l’année");
        assertThat(SheetWords.of(SheetLanguage.IT).months(EnumSet.range(Month.APRIL, Month.OCTOBER)))
                .isEqualTo("aprile–ottobre");
    }

    @Test
    void weekly_closing_days_read_naturally_in_each_language() {
        var allYear = EnumSet.allOf(Month.class);
        var mondays = Set.of(DayOfWeek.MONDAY);
        var mondaysAndTuesdays = Set.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY);
        assertThat(SheetWords.of(SheetLanguage.EN).opening(allYear, mondays))
                .isEqualTo("all year round · closed on Mondays");
        assertThat(SheetWords.of(SheetLanguage.FR)
                        .opening(EnumSet.range(Month.APRIL, Month.OCTOBER), mondaysAndTuesdays))
                .isEqualTo("avril–octobre · fermé le lundi et le mardi");
        assertThat(SheetWords.of(SheetLanguage.DE).opening(allYear, mondaysAndTuesdays))
                .isEqualTo("ganzjährig · montags und dienstags geschlossen");
        assertThat(SheetWords.of(SheetLanguage.ES).opening(allYear, Set.of(DayOfWeek.SATURDAY)))
                .isEqualTo("todo el año · cerrado los sábados");
        assertThat(SheetWords.of(SheetLanguage.IT).opening(allYear, Set.of(DayOfWeek.SUNDAY)))
                .isEqualTo("tutto l’anno · chiuso la domenica");
        assertThat(SheetWords.of(SheetLanguage.NL).opening(allYear, mondays))
                .isEqualTo("het hele jaar · gesloten op maandag");
        var marketDays = EnumSet.complementOf(EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.SATURDAY));
        assertThat(SheetWords.of(SheetLanguage.EN).opening(allYear, marketDays))
                .isEqualTo("all year round · only on Thursdays and Saturdays");
        assertThat(SheetWords.of(SheetLanguage.FR).opening(allYear, marketDays))
                .isEqualTo("toute l’année · uniquement le jeudi et le samedi");
    }

    @Test
    void drive_times_prices_and_dates_are_in_the_language() {
        var nl = SheetWords.of(SheetLanguage.NL);
        assertThat(nl.drive(25, false)).isEqualTo("25 min met de auto");
        assertThat(nl.drive(25, true)).isEqualTo("ongeveer 25 min met de auto (schatting)");
        assertThat(SheetWords.of(SheetLanguage.EN).drive(40, true)).isEqualTo("about 40 min by car (estimate)");
        assertThat(nl.preparedOn(LocalDate.of(2026, 7, 18))).isEqualTo("Opgesteld op 18 juli 2026");
        assertThat(SheetWords.of(SheetLanguage.DE).preparedOn(LocalDate.of(2026, 7, 18)))
                .isEqualTo("Erstellt am 18. Juli 2026");
        assertThat(SheetWords.of(SheetLanguage.EN).preparedOn(LocalDate.of(2026, 7, 18)))
                .isEqualTo("Prepared on 18 July 2026");
        assertThat(SheetWords.of(SheetLanguage.ES).preparedOn(LocalDate.of(2026, 7, 18)))
                .isEqualTo("Preparado el 18 de julio de 2026");
        assertThat(SheetWords.of(SheetLanguage.FR).price(PriceLevel.HIGH)).isEqualTo("€€€ · plus de 25\u00a0€");
        assertThat(SheetWords.of(SheetLanguage.IT).price(PriceLevel.FREE)).isEqualTo("gratuito");
        assertThat(SheetWords.of(SheetLanguage.IT).price(null)).isNull();
    }

    @Test
    void long_texts_are_cut_at_a_sentence_end_or_after_a_whole_word() {
        var text = "Season roughly March to November. Opening days vary early and late in the season.";
        assertThat(SheetWords.shorten(text, 200)).isEqualTo(text);
        assertThat(SheetWords.shorten(text, 60)).isEqualTo("Season roughly March to November.");
        assertThat(SheetWords.shorten("A museum of tyres, maps, guides and Bibendum… and more to see", 47))
                .isEqualTo("A museum of tyres, maps, guides and Bibendum…");
        assertThat(SheetWords.shorten("A museum of tyres, maps, guides and a great many more things", 30))
                .isEqualTo("A museum of tyres, maps…")
                .hasSizeLessThanOrEqualTo(30);
        assertThat(SheetWords.shorten(text, 10)).isNull();
        assertThat(SheetWords.shorten(null, 10)).isNull();
    }

    @Test
    void websites_get_a_scheme_for_the_link_and_lose_it_for_reading() {
        assertThat(SheetWords.url("www.vulcania.com")).isEqualTo("https://www.vulcania.com");
        assertThat(SheetWords.url(" http://example.fr/ ")).isEqualTo("http://example.fr/");
        assertThat(SheetWords.url("  ")).isNull();
        assertThat(SheetWords.shown("https://www.vulcania.com/")).isEqualTo("www.vulcania.com");
        assertThat(SheetWords.shown("http://example.fr/visite")).isEqualTo("example.fr/visite");
    }

    @Test
    void the_file_name_says_the_day_and_the_language() {
        assertThat(SuggestionSheet.fileName(SheetLanguage.NL, LocalDate.of(2026, 7, 18)))
                .isEqualTo("suggestions-2026-07-18-nl.pdf");
        assertThat(SuggestionSheet.fileName(SheetLanguage.FR, LocalDate.of(2026, 1, 2)))
                .isEqualTo("suggestions-2026-01-02-fr.pdf");
    }

    private static Set<String> keys(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertThat(properties.values())
                .as(file.getFileName().toString())
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
