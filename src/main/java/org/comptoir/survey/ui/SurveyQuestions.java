package org.comptoir.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.survey.SurveyAnswerDraft;
import org.comptoir.survey.SurveyWords;

/**
 * The survey's questions, the same at the kiosk and on the phone: where the visitor lives (the kiosk only: a sheet's
 * code knows it), the overall satisfaction, the welcome, the usefulness of the information (1–5), the likelihood to
 * recommend (0–10) and a comment. Radio groups with their question as label, each choice a large target; only the
 * overall satisfaction is required. The comment is sent as typed and checked by the service.
 */
class SurveyQuestions extends Composite<Div> {

    final RadioButtonGroup<Market> market = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> welcome = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> usefulness = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> recommend = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();

    private final SurveyWords words;
    private final boolean asksMarket;

    SurveyQuestions(SurveyWords words, boolean asksMarket) {
        this.words = words;
        this.asksMarket = asksMarket;
        var content = getContent();
        content.addClassName("survey-questions");
        market.setLabel(words.text("market.question"));
        market.setItems(Market.values());
        market.setItemLabelGenerator(m -> words.text("market." + m.name()));
        market.addClassName("survey-choices");
        scale(satisfaction, "satisfaction.question");
        satisfaction.setRequiredIndicatorVisible(true);
        scale(welcome, "welcome.question");
        scale(usefulness, "usefulness.question");
        recommend.setLabel(words.text("recommend.question"));
        recommend.setHelperText(words.text("recommend.help"));
        recommend.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        recommend.addClassName("survey-recommend");
        comment.setLabel(words.text("comment.label"));
        comment.setHelperText(words.text("comment.help"));
        comment.setMaxLength(SurveyAnswerDraft.MAX_COMMENT);
        comment.addClassName("survey-comment");
        if (asksMarket) {
            content.add(market);
        }
        content.add(satisfaction, welcome, usefulness, recommend, comment);
    }

    private void scale(RadioButtonGroup<Integer> group, String question) {
        group.setLabel(words.text(question));
        group.setItems(List.of(1, 2, 3, 4, 5));
        group.setItemLabelGenerator(score -> words.text("score." + score));
        group.addClassName("survey-scale");
    }

    /** What the visitor chose, as it stands. */
    SurveyAnswerDraft draft() {
        return SurveyAnswerDraft.in(words.language())
                .withMarket(asksMarket ? market.getValue() : null)
                .withScores(satisfaction.getValue(), welcome.getValue(), usefulness.getValue(), recommend.getValue())
                .withComment(comment.getValue());
    }

    /** Each refused field says why, in the visitor's language; the others are cleared of old errors. */
    void showErrors(Map<String, String> errors) {
        for (var field : Map.<String, HasValidation>of(
                        "satisfaction", satisfaction,
                        "welcome", welcome,
                        "usefulness", usefulness,
                        "recommend", recommend,
                        "comment", comment)
                .entrySet()) {
            var key = errors.get(field.getKey());
            field.getValue().setInvalid(key != null);
            field.getValue()
                    .setErrorMessage(
                            key == null
                                    ? null
                                    : words.text(
                                            key,
                                            comment.getValue()
                                                    .codePointCount(
                                                            0,
                                                            comment.getValue().length()),
                                            SurveyAnswerDraft.MAX_COMMENT));
        }
    }
}
