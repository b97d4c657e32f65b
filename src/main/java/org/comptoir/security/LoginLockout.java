package org.comptoir.security;

import java.time.Clock;
import java.util.Locale;
import org.comptoir.base.ComptoirProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for a while after too many failed logins in a row (5 and 15 minutes by default),
 * so that nobody can guess a password by trying. Works on the name typed, whether or not such a user
 * exists, so that the lock says nothing about which names exist.
 */
@Service
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

    private final LoginLockRepository locks;
    private final ComptoirProperties properties;
    private final Clock clock;

    LoginLockout(LoginLockRepository locks, ComptoirProperties properties, Clock clock) {
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return locks.findById(normalize(username)).map(lock -> lock.isLockedAt(clock.instant())).orElse(false);
    }

    @Transactional
    public void recordFailure(String username) {
        var name = normalize(username);
        if (name.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var lock = locks.findById(name).orElseGet(() -> new LoginLock(name, now));
        if (lock.fail(now, properties.loginMaxFailures(), properties.loginLockDuration())) {
            // The name only: never the password typed.
            log.warn("Login locked for user name '{}' until {} after {} failed attempts",
                    name, lock.getLockedUntil(), lock.getFailures());
        }
        locks.save(lock);
    }

    @Transactional
    public void recordSuccess(String username) {
        locks.deleteById(normalize(username));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    static String normalize(String username) {
        var name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
