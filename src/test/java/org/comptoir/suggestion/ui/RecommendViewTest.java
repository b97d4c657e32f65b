package org.comptoir.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class RecommendViewTest extends ViewTest {

    @Test
    void a_colleague_finds_suggestions_without_logging_an_interaction_and_searches_by_name() {
        var view = navigate(RecommendView.class);
        assertThat(view.panel.shown()).hasSize(SuggestionPanel.SHOWN);

        // a summer day: Vulcania is closed from December to February, whatever day the test runs
        test(view.date).setValue(LocalDate.of(2026, 7, 14));
        test(view.search).setValue("vulcania");
        assertThat(view.panel.shown()).extracting(s -> s.attraction().nameFr()).containsExactly("Vulcania");

        test(view.search).setValue("");
        test(view.budget).selectItem("Quelques heures");
        assertThat(view.panel.shown()).allSatisfy(s -> assertThat(
                2 * s.attraction().driveMinutes() + (s.attraction().visitMinutes() == null ? 60
                        : s.attraction().visitMinutes())).isLessThanOrEqualTo(180));
    }

    @Test
    void with_children_only_family_friendly_places_are_suggested() {
        var view = navigate(RecommendView.class);
        test(view.panel.children).click();
        assertThat(view.panel.shown()).isNotEmpty().allSatisfy(s -> assertThat(s.attraction().familyFriendly()).isTrue());
    }

    @Test
    void the_page_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = navigate(RecommendView.class);
        assertThat(view.budget.getLabel()).isEqualTo("Time available");
        assertThat(view.panel.rainy.getLabel()).isEqualTo("Rainy day");
    }
}
