package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Services refuse the wrong role even when called directly, without any view in between.
 */
@ComptoirTest
class ServiceSecurityTest {

    @Autowired
    UserService users;

    @Test
    @WithMockUser(roles = AppRoles.COUNSELLOR)
    void a_counsellor_cannot_list_create_edit_disable_or_reset_users() {
        assertDenied(() -> users.page("", PageRequest.of(0, 10)));
        assertDenied(() -> users.find(1));
        assertDenied(() ->
                users.save(new UserDraft(null, 0, "mallory", "M", Set.of(AppRoles.ADMIN), null, "Chaine-des-Puys-63")));
        assertDenied(() -> users.setEnabled(1, false));
        assertDenied(() -> users.resetPassword(1, "Chaine-des-Puys-63"));
    }

    @Test
    @WithMockUser(roles = AppRoles.DIRECTOR)
    void a_director_cannot_manage_users_either() {
        assertDenied(() -> users.page("", PageRequest.of(0, 10)));
        assertDenied(() ->
                users.save(new UserDraft(null, 0, "mallory", "M", Set.of(AppRoles.ADMIN), null, "Chaine-des-Puys-63")));
        assertDenied(() -> users.resetPassword(1, "Chaine-des-Puys-63"));
    }

    @Test
    void nobody_signed_out_can_call_a_user_service() {
        assertThatThrownBy(() -> users.current()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.changeOwnPassword("a", "b"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.page("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }
}
