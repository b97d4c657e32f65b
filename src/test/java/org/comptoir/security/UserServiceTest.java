package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.base.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    DeskDirectory desks;

    @Test
    void an_admin_creates_a_user_with_several_roles_and_a_hashed_password() {
        var saved = users.save(new UserDraft(
                null,
                0,
                " Claire.M ",
                "Claire Martin",
                Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR),
                null,
                "Chaine-des-Puys-63"));

        assertThat(saved.username()).isEqualTo("claire.m");
        assertThat(saved.roles()).containsExactlyInAnyOrder(AppRoles.COUNSELLOR, AppRoles.DIRECTOR);
        var stored = repository.findByUsername("claire.m").orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Chaine-des-Puys-63");
        assertThat(passwordEncoder.matches("Chaine-des-Puys-63", stored.getPasswordHash()))
                .isTrue();
    }

    @Test
    void the_signed_in_persons_desk_is_theirs_or_none() {
        var desk = desks.activeDesks(Locale.FRENCH).getFirst().id();
        users.save(new UserDraft(
                null, 0, "desk.owner", "Desk Owner", Set.of(AppRoles.COUNSELLOR), desk, "Chaine-des-Puys-63"));
        users.save(
                new UserDraft(null, 0, "no.desk", "No Desk", Set.of(AppRoles.COUNSELLOR), null, "Chaine-des-Puys-63"));

        assertThat(TestUsers.as("desk.owner", AppRoles.COUNSELLOR, () -> users.currentDeskId()))
                .contains(desk);
        assertThat(TestUsers.as("no.desk", AppRoles.COUNSELLOR, () -> users.currentDeskId()))
                .isEmpty();
        assertThat(TestUsers.as("nobody.known", AppRoles.COUNSELLOR, () -> users.currentDeskId()))
                .isEmpty();
    }

    @Test
    void a_taken_user_name_is_refused() {
        assertThatThrownBy(() -> users.save(new UserDraft(
                        null, 0, "director", "Another", Set.of(AppRoles.DIRECTOR), null, "Chaine-des-Puys-63")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("user.username.taken");
    }

    @Test
    void a_weak_first_password_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> users.save(
                        new UserDraft(null, 0, "paul", "Paul", Set.of(AppRoles.COUNSELLOR), null, "motdepasse2024")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("password.too-common");
        assertThat(repository.findByUsername("paul")).isEmpty();
    }

    @Test
    void a_user_without_a_role_is_refused() {
        assertThatThrownBy(
                        () -> users.save(new UserDraft(null, 0, "paul", "Paul", Set.of(), null, "Chaine-des-Puys-63")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("user.roles.required");
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        var me = repository.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> users.save(new UserDraft(
                        me.getId(), me.getVersion(), "admin", "Admin", Set.of(AppRoles.DIRECTOR), null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("user.self.keep-admin");
        assertThat(repository.findByUsername("admin").orElseThrow().getRoles()).contains(AppRoles.ADMIN);
    }

    @Test
    void an_admin_cannot_disable_themselves_but_can_disable_someone_else() {
        var me = repository.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> users.setEnabled(me.getId(), false))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("user.self.keep-enabled");

        var director = repository.findByUsername("director").orElseThrow();
        assertThat(users.setEnabled(director.getId(), false).enabled()).isFalse();
    }

    @Test
    void an_admin_can_add_roles_to_their_own_account() {
        var me = repository.findByUsername("admin").orElseThrow();
        var saved = users.save(new UserDraft(
                me.getId(), me.getVersion(), "admin", "Admin", Set.of(AppRoles.ADMIN, AppRoles.DIRECTOR), null, null));
        assertThat(saved.roles()).containsExactlyInAnyOrder(AppRoles.ADMIN, AppRoles.DIRECTOR);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        var director = repository.findByUsername("director").orElseThrow();
        var stale = director.getVersion();
        users.save(new UserDraft(
                director.getId(), stale, "director", "First change", Set.of(AppRoles.DIRECTOR), null, null));
        assertThatThrownBy(() -> users.save(new UserDraft(
                        director.getId(), stale, "director", "Second change", Set.of(AppRoles.DIRECTOR), null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_reset_password_must_follow_the_rules_and_then_works() {
        var counsellor = repository.findByUsername("counsellor").orElseThrow();
        assertThatThrownBy(() -> users.resetPassword(counsellor.getId(), "short"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("password.too-short");
        users.resetPassword(counsellor.getId(), "Fourme-d-Ambert-AOP");
        assertThat(passwordEncoder.matches(
                        "Fourme-d-Ambert-AOP",
                        repository.findByUsername("counsellor").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    // Review finding 5: BCrypt would throw on it, an "unexpected error" for the admin.
    @Test
    void a_reset_password_over_seventy_two_bytes_is_refused_with_a_message() {
        var counsellor = repository.findByUsername("counsellor").orElseThrow();
        assertThatThrownBy(() -> users.resetPassword(counsellor.getId(), "Fourme-d-Ambert-" + "é".repeat(30)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("password.too-long");
    }

    // Review finding 2: rights taken away end the sessions that hold them.
    @Test
    void removing_a_role_or_resetting_a_password_ends_that_persons_sessions_and_nobody_elses() {
        var director = repository.findByUsername("director").orElseThrow();
        var counsellor = repository.findByUsername("counsellor").orElseThrow();
        sessionRegistry.registerNewSession(
                "director-1", User.withUsername("director").password("x").build());
        sessionRegistry.registerNewSession(
                "counsellor-1", User.withUsername("counsellor").password("x").build());
        sessionRegistry.registerNewSession(
                "admin-1", User.withUsername("admin").password("x").build());

        users.save(new UserDraft(
                director.getId(),
                director.getVersion(),
                "director",
                "Directrice",
                Set.of(AppRoles.COUNSELLOR),
                null,
                null));
        users.resetPassword(counsellor.getId(), "Fourme-d-Ambert-AOP");

        assertThat(sessionRegistry.getSessionInformation("director-1").isExpired())
                .isTrue();
        assertThat(sessionRegistry.getSessionInformation("counsellor-1").isExpired())
                .isTrue();
        assertThat(sessionRegistry.getSessionInformation("admin-1").isExpired()).isFalse();
        sessionRegistry.removeSessionInformation("admin-1");
    }

    @Test
    void the_list_filters_on_user_name_and_display_name() {
        assertThat(users.page("direct", PageRequest.of(0, 10)).getContent())
                .extracting(UserSummary::username)
                .containsExactly("director");
        assertThat(users.page("", PageRequest.of(0, 10)).getContent())
                .extracting(UserSummary::username)
                .contains("admin", "director", "counsellor");
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void anyone_changes_their_own_password_when_they_know_the_current_one() {
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "Puy-de-Dome-1465m"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("password.current-wrong");
        users.changeOwnPassword("counsellor", "Puy-de-Dome-1465m");
        assertThat(passwordEncoder.matches(
                        "Puy-de-Dome-1465m",
                        repository.findByUsername("counsellor").orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
