package org.comptoir.report.aggregate;

import java.sql.Date;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.comptoir.base.JobLock;
import org.comptoir.visit.InteractionChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The changes to interactions on their way into the aggregates (ADR 0022). A save writes what it changed as one
 * row, in its own transaction ({@link #on(InteractionChanged)}); one applier per cluster (the {@link JobLock}
 * {@value #JOB}) folds the pending rows into the aggregates in batches, each row deleted in the transaction that
 * adds its counts, so that it counts exactly once whatever fails; the reports add the rows not folded yet
 * ({@link AggregateReads}). Runs every {@code comptoir.reports.fold-delay} (1 second unless set).
 */
@Component
public class ReportOutbox {

    static final String TABLE = "report_outbox";
    static final String GATE = "report_outbox_gate";
    static final String JOB = "report-outbox";
    /** Changes folded in one transaction: a few thousand aggregate rows. */
    static final int BATCH = 500;

    private static final int[] OUTBOX_ROW_TYPES = {Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR};
    /** How long one run may hold the applier's lock before another instance may take it over. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ReportOutbox.class);

    /** One change as the outbox keeps it: what the interaction counted under before and after. */
    record Change(@Nullable Counted before, @Nullable Counted after) {}

    /** Hears of each aggregate table written in a batch, before it commits (the crash test throws there). */
    @FunctionalInterface
    interface BatchStep {
        BatchStep NONE = table -> {};

        void written(AggregateTable table);
    }

    /** The applier's lock, one per cluster; a rebuild holds it too. */
    static final class Lock {

        private final JobLock jobs;

        Lock(JobLock jobs) {
            this.jobs = jobs;
        }

        /** Runs the work if no applier runs now, and says whether it did. */
        boolean runIfFree(Runnable work) {
            if (!jobs.claim(JOB, LEASE)) {
                return false;
            }
            try {
                work.run();
            } finally {
                jobs.release(JOB);
            }
            return true;
        }

        /** Runs the work once the applier that runs now, on another thread or instance, is done. */
        void run(Runnable work) {
            var deadline = System.nanoTime() + LEASE.toNanos();
            while (!runIfFree(work)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the report outbox's applier stays busy");
                }
                sleep();
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final ReportAggregates aggregates;
    private final Lock lock;
    private final TransactionTemplate batchTransaction;

    ReportOutbox(
            JdbcTemplate jdbc, ReportAggregates aggregates, JobLock jobs, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.lock = new Lock(jobs);
        this.batchTransaction = new TransactionTemplate(transactions);
        // no gap locks: deleting a batch's rows never holds up a save appending its own
        this.batchTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Writes the change in the transaction that saves the interaction: one row, whatever it touched. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InteractionChanged change) {
        // in share mode: saves never wait for each other here, only for a rebuild
        jdbc.queryForObject("SELECT id FROM " + GATE + " WHERE id = 1 LOCK IN SHARE MODE", Integer.class);
        var before = change.before() == null ? null : Counted.of(change.before());
        var after = change.after() == null ? null : Counted.of(change.after());
        // the types given: a null without one has Spring ask the driver for the parameter's type, which MariaDB's
        // answers with a round trip to prepare the statement on the server and an exception (ADR 0032)
        jdbc.update(
                "INSERT INTO " + TABLE + " (day_before, day_after, before_counts, after_counts) VALUES (?, ?, ?, ?)",
                new Object[] {
                    before == null ? null : Date.valueOf(before.day()),
                    after == null ? null : Date.valueOf(after.day()),
                    before == null ? null : before.encode(),
                    after == null ? null : after.encode()
                },
                OUTBOX_ROW_TYPES);
    }

    /** The applier on its schedule: folds what is pending, on one instance at a time. */
    @Scheduled(
            initialDelayString = "${comptoir.reports.fold-delay:PT1S}",
            fixedDelayString = "${comptoir.reports.fold-delay:PT1S}")
    void scheduled() {
        try {
            lock.runIfFree(this::foldClaimed);
        } catch (RuntimeException failure) {
            // the batch rolled back with its rows still in the outbox: the next run folds them
            log.error("Report outbox: a batch failed and was rolled back ({})", failure.toString());
        }
    }

    /**
     * Folds every change pending now, waiting for the applier's lock if another run holds it, and says how many
     * changes were folded. For tests and tools that need the aggregates up to date now; reports never do.
     */
    public long foldPending() {
        var folded = new long[1];
        lock.run(() -> folded[0] = foldClaimed());
        return folded[0];
    }

    /**
     * Folds the {@code count} oldest pending changes in one batch, as the applier would, and says how many there
     * were: for tests that read the reports half-way through folding.
     */
    public int foldOldest(int count) {
        var folded = new int[1];
        lock.run(() -> folded[0] = foldBatch(count, BatchStep.NONE));
        return folded[0];
    }

    /** Batches until nothing is pending, or until half the lease is gone (the next run goes on). */
    private long foldClaimed() {
        var until = System.nanoTime() + LEASE.toNanos() / 2;
        long folded = 0;
        int batch;
        do {
            batch = foldBatch(BATCH, BatchStep.NONE);
            folded += batch;
        } while (batch == BATCH && System.nanoTime() < until);
        return folded;
    }

    /**
     * One batch, in one transaction (the caller's, if it has one): the oldest pending changes, deleted, then
     * their counts added. A row another applier deleted meanwhile makes the whole batch roll back.
     */
    int foldBatch(int size, BatchStep step) {
        var folded = batchTransaction.execute(status -> {
            jdbc.queryForObject("SELECT id FROM " + GATE + " WHERE id = 1 LOCK IN SHARE MODE", Integer.class);
            var ids = new ArrayList<Long>();
            var changes = new ArrayList<Change>();
            jdbc.query(
                    "SELECT id, before_counts, after_counts FROM " + TABLE + " ORDER BY id LIMIT ?",
                    rs -> {
                        ids.add(rs.getLong(1));
                        changes.add(new Change(decode(rs.getString(2)), decode(rs.getString(3))));
                    },
                    size);
            if (ids.isEmpty()) {
                return 0;
            }
            var deleted = jdbc.update(
                    "DELETE FROM " + TABLE + " WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                            + ")",
                    ids.toArray());
            if (deleted != ids.size()) {
                throw new IllegalStateException("another applier folded " + (ids.size() - deleted) + " of the changes");
            }
            aggregates.fold(changes, step);
            return ids.size();
        });
        return folded == null ? 0 : folded;
    }

    /** The changes not folded yet whose old or new version falls from {@code from} to {@code to}. */
    List<Change> pending(LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT before_counts, after_counts FROM " + TABLE
                        + " WHERE day_before BETWEEN ? AND ? OR day_after BETWEEN ? AND ?",
                (rs, row) -> new Change(decode(rs.getString(1)), decode(rs.getString(2))),
                Date.valueOf(from),
                Date.valueOf(to),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** How many changes wait to be folded. */
    public long pendingCount() {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE, Long.class);
        return count == null ? 0 : count;
    }

    private static @Nullable Counted decode(@Nullable String line) {
        return line == null ? null : Counted.decode(line);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the report outbox's applier", interrupted);
        }
    }
}
