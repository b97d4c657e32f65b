package org.comptoir.attraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.comptoir.TestClock;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionDrafts;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.attraction.PriceLevel;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An attraction's page, as a counsellor reads it to a visitor, in French and in English.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class AttractionDetailViewTest extends ViewTest {

    @Autowired
    AttractionService attractions;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheMachinesTime() {
        clock.reset();
    }

    @Test
    void a_place_closed_today_says_when_it_opens_again() {
        var vulcania = find("vulcania");
        clock.setOfficeTime(LocalDateTime.of(2026, 12, 15, 10, 0));
        var view = navigate("attractions/" + vulcania.id(), AttractionDetailView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Fermé aujourd’hui", "rouvre le 1 mars 2027");

        clock.setOfficeTime(LocalDateTime.of(2027, 7, 14, 10, 0));
        view = navigate("attractions/" + vulcania.id(), AttractionDetailView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Ouvert aujourd’hui")
                .doesNotContain("rouvre");
    }

    @Test
    void a_counsellor_reads_everything_about_the_gergovie_battle_museum() {
        var museum = find("musee archeologique gergovie");
        var view = navigate("attractions/" + museum.id(), AttractionDetailView.class);

        var text = view.getElement().getTextRecursively();
        assertThat(view.getPageTitle()).isEqualTo(AttractionsViewTest.GERGOVIE_MUSEUM);
        assertThat(text)
                .contains(
                        AttractionsViewTest.GERGOVIE_MUSEUM,
                        "Musée",
                        "Vercingétorix",
                        "La Roche-Blanche",
                        "Ouvert aujourd’hui",
                        "20 min en voiture",
                        "visite : 1 h 30",
                        "Moins de 10 €");
        var facts = view.facts.getElement().getTextRecursively();
        assertThat(facts)
                .contains(
                        "Plateau de Gergovie",
                        "63670 La Roche-Blanche",
                        "20 min en voiture depuis l’office",
                        "Toute l’année",
                        "Ouvert tous les jours",
                        "Jours et horaires variables selon la saison");
        var side = view.side.getElement().getTextRecursively();
        assertThat(side)
                .contains(
                        "Familles, dès 6 ans",
                        "Accessible PMR",
                        "Intérieur (temps de pluie)",
                        "Chiens non acceptés",
                        "Français, Anglais",
                        "Musées",
                        "Patrimoine et histoire",
                        "Source : sélection de départ de Comptoir");
        assertThat(view.map.getHref())
                .isEqualTo("https://www.openstreetmap.org/?mlat=45.70950&mlon=3.12350#map=15/45.70950/3.12350");
        assertThat(view.map.getTarget()).contains("_blank");
        assertThat(view.edit.isAttached()).isFalse();
        assertThat(view.toggleActive.isAttached()).isFalse();
    }

    @Test
    void contact_links_labels_seasons_closing_days_and_an_estimated_drive_are_told_in_words() {
        var name = "Château de test " + System.nanoTime();
        var saved = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> attractions.save(AttractionDrafts.named(name)
                        .nameEn("Test castle")
                        .descriptionFr("Un château.")
                        .category(AttractionCategory.HERITAGE_MONUMENT)
                        .address("1 rue du Château")
                        .postalCode("63000")
                        .commune("Clermont-Ferrand")
                        .latitude(45.80)
                        .longitude(3.10)
                        .visitMinutes(45)
                        .priceLevel(PriceLevel.MEDIUM)
                        .monthsOpen(EnumSet.range(Month.APRIL, Month.OCTOBER))
                        .closedDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))
                        .dogsAllowed(true)
                        .languages(Set.of("fr", "de"))
                        .labels(Set.of("UNESCO", "STATION_VERTE", "VILLE_FLEURIE"))
                        .website("https://www.example.org/chateau")
                        .phone("04 73 00 00 00")
                        .build()));
        var view = navigate("attractions/" + saved.id(), AttractionDetailView.class);

        var facts = view.facts.getElement().getTextRecursively();
        assertThat(facts)
                .contains(
                        "Avril – octobre",
                        "Fermé : lundi, mardi",
                        "45 min",
                        "10 à 25 €",
                        "(estimation d’après la distance)",
                        "≈ ");
        var text = view.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Patrimoine mondial de l’UNESCO",
                        "Station verte",
                        "Ville fleurie",
                        "Français, Allemand",
                        "Chiens acceptés",
                        "Peu adapté aux familles",
                        "Source : saisie par l’office");
        assertThat(view.website.getHref()).isEqualTo("https://www.example.org/chateau");
        assertThat(view.website.getText()).isEqualTo("example.org/chateau");
        assertThat(view.website.getTarget()).contains("_blank");
        assertThat(view.phone.getHref()).isEqualTo("tel:0473000000");
        assertThat(view.phone.getText()).isEqualTo("04 73 00 00 00");
    }

    @Test
    void the_page_speaks_english_and_falls_back_to_the_french_description() {
        var name = "Jardin sans anglais " + System.nanoTime();
        var saved = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> attractions.save(AttractionDrafts.named(name)
                        .nameEn("Garden without English")
                        .descriptionFr("Un jardin à la française.")
                        .category(AttractionCategory.PARK_LEISURE)
                        .commune("Royat")
                        .latitude(45.76)
                        .longitude(3.05)
                        .driveMinutes(15)
                        .monthsOpen(EnumSet.of(Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.JULY))
                        .familyFriendly(true)
                        .minAge(4)
                        .accessible(true)
                        .languages(Set.of("fr", "en"))
                        .build()));
        useLocale(Locale.ENGLISH);
        var view = navigate("attractions/" + saved.id(), AttractionDetailView.class);

        assertThat(view.getPageTitle()).isEqualTo("Garden without English");
        var text = view.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Un jardin à la française.",
                        "Description available in the other language only.",
                        "December – February, July",
                        "Open every day",
                        "Families, from age 4",
                        "Wheelchair accessible",
                        "Outdoors",
                        "No dogs",
                        "French, English",
                        "Free",
                        "15 min by car from the office",
                        "Source: entered by the office",
                        "Show on the map");
    }

    @Test
    void the_link_back_returns_to_the_same_list() {
        var museum = find("musee archeologique gergovie");
        UI.getCurrent()
                .navigate(
                        "attractions/" + museum.id(),
                        QueryParameters.simple(Map.of("q", "gergovie", "indoor", "true")));
        var view = (AttractionDetailView) getCurrentView();

        var back = $(RouterLink.class).from(view).first();
        assertThat(back.getHref()).startsWith("attractions?").contains("q=gergovie", "indoor=true");
        assertThat(back.getText()).isEqualTo("Sites et activités");
    }

    @Test
    void an_attraction_that_does_not_exist_says_so() {
        var view = navigate("attractions/987654321", AttractionDetailView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Ce site n’existe plus.");
        assertThat($(Anchor.class).from(view).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    void directors_read_without_edit_controls_too() {
        var museum = find("musee archeologique gergovie");
        var view = navigate("attractions/" + museum.id(), AttractionDetailView.class);

        assertThat(view.facts.getElement().getTextRecursively()).contains("Toute l’année");
        assertThat(view.edit.isAttached()).isFalse();
    }

    @Test
    void every_known_label_has_a_name_in_both_languages_and_months_read_as_runs() {
        for (var locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            var words = new AttractionWords(locale);
            assertThat(AttractionWords.KNOWN_LABELS)
                    .allSatisfy(code -> assertThat(words.label(code))
                            .as("%s in %s", code, locale)
                            .doesNotStartWith("!")
                            .isNotEqualTo(code));
        }
        var french = new AttractionWords(Locale.FRENCH);
        assertThat(french.label("UNESCO")).isEqualTo("Patrimoine mondial de l’UNESCO");
        assertThat(french.months(EnumSet.of(Month.JULY))).isEqualTo("Juillet");
        assertThat(french.months(EnumSet.of(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.MARCH)))
                .isEqualTo("Novembre – janvier, mars");
        assertThat(french.months(EnumSet.allOf(Month.class))).isEqualTo("Toute l’année");
        assertThat(french.duration(45)).isEqualTo("45 min");
        assertThat(french.duration(125)).isEqualTo("2 h 05");
        assertThat(new AttractionWords(Locale.ENGLISH).duration(90)).isEqualTo("1 h 30 min");
        assertThat(AttractionWords.labelCode("Station verte !")).isEqualTo("STATION_VERTE");
    }

    private AttractionDetails find(String text) {
        return attractions
                .search(AttractionFilter.text(text), AttractionSort.NAME, true, PageRequest.of(0, 2))
                .getContent()
                .getFirst();
    }
}
