package org.comptoir.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.comptoir.TestClock;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class RecommendViewTest extends ViewTest {

    /** Vulcania opens from March to November in the starter set. */
    private static final LocalDateTime A_DECEMBER_DAY = LocalDateTime.of(2026, 12, 15, 10, 0);

    private static final LocalDateTime A_JULY_DAY = LocalDateTime.of(2027, 7, 14, 10, 0);

    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheMachinesTime() {
        clock.reset();
    }

    @Test
    void a_colleague_finds_suggestions_without_logging_an_interaction_and_searches_by_name() {
        clock.setOfficeTime(A_JULY_DAY);
        var view = navigate(RecommendView.class);
        assertThat(view.panel.shown()).hasSize(SuggestionPanel.SHOWN);

        test(view.search).setValue("vulcania");
        assertThat(view.panel.shown()).extracting(s -> s.attraction().nameFr()).containsExactly("Vulcania");

        test(view.search).setValue("");
        test(view.budget).selectItem("Quelques heures");
        assertThat(view.panel.shown())
                .allSatisfy(s -> assertThat(2 * s.attraction().driveMinutes()
                                + (s.attraction().visitMinutes() == null
                                        ? 60
                                        : s.attraction().visitMinutes()))
                        .isLessThanOrEqualTo(180));
    }

    @Test
    void vulcania_asked_for_by_name_on_a_december_day_is_found_closed_with_its_reopening_date() {
        clock.setOfficeTime(A_DECEMBER_DAY);
        var view = navigate(RecommendView.class);

        test(view.search).setValue("vulcania");

        assertThat(view.panel.shown()).extracting(s -> s.attraction().nameFr()).containsExactly("Vulcania");
        assertThat(view.panel.shown()).extracting(Suggestion::open).containsExactly(false);
        assertThat(texts(view.panel.list))
                .anyMatch(t -> t.contains("fermé aujourd’hui · rouvre le 1 mars 2027"))
                .contains("Fermé aujourd’hui");
    }

    @Test
    void vulcania_asked_for_by_name_on_a_july_day_is_open() {
        clock.setOfficeTime(A_JULY_DAY);
        var view = navigate(RecommendView.class);

        test(view.search).setValue("vulcania");

        assertThat(view.panel.shown()).extracting(Suggestion::open).containsExactly(true);
        assertThat(texts(view.panel.list))
                .anyMatch(t -> t.contains("ouvert aujourd’hui"))
                .noneMatch(t -> t.contains("fermé"));
    }

    @Test
    void the_ranking_without_a_name_leaves_closed_places_out_and_says_how_many() {
        clock.setOfficeTime(A_DECEMBER_DAY);
        var view = navigate(RecommendView.class);

        assertThat(view.panel.shown())
                .isNotEmpty()
                .allMatch(Suggestion::open)
                .noneMatch(s -> s.attraction().nameFr().equals("Vulcania"));
        assertThat(view.panel.closedHiddenText()).matches("\\d+ lieux fermés aujourd’hui masqués");

        test(view.search).setValue("vulcania");
        assertThat(view.panel.closedHiddenText()).isEmpty();
    }

    @Test
    void with_children_only_family_friendly_places_are_suggested() {
        var view = navigate(RecommendView.class);
        test(view.panel.children).click();
        assertThat(view.panel.shown())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.attraction().familyFriendly()).isTrue());
    }

    @Test
    void the_page_speaks_english_when_asked() {
        clock.setOfficeTime(A_DECEMBER_DAY);
        useLocale(Locale.ENGLISH);
        var view = navigate(RecommendView.class);
        assertThat(view.budget.getLabel()).isEqualTo("Time available");
        assertThat(view.panel.rainy.getLabel()).isEqualTo("Rainy day");

        test(view.search).setValue("vulcania");
        assertThat(texts(view.panel.list)).anyMatch(t -> t.contains("closed today · reopens on March 1, 2027"));
    }

    private static List<String> texts(Component root) {
        return descendants(root)
                .filter(Span.class::isInstance)
                .map(c -> ((Span) c).getText())
                .toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RecommendViewTest::descendants));
    }
}
