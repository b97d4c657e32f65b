package org.comptoir.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.comptoir.ViewTest;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.OfficeSummary;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskOffices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Admin › Offices (issue 16): an admin adds an office and is told a name already taken. */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class OfficesViewTest extends ViewTest {

    @Autowired
    OfficeService offices;

    @Autowired
    DeskOffices deskOffices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceListService lists;

    @AfterEach
    void removeTheAddedOffice() {
        jdbc.update("DELETE FROM office WHERE name = 'Office du Sancy (test)'");
        offices.setHidden(deskOffices.firstOffice(), ListKind.INTEREST, Set.of());
    }

    @Test
    void an_office_selected_shows_the_interests_and_questions_it_hides_and_an_admin_hides_one() {
        var view = navigate("admin/offices", OfficesView.class);
        assertThat(view.hiddenLists.isVisible()).as("no office selected").isFalse();
        var first = offices.offices().stream()
                .filter(o -> o.id() == deskOffices.firstOffice())
                .findFirst()
                .orElseThrow();
        var row = offices.offices().indexOf(first);

        test(view.offices).select(row);

        assertThat(view.hiddenLists.isVisible()).isTrue();
        assertThat(view.listsTitle.getText()).isEqualTo("Listes utilisées par « " + first.name() + " »");
        assertThat(view.hiddenInterests.getLabel()).isEqualTo("Centres d’intérêt masqués");
        assertThat(view.hiddenInterests.getValue()).isEmpty();
        var interest = lists.items(ListKind.INTEREST, false).getFirst();

        test(view.hiddenInterests).selectItem(interest.name(Locale.FRENCH));

        assertThat(offices.hidden(first.id(), ListKind.INTEREST)).containsExactly(interest.id());
    }

    @Test
    void an_admin_adds_an_office_and_a_name_taken_is_refused_on_the_field() {
        var view = navigate("admin/offices", OfficesView.class);
        var first = offices.offices().getFirst().name();
        assertThat(test(view.offices).size()).isEqualTo(offices.offices().size());

        test(view.name).setValue("Office du Sancy (test)");
        test(view.save).click();

        assertThat(offices.offices()).extracting(OfficeSummary::name).contains("Office du Sancy (test)");
        assertThat(view.name.getValue()).isEmpty();

        test(view.name).setValue(first);
        test(view.save).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Un office s’appelle déjà « " + first + " ».");
    }
}
