package org.comptoir.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.ViewTest;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.OfficeSummary;
import org.comptoir.security.AppRoles;
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
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheAddedOffice() {
        jdbc.update("DELETE FROM office WHERE name = 'Office du Sancy (test)'");
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
