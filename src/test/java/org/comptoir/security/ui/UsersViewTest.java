package org.comptoir.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admin › Users, used as an admin would, in French and in English.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class UsersViewTest extends ViewTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Test
    void the_list_shows_the_users_with_their_roles_in_french() {
        var view = navigate(UsersView.class);
        var grid = test(view.grid);

        assertThat(grid.size()).isGreaterThanOrEqualTo(3);
        var usernames = IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .map(UserSummary::username)
                .toList();
        assertThat(usernames).contains("admin", "counsellor", "director");
        int director = usernames.indexOf("director");
        assertThat(grid.getCellText(director, 2)).isEqualTo("Direction");
        assertThat(view.create.getText()).isEqualTo("Nouvel utilisateur");
    }

    @Test
    void an_admin_creates_a_counsellor_and_finds_them_by_searching() {
        var name = "marie" + NAMES.incrementAndGet();
        var view = navigate(UsersView.class);
        test(view.create).click();
        var dialog = $(UserDialog.class).single();

        test(dialog.form.username).setValue(name);
        test(dialog.form.displayName).setValue("Marie Dupont");
        test(dialog.form.roles).selectItem("Conseiller en séjour");
        test(dialog.form.password).setValue("Jardin-Lecoq-1860");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains(name + " est enregistré.");
        test(view.search).setValue(name);
        var grid = test(view.grid);
        assertThat(grid.size()).isOne();
        assertThat(grid.getRow(0).roles()).containsExactly(AppRoles.COUNSELLOR);
    }

    @Test
    void a_form_with_mistakes_says_what_is_wrong_next_to_each_field_and_keeps_what_was_typed() {
        var view = navigate(UsersView.class);
        test(view.create).click();
        var dialog = $(UserDialog.class).single();

        test(dialog.form.username).setValue("é!");
        test(dialog.form.displayName).setValue("Jean");
        test(dialog.form.password).setValue("short");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.username.isInvalid()).isTrue();
        assertThat(dialog.form.username.getErrorMessage()).contains("2 à 60 caractères");
        assertThat(dialog.form.roles.isInvalid()).isTrue();
        assertThat(dialog.form.password.getErrorMessage()).isEqualTo("Au moins 12 caractères.");
        assertThat(dialog.form.displayName.getValue()).isEqualTo("Jean");
    }

    @Test
    void a_common_password_refused_by_the_service_is_shown_on_the_password_field() {
        var view = navigate(UsersView.class);
        test(view.create).click();
        var dialog = $(UserDialog.class).single();

        test(dialog.form.username).setValue("paul" + NAMES.incrementAndGet());
        test(dialog.form.displayName).setValue("Paul");
        test(dialog.form.roles).selectItem("Direction");
        test(dialog.form.password).setValue("motdepasse2026");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.password.isInvalid()).isTrue();
        assertThat(dialog.form.password.getErrorMessage()).contains("trop courant");
        assertThat(dialog.form.password.getValue()).isEqualTo("motdepasse2026");
    }

    @Test
    void an_admin_is_told_they_cannot_remove_their_own_admin_role() {
        var view = navigate(UsersView.class);
        test(view.search).setValue("admin");
        var me = test(view.grid).getRow(0);
        assertThat(me.username()).isEqualTo("admin");

        clickRowButton(view.grid, "Modifier");
        var edit = $(UserDialog.class).single();
        assertThat(edit.form.username.isReadOnly()).isTrue();
        test(edit.form.roles).deselectItem("Administration");
        test(edit.form.roles).selectItem("Direction");
        test(edit.save).click();

        assertThat(edit.isOpened()).isTrue();
        assertThat(edit.form.roles.getErrorMessage())
                .isEqualTo("Vous ne pouvez pas retirer votre propre rôle d’administration.");
    }

    @Test
    void an_admin_disables_a_user_and_enables_them_again() {
        var name = "temp" + NAMES.incrementAndGet();
        var view = navigate(UsersView.class);
        test(view.create).click();
        var dialog = $(UserDialog.class).single();
        test(dialog.form.username).setValue(name);
        test(dialog.form.displayName).setValue("Temporary");
        test(dialog.form.roles).selectItem("Conseiller en séjour");
        test(dialog.form.password).setValue("Saint-Nectaire-AOP");
        test(dialog.save).click();

        test(view.search).setValue(name);
        clickRowButton(view.grid, "Désactiver");
        assertThat(test(view.grid).getRow(0).enabled()).isFalse();
        assertThat(notifications()).contains(name + " est désactivé.");
        clickRowButton(view.grid, "Réactiver");
        assertThat(test(view.grid).getRow(0).enabled()).isTrue();
    }

    @Test
    void an_admin_resets_a_password_and_a_weak_one_is_refused_on_the_field() {
        var view = navigate(UsersView.class);
        test(view.search).setValue("counsellor");
        clickRowButton(view.grid, "Nouveau mot de passe");
        var reset = $(ResetPasswordDialog.class).single();

        test(reset.password).setValue("counsellor-Aydat-lake");
        test(reset.save).click();
        assertThat(reset.isOpened()).isTrue();
        assertThat(reset.password.getErrorMessage()).isEqualTo("Le mot de passe ne doit pas contenir l’identifiant.");
    }

    @Test
    void the_page_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = navigate(UsersView.class);
        assertThat(view.create.getText()).isEqualTo("New user");
        assertThat(view.search.getPlaceholder()).isEqualTo("Search a name");
        test(view.search).setValue("director");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Director");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Main desk");
        assertThat(((Span) test(view.grid).getCellComponent(0, 4)).getText()).isEqualTo("Active");
    }

    private void clickRowButton(Grid<UserSummary> grid, String text) {
        var button = test(grid)
                .getCellComponent(0, 5)
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(text))
                .findFirst()
                .orElseThrow();
        test(button).click();
    }
}
