package org.comptoir.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.SurveyInvalid;
import org.comptoir.survey.SurveyRefused;
import org.comptoir.survey.SurveyWords;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** What the kiosk and the phone's page share: the language buttons, the send button and how an answer is sent. */
final class SurveyScreens {

    private SurveyScreens() {}

    /** The six languages, each named in itself and marked with its {@code lang}; the current one pressed. */
    static Div languages(SheetLanguage current, Consumer<SheetLanguage> choose) {
        var box = new Div();
        box.addClassName("survey-languages");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", SurveyWords.of(current).text("languages"));
        for (var each : SheetLanguage.values()) {
            var button = new Button(SurveyWords.of(each).languageName(), e -> choose.accept(each));
            button.getElement().setAttribute("lang", each.code());
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == current));
            button.addClassName("survey-language");
            if (each == current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            box.add(button);
        }
        return box;
    }

    static Button sendButton(SurveyWords words) {
        var send = new Button(words.text("send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("survey-send");
        return send;
    }

    /** Where a refusal is said, read out by screen readers as it appears. */
    static Span status() {
        var status = new Span();
        status.addClassName("survey-status");
        status.getElement().setAttribute("role", "alert");
        return status;
    }

    /**
     * Sends an answer: true when it was kept. An incomplete answer shows what is missing next to each question, too
     * many answers in a minute or a database that does not answer are said in the status, and any other refusal (the
     * token no longer works) goes to {@code refused} with its key.
     */
    static boolean send(
            Runnable answer, SurveyQuestions questions, Span status, SurveyWords words, Consumer<String> refused) {
        status.setText("");
        try {
            answer.run();
            return true;
        } catch (SurveyInvalid invalid) {
            questions.showErrors(invalid.fieldErrors());
            status.setText(words.text("invalid"));
        } catch (SurveyRefused refusal) {
            if (SurveyRefused.TOO_MANY.equals(refusal.messageKey())) {
                status.setText(words.text(refusal.messageKey()));
            } else {
                refused.accept(refusal.messageKey());
            }
        } catch (DataAccessException | TransactionException unreachable) {
            status.setText(words.text("not-sent"));
        }
        return false;
    }
}
