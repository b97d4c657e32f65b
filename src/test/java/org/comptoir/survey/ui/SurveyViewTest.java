package org.comptoir.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The survey on the visitor's phone, through the code of their sheet (nobody signed in), in French and in English. */
@WithAnonymousUser
class SurveyViewTest extends ViewTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceListService lists;

    long desk;
    String code;

    @BeforeEach
    void aCodeOfASheet() {
        desk = TestDesks.create(lists, "PHONE", "Téléphone", "Phone");
        code = TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> surveys.invite(42, desk, "GB"))
                .orElseThrow();
    }

    @Test
    void a_visitor_answers_in_french_once_and_the_code_is_refused_afterwards() {
        var view = navigate("survey/" + code, SurveyView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Votre avis");
        assertThat(view.questions.market.isAttached())
                .as("the market comes from the code")
                .isFalse();

        test(view.questions.satisfaction).selectItem("Satisfait");
        test(view.questions.usefulness).selectItem("Très satisfait");
        test(button("Envoyer")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Merci\u00a0!");
        assertThat(answers()).singleElement().satisfies(answer -> {
            assertThat(answer.market()).isEqualTo(Market.EUROPE);
            assertThat(answer.satisfaction()).isEqualTo(4);
            assertThat(answer.usefulness()).isEqualTo(5);
        });

        navigate("survey/" + code, SurveyView.class);
        assertThat($(Paragraph.class).withClassName("survey-refused").single().getText())
                .isEqualTo("Ce lien a déjà servi ou n’est plus valable. Merci de votre intérêt\u00a0!");
        assertThat($(Button.class).withText("Envoyer").all()).isEmpty();
    }

    @Test
    void in_english_a_comment_over_a_thousand_characters_is_refused_with_its_length_and_the_code_still_works() {
        var view = open(code, "en");
        assertThat($(H1.class).single().getText()).isEqualTo("Your opinion");
        assertThat(view.getElement().getAttribute("lang")).isEqualTo("en");

        test(view.questions.satisfaction).selectItem("Very dissatisfied");
        test(view.questions.comment).setValue("x".repeat(1200));
        test(button("Send")).click();

        assertThat(view.questions.comment.isInvalid()).isTrue();
        assertThat(view.questions.comment.getErrorMessage())
                .isEqualTo("Your comment is 1,200 characters long: please shorten it to 1,000 at most.");
        assertThat(answers()).isEmpty();

        test(view.questions.comment).setValue("<b>Too long</b> a wait");
        test(button("Send")).click();
        assertThat($(H1.class).single().getText()).isEqualTo("Thank you!");
        assertThat(answers()).singleElement().satisfies(answer -> {
            assertThat(answer.language()).isEqualTo(SheetLanguage.EN);
            assertThat(answer.comment()).isEqualTo("<b>Too long</b> a wait");
        });
    }

    @Test
    void the_page_speaks_the_language_of_its_address_and_a_made_up_code_gets_the_same_refusal() {
        open(code, "nl");
        assertThat($(H1.class).single().getText()).isEqualTo("Uw mening");

        open("AAAAAAAAAAAAAAAAAAAAAAAA", "en");
        assertThat($(Paragraph.class).withClassName("survey-refused").single().getText())
                .isEqualTo("This link has already been used or is no longer valid. Thank you for your interest!");
    }

    /** The page at the address of the QR code: {@code survey/<code>?lang=…}. */
    private SurveyView open(String code, String language) {
        UI.getCurrent().navigate("survey/" + code, QueryParameters.of("lang", language));
        return $(SurveyView.class).single();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private List<SurveyAnswer> answers() {
        return DeskAnswers.of(surveys, desk);
    }
}
