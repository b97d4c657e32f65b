package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Review finding 10: the sheet's address serves only those who may see the interaction. */
@ComptoirTest
class InteractionSheetControllerTest {

    @Autowired
    InteractionSheetController controller;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Test
    void a_sheet_of_another_counsellors_past_interaction_is_not_served_to_a_counsellor() {
        var pick = TestUsers.as(
                "admin", AppRoles.ADMIN, () -> attractions.active().getFirst().id());
        var lastWeek = TestUsers.asHistoryWriter(
                "sheet-author",
                () -> visits.save(
                        InteractionDraft.blank()
                                .withOccurredAt(visits.officeNow().minusDays(5))
                                .withPickIds(List.of(pick)),
                        TestUsers.HISTORY_REASON));
        var today = TestUsers.as(
                "sheet-author",
                AppRoles.COUNSELLOR,
                () -> visits.save(InteractionDraft.blank().withPickIds(List.of(pick))));

        assertThat(status("sheet-other", AppRoles.COUNSELLOR, lastWeek.id())).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("sheet-other", AppRoles.COUNSELLOR, today.id()))
                .as("today's, on the desk's list")
                .isEqualTo(HttpStatus.OK);
        assertThat(status("sheet-author", AppRoles.COUNSELLOR, lastWeek.id()))
                .as("their own")
                .isEqualTo(HttpStatus.OK);
        assertThat(status("sheet-director", AppRoles.DIRECTOR, lastWeek.id()))
                .as("the history's reader")
                .isEqualTo(HttpStatus.OK);
    }

    private HttpStatus status(String user, String role, long id) {
        return TestUsers.as(
                user,
                role,
                () -> HttpStatus.valueOf(controller.pdf(id).getStatusCode().value()));
    }
}
