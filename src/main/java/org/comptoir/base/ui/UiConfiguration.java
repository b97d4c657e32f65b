package org.comptoir.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Sets each new UI's language and theme, and installs the one error handler: the person sees a clear message,
 * the log gets the cause, and nothing on screen is cleared.
 */
@Component
class UiConfiguration implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiConfiguration.class);
    private static final String APP_NAME = "Comptoir";
    private static final String TITLE_SUFFIX = " · " + APP_NAME;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            var session = ui.getSession();
            var request = VaadinRequest.getCurrent();
            if (session.getAttribute(UiLocale.COOKIE) == null && request != null) {
                session.setLocale(UiLocale.fromRequest(request));
                session.setAttribute(UiLocale.COOKIE, Boolean.TRUE);
            }
            ui.setLocale(session.getLocale());
            // screen readers read the page in the language it is written in
            ui.getPage()
                    .executeJs(
                            "document.documentElement.lang = $0", ui.getLocale().getLanguage());
            // after the router has set the view's own title
            ui.addAfterNavigationListener(navigation -> ui.beforeClientResponse(
                    ui,
                    context -> ui.getPage().setTitle(tabTitle(ui.getInternals().getTitle()))));
        });
        // the remembered theme is in the page's first HTML, so a dark page never flashes white; the page's
        // language is the one chosen on this browser, not the browser's own (RGAA 8.4)
        event.addIndexHtmlRequestListener(response -> {
            var request = response.getVaadinRequest();
            var theme = UiTheme.fromRequest(request);
            var html = response.getDocument().getElementsByTag("html").first();
            if (html != null) {
                html.attr("lang", UiLocale.fromRequest(request).getLanguage());
                html.attr("theme", theme.themeAttribute());
                html.attr("style", "color-scheme: " + theme.colorScheme());
            }
        });
        event.getSource()
                .addSessionInitListener(sessionEvent -> sessionEvent
                        .getSession()
                        .setErrorHandler(error -> {
                            var cause = error.getThrowable();
                            if (browserLeft(cause)) {
                                // a chart or a download the browser stopped reading (the user moved on): nothing went
                                // wrong
                                log.debug("The browser closed a download before its end");
                                return;
                            }
                            var denied = cause instanceof AccessDeniedException
                                    || cause.getCause() instanceof AccessDeniedException;
                            if (denied) {
                                log.warn("Refused: {}", cause.getMessage());
                            } else {
                                log.error("Unexpected error in the UI", cause);
                            }
                            error.getComponent()
                                    .flatMap(c -> c.getUI())
                                    .ifPresent(ui -> ui.access(() -> {
                                        var notification = Notification.show(
                                                ui.getTranslation(denied ? "error.denied" : "error.unexpected"),
                                                6000,
                                                Notification.Position.TOP_CENTER);
                                        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                                    }));
                        }));
    }

    /** The browser tab's title: "<page> · Comptoir", so that several open tabs can be told apart. */
    static String tabTitle(@Nullable String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return APP_NAME;
        }
        return pageTitle.endsWith(TITLE_SUFFIX) ? pageTitle : pageTitle + TITLE_SUFFIX;
    }

    /** Whether the failure is only the browser closing the connection while a response was written. */
    static boolean browserLeft(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || t.getClass().getSimpleName().equals("EofException")) {
                return true;
            }
        }
        return false;
    }
}
