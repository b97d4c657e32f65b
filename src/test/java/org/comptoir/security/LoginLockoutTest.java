package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.ComptoirTest;
import org.comptoir.MutableClock;
import org.comptoir.base.ComptoirProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

@ComptoirTest
class LoginLockoutTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "Lac-de-Servieres-1";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    AppUserRepository users;
    @Autowired
    LoginLockRepository locks;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ComptoirProperties properties;
    @Autowired
    Clock clock;

    AuthenticationManager authentication;
    String username;

    @BeforeEach
    void aUserOfItsOwn() throws Exception {
        authentication = authenticationConfiguration.getAuthenticationManager();
        username = "lockout" + NAMES.incrementAndGet();
        users.save(new AppUser(username, "Lockout test", passwordEncoder.encode(PASSWORD),
                Set.of(AppRoles.COUNSELLOR), null, clock.instant()));
    }

    @Test
    void the_right_password_signs_in() {
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void after_five_wrong_passwords_the_sixth_try_is_refused_even_with_the_right_one() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_sign_in_and_start_the_count_again() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        assertThat(locks.findById(username)).isEmpty();
    }

    @Test
    void a_user_name_that_does_not_exist_locks_the_same_way() {
        var unknown = "nobody" + NAMES.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(unknown, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(unknown, "guess")).isInstanceOf(LockedException.class);
    }

    @Test
    void a_lock_ends_after_fifteen_minutes() {
        var moved = new MutableClock(Instant.parse("2026-07-14T10:00:00Z"), properties.timeZone());
        var lockout = new LoginLockout(locks, properties, moved);
        var name = "clocked" + NAMES.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            lockout.recordFailure(name);
        }
        assertThat(lockout.isLocked(name)).isTrue();
        moved.advance(Duration.ofMinutes(14));
        assertThat(lockout.isLocked(name)).isTrue();
        moved.advance(Duration.ofMinutes(1));
        assertThat(lockout.isLocked(name)).isFalse();
        lockout.recordFailure(name);
        assertThat(lockout.isLocked(name)).as("one failure after the lock starts a new count").isFalse();
    }

    private org.springframework.security.core.Authentication signIn(String name, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }
}
