package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 16: which failures {@link RetryOnConflict} tries again, and how often. A real deadlock on MariaDB:
 * {@code org.comptoir.cluster.SaveRetryTest}.
 */
class ConflictRetryTest {

    /** A save that fails as told, counting its attempts. */
    static class Saves {
        final AtomicInteger attempts = new AtomicInteger();
        RuntimeException failure = new IllegalStateException("unset");
        int failures;

        @RetryOnConflict
        public String save() {
            if (attempts.incrementAndGet() <= failures) {
                throw failure;
            }
            return "saved";
        }
    }

    private final Saves target = new Saves();
    private final Saves saves = proxy(target);

    @Test
    void a_deadlock_is_tried_again_and_the_save_goes_through() {
        target.failure = new CannotAcquireLockException("Deadlock found when trying to get lock");
        target.failures = 2;

        assertThat(saves.save()).isEqualTo("saved");
        assertThat(target.attempts).hasValue(3);
    }

    @Test
    void error_1213_and_sqlstate_40001_are_recognised_whatever_wraps_them() {
        assertThat(ConflictRetry.retryable(new UncategorizedSQLException(
                        "save", "insert", new SQLException("WSREP detected deadlock/conflict", "HY000", 1213))))
                .isTrue();
        assertThat(ConflictRetry.retryable(
                        new IllegalStateException(new SQLTransactionRollbackException("conflict", "40001", 0))))
                .isTrue();
        assertThat(ConflictRetry.retryable(new DeadlockLoserDataAccessException("deadlock", null)))
                .isTrue();
        assertThat(ConflictRetry.retryable(new DataIntegrityViolationException(
                        "duplicate", new SQLException("Duplicate entry", "23000", 1062))))
                .isFalse();
    }

    @Test
    void the_attempts_are_bounded() {
        target.failure = new DeadlockLoserDataAccessException("deadlock", null);
        target.failures = Integer.MAX_VALUE;

        assertThatThrownBy(saves::save).isSameAs(target.failure);
        assertThat(target.attempts).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void any_other_failure_is_not_tried_again() {
        target.failure = new DataIntegrityViolationException("Duplicate entry");
        target.failures = 1;

        assertThatThrownBy(saves::save).isSameAs(target.failure);
        assertThat(target.attempts).hasValue(1);
    }

    @Test
    void inside_a_running_transaction_the_save_is_tried_once_and_the_outer_retry_decides() {
        target.failure = new CannotAcquireLockException("Deadlock found when trying to get lock");
        target.failures = 1;
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(saves::save).isSameAs(target.failure);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(target.attempts).hasValue(1);
    }

    private static Saves proxy(Saves target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(ConflictRetryConfiguration.conflictRetryAdvisor());
        return (Saves) factory.getProxy();
    }
}
