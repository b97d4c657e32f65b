package org.comptoir.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a scheduled job run on one instance at a time, however many share the database: a row per job
 * (table {@code job_lock}), claimed by one atomic {@code UPDATE ... WHERE locked_until < now}. A claim
 * lasts a lease, so that a crashed instance does not keep the job forever; the claimer releases it
 * when done. Each claim and release commits at once, outside the caller's transaction.
 */
@Component
public class JobLock {

    /** The time a free job's row says: before any clock's now. */
    private static final Instant FREE = Instant.parse("2000-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    /** This instance; a claim by another instance, or by this one twice, is refused while it lasts. */
    private final String instance = UUID.randomUUID().toString();

    public JobLock(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * True when the job is now this caller's until it releases it, or until the lease ends. Two instances claiming
     * at once: one gets it; the other sees no free row, or loses a deadlock or a Galera certification conflict on
     * it, and does not get it.
     */
    public boolean claim(String job, Duration lease) {
        try {
            if (take(job, lease)) {
                return true;
            }
            // the job's first claim ever: its row, in a transaction of its own (so that no shared lock of the
            // insert's duplicate check is held while another instance updates the row), then the claim again
            var inserted = ownTransaction.execute(status -> jdbc.update(
                    "insert ignore into job_lock (job, locked_until, locked_by) values (?, ?, '')",
                    job,
                    Timestamp.from(FREE)));
            return inserted != null && inserted == 1 && take(job, lease);
        } catch (PessimisticLockingFailureException lostToAnotherInstance) {
            return false;
        }
    }

    /** The claim itself: one atomic update of a free row. */
    private boolean take(String job, Duration lease) {
        var now = clock.instant();
        var claimed = ownTransaction.execute(status -> jdbc.update(
                "update job_lock set locked_until = ?, locked_by = ? where job = ? and locked_until < ?",
                Timestamp.from(now.plus(lease)),
                instance,
                job,
                Timestamp.from(now)));
        return claimed != null && claimed == 1;
    }

    /** Lets the next run claim the job at once, whatever the time says then. */
    public void release(String job) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update job_lock set locked_until = ?, locked_by = '' where job = ? and locked_by = ?",
                Timestamp.from(FREE),
                job,
                instance));
    }
}
