package org.comptoir.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import java.util.Set;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskOffices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk's form offers what the desk's office uses (issue 16): an interest the office hides is not a button. */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class OfficeDeskListsViewTest extends ViewTest {

    @Autowired
    OfficeService offices;

    @Autowired
    DeskOffices deskOffices;

    @Autowired
    ReferenceListService lists;

    @AfterEach
    void nothingHidden() {
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            offices.setHidden(deskOffices.firstOffice(), ListKind.INTEREST, Set.of());
            return null;
        });
    }

    @Test
    void an_interest_the_office_hides_is_not_offered_at_its_desks() {
        var interests = lists.items(ListKind.INTEREST, false);
        var hidden = interests.getFirst();
        var before = navigate(DeskView.class).form.interests.buttons().size();
        assertThat(before).isEqualTo(interests.size());

        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            offices.setHidden(deskOffices.firstOffice(), ListKind.INTEREST, Set.of(hidden.id()));
            return null;
        });

        var buttons = navigate(DeskView.class).form.interests.buttons();
        assertThat(buttons).hasSize(before - 1);
        assertThat(buttons.stream().map(Button::getText)).doesNotContain(hidden.name(Locale.FRENCH));
    }
}
