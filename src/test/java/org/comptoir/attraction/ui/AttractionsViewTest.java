package org.comptoir.attraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.comptoir.TestClock;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionDrafts;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The attraction list as a counsellor uses it at the desk: search as you type, filters, sorting, the
 * address that keeps them, in French and in English.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class AttractionsViewTest extends ViewTest {

    static final String GERGOVIE_MUSEUM = "Musée archéologique de la bataille de Gergovie";

    @Autowired
    AttractionService attractions;

    @Autowired
    TestClock clock;

    @Autowired
    ReferenceListService lists;

    @Test
    void the_search_finds_its_targets_whatever_the_case_and_the_accents() {
        var view = navigate(AttractionsView.class);

        test(view.search).setValue("gergovie");
        assertThat(names(view)).contains(GERGOVIE_MUSEUM, "Plateau de Gergovie");
        test(view.search).setValue("eglise");
        assertThat(names(view)).contains("Église de Saint-Nectaire");
        test(view.search).setValue("puy de dome");
        assertThat(names(view)).contains("Puy de Dôme");
        test(view.search).setValue("cathedrale");
        assertThat(names(view)).contains("Cathédrale Notre-Dame-de-l'Assomption");
        test(view.search).setValue("CATHÉDRALE");
        assertThat(names(view)).contains("Cathédrale Notre-Dame-de-l'Assomption");

        test(view.search).setValue("zzzqqq");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.count.getText()).isEqualTo("Aucun site");
    }

    @Test
    void the_search_reads_the_descriptions_too_after_the_names() {
        var view = navigate(AttractionsView.class);

        test(view.search).setValue("vierge noire");
        assertThat(names(view)).contains("Basilique Notre-Dame-du-Port");
        test(view.search).setValue("oeuvres");
        assertThat(names(view)).contains("Musée d'art Roger-Quilliot (MARQ)");
        test(view.search).setValue("black madonna");
        assertThat(names(view)).as("the English description too").contains("Basilique Notre-Dame-du-Port");

        // a word in one's name and in the other's description only: the name comes first, though the
        // list is by name and the other sorts before it
        var word = "lavandiere" + System.nanoTime() % 1_000_000;
        var abbey = "Abbaye n° " + System.nanoTime();
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            attractions.save(
                    AttractionDrafts.named("Zénith " + word).commune("Royat").build());
            attractions.save(AttractionDrafts.named(abbey)
                    .commune("Mozac")
                    .descriptionFr("Au bord de la rivière, le lavoir des " + word.toUpperCase(Locale.ROOT) + "S.")
                    .build());
        });
        test(view.search).setValue(word);
        assertThat(names(view)).containsExactly("Zénith " + word, abbey);
        assertThat(view.count.getText()).startsWith("2 ");
    }

    @Test
    void a_page_of_the_search_continues_from_the_names_into_the_descriptions() {
        var word = "fontainier" + System.nanoTime() % 1_000_000;
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            for (var letter : List.of("A", "B", "C")) {
                attractions.save(AttractionDrafts.named(letter + " " + word)
                        .commune("Royat")
                        .build());
                attractions.save(AttractionDrafts.named(letter + " lavoir " + System.nanoTime())
                        .commune("Royat")
                        .descriptionEn("Built by the " + word + " of the town.")
                        .build());
            }
        });
        var filter = AttractionFilter.text(word);

        var pages = TestUsers.as(
                "counsellor",
                AppRoles.COUNSELLOR,
                () -> List.of(
                        attractions.search(filter, AttractionSort.NAME, true, PageRequest.of(0, 2)),
                        attractions.search(filter, AttractionSort.NAME, true, PageRequest.of(1, 2)),
                        attractions.search(filter, AttractionSort.NAME, true, PageRequest.of(2, 2))));

        assertThat(pages.stream()
                        .flatMap(page -> page.getContent().stream())
                        .map(a -> a.nameFr().substring(0, 3))
                        .toList())
                .containsExactly("A f", "B f", "C f", "A l", "B l", "C l");
        assertThat(pages.get(2).hasNext()).isFalse();
        assertThat(TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> attractions.count(filter)))
                .isEqualTo(6);
    }

    @Test
    void a_row_says_what_where_how_far_how_much_for_whom_and_whether_it_is_open_today() {
        var view = navigate(AttractionsView.class);
        test(view.search).setValue("musee archeologique gergovie");

        var grid = test(view.grid);
        assertThat(grid.size()).isOne();
        assertThat(view.count.getText()).isEqualTo("1 site");
        assertThat(grid.getCellText(0, 0)).isEqualTo(GERGOVIE_MUSEUM);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Musée");
        assertThat(grid.getCellText(0, 2)).isEqualTo("La Roche-Blanche");
        assertThat(grid.getCellText(0, 3)).isEqualTo("20 min");
        assertThat(grid.getCellText(0, 4)).isEqualTo("€");
        assertThat(grid.getLitRendererPropertyValue(0, 5, "family", Boolean.class))
                .isTrue();
        assertThat(grid.getLitRendererPropertyValue(0, 5, "indoor", Boolean.class))
                .isTrue();
        assertThat(grid.getLitRendererPropertyValue(0, 5, "dogs", Boolean.class))
                .isFalse();
        // open all year, every day
        assertThat(grid.getCellText(0, 6)).isEqualTo("Ouvert");
    }

    @Test
    void an_estimated_drive_time_is_marked_and_a_closed_day_shows_closed_with_the_next_opening() {
        // a Tuesday: the cave is closed on Tuesdays and opens again the next day
        clock.setOfficeTime(LocalDateTime.of(2027, 1, 12, 10, 0));
        var today = LocalDate.of(2027, 1, 12);
        var name = "Grotte estimée " + System.nanoTime();
        TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> attractions.save(AttractionDrafts.named(name)
                        .category(AttractionCategory.VOLCANO_NATURAL_SITE)
                        .commune("Volvic")
                        .latitude(45.87)
                        .longitude(3.04)
                        .closedDays(Set.of(today.getDayOfWeek()))
                        .dogsAllowed(true)
                        .languages(Set.of("fr"))
                        .build()));
        var view = navigate(AttractionsView.class);
        test(view.search).setValue(name);

        var grid = test(view.grid);
        assertThat(grid.size()).isOne();
        assertThat(grid.getCellText(0, 3)).startsWith("≈ ").endsWith(" min");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Gratuit");
        assertThat(grid.getLitRendererPropertyValue(0, 5, "dogs", Boolean.class))
                .isTrue();
        assertThat(grid.getCellText(0, 6)).isEqualTo("Rouvre le 13 janv.");
    }

    @AfterEach
    void backToTheMachinesTime() {
        clock.reset();
    }

    @Test
    void each_filter_narrows_the_list_and_the_count() {
        var view = navigate(AttractionsView.class);
        var all = count(view);

        test(view.category).selectItem("Musée");
        assertThat(rows(view)).isNotEmpty().allMatch(a -> a.category() == AttractionCategory.MUSEUM);
        assertThat(count(view)).isLessThan(all).isEqualTo(test(view.grid).size());
        view.category.clear();

        var museums = lists.items(ListKind.INTEREST, false).stream()
                .filter(i -> i.code().equals("MUSEUMS"))
                .findFirst()
                .orElseThrow();
        test(view.interest).selectItem(museums.nameFr());
        assertThat(rows(view)).isNotEmpty().allMatch(a -> a.interestIds().contains(museums.id()));
        view.interest.clear();

        test(view.family).click();
        assertThat(rows(view)).isNotEmpty().allMatch(AttractionDetails::familyFriendly);
        test(view.family).click();
        test(view.accessible).click();
        assertThat(rows(view)).isNotEmpty().allMatch(AttractionDetails::accessible);
        test(view.accessible).click();
        test(view.dogs).click();
        assertThat(rows(view)).isNotEmpty().allMatch(AttractionDetails::dogsAllowed);
        test(view.dogs).click();
        test(view.indoor).click();
        assertThat(rows(view)).isNotEmpty().allMatch(AttractionDetails::indoor);
        assertThat(count(view)).isLessThan(all);
        test(view.indoor).click();

        var christmas = LocalDate.of(2026, 12, 25);
        test(view.openOn).setValue(christmas);
        assertThat(rows(view)).isNotEmpty().allMatch(a -> a.isOpenOn(christmas));
        assertThat(count(view)).isLessThan(all);
        view.openOn.clear();

        test(view.maxDrive).selectItem("≤ 15 min");
        assertThat(rows(view)).isNotEmpty().allMatch(a -> a.driveMinutes() <= 15);
        assertThat(count(view)).isLessThan(all);
        view.maxDrive.clear();

        assertThat(count(view)).isEqualTo(all);
    }

    @Test
    void the_columns_sort_by_name_drive_time_and_category() {
        var view = navigate(AttractionsView.class);
        var grid = test(view.grid);
        assertThat(grid.getSortDirection(0)).isEqualTo(SortDirection.ASCENDING);
        assertThat(grid.isColumnSortable(1)).isTrue();
        assertThat(grid.isColumnSortable(2)).isFalse();

        grid.sortByColumn(3);
        assertThat(rows(view)).extracting(AttractionDetails::driveMinutes).isSorted();
        assertThat(view.queryParameters().getSingleParameter("sort")).contains("drive");

        grid.sortByColumn(3, SortDirection.DESCENDING);
        assertThat(rows(view))
                .extracting(AttractionDetails::driveMinutes)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(view.queryParameters().getSingleParameter("desc")).contains("true");

        grid.sortByColumn(1, SortDirection.ASCENDING);
        assertThat(rows(view)).extracting(a -> a.category().name()).isSorted();
        assertThat(view.queryParameters().getSingleParameter("sort")).contains("category");
        assertThat(view.queryParameters().getParameters()).doesNotContainKey("desc");
    }

    @Test
    void the_search_filters_and_sorting_are_read_back_from_the_address() {
        UI.getCurrent()
                .navigate(
                        "attractions",
                        QueryParameters.simple(Map.of(
                                "q",
                                "gergovie",
                                "category",
                                "MUSEUM",
                                "indoor",
                                "true",
                                "family",
                                "true",
                                "drive",
                                "30",
                                "sort",
                                "drive",
                                "desc",
                                "true",
                                "open",
                                "2026-07-14")));
        var view = (AttractionsView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo("gergovie");
        assertThat(view.category.getValue()).isEqualTo(AttractionCategory.MUSEUM);
        assertThat(view.indoor.getValue()).isTrue();
        assertThat(view.family.getValue()).isTrue();
        assertThat(view.dogs.getValue()).isFalse();
        assertThat(view.maxDrive.getValue()).isEqualTo(30);
        assertThat(view.openOn.getValue()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(test(view.grid).getSortDirection(3)).isEqualTo(SortDirection.DESCENDING);
        assertThat(names(view)).containsExactly(GERGOVIE_MUSEUM);
        assertThat(view.queryParameters().getParameters())
                .containsEntry("q", List.of("gergovie"))
                .containsEntry("category", List.of("MUSEUM"))
                .containsEntry("indoor", List.of("true"))
                .containsEntry("sort", List.of("drive"))
                .containsEntry("open", List.of("2026-07-14"));
    }

    @Test
    void bad_parameters_are_ignored_and_counsellors_never_see_retired_attractions() {
        UI.getCurrent()
                .navigate(
                        "attractions",
                        QueryParameters.simple(Map.of(
                                "category",
                                "CASTLE",
                                "drive",
                                "17",
                                "open",
                                "tomorrow",
                                "retired",
                                "true",
                                "interest",
                                "NOPE")));
        var view = (AttractionsView) getCurrentView();

        assertThat(view.category.getValue()).isNull();
        assertThat(view.maxDrive.getValue()).isNull();
        assertThat(view.openOn.getValue()).isNull();
        assertThat(view.interest.getValue()).isNull();
        assertThat(view.filter().includeRetired()).isFalse();
        assertThat(view.retired.isVisible()).isFalse();
        assertThat(view.create.isAttached()).isFalse();
        assertThat(count(view)).isEqualTo(attractions.count(AttractionFilter.all()));
    }

    @Test
    void choosing_a_row_opens_its_page_and_keeps_the_list_in_the_address() {
        var view = navigate(AttractionsView.class);
        test(view.search).setValue("gergovie");
        test(view.category).selectItem("Musée");

        test(view.grid).select(0);

        var detail = (AttractionDetailView) getCurrentView();
        assertThat(detail.getPageTitle()).isEqualTo(GERGOVIE_MUSEUM);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("q", List.of("gergovie"))
                .containsEntry("category", List.of("MUSEUM"));
    }

    @Test
    @WithMockUser(username = "admin", roles = AppRoles.ADMIN)
    void admins_may_add_an_attraction_and_include_retired_ones() {
        var name = "Ancien moulin fermé " + System.nanoTime();
        var saved = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> attractions.save(AttractionDrafts.named(name)
                        .latitude(45.7)
                        .longitude(3.0)
                        .driveMinutes(10)
                        .visitMinutes(null)
                        .priceLevel(null)
                        .build()));
        attractions.setActive(saved.id(), false);
        var view = navigate(AttractionsView.class);
        assertThat(view.create.getText()).isEqualTo("Nouveau site");
        test(view.search).setValue(name);
        assertThat(test(view.grid).size()).isZero();

        test(view.retired).click();
        assertThat(test(view.grid).size()).isOne();
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(name + " · retiré");
        assertThat(view.queryParameters().getSingleParameter("retired")).contains("true");

        test(view.create).click();
        assertThat(getCurrentView()).isInstanceOf(AttractionEditView.class);
    }

    @Test
    void the_list_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = navigate(AttractionsView.class);
        test(view.search).setValue("gergovie");
        test(view.category).selectItem("Museum");

        var grid = test(view.grid);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Name");
        assertThat(grid.getHeaderCell(3)).isEqualTo("Drive");
        assertThat(grid.getCellText(0, 0)).isEqualTo("Gergovia Battle Archaeological Museum");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Museum");
        assertThat(grid.getCellText(0, 6)).isEqualTo("Open");
        assertThat(view.count.getText()).isEqualTo("1 attraction");
        assertThat(view.indoor.getLabel()).isEqualTo("Indoor (rainy day)");
        assertThat(view.getPageTitle()).isEqualTo("Attractions");
        assertThat(view.getTranslation("attractions.count", 1234)).isEqualTo("1,234 attractions");
    }

    private List<AttractionDetails> rows(AttractionsView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private List<String> names(AttractionsView view) {
        return rows(view).stream().map(AttractionDetails::nameFr).toList();
    }

    /** The number the count label shows. */
    private static long count(AttractionsView view) {
        var text = view.count.getText();
        return text.startsWith("Aucun") ? 0 : Long.parseLong(text.replaceAll("\\D", ""));
    }
}
