package org.comptoir.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.StartupOrder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first users of a new database. In demo mode: admin, director and counsellor, each with their
 * name as password. In production: one admin named by {@code COMPTOIR_ADMIN_USERNAME} ({@code admin} unless
 * set) whose password comes from {@code COMPTOIR_ADMIN_PASSWORD};
 * without it Comptoir refuses to start, since nobody could sign in.
 */
@Component
@Order(StartupOrder.USERS)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final DeskDirectory desks;
    private final DeskOffices offices;
    private final ComptoirProperties properties;
    private final LoginSettings settings;
    private final Clock clock;

    UserBootstrap(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            DeskDirectory desks,
            DeskOffices offices,
            ComptoirProperties properties,
            LoginSettings settings,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.desks = desks;
        this.offices = offices;
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createFirstUsers();
    }

    @Transactional
    void createFirstUsers() {
        if (users.count() > 0) {
            return;
        }
        var desk = desks.activeDesks(Locale.FRENCH).stream()
                .findFirst()
                .map(DeskDirectory.DeskOption::id)
                .orElse(null);
        if (properties.demo()) {
            create("admin", "Admin (démo)", "admin", Set.of(AppRoles.ADMIN), desk);
            create("director", "Directrice (démo)", "director", Set.of(AppRoles.DIRECTOR), desk);
            create("counsellor", "Conseiller (démo)", "counsellor", Set.of(AppRoles.COUNSELLOR), desk);
            log.info("Demo mode: created the demo users admin, director and counsellor");
            return;
        }
        var admin = settings.firstAdmin();
        var password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("""
                    This database has no user yet, so nobody could sign in. Set COMPTOIR_ADMIN_PASSWORD \
                    (at least %d characters, not a common password) to create the first admin, user name '%s' \
                    (COMPTOIR_ADMIN_USERNAME), then start Comptoir again.""".formatted(PasswordPolicy.MIN_LENGTH, admin));
        }
        var problems = passwordPolicy.problems(admin, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("COMPTOIR_ADMIN_PASSWORD is refused (" + String.join(", ", problems)
                    + "): use at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not a common password, not containing '" + admin + "'.");
        }
        create(admin, "Admin", password, Set.of(AppRoles.ADMIN), desk);
        log.info("Created the first admin, user name '{}'", admin);
    }

    private void create(String username, String displayName, String password, Set<String> roles, @Nullable Long desk) {
        var user = new AppUser(username, displayName, passwordEncoder.encode(password), roles, desk, clock.instant());
        user.setOfficeIds(Set.of(UserService.defaultOffice(offices, desk)));
        users.save(user);
    }
}
