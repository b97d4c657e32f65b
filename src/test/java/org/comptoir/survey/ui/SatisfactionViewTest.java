package org.comptoir.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveyService;
import org.comptoir.survey.SurveySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Satisfaction, for directors: the answers with their comments, as plain text, in French and in English. */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class SatisfactionViewTest extends ViewTest {

    private static final String SCRIPT = "<script>alert('x')</script> <b>bold?</b>";

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceListService lists;

    long desk;
    String french;
    String english;

    @BeforeEach
    void answersOnADeskOfItsOwn() {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        french = "Accueil " + tag;
        english = "Desk " + tag;
        desk = TestDesks.create(lists, "SAT", french, english);
        TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> surveys.importAnswers(List.of(
                        new SurveyAnswer(
                                LocalDate.of(2030, 7, 14),
                                SurveySource.SHEET,
                                desk,
                                Market.LONG_HAUL,
                                SheetLanguage.EN,
                                2,
                                3,
                                null,
                                4,
                                SCRIPT),
                        new SurveyAnswer(
                                LocalDate.of(2030, 7, 15),
                                SurveySource.KIOSK,
                                desk,
                                null,
                                SheetLanguage.FR,
                                5,
                                null,
                                null,
                                null,
                                null))));
    }

    @Test
    void directors_read_the_comments_as_the_plain_text_they_were_typed_with_desk_market_and_scores() {
        var view = navigate(SatisfactionView.class);
        test(view.desk).selectItem(french);

        var grid = test(view.grid);
        assertThat(grid.size()).as("with a comment only").isEqualTo(1);
        assertThat(grid.getHeaderCell(5)).isEqualTo("Commentaire");
        assertThat(grid.getCellText(0, 1)).isEqualTo(french);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Reste du monde");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Fiche (QR)");
        assertThat(grid.getCellText(0, 4))
                .isEqualTo("Satisfaction 2/5 · accueil 3/5 · infos –/5 · recommandation 4/10");
        assertThat(grid.getCellText(0, 5)).isEqualTo(SCRIPT);
        assertThat(view.summary.getText()).startsWith("Depuis le 1er janvier");

        test(view.withComment).click();
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 2)).isEqualTo("—");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Borne");
    }

    @Test
    void the_satisfaction_page_speaks_english() {
        useLocale(Locale.ENGLISH);
        var view = navigate(SatisfactionView.class);
        test(view.desk).selectItem(english);

        var grid = test(view.grid);
        assertThat(grid.getHeaderCell(5)).isEqualTo("Comment");
        assertThat(grid.getCellText(0, 4))
                .isEqualTo("Satisfaction 2/5 · welcome 3/5 · information –/5 · recommend 4/10");
        assertThat(view.summary.getText()).startsWith("Since 1 January");
        assertThat(view.withComment.getLabel()).isEqualTo("With a comment only");
    }
}
