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

    protected void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** Texts of the notifications currently open. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
