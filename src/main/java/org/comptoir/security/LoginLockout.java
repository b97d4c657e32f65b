package org.comptoir.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.comptoir.base.ComptoirProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a user name for a while after too many failed logins in a row (5 and 15 minutes by default),
 * so that nobody can guess a password by trying, and an address that failed too often (20 by default),
 * so that nobody can try one password on many names. Works on the name typed, whether or not such a
 * user exists, so that the lock says nothing about which names exist.
 *
 * <p>Every attempt is counted before its password is checked, by one atomic statement per counter: a
 * burst of parallel attempts counts each of them, and the one past the limit is refused whatever
 * its password. A success takes its own attempt back.
 */
@Service
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);
    private static final int TRIES = 5;

    /** A counter's table and key column: constants, never input. */
    private record Counter(String table, String key) {}

    private static final Counter NAMES = new Counter("login_lock", "username");
    private static final Counter ADDRESSES = new Counter("login_address_lock", "address");

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ComptoirProperties properties;
    private final LoginSettings settings;
    private final Clock clock;

    LoginLockout(
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ComptoirProperties properties,
            LoginSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts one sign-in attempt for this name and from this address, before its password is checked.
     *
     * @return true when the attempt is past a limit and must be refused without checking its password
     */
    public boolean countAttempt(String username, @Nullable String address) {
        var name = normalize(username);
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(transactions.execute(status -> {
                    // names before addresses in every transaction: concurrent attempts lock rows in one order
                    boolean refused = !name.isEmpty() && count(NAMES, name, properties.loginMaxFailures());
                    if (address != null && !address.isBlank()) {
                        refused |= count(ADDRESSES, address(address), settings.addressMaxFailures());
                    }
                    return refused;
                }));
            } catch (PessimisticLockingFailureException e) {
                // two first attempts inserting the same new row can deadlock in InnoDB: count again
                if (attempt == TRIES) {
                    throw e;
                }
            }
        }
    }

    /** The attempt signed in: the name starts a new count, the address takes its attempt back. */
    public void recordSuccess(String username, @Nullable String address) {
        jdbc.update("DELETE FROM login_lock WHERE username = :key", Map.of("key", normalize(username)));
        if (address != null && !address.isBlank()) {
            jdbc.update(
                    "UPDATE login_address_lock SET failures = GREATEST(failures - 1, 0) WHERE address = :key",
                    Map.of("key", address(address)));
        }
    }

    /** Whether the name is locked now (its next attempt would be refused). */
    public boolean isLocked(String username) {
        var rows = jdbc.queryForList(
                """
                SELECT 1 FROM login_lock WHERE username = :key AND failures >= :max AND locked_until > :now""",
                Map.of("key", normalize(username), "max", properties.loginMaxFailures(), "now", utc(clock.instant())),
                Integer.class);
        return !rows.isEmpty();
    }

    /** Attempts counted for this name since its last success or its last lock ended. */
    int failures(String username) {
        var rows = jdbc.queryForList(
                "SELECT failures FROM login_lock WHERE username = :key",
                Map.of("key", normalize(username)),
                Integer.class);
        return rows.isEmpty() ? 0 : rows.getFirst();
    }

    private boolean count(Counter counter, String key, int maxFailures) {
        var now = clock.instant();
        Duration lockDuration = properties.loginLockDuration();
        var parameters = Map.<String, Object>of(
                "key", key, "now", utc(now), "until", utc(now.plus(lockDuration)), "max", maxFailures);
        // a lock that has ended starts a new count; both IFs read the row as it was
        jdbc.update("""
                INSERT INTO %1$s (%2$s, failures, last_failure_at) VALUES (:key, 1, :now)
                ON DUPLICATE KEY UPDATE
                    failures = IF(locked_until IS NOT NULL AND locked_until <= :now, 1, failures + 1),
                    locked_until = IF(locked_until IS NOT NULL AND locked_until <= :now, NULL, locked_until),
                    last_failure_at = :now""".formatted(counter.table(), counter.key()), parameters);
        int locked = jdbc.update("""
                UPDATE %1$s SET locked_until = :until
                WHERE %2$s = :key AND failures >= :max AND locked_until IS NULL""".formatted(counter.table(), counter.key()), parameters);
        if (locked > 0) {
            // the name only, never the password typed; an address is personal data: not even that
            log.warn(
                    "Login locked for {} until {} after {} failed attempts",
                    counter == NAMES ? "user name '" + key + "'" : "an address",
                    now.plus(lockDuration),
                    maxFailures);
        }
        int failures = jdbc.queryForObject(
                "SELECT failures FROM %1$s WHERE %2$s = :key".formatted(counter.table(), counter.key()),
                parameters,
                Integer.class);
        return failures > maxFailures;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String address(String address) {
        return address.length() > 45 ? address.substring(0, 45) : address;
    }

    static String normalize(String username) {
        var name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
