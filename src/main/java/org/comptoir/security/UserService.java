package org.comptoir.security;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.MANAGERS;
import static org.comptoir.security.AppRoles.SIGNED_IN;
import static org.comptoir.security.AppRoles.STAFF;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their passwords. Admins manage everyone; every signed-in person changes their own
 * password. An admin can neither remove their own admin role nor disable themselves, so that the
 * office is never left without an admin by mistake.
 */
@Service
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final AdminAudit audit;
    private final OfficeDirectory offices;
    private final DeskOffices deskOffices;
    private final JdbcTemplate jdbc;

    UserService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            Clock clock,
            SignedInSessions sessions,
            AdminAudit audit,
            OfficeDirectory offices,
            DeskOffices deskOffices,
            JdbcTemplate jdbc) {
        this.offices = offices;
        this.deskOffices = deskOffices;
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.sessions = sessions;
        this.audit = audit;
    }

    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public Slice<UserSummary> page(String filter, Pageable pageable) {
        return users.search(filter.strip(), pageable).map(UserSummary::of);
    }

    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(UserSummary::of);
    }

    /** Creates a user, or saves changes to one; refuses what would break a rule, saying which. */
    @PreAuthorize(ADMINS)
    @Transactional
    public UserSummary save(UserDraft draft) {
        var roles = checkedRoles(draft.roles());
        var displayName = draft.displayName().strip();
        if (displayName.isEmpty()) {
            throw new RuleViolation("user.display-name.required");
        }
        if (draft.id() == null) {
            var username = checkedUsername(draft.username());
            var password = draft.password() == null ? "" : draft.password();
            checkPassword(username, password);
            var user = new AppUser(
                    username, displayName, passwordEncoder.encode(password), roles, draft.deskId(), clock.instant());
            // a new user works for their desk's office, else the first one; the offices page changes it
            user.setOfficeIds(Set.of(defaultOffice(deskOffices, draft.deskId())));
            var created = UserSummary.of(users.saveAndFlush(user));
            audit.record(
                    AdminAuditKind.USER,
                    created.id(),
                    "created " + username + "; "
                            + AdminAudit.changes(
                                    "roles", null, sorted(roles), "desk", null, draft.deskId(), "enabled", null, true));
            return created;
        }
        var user = users.findById(draft.id()).orElseThrow(() -> new RuleViolation("user.not-found"));
        if (user.getVersion() != draft.version()) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, draft.id());
        }
        if (isCurrentUser(user) && !roles.contains(AppRoles.ADMIN)) {
            throw new RuleViolation("user.self.keep-admin");
        }
        var changes = AdminAudit.changes(
                "display name",
                user.getDisplayName(),
                displayName,
                "roles",
                sorted(user.getRoles()),
                sorted(roles),
                "desk",
                user.getDeskId(),
                draft.deskId());
        user.setDisplayName(displayName);
        if (!roles.containsAll(user.getRoles())) {
            // a role taken away: sessions signed in with it must not keep it
            sessions.expire(user.getUsername());
        }
        user.setRoles(roles);
        user.setDeskId(draft.deskId());
        var saved = UserSummary.of(users.saveAndFlush(user));
        if (!changes.isEmpty()) {
            audit.record(AdminAuditKind.USER, saved.id(), user.getUsername() + "; " + changes);
        }
        return saved;
    }

    /**
     * Sets the offices a user works for: one, or several for network staff. Refused without any ({@code
     * user.offices.required}) or with an unknown one ({@code office.not-found}). Their sessions end: what they may
     * read has changed.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public UserSummary setOffices(long id, Set<Long> officeIds) {
        if (officeIds.isEmpty()) {
            throw new RuleViolation("user.offices.required");
        }
        var known = offices.allOffices().stream()
                .map(OfficeDirectory.OfficeOption::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(officeIds)) {
            throw new RuleViolation("office.not-found");
        }
        var user = users.findById(id).orElseThrow(() -> new RuleViolation("user.not-found"));
        var before = new TreeSet<>(user.getOfficeIds());
        var after = new TreeSet<>(officeIds);
        if (!before.equals(after)) {
            audit.record(
                    AdminAuditKind.OFFICE,
                    id,
                    user.getUsername() + "; " + AdminAudit.changes("offices", before, after));
            user.setOfficeIds(after);
            sessions.expire(user.getUsername());
        }
        return UserSummary.of(users.saveAndFlush(user));
    }

    /** The office a new user joins: their desk's, else the first. */
    static long defaultOffice(DeskOffices offices, @Nullable Long deskId) {
        return (deskId == null ? Optional.<Long>empty() : offices.officeOf(deskId)).orElseGet(offices::firstOffice);
    }

    @PreAuthorize(ADMINS)
    @Transactional
    public UserSummary setEnabled(long id, boolean enabled) {
        var user = users.findById(id).orElseThrow(() -> new RuleViolation("user.not-found"));
        if (!enabled && isCurrentUser(user)) {
            throw new RuleViolation("user.self.keep-enabled");
        }
        if (user.isEnabled() != enabled) {
            audit.record(
                    AdminAuditKind.USER,
                    id,
                    user.getUsername() + "; " + AdminAudit.changes("enabled", user.isEnabled(), enabled));
        }
        user.setEnabled(enabled);
        if (!enabled) {
            sessions.expire(user.getUsername());
        }
        return UserSummary.of(users.saveAndFlush(user));
    }

    @PreAuthorize(ADMINS)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        var user = users.findById(id).orElseThrow(() -> new RuleViolation("user.not-found"));
        checkPassword(user.getUsername(), newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        sessions.expire(user.getUsername());
        // that it was reset, never the password
        audit.record(AdminAuditKind.USER, id, user.getUsername() + "; password: reset");
    }

    /** The signed-in person changes their own password, proving they know the current one. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = users.findByUsername(currentUsername()).orElseThrow(() -> new RuleViolation("user.not-found"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RuleViolation("password.current-wrong");
        }
        checkPassword(user.getUsername(), newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
    }

    /** The user names of everyone who may sign in, A→Z: whom a director may hand work to. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<String> activeUsernames() {
        return users.findAll().stream()
                .filter(AppUser::isEnabled)
                .map(AppUser::getUsername)
                .sorted()
                .toList();
    }

    /**
     * The first (A→Z) user who may sign in and holds {@code role}: who answers a complaint a counsellor records
     * (decision 0029). Names one colleague, as a form's owner field would.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<String> firstActiveWithRole(String role) {
        return users.findAll().stream()
                .filter(AppUser::isEnabled)
                .filter(user -> user.getRoles().contains(role))
                .map(AppUser::getUsername)
                .sorted()
                .findFirst();
    }

    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<UserSummary> current() {
        return users.findByUsername(currentUsername()).map(UserSummary::of);
    }

    /**
     * The signed-in person's desk, if they have one: what every save that names no desk asks, in one short query
     * (plain SQL: through Spring Data's query machinery it cost a quarter of a save's processor time, ADR 0035).
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Long> currentDeskId() {
        return jdbc
                .queryForList("select desk_id from app_user where username = ?", Long.class, currentUsername())
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    private void checkPassword(String username, String password) {
        var problems = passwordPolicy.problems(username, password);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.getFirst(), PasswordPolicy.MIN_LENGTH);
        }
    }

    private String checkedUsername(String raw) {
        var username = raw.strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw new RuleViolation("user.username.invalid");
        }
        if (users.existsByUsername(username)) {
            throw new RuleViolation("user.username.taken", username);
        }
        return username;
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new RuleViolation("user.roles.required");
        }
        if (!AppRoles.ALL.containsAll(roles)) {
            throw new RuleViolation("user.roles.unknown");
        }
        return Set.copyOf(roles);
    }

    private boolean isCurrentUser(AppUser user) {
        return user.getUsername().equals(currentUsername());
    }

    private static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        @Nullable String name = authentication == null ? null : authentication.getName();
        return name == null ? "" : LoginLockout.normalize(name);
    }

    private static List<String> sorted(Collection<String> roles) {
        return roles.stream().sorted().toList();
    }
}
