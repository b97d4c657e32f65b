package org.comptoir.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.ViewTest;
import org.comptoir.reference.OfficeService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The consent the desk reads to the visitor names who keeps their details (issue 16): once the network has several
 * offices, the desk's office, not the install's configured name.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class OfficeConsentViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfficeService offices;

    TwoOffices two;
    String firstName;

    @BeforeEach
    void twoOfficesTheFirstRenamed() {
        two = TwoOffices.create(context);
        firstName = rename("Office A (test)");
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        rename(firstName);
        two.remove(context, List.of("bea"));
    }

    @Test
    void the_consent_at_a_desk_of_the_first_office_names_the_first_office() {
        navigate("desk", Component.class);

        assertThat($(ContactDeskSection.class).single().wording.getText())
                .startsWith("Avec votre accord, Office A (test) garde vos coordonnées");
    }

    /** Renames the first office; its name before. */
    private String rename(String name) {
        return TestUsers.as("admin", AppRoles.ADMIN, () -> {
            var first = offices.offices().stream()
                    .filter(o -> o.id() == two.officeA())
                    .findFirst()
                    .orElseThrow();
            offices.save(first.id(), first.version(), name);
            return first.name();
        });
    }
}
