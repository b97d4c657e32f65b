package org.comptoir.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> Translations.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst()
                .orElse(Translations.FRENCH);
    }

    /** Switches the current UI and session to the given language and remembers it on this browser. */
    public static void switchTo(Locale locale) {
        var chosen = Translations.supported(locale);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
        }
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            ui.getPage().reload();
        }
    }
}
