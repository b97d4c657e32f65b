package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.comptoir.ComptoirTest;
import org.comptoir.base.ComptoirProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production database's first start. Each test empties the users table inside its transaction,
 * which is rolled back afterwards.
 */
@ComptoirTest
@Transactional
class UserBootstrapTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    DeskDirectory desks;

    @Autowired
    DeskOffices offices;

    @Autowired
    Clock clock;

    @BeforeEach
    void noUserYet() {
        users.deleteAll();
        users.flush();
    }

    @Test
    void production_without_an_admin_password_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> bootstrap(false, null).createFirstUsers())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COMPTOIR_ADMIN_PASSWORD");
        assertThat(users.count()).isZero();
    }

    @Test
    void production_refuses_a_weak_admin_password() {
        assertThatThrownBy(() -> bootstrap(false, "admin123").createFirstUsers())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COMPTOIR_ADMIN_PASSWORD is refused");
    }

    @Test
    void production_creates_one_admin_from_the_admin_password_and_no_demo_user() {
        bootstrap(false, "Volvic-Lava-Stone-1").createFirstUsers();

        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRoles()).containsExactly(AppRoles.ADMIN);
            assertThat(passwordEncoder.matches("Volvic-Lava-Stone-1", admin.getPasswordHash()))
                    .isTrue();
        });
    }

    @Test
    void production_names_the_first_admin_as_configured() {
        bootstrap(false, "Volvic-Lava-Stone-1", "Chef-Accueil").createFirstUsers();

        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("chef-accueil");
            assertThat(admin.getRoles()).containsExactly(AppRoles.ADMIN);
        });
    }

    @Test
    void demo_mode_creates_the_three_demo_users() {
        bootstrap(true, null).createFirstUsers();
        assertThat(users.findAll())
                .extracting(AppUser::getUsername)
                .containsExactlyInAnyOrder("admin", "director", "counsellor");
    }

    @Test
    void a_database_with_users_is_left_alone() {
        bootstrap(false, "Volvic-Lava-Stone-1").createFirstUsers();
        bootstrap(true, null).createFirstUsers();
        assertThat(users.count()).isOne();
    }

    private UserBootstrap bootstrap(boolean demo, String adminPassword) {
        return bootstrap(demo, adminPassword, null);
    }

    private UserBootstrap bootstrap(boolean demo, String adminPassword, String adminUsername) {
        var properties = new ComptoirProperties(
                demo, adminPassword, "Office", ZoneId.of("Europe/Paris"), 5, Duration.ofMinutes(15));
        return new UserBootstrap(
                users,
                passwordEncoder,
                passwordPolicy,
                desks,
                offices,
                properties,
                new LoginSettings(0, adminUsername),
                clock);
    }
}
