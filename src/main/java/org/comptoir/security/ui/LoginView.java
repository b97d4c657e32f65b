package org.comptoir.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Translations;
import org.comptoir.base.ui.UiLocale;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in. Says plainly why a sign-in failed (wrong user name or password, too many attempts); in demo
 * mode, lists the demo users.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** What the form says now (the form itself does not tell). */
    LoginI18n texts;

    private final ComptoirProperties properties;

    LoginView(ComptoirProperties properties) {
        this.properties = properties;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        texts = i18n("login.error.bad-credentials");
        form.setI18n(texts);

        var card = new Div(header(), form);
        card.addClassName("login-card");
        if (properties.demo()) {
            card.add(demoUsers());
        }
        card.add(languageSwitch());
        add(card);
    }

    private Component header() {
        var logo = new Image("images/comptoir-logo.svg", "");
        logo.addClassName("login-logo");
        var title = new H1("Comptoir");
        var office = new Paragraph(properties.officeName());
        office.addClassName("login-office");
        var header = new Div(logo, title, office);
        header.addClassName("login-header");
        return header;
    }

    private Component demoUsers() {
        var box = new Div();
        box.addClassName("demo-users");
        box.add(new Paragraph(getTranslation("login.demo.title")));
        for (var name : new String[] {"counsellor", "director", "admin"}) {
            var line = new Div(
                    new Span(name),
                    new Span(" / "),
                    new Span(name),
                    new Span(" — " + getTranslation("login.demo." + name)));
            line.addClassName("demo-user");
            box.add(line);
        }
        return box;
    }

    private Component languageSwitch() {
        var other = Translations.FRENCH.getLanguage().equals(getLocale().getLanguage())
                ? Translations.ENGLISH
                : Translations.FRENCH;
        var button = new Button(other.getDisplayLanguage(other), e -> UiLocale.switchTo(other));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("login-language");
        return button;
    }

    private LoginI18n i18n(String errorKey) {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.username"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey + ".title"));
        error.setMessage(getTranslation(errorKey, properties.loginLockDuration().toMinutes()));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var session = VaadinSession.getCurrent().getSession();
            var cause = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // a disabled account is answered as a wrong password: the page tells nothing about accounts
            var key = cause instanceof LockedException ? "login.error.locked" : "login.error.bad-credentials";
            texts = i18n(key);
            form.setI18n(texts);
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
