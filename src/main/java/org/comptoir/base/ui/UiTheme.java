package org.comptoir.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Light or dark: the system's setting unless the person chose one on this browser (kept in a cookie,
 * like the language, so the choice holds on the login page and after a logout).
 */
public enum UiTheme {
    LIGHT(ColorScheme.Value.LIGHT),
    DARK(ColorScheme.Value.DARK),
    /** Follows the system's setting ({@code prefers-color-scheme}): Lumo's {@code light-dark} scheme. */
    SYSTEM(ColorScheme.Value.LIGHT_DARK);

    static final String COOKIE = "comptoir-theme";

    private final ColorScheme.Value scheme;

    UiTheme(ColorScheme.Value scheme) {
        this.scheme = scheme;
    }

    /** The value of the {@code theme} attribute of {@code <html>} that Lumo reads. */
    String themeAttribute() {
        return scheme.getThemeValue();
    }

    /** The value of the CSS {@code color-scheme} the page starts with. */
    String colorScheme() {
        return scheme.getValue();
    }

    /** The translation key of this choice in the user menu. */
    String translationKey() {
        return "shell.theme." + name().toLowerCase(Locale.ROOT);
    }

    /** The choice remembered for this request's browser: the system's setting by default. */
    static UiTheme fromRequest(VaadinRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> parse(cookie.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(SYSTEM);
    }

    static Optional<UiTheme> parse(String value) {
        return Arrays.stream(values())
                .filter(theme -> theme.name().equalsIgnoreCase(value))
                .findFirst();
    }

    /** Shows the current page in this theme at once and remembers the choice on this browser. */
    public void apply() {
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, name().toLowerCase(Locale.ROOT));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setColorScheme(scheme);
        }
    }

    /** The choice remembered for the browser of the current request. */
    static UiTheme current() {
        var request = VaadinRequest.getCurrent();
        return request == null ? SYSTEM : fromRequest(request);
    }
}
