package org.comptoir.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A choice the person made on this browser (the language, the theme), kept a year in a cookie of its own, so
 * that it holds on the login page and after a logout.
 */
final class BrowserChoice {

    private static final Duration KEPT = Duration.ofDays(365);

    private BrowserChoice() {}

    /** The value remembered under {@code cookie} for this request's browser, if any. */
    static Optional<String> read(VaadinRequest request, String cookie) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> cookie.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** Remembers {@code value} under {@code cookie} with the answer to the current request, when there is one. */
    static void remember(String cookie, String value) {
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var kept = new Cookie(cookie, value);
            kept.setPath("/");
            kept.setHttpOnly(true);
            kept.setMaxAge((int) KEPT.toSeconds());
            response.addCookie(kept);
        }
    }
}
