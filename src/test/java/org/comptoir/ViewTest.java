package org.comptoir;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

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

    /**
     * Waits for a screen's job in the background (an import's commit), then runs what the job asked the
     * screen to do, as the browser's next poll would have.
     */
    protected void afterBackground(@Nullable CompletableFuture<?> job) {
        assertThat(job).as("a job runs in the background").isNotNull();
        job.join();
        var session = VaadinSession.getCurrent();
        if (session.hasLock()) {
            session.getService().runPendingAccessTasks(session);
        }
    }

    /** Texts of the notifications currently open. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
