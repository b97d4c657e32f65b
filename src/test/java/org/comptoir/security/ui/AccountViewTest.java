package org.comptoir.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserDraft;
import org.comptoir.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * My account: a signed-in person changes their own password.
 */
@WithMockUser(username = "account.owner", roles = AppRoles.COUNSELLOR)
class AccountViewTest extends ViewTest {

    @Autowired
    UserService users;

    @Test
    void a_counsellor_changes_their_password_after_two_mistakes_each_told_on_its_field() {
        ensureOwner();
        var view = navigate(AccountView.class);

        test(view.current).setValue("Banne-d-Ordanche-1");
        test(view.fresh).setValue("Puy-de-Sancy-1886m");
        test(view.confirm).setValue("Puy-de-Sancy-1886");
        test(view.change).click();
        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(view.confirm.getErrorMessage()).isEqualTo("Les deux nouveaux mots de passe ne sont pas identiques.");

        test(view.current).setValue("not-my-password");
        test(view.confirm).setValue("Puy-de-Sancy-1886m");
        test(view.change).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("Ce n’est pas votre mot de passe actuel.");
        assertThat(view.fresh.getValue()).as("what was typed stays").isEqualTo("Puy-de-Sancy-1886m");

        test(view.current).setValue("Banne-d-Ordanche-1");
        test(view.change).click();
        assertThat(notifications()).contains("Mot de passe changé.");
        assertThat(view.current.getValue()).isEmpty();
    }

    /** The person of this test, with a known password (created once, reset on later runs). */
    private void ensureOwner() {
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            var existing =
                    users.page("account.owner", PageRequest.of(0, 1)).stream().findFirst();
            if (existing.isPresent()) {
                users.resetPassword(existing.get().id(), "Banne-d-Ordanche-1");
            } else {
                users.save(new UserDraft(
                        null,
                        0,
                        "account.owner",
                        "Account owner",
                        Set.of(AppRoles.COUNSELLOR),
                        null,
                        "Banne-d-Ordanche-1"));
            }
        });
    }
}
