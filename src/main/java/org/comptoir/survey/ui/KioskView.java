package org.comptoir.survey.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.SurveyService;
import org.comptoir.survey.SurveySettings;
import org.comptoir.survey.SurveyWords;

/**
 * The tablet at the desk: open to anyone, it holds nothing but its kiosk's token (in its address), never a signed-in
 * session. A first screen in the six languages of the sheet, the questions, a thank-you, and back to the first
 * screen. Left untouched for {@link SurveySettings#kioskIdle} (30 s), it goes back to the first screen and forgets
 * what was not sent. Leaving kiosk mode needs someone to sign in ({@link KioskLeaveView}).
 */
@Route(value = KioskView.ROUTE + "/:" + KioskView.TOKEN, autoLayout = false)
@AnonymousAllowed
public class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "kiosk";
    static final String TOKEN = "token";

    /** Waits for no touch, key or typing, then asks the server to start again; armed again at every call. */
    private static final String IDLE_TIMER = """
            const view = this;
            view.__kioskDelay = $0;
            view.__kioskArm = () => {
              clearTimeout(view.__kioskTimer);
              view.__kioskTimer = setTimeout(() => { if (view.isConnected) view.$server.idle(); }, view.__kioskDelay);
            };
            if (!view.__kioskListening) {
              view.__kioskListening = true;
              ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'].forEach(type =>
                document.addEventListener(type, () => view.__kioskArm(), { capture: true, passive: true }));
            }
            view.__kioskArm();""";

    private final SurveyService surveys;
    private final SurveySettings settings;
    final Div screen = new Div();
    private String token = "";
    private SheetLanguage language = SheetLanguage.FR;
    /** The screen shown: what the idle reset and the tests read. */
    Screen shown = Screen.CLOSED;

    SurveyQuestions questions;

    enum Screen {
        START,
        QUESTIONS,
        THANKS,
        CLOSED
    }

    KioskView(SurveyService surveys, SurveySettings settings) {
        this.surveys = surveys;
        this.settings = settings;
        addClassName("survey-page");
        addClassName("kiosk-view");
        screen.addClassName("survey-card");
        add(screen);
        questions = new SurveyQuestions(SurveyWords.of(language), true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        start();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(IDLE_TIMER, settings.kioskIdle().toMillis());
    }

    /** Nobody touched the kiosk for a while: back to the first screen, an answer not sent forgotten. */
    @ClientCallable
    void idle() {
        language = SheetLanguage.FR;
        start();
        arm(settings.kioskIdle());
    }

    /** The first screen, in French, or the closed one when the kiosk no longer takes answers. */
    void start() {
        if (surveys.kiosk(token).isEmpty()) {
            closed();
            return;
        }
        var words = words();
        shown = Screen.START;
        screen.removeAll();
        var title = new H1(words.text("kiosk.title"));
        var intro = new Paragraph(words.text("kiosk.intro"));
        var begin = new Button(words.text("kiosk.start"), e -> questions());
        begin.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        begin.addClassName("survey-start");
        screen.add(
                title,
                intro,
                SurveyScreens.languages(language, chosen -> {
                    language = chosen;
                    start();
                }),
                begin);
        updateLanguage();
    }

    void questions() {
        var words = words();
        shown = Screen.QUESTIONS;
        screen.removeAll();
        questions = new SurveyQuestions(words, true);
        var send = SurveyScreens.sendButton(words);
        var status = SurveyScreens.status();
        ActOnce.onClick(send, () -> send(status));
        var again = new Button(words.text("cancel"), e -> start());
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        var actions = new Div(send, again);
        actions.addClassName("survey-actions");
        screen.add(new H1(words.text("page.title")), questions, status, actions);
    }

    private void send(Span status) {
        var draft = questions.draft();
        if (SurveyScreens.send(
                () -> surveys.answerAtKiosk(token, draft), questions, status, words(), key -> closed())) {
            thanks();
        }
    }

    private void thanks() {
        var words = words();
        shown = Screen.THANKS;
        screen.removeAll();
        var title = new H1(words.text("thanks.title"));
        title.addClassName("survey-thanks");
        screen.add(title, new Paragraph(words.text("thanks.text")));
        arm(settings.thanksFor());
    }

    private void closed() {
        var words = words();
        shown = Screen.CLOSED;
        screen.removeAll();
        screen.add(new H1(words.text("kiosk.closed.title")), new Paragraph(words.text("kiosk.closed.text")), leave());
    }

    /**
     * A discreet way out for the staff: signing in ends the kiosk ({@link KioskLeaveView}). A full page load rather
     * than a router link, so that the sign-in it leads to comes back to it.
     */
    private Anchor leave() {
        var link = new Anchor(ROUTE + "/" + token + "/leave", words().text("kiosk.leave"));
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("kiosk-leave");
        return link;
    }

    /** The next reset comes after this much time without a touch. */
    private void arm(Duration delay) {
        getElement().executeJs("if (this.__kioskArm) { this.__kioskDelay = $0; this.__kioskArm(); }", delay.toMillis());
    }

    private void updateLanguage() {
        getElement().setAttribute("lang", language.code());
        screen.add(leave());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle() + " · Comptoir"));
    }

    private SurveyWords words() {
        return SurveyWords.of(language);
    }

    @Override
    public String getPageTitle() {
        return words().text("page.title");
    }
}
