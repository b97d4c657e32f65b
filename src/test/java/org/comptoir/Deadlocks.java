package org.comptoir;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the tests that provoke a real deadlock need (a save, a survey answer, retried on it): how many deadlocks
 * InnoDB has resolved, and a wait for a row written by a transaction not committed yet.
 */
public final class Deadlocks {

    private Deadlocks() {}

    /** The deadlocks InnoDB has resolved since the server started. */
    public static long resolved(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'INNODB_DEADLOCKS'",
                Long.class);
    }

    /**
     * Waits until {@code countSql} (one parameter: {@code id}) counts a row, committed or not: read uncommitted, on a
     * connection of its own. Fails with {@code never} after {@code patience}.
     */
    public static void awaitWritten(DataSource dataSource, String countSql, long id, Duration patience, String never)
            throws Exception {
        var deadline = System.nanoTime() + patience.toNanos();
        try (var reader = dataSource.getConnection();
                var count = reader.prepareStatement(countSql)) {
            reader.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            count.setLong(1, id);
            while (System.nanoTime() < deadline) {
                try (var rows = count.executeQuery()) {
                    if (rows.next() && rows.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError(never);
    }
}
