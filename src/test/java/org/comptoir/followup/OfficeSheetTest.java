package org.comptoir.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionSheetPdf;
import org.comptoir.visit.Interactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The suggestion sheet of an interaction made at office B (issue 16): signed with office B's name, downloaded and
 * e-mailed by office B's people only; the people of office A neither download nor send it.
 */
@ComptoirTest
class OfficeSheetTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AttractionService attractions;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    InteractionSheetPdf sheets;

    TwoOffices two;
    InteractionDetails atB;
    FollowUpDetails followUp;

    @BeforeEach
    void aSheetAtOfficeB() {
        two = TwoOffices.create(context);
        var picks = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> attractions.active().stream()
                        .limit(2)
                        .map(AttractionDetails::id)
                        .toList());
        atB = two.recordAtB(context, "bea", Interactions.draft().adults(2).pickIds(picks));
        followUp = TestUsers.inOffice(two.officeB(), "bea", AppRoles.COUNSELLOR, () -> {
            var contact =
                    contacts.save(atB.id(), new ContactDraft(null, "sheet-b@example.fr", null, null, true, false));
            return followUps.create(
                    atB.id(), contact.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, null));
        });
        TestMailServer.clear();
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void office_b_signs_downloads_and_mails_its_sheet_and_office_a_does_neither() {
        TestUsers.inOffice(two.officeA(), "anna", AppRoles.DIRECTOR, () -> {
            assertThat(sheets.forReader(atB.id()))
                    .as("not found, as an unknown one")
                    .isEmpty();
            assertThatThrownBy(() -> followUps.sendSheet(followUp.id())).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(TestMailServer.received()).isEmpty();

        TestUsers.inOffice(two.officeB(), "bea", AppRoles.COUNSELLOR, () -> {
            assertThat(sheets.forReader(atB.id()))
                    .hasValueSatisfying(sheet -> assertThat(sheet.office()).isEqualTo("Office B (test)"));
            followUps.sendSheet(followUp.id());
            return null;
        });
        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(TestMailServer.received())
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("Office B (test)"));
    }
}
