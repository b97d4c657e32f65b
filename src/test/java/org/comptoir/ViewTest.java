package org.comptoir;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/**
 * A browserless view test: real views, services and MariaDB, no browser. French unless the test
 * switches to English.
 */
@ComptoirTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /**
     * Switches the UI language. The test's first page (the root, forwarded to the person's home) was
     * built in French, so we leave it for the login page: the next navigation builds a new view.
     */
    protected void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("login");
    }

    /** Texts of the notifications currently open. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
