package org.comptoir.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesAndDepartementsTest {

    private final Countries countries = new Countries();
    private final Departements departements = new Departements();

    @Test
    void every_iso_country_has_a_french_and_an_english_name() {
        assertThat(countries.all()).hasSizeGreaterThanOrEqualTo(240);
        assertThat(countries.find("DE")).hasValueSatisfying(de -> {
            assertThat(de.nameFr()).isEqualTo("Allemagne");
            assertThat(de.nameEn()).isEqualTo("Germany");
        });
        assertThat(countries.find("gb"))
                .hasValueSatisfying(gb -> assertThat(gb.name(Locale.FRENCH)).isEqualTo("Royaume-Uni"));
    }

    @Test
    void type_ahead_finds_a_country_by_french_name_english_name_or_code_ignoring_case_and_accents() {
        var germany = countries.find("DE").orElseThrow();
        assertThat(countries.matches(germany, "allem")).isTrue();
        assertThat(countries.matches(germany, "GERM")).isTrue();
        assertThat(countries.matches(germany, "de")).isTrue();
        assertThat(countries.matches(germany, "espagne")).isFalse();
        var ivoryCoast = countries.find("CI").orElseThrow();
        assertThat(countries.matches(ivoryCoast, "cote d ivoire")).isTrue();
        assertThat(countries.matches(countries.find("GB").orElseThrow(), "uk")).isTrue();
        assertThat(countries.matches(countries.find("US").orElseThrow(), "etats"))
                .isTrue();
    }

    @Test
    void the_desk_order_is_france_then_the_most_frequent_then_the_rest_by_name() {
        var order = countries.deskOrder(List.of("NL", "DE", "BE"), Locale.FRENCH);
        assertThat(order).extracting(Country::code).startsWith("FR", "NL", "DE", "BE");
        assertThat(order).hasSameSizeAs(countries.all());
        assertThat(order.get(4).nameFr()).isEqualTo("Afghanistan");
    }

    @Test
    void there_are_one_hundred_and_one_departements() {
        assertThat(departements.all()).hasSize(101);
        assertThat(departements.find("63"))
                .hasValueSatisfying(d -> assertThat(d.label()).isEqualTo("63 – Puy-de-Dôme"));
    }

    @Test
    void a_postal_code_gives_its_departement_including_corsica_and_overseas() {
        assertThat(departements.fromPostalCode("63000")).map(Departement::code).hasValue("63");
        assertThat(departements.fromPostalCode("01000")).map(Departement::code).hasValue("01");
        assertThat(departements.fromPostalCode("20000")).map(Departement::code).hasValue("2A");
        assertThat(departements.fromPostalCode("20200")).map(Departement::code).hasValue("2B");
        assertThat(departements.fromPostalCode("97400")).map(Departement::code).hasValue("974");
        assertThat(departements.fromPostalCode("97500")).isEmpty();
        assertThat(departements.fromPostalCode("98000")).isEmpty();
        assertThat(departements.fromPostalCode("6300")).isEmpty();
        assertThat(departements.fromPostalCode("63 000")).map(Departement::code).hasValue("63");
    }
}
