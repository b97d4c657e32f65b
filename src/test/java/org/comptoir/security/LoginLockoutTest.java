package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.ComptoirTest;
import org.comptoir.MutableClock;
import org.comptoir.base.ComptoirProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

@ComptoirTest
class LoginLockoutTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "Lac-de-Servieres-1";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    AppUserRepository users;

    @Autowired
    LoginLockout lockout;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    LoginSettings settings;

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
        users.save(new AppUser(
                username,
                "Lockout test",
                passwordEncoder.encode(PASSWORD),
                Set.of(AppRoles.COUNSELLOR),
                null,
                clock.instant()));
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
        assertThat(lockout.failures(username)).isZero();
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
        var lockout = new LoginLockout(jdbc, transactionManager, properties, settings, moved);
        var name = "clocked" + NAMES.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            lockout.countAttempt(name, null);
        }
        assertThat(lockout.isLocked(name)).isTrue();
        moved.advance(Duration.ofMinutes(14));
        assertThat(lockout.isLocked(name)).isTrue();
        moved.advance(Duration.ofMinutes(1));
        assertThat(lockout.isLocked(name)).isFalse();
        assertThat(lockout.countAttempt(name, null))
                .as("one failure after the lock starts a new count")
                .isFalse();
        assertThat(lockout.failures(name)).isOne();
    }

    // Review finding 3 and the acceptance of issue 13.
    @Test
    void a_burst_of_forty_wrong_passwords_from_forty_addresses_counts_each_and_refuses_the_right_password_sent_in_it()
            throws Exception {
        var start = new CountDownLatch(1);
        var burst = new ArrayList<Future<Throwable>>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= 40; i++) {
                var address = "192.0.2." + i;
                var password = "wrong-" + i;
                burst.add(pool.submit(() -> {
                    start.await();
                    return refusal(() -> signIn(username, password, address));
                }));
            }
            start.countDown();
            // the right password, sent while the burst is still being checked, once the name is locked
            var deadline = Instant.now().plusSeconds(60);
            while (!lockout.isLocked(username) && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            var right = pool.submit(() -> refusal(() -> signIn(username, PASSWORD, "198.51.100.7")));

            for (var attempt : burst) {
                assertThat(attempt.get())
                        .as("no server error, only refusals")
                        .isInstanceOfAny(BadCredentialsException.class, LockedException.class);
            }
            assertThat(right.get()).as("the right password inside the burst").isInstanceOf(LockedException.class);
        }
        // every attempt is counted before its password is checked: the 40 wrong ones and the refused right one
        assertThat(lockout.failures(username)).isEqualTo(41);
    }

    @Test
    void an_address_that_failed_too_often_waits_whatever_name_it_tries() {
        var address = "203.0.113." + NAMES.incrementAndGet() % 250;
        for (int i = 0; i < settings.addressMaxFailures(); i++) {
            var guessed = "guessed" + NAMES.incrementAndGet();
            assertThatThrownBy(() -> signIn(guessed, "Password-1", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(username, PASSWORD, address)).isInstanceOf(LockedException.class);
        assertThat(signIn(username, PASSWORD, "198.51.100.8").isAuthenticated())
                .as("the same name from another address")
                .isTrue();
    }

    // Review finding 5: BCrypt refuses more than 72 bytes; at sign-in that is a wrong password, not an error.
    @Test
    void a_password_over_seventy_two_bytes_at_sign_in_is_a_wrong_password() {
        assertThatThrownBy(() -> signIn(username, PASSWORD + "é".repeat(40)))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody" + NAMES.incrementAndGet(), "é".repeat(40)))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    // Review finding 4.
    @Test
    void a_disabled_account_gets_the_same_answer_as_a_wrong_password() {
        var user = users.findByUsername(username).orElseThrow();
        user.setEnabled(false);
        users.save(user);

        assertThatThrownBy(() -> signIn(username, PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(thrownBy(() -> signIn("nobody" + NAMES.incrementAndGet(), PASSWORD))
                        .getMessage());
    }

    private Authentication signIn(String name, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    private Authentication signIn(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authentication.authenticate(token);
    }

    private static Throwable thrownBy(Runnable attempt) {
        var refusal = refusal(() -> {
            attempt.run();
            return null;
        });
        assertThat(refusal).isNotNull();
        return refusal;
    }

    private static Throwable refusal(Callable<?> attempt) {
        try {
            attempt.call();
            return null;
        } catch (Throwable refused) {
            return refused;
        }
    }
}
