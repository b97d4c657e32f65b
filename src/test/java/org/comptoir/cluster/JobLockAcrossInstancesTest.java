package org.comptoir.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.comptoir.ComptoirTest;
import org.comptoir.base.JobLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 16: two instances claiming a job at the same moment, round after round (the report outbox's applier
 * claims every second on each instance). One gets it each round, the other is told no; neither fails. The
 * drill found the first version deadlocking here: an {@code INSERT IGNORE} and an {@code UPDATE} of the same row
 * in one transaction, on two instances.
 */
@ComptoirTest
class JobLockAcrossInstancesTest {

    private static final int ROUNDS = 40;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void two_instances_claiming_at_once_get_the_job_one_at_a_time_and_never_fail() throws Exception {
        var instances = List.of(new JobLock(jdbc, clock, transactions), new JobLock(jdbc, clock, transactions));
        var failures = new ArrayList<Throwable>();
        for (int round = 0; round < ROUNDS; round++) {
            // a new job every few rounds: its first claim inserts the row
            var job = "cluster-test-" + (round / 4);
            var barrier = new CyclicBarrier(instances.size());
            try (var threads = Executors.newFixedThreadPool(instances.size())) {
                var claims = new ArrayList<Future<Boolean>>();
                for (var instance : instances) {
                    Callable<Boolean> claim = () -> {
                        barrier.await();
                        return instance.claim(job, Duration.ofMinutes(5));
                    };
                    claims.add(threads.submit(claim));
                }
                var winners = new ArrayList<JobLock>();
                for (int i = 0; i < claims.size(); i++) {
                    try {
                        if (claims.get(i).get()) {
                            winners.add(instances.get(i));
                        }
                    } catch (Exception failed) {
                        failures.add(failed.getCause());
                    }
                }
                // both claims answered before the winner lets go: it held the job meanwhile
                assertThat(winners).as("claims won in round %d", round).hasSize(1);
                winners.forEach(winner -> winner.release(job));
            }
        }
        assertThat(failures).isEmpty();
        jdbc.update("delete from job_lock where job like 'cluster-test-%'");
    }
}
