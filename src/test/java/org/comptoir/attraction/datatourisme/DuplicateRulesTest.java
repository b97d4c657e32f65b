package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** When a new point is probably an attraction the office already has: names, distance, website. */
class DuplicateRulesTest {

    private static final double LAT = 45.7095;
    private static final double LON = 3.1235;
    /** One metre of latitude, in degrees. */
    private static final double METRE = 1 / 111_195.0;

    @Test
    void the_significant_words_of_one_name_found_in_the_other_make_close_names() {
        assertThat(DuplicateRules.closeNames(
                        "Musée de la Bataille de Gergovie", "Musée archéologique de la bataille de Gergovie"))
                .isTrue();
        assertThat(DuplicateRules.closeNames(
                        "Musée archéologique de la bataille de Gergovie", "Musée de la Bataille de Gergovie"))
                .as("either way round")
                .isTrue();
        assertThat(DuplicateRules.closeNames("PUY DE PARIOU", "Puy de Pariou"))
                .as("same words")
                .isTrue();
        assertThat(DuplicateRules.closeNames("Basilique Notre-Dame du Port", "Basilique Notre-Dame-du-Port"))
                .as("hyphens and stop words")
                .isTrue();
        assertThat(DuplicateRules.closeNames("Église d’Orcival", "Eglise Orcival"))
                .as("d’ and accents")
                .isTrue();
        assertThat(DuplicateRules.closeNames("L'Aventure Michelin", "Aventure Michelin"))
                .as("l'")
                .isTrue();
    }

    @Test
    void names_sharing_only_some_words_or_only_stop_words_are_not_close() {
        assertThat(DuplicateRules.closeNames("Musée de la Bataille de Gergovie", "Plateau de Gergovie"))
                .isFalse();
        assertThat(DuplicateRules.closeNames("Puy de Pariou", "Puy de Dôme")).isFalse();
        assertThat(DuplicateRules.closeNames("de la", "Musée de la Résistance"))
                .as("no significant word")
                .isFalse();
    }

    @Test
    void a_close_name_is_a_duplicate_up_to_the_distance_set_and_not_a_metre_further() {
        var museum = List.of(attraction(1, "Musée archéologique de la bataille de Gergovie", LAT, LON, null));

        assertThat(DuplicateRules.find("Musée de la Bataille de Gergovie", LAT + 499 * METRE, LON, null, museum, 500))
                .hasValueSatisfying(d -> {
                    assertThat(d.attractionId()).isEqualTo(1);
                    assertThat(d.meters()).isEqualTo(499);
                    assertThat(d.sameWebsite()).isFalse();
                });
        assertThat(DuplicateRules.find("Musée de la Bataille de Gergovie", LAT + 500 * METRE, LON, null, museum, 500))
                .as("exactly the distance")
                .isPresent();
        assertThat(DuplicateRules.find("Musée de la Bataille de Gergovie", LAT + 502 * METRE, LON, null, museum, 500))
                .isEmpty();
        assertThat(DuplicateRules.find("Musée de la Bataille de Gergovie", LAT + 502 * METRE, LON, null, museum, 600))
                .as("the distance is a setting")
                .isPresent();
        assertThat(DuplicateRules.find("Plateau de Gergovie", LAT, LON, null, museum, 500))
                .as("same place, another name")
                .isEmpty();
    }

    @Test
    void the_same_website_is_a_duplicate_whatever_the_name_and_the_distance() {
        var lemptegy = List.of(attraction(4, "Volcan de Lemptégy", 45.8158, 2.9463, "https://www.auvergne-volcan.com"));

        assertThat(DuplicateRules.find(
                        "Parc de découverte des volcans", LAT, LON, "http://auvergne-volcan.com/", lemptegy, 500))
                .hasValueSatisfying(d -> assertThat(d.sameWebsite()).isTrue());
        assertThat(DuplicateRules.find(
                        "Parc de découverte des volcans",
                        LAT,
                        LON,
                        "https://auvergne-volcan.com/boutique",
                        lemptegy,
                        500))
                .as("another page is another site")
                .isEmpty();
        assertThat(DuplicateRules.website("HTTPS://WWW.Site.fr//")).isEqualTo("site.fr");
        assertThat(DuplicateRules.website(" ")).isNull();
    }

    @Test
    void of_several_candidates_the_same_website_wins_then_the_nearest() {
        var near = attraction(1, "Puy de Pariou", LAT + 100 * METRE, LON, null);
        var nearer = attraction(2, "Puy de Pariou", LAT + 20 * METRE, LON, null);
        var site = attraction(3, "Pariou", LAT + 400 * METRE, LON, "https://pariou.example.fr");

        assertThat(DuplicateRules.find("Puy de Pariou", LAT, LON, null, List.of(near, nearer), 500))
                .hasValueSatisfying(d -> assertThat(d.attractionId()).isEqualTo(2));
        assertThat(DuplicateRules.find(
                        "Puy de Pariou", LAT, LON, "pariou.example.fr", List.of(near, nearer, site), 500))
                .hasValueSatisfying(d -> assertThat(d.attractionId()).isEqualTo(3));
    }

    private static AttractionDetails attraction(
            long id, String name, double latitude, double longitude, @Nullable String website) {
        return new AttractionDetails(
                id,
                0,
                null,
                name,
                name,
                null,
                null,
                AttractionCategory.MUSEUM,
                Set.of(),
                null,
                null,
                null,
                latitude,
                longitude,
                20,
                true,
                null,
                null,
                EnumSet.allOf(Month.class),
                Set.of(),
                null,
                null,
                false,
                null,
                false,
                false,
                false,
                Set.of(),
                Set.of(),
                website,
                null,
                AttractionSource.STARTER_SET,
                null,
                null,
                true);
    }
}
