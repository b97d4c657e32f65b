package org.comptoir.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.SurveyRefused;
import org.comptoir.survey.SurveyService;
import org.comptoir.survey.SurveyWords;

/**
 * The survey on the visitor's phone, opened by the QR code of their suggestion sheet ({@code survey/<token>?lang=nl}):
 * open to anyone, in the six languages of the sheet (the address keeps the one chosen), answered once. A code that is
 * unknown, used or expired gets one page saying so, whichever it is.
 */
@Route(value = SurveyView.ROUTE + "/:" + SurveyView.TOKEN, autoLayout = false)
@AnonymousAllowed
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "survey";
    static final String TOKEN = "token";
    static final String LANGUAGE = "lang";

    private final SurveyService surveys;
    final Div screen = new Div();
    SurveyQuestions questions;
    /** What the page shows: the questions, the thanks, or the refusal. */
    boolean answered;

    private String token = "";
    private SheetLanguage language = SheetLanguage.FR;

    SurveyView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey-page");
        addClassName("survey-phone");
        screen.addClassName("survey-card");
        add(screen);
        questions = new SurveyQuestions(SurveyWords.of(language), false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        language = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(LANGUAGE)
                .map(SheetLanguage::fromCode)
                .orElse(SheetLanguage.FR);
        getElement().setAttribute("lang", language.code());
        if (surveys.invitation(token).isPresent()) {
            questions();
        } else {
            refused(SurveyRefused.TOKEN);
        }
    }

    private void questions() {
        var words = words();
        screen.removeAll();
        questions = new SurveyQuestions(words, false);
        var send = SurveyScreens.sendButton(words);
        var status = SurveyScreens.status();
        ActOnce.onClick(send, () -> send(status), () -> !answered);
        var actions = new Div(send);
        actions.addClassName("survey-actions");
        screen.add(
                SurveyScreens.languages(
                        language,
                        chosen -> getUI().ifPresent(ui ->
                                ui.navigate(ROUTE + "/" + token, QueryParameters.of(LANGUAGE, chosen.code())))),
                new H1(words.text("page.title")),
                new Paragraph(words.text("survey.intro")));
        screen.add(questions, status, actions);
    }

    private void send(Span status) {
        var words = words();
        var draft = questions.draft();
        var address = clientAddress();
        if (SurveyScreens.send(
                () -> surveys.answerInvitation(token, draft, address), questions, status, words, this::refused)) {
            answered = true;
            screen.removeAll();
            var title = new H1(words.text("thanks.title"));
            title.addClassName("survey-thanks");
            screen.add(title, new Paragraph(words.text("thanks.text")));
        }
    }

    private void refused(String key) {
        answered = true;
        screen.removeAll();
        var words = words();
        var message = new Paragraph(words.text(key));
        message.addClassName("survey-refused");
        screen.add(new H1(words.text("page.title")), message);
    }

    /**
     * The address the answer comes from (behind the proxy, the visitor's: {@code server.forward-headers-strategy}),
     * for the rate limit only.
     */
    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        var address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    private SurveyWords words() {
        return SurveyWords.of(language);
    }

    @Override
    public String getPageTitle() {
        return words().text("page.title");
    }
}
