package org.comptoir.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.comptoir.ViewTest;
import org.comptoir.base.Translations;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A page a role may not open and an address with no page both show our own page in the shell, in the
 * reader's language, never Vaadin's list of routes; every tab reads "<page> · Comptoir".
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class ErrorPagesTest extends ViewTest {

    @Test
    void a_counsellor_opening_the_users_page_is_told_it_is_not_open_to_their_role() {
        var page = navigate("admin/users", Component.class);

        assertThat(page).isInstanceOf(NotAllowedView.class);
        assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat($(H2.class).from(page).single().getText()).isEqualTo("Accès refusé");
        assertThat($(Paragraph.class).from(page).single().getText())
                .contains("n’est pas ouverte à votre rôle")
                .doesNotContain("admin/users");
        assertThat(shellTitle()).isEqualTo("Accès refusé");
        assertThat(tabTitle()).isEqualTo("Accès refusé · Comptoir");
    }

    @Test
    void an_address_with_no_page_says_so_in_the_shell() {
        var page = navigate("no/such/page", Component.class);

        assertThat(page).isInstanceOf(NotFoundView.class);
        assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat($(H2.class).from(page).single().getText()).isEqualTo("Page introuvable");
        assertThat(((NotFoundView) page).home.getText()).isEqualTo("Retour à ma page d’accueil");
        assertThat(tabTitle()).isEqualTo("Page introuvable · Comptoir");
    }

    @Test
    void both_pages_speak_english_to_an_english_reader() {
        useLocale(Translations.ENGLISH);

        var denied = navigate("reports", Component.class);
        assertThat($(H2.class).from(denied).single().getText()).isEqualTo("Not allowed");
        assertThat(tabTitle()).isEqualTo("Not allowed · Comptoir");

        var missing = navigate("nowhere", Component.class);
        assertThat($(H2.class).from(missing).single().getText()).isEqualTo("Page not found");
        assertThat(((NotFoundView) missing).home.getText()).isEqualTo("Back to my home page");
    }

    @Test
    void every_view_tab_names_its_page_then_comptoir() {
        navigate("desk", Component.class);
        assertThat(tabTitle()).isEqualTo(shellTitle() + " · Comptoir");

        useLocale(Translations.ENGLISH);
        navigate("follow-ups", Component.class);
        assertThat(tabTitle()).isEqualTo(shellTitle() + " · Comptoir").startsWith("My follow-ups");
    }

    private String shellTitle() {
        return $(H1.class).single().getText();
    }

    private static String tabTitle() {
        roundTrip();
        return UI.getCurrent().getInternals().getTitle();
    }
}
