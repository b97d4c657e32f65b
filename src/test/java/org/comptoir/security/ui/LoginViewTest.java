package org.comptoir.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.comptoir.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@WithAnonymousUser
class LoginViewTest extends ViewTest {

    @Test
    void in_demo_mode_the_login_page_lists_the_three_demo_users() {
        navigate(LoginView.class);
        var texts = $(Span.class).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("counsellor", "director", "admin");
    }

    @Test
    void the_login_form_speaks_french_by_default() {
        var i18n = navigate(LoginView.class).texts;
        assertThat(i18n.getForm().getTitle()).isEqualTo("Connexion");
        assertThat(i18n.getForm().getUsername()).isEqualTo("Identifiant");
        assertThat(i18n.getForm().getSubmit()).isEqualTo("Se connecter");
    }

    @Test
    void a_failed_login_shows_a_clear_message_not_a_stack_trace() {
        useLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Sign-in refused");
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("Wrong user name or password. Check them and try again.");
    }
}
