package org.comptoir.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.survey.SurveyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Kiosk mode from the staff's side: the page that starts it (starting it signs the browser out: the browser journey
 * does it), and leaving it, which needs someone signed in and stops the kiosk at once.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class KioskModeViewTest extends ViewTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceListService lists;

    @Test
    void the_kiosk_mode_page_offers_the_counsellors_desk_and_says_what_happens() {
        var view = navigate(KioskStartView.class);

        assertThat(view.desk.getValue()).isNotNull();
        assertThat(view.start.getText()).isEqualTo("Passer cette tablette en mode borne");
        assertThat(view.start.isEnabled()).isTrue();
        assertThat(view.getElement().getText() + view.getElement().getTextRecursively())
                .contains("Laissée 3 secondes sans qu’on la touche")
                .contains("jusqu’à 23:59");
    }

    @Test
    void the_kiosk_mode_page_speaks_english() {
        useLocale(Locale.ENGLISH);
        var view = navigate(KioskStartView.class);

        assertThat(view.desk.getLabel()).isEqualTo("Desk of the kiosk");
        assertThat(view.start.getText()).isEqualTo("Turn this tablet into a kiosk");
    }

    @Test
    void leaving_kiosk_mode_signed_in_stops_the_kiosk_at_once() {
        var desk = TestDesks.create(lists, "LEAVE", "Borne à quitter", "Kiosk to leave");
        var kiosk = TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> surveys.startKiosk(desk))
                .secret();
        assertThat(surveys.kiosk(kiosk)).isPresent();

        var view = navigate("kiosk/" + kiosk + "/leave", KioskLeaveView.class);

        assertThat(view.message.getText()).isEqualTo("Mode borne quitté\u00a0: la borne ne prend plus de réponses.");
        assertThat(surveys.kiosk(kiosk)).isEmpty();
        var again = navigate("kiosk/" + kiosk + "/leave", KioskLeaveView.class);
        assertThat(again.message.getText()).isEqualTo("Cette borne était déjà fermée.");
    }
}
