package org.comptoir.base;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The retry of {@link RetryOnConflict}: around the transaction (its order comes before the transaction
 * interceptor's), up to {@value #ATTEMPTS} attempts with a short random pause between them, and only for the
 * database's "try again": a deadlock or a certification conflict. Any other failure, and a call made inside a
 * transaction already running, goes through once.
 */
final class ConflictRetry implements MethodInterceptor {

    static final int ATTEMPTS = 3;
    private static final int DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !retryable(failure)) {
                    throw failure;
                }
                // the type and the attempt only: a database message may quote a row's values
                log.info(
                        "{}: the database gave the transaction up ({}), attempt {} of {}",
                        invocation.getMethod().getName(),
                        failure.getClass().getSimpleName(),
                        attempt + 1,
                        ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A deadlock or a certification conflict, whatever layer wrapped it. */
    static boolean retryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) throws InterruptedException {
        // 10–40 ms, then 20–80 ms: two saves that collided do not collide again
        long millis = ThreadLocalRandom.current().nextLong(10L * attempt, 40L * attempt);
        TimeUnit.MILLISECONDS.sleep(millis);
    }
}
