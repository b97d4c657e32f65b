package org.comptoir.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.ViewTest;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpDetails;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The follow-ups and one follow-up with its visitor's contact, opened by the people of the first office (issue 16,
 * decision 0030): office B's follow-up is neither listed nor opened, its contact never shown, its sheet never
 * sent; their own office's are. (The network director reaches every office's through the service: OfficeScopeTest;
 * the follow-up screens are the offices' own.)
 */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class OfficeFollowUpsViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    VisitService visits;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    TwoOffices two;
    FollowUpDetails atB;

    @BeforeEach
    void aFollowUpAtOfficeB() {
        two = TwoOffices.create(context);
        atB = TestUsers.inOffice(two.officeB(), "bea", AppRoles.COUNSELLOR, () -> {
            var call = visits.save(
                    Interactions.draft().deskId(two.deskB()).adults(2).build());
            var contact = contacts.save(
                    call.id(), new ContactDraft("Bérénice Bureau-B", "berenice@example.fr", null, null, true, false));
            return followUps.create(
                    call.id(), contact.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, "le plan"));
        });
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void a_director_of_the_first_office_neither_lists_nor_opens_office_b_follow_ups_nor_their_contact() {
        var list = navigate(FollowUpsView.class);
        assertThat(ids(list)).doesNotContain(atB.id());

        var view = navigate("follow-ups/" + atB.id(), FollowUpView.class);
        assertThat(view.missing.isVisible()).isTrue();
        assertThat(view.body.isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Bérénice", "berenice@");
        assertThatThrownBy(() -> followUps.sendSheet(atB.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_director_of_the_first_office_lists_and_opens_their_own_offices_follow_ups() {
        var atA = TestUsers.inOffice(two.officeA(), "counsellor", AppRoles.COUNSELLOR, () -> {
            var call = visits.save(
                    Interactions.draft().deskId(two.deskA()).adults(1).build());
            var contact = contacts.save(
                    call.id(), new ContactDraft("Anatole Bureau-A", "anatole@example.fr", null, null, true, false));
            return followUps.create(
                    call.id(), contact.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, null));
        });

        assertThat(ids(navigate(FollowUpsView.class))).contains(atA.id()).doesNotContain(atB.id());
        var view = navigate("follow-ups/" + atA.id(), FollowUpView.class);
        assertThat(view.contactCard.getElement().getTextRecursively()).contains("Anatole Bureau-A");
    }

    private List<Long> ids(FollowUpsView view) {
        var grid = test(view.grid);
        var ids = new ArrayList<Long>();
        for (int row = 0; row < grid.size(); row++) {
            ids.add(grid.getRow(row).id());
        }
        return ids;
    }
}
