package org.comptoir.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.comptoir.base.Translations;

/**
 * The UI language: French unless the person chose English on this browser (kept in a cookie,
 * so the choice survives a logout and holds on the login page too).
 */
public final class UiLocale {

    static final String COOKIE = "comptoir-lang";

    private UiLocale() {}

    /** The language remembered for this request's browser, French by default. */
    static Locale fromRequest(VaadinRequest request) {
        return BrowserChoice.read(request, COOKIE)
                .map(value -> Translations.supported(Locale.forLanguageTag(value)))
                .orElse(Translations.FRENCH);
    }

    /** Switches the current UI and session to the given language and remembers it on this browser. */
    public static void switchTo(Locale locale) {
        var chosen = Translations.supported(locale);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
        }
        BrowserChoice.remember(COOKIE, chosen.getLanguage());
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            ui.getPage().reload();
        }
    }
}
