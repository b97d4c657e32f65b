package org.comptoir.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed logins in a row for one user name (whether or not such a user exists), and until when the
 * name is locked.
 */
@Entity
@Table(name = "login_lock")
class LoginLock {

    @Id
    @Column(length = 60)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginLock() {
        this.username = "";
        this.lastFailureAt = Instant.EPOCH;
    }

    LoginLock(String username, Instant now) {
        this.username = username;
        this.lastFailureAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one more failure; returns true when this failure locks the name. */
    boolean fail(Instant now, int maxFailures, java.time.Duration lockDuration) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    int getFailures() {
        return failures;
    }

    @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }
}
