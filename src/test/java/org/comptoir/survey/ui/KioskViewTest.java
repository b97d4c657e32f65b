package org.comptoir.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.DeskAnswers;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveyService;
import org.comptoir.survey.SurveySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The kiosk, as a visitor at the desk's tablet sees it (nobody signed in), in French and in English. */
@WithAnonymousUser
class KioskViewTest extends ViewTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceListService lists;

    long desk;
    String kiosk;

    @BeforeEach
    void aKioskOnADeskOfItsOwn() {
        desk = TestDesks.create(lists, "KIOSK", "Borne", "Kiosk");
        kiosk = TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> surveys.startKiosk(desk))
                .secret();
    }

    @Test
    void a_visitor_answers_in_french_and_the_answer_counts_for_the_kiosks_desk_then_thanks_them() {
        var view = navigate("kiosk/" + kiosk, KioskView.class);
        assertThat(view.shown).isEqualTo(KioskView.Screen.START);
        assertThat(title()).isEqualTo("Votre avis nous intéresse");
        assertThat(view.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat($(Button.class).all().stream().map(Button::getText))
                .contains("Français", "English", "Deutsch", "Nederlands", "Español", "Italiano");

        test(button("Commencer")).click();
        assertThat(view.shown).isEqualTo(KioskView.Screen.QUESTIONS);
        var questions = view.questions;
        assertThat(questions.satisfaction.getLabel())
                .isEqualTo("Dans l’ensemble, êtes-vous satisfait de votre passage à l’office de tourisme\u00a0?");
        test(questions.market).selectItem("Ailleurs en Europe");
        test(questions.satisfaction).selectItem("Très satisfait");
        test(questions.welcome).selectItem("Satisfait");
        test(questions.recommend).selectItem("9");
        test(questions.comment).setValue("Très bon accueil, merci !");
        test(button("Envoyer")).click();

        assertThat(view.shown).isEqualTo(KioskView.Screen.THANKS);
        assertThat(title()).isEqualTo("Merci\u00a0!");
        assertThat(answers()).singleElement().satisfies(answer -> {
            assertThat(answer.source()).isEqualTo(SurveySource.KIOSK);
            assertThat(answer.market()).isEqualTo(Market.EUROPE);
            assertThat(answer.satisfaction()).isEqualTo(5);
            assertThat(answer.welcome()).isEqualTo(4);
            assertThat(answer.usefulness()).isNull();
            assertThat(answer.recommend()).isEqualTo(9);
            assertThat(answer.language()).isEqualTo(SheetLanguage.FR);
            assertThat(answer.comment()).isEqualTo("Très bon accueil, merci !");
        });
    }

    @Test
    void in_english_an_answer_without_overall_satisfaction_says_what_is_missing_and_is_not_kept() {
        var view = navigate("kiosk/" + kiosk, KioskView.class);

        test(button("English")).click();
        assertThat(title()).isEqualTo("Tell us what you think");
        assertThat(view.getElement().getAttribute("lang")).isEqualTo("en");
        test(button("Start")).click();
        test(view.questions.welcome).selectItem("Very satisfied");
        test(button("Send")).click();

        assertThat(view.shown).isEqualTo(KioskView.Screen.QUESTIONS);
        assertThat(view.questions.satisfaction.isInvalid()).isTrue();
        assertThat(view.questions.satisfaction.getErrorMessage())
                .isEqualTo("Please tell us at least your overall satisfaction.");
        assertThat(answers()).isEmpty();

        test(view.questions.satisfaction).selectItem("Satisfied");
        test(button("Send")).click();
        assertThat(title()).isEqualTo("Thank you!");
        assertThat(answers()).singleElement().extracting(SurveyAnswer::language).isEqualTo(SheetLanguage.EN);
    }

    @Test
    void left_idle_the_kiosk_goes_back_to_its_first_screen_in_french_and_forgets_what_was_not_sent() {
        var view = navigate("kiosk/" + kiosk, KioskView.class);
        test(button("Deutsch")).click();
        test(button("Starten")).click();
        test(view.questions.satisfaction).selectItem("Sehr unzufrieden");

        view.idle();

        assertThat(view.shown).isEqualTo(KioskView.Screen.START);
        assertThat(title()).isEqualTo("Votre avis nous intéresse");
        test(button("Commencer")).click();
        assertThat(view.questions.satisfaction.getValue()).isNull();
        assertThat(answers()).isEmpty();
    }

    @Test
    void an_ended_kiosk_says_it_is_closed_and_offers_the_staff_a_way_out() {
        TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> surveys.endKiosk(kiosk));

        var view = navigate("kiosk/" + kiosk, KioskView.class);

        assertThat(view.shown).isEqualTo(KioskView.Screen.CLOSED);
        assertThat(title()).isEqualTo("Borne fermée");
        assertThat($(Anchor.class).withClassName("kiosk-leave").single().getHref())
                .isEqualTo("kiosk/" + kiosk + "/leave");
    }

    @Test
    void a_made_up_kiosk_address_opens_nothing_but_the_closed_screen() {
        var view = navigate("kiosk/not-a-kiosk", KioskView.class);

        assertThat(view.shown).isEqualTo(KioskView.Screen.CLOSED);
    }

    private String title() {
        return $(H1.class).single().getText();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private List<SurveyAnswer> answers() {
        return DeskAnswers.of(surveys, desk);
    }
}
