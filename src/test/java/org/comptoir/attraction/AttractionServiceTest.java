package org.comptoir.attraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.comptoir.ComptoirTest;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class AttractionServiceTest {

    @Autowired
    AttractionService attractions;

    @Test
    void a_new_database_holds_the_curated_starter_set() {
        assertThat(attractions.count(AttractionFilter.all())).isGreaterThanOrEqualTo(60);
        assertThat(names("vulcania")).anyMatch(n -> n.contains("Vulcania"));
        assertThat(names("lemptegy")).isNotEmpty();
        assertThat(names("aventure michelin")).containsExactly("L'Aventure Michelin");
    }

    @Test
    void search_ignores_case_and_accents() {
        assertThat(names("gergovie")).contains("Musée archéologique de la bataille de Gergovie", "Plateau de Gergovie");
        assertThat(names("eglise")).contains("Église de Saint-Nectaire");
        assertThat(names("puy de dome")).contains("Puy de Dôme");
        assertThat(names("cathedrale")).contains("Cathédrale Notre-Dame-de-l'Assomption");
        assertThat(names("CATHÉDRALE")).contains("Cathédrale Notre-Dame-de-l'Assomption");
        assertThat(names("zzzz")).isEmpty();
    }

    @Test
    void filters_narrow_the_list_by_category_audience_opening_and_drive_time() {
        var museums = filtered(new AttractionFilter(
                "", AttractionCategory.MUSEUM, null, false, false, false, false, null, null, false));
        assertThat(museums).isNotEmpty().allMatch(a -> a.category() == AttractionCategory.MUSEUM);

        var indoorFamily = filtered(new AttractionFilter("", null, null, true, false, false, true, null, null, false));
        assertThat(indoorFamily).isNotEmpty().allMatch(a -> a.indoor() && a.familyFriendly());

        var christmas = LocalDate.of(2026, 12, 25);
        var openAtChristmas =
                filtered(new AttractionFilter("", null, null, false, false, false, false, christmas, null, false));
        assertThat(openAtChristmas).isNotEmpty().allMatch(a -> a.isOpenOn(christmas));
        assertThat(openAtChristmas.size()).isLessThan((int) attractions.count(AttractionFilter.all()));

        var near = filtered(new AttractionFilter("", null, null, false, false, false, false, null, 20, false));
        assertThat(near).isNotEmpty().allMatch(a -> a.driveMinutes() <= 20);
    }

    @Test
    void sorting_by_drive_time_puts_the_nearest_first() {
        var list = attractions
                .search(AttractionFilter.all(), AttractionSort.DRIVE_TIME, true, PageRequest.of(0, 100))
                .getContent();
        assertThat(list).extracting(AttractionDetails::driveMinutes).isSorted();
    }

    @Test
    void an_admin_adds_an_attraction_and_the_drive_time_is_estimated_when_not_given() {
        var saved = attractions.save(draft("Lac de test", 45.6, 2.9, "https://example.org/lac"));
        assertThat(saved.driveEstimated()).isTrue();
        assertThat(saved.driveMinutes()).isBetween(20, 60);
        assertThat(names("lac de test")).containsExactly("Lac de test");
    }

    @Test
    void bad_records_are_refused_field_by_field() {
        var bad = AttractionDrafts.everythingWrong().build();
        assertThatThrownBy(() -> attractions.save(bad))
                .isInstanceOfSatisfying(
                        AttractionInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsKeys(
                                        "nameFr",
                                        "latitude",
                                        "longitude",
                                        "website",
                                        "monthsOpen",
                                        "closedDays",
                                        "driveMinutes",
                                        "visitMinutes",
                                        "minAge"));
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void counsellors_read_but_cannot_change_the_attractions() {
        assertThat(attractions.count(AttractionFilter.all())).isPositive();
        assertThatThrownBy(() -> attractions.save(draft("X", 45.6, 2.9, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attractions.setActive(1, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_retired_attraction_is_no_longer_listed_unless_asked() {
        var saved = attractions.save(draft("Site retiré", 45.7, 3.0, null));
        attractions.setActive(saved.id(), false);
        assertThat(names("site retire")).isEmpty();
        var withRetired = new AttractionFilter("site retire", null, null, false, false, false, false, null, null, true);
        assertThat(filtered(withRetired)).hasSize(1);
        assertThat(attractions.active()).extracting(AttractionDetails::id).doesNotContain(saved.id());
    }

    @Test
    void a_ligature_is_found_as_it_is_typed_and_the_other_way_round() {
        var heart = "Cœur de lave " + System.nanoTime();
        var aegis = "Ancien musée Encyclopædia " + System.nanoTime();
        attractions.save(draft(heart, 45.77, 3.08, null));
        attractions.save(draft(aegis, 45.77, 3.09, null));

        assertThat(names("coeur de lave")).contains(heart);
        assertThat(names("cœur de lave")).contains(heart);
        assertThat(names("encyclopaedia")).contains(aegis);
    }

    private List<String> names(String text) {
        return filtered(AttractionFilter.text(text)).stream()
                .map(AttractionDetails::nameFr)
                .toList();
    }

    private List<AttractionDetails> filtered(AttractionFilter filter) {
        return attractions
                .search(filter, AttractionSort.NAME, true, PageRequest.of(0, 500))
                .getContent();
    }

    private static AttractionDraft draft(String name, double lat, double lon, String website) {
        return AttractionDrafts.named(name)
                .category(AttractionCategory.VOLCANO_NATURAL_SITE)
                .latitude(lat)
                .longitude(lon)
                .website(website)
                .build();
    }
}
