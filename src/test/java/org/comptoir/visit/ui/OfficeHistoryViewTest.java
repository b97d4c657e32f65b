package org.comptoir.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.comptoir.TwoOffices;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The history and an interaction's page, opened by the people of the first office (issue 16, decision 0030):
 * office B's interaction is neither listed nor opened, office B's desk neither offered at the desk nor in the
 * history's filter; the network director lists it.
 */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class OfficeHistoryViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    TwoOffices two;
    InteractionDetails atB;

    @BeforeEach
    void anInteractionAtOfficeB() {
        two = TwoOffices.create(context);
        atB = two.recordAtB(context, "bea", Interactions.draft().adults(2));
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void a_director_of_the_first_office_neither_lists_nor_opens_office_b_interactions() {
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue("bea");
        assertThat(test(view.grid).size()).isZero();

        navigate("interactions/" + atB.id() + "/edit", InteractionEditView.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Ce contact n’existe plus.");
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void a_counsellor_of_the_first_office_does_not_open_office_b_interactions() {
        navigate("interactions/" + atB.id() + "/edit", InteractionEditView.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Ce contact n’existe plus.");
    }

    @Test
    @WithMockUser(username = "network", roles = AppRoles.NETWORK)
    void the_network_director_lists_office_b_interactions() {
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue("bea");
        assertThat(test(view.grid).size()).isOne();
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(atB.id());
    }

    @Test
    void the_history_offers_the_desks_of_the_readers_office_only() {
        var view = navigate(HistoryView.class);

        var offered = view.desk.getListDataView().getItems().map(DeskOption::id).toList();
        assertThat(offered).contains(two.deskA()).doesNotContain(two.deskB());
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void the_desk_offers_the_desks_of_the_counsellors_office_only_and_an_address_naming_another_is_not_followed() {
        UI.getCurrent().navigate("desk", QueryParameters.of("desk", String.valueOf(two.deskB())));
        var view = (DeskView) getCurrentView();

        assertThat(view.desk.getListDataView().getItems().map(DeskOption::id))
                .contains(two.deskA())
                .doesNotContain(two.deskB());
        assertThat(view.desk.getValue().id()).isNotEqualTo(two.deskB());
    }
}
