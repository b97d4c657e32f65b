package org.comptoir.visit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Writes rows straight into the interaction tables with multi-row INSERTs on one
 * connection: going through the visit service (validation, audit, one transaction per row) would
 * take minutes for a few years of history, this takes seconds. The rows are consistent by
 * construction (every id comes from the database), so foreign keys are not checked again; the other
 * constraints are. One transaction: all rows or none. Generating and sending overlap: one thread
 * builds the next statements while another sends the previous ones.
 * No audit rows: nobody edited them.
 */
@Component
class JdbcInteractionBulkWriter implements InteractionBulkWriter {

    static final int ROWS_PER_STATEMENT = 5_000;
    /** The counsellor saves the row a minute and a half after the conversation. */
    private static final int ENTRY_DELAY_SECONDS = 90;

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String INTERACTIONS =
            "INSERT INTO interaction (id, version, occurred_at, desk_id, counsellor, "
                    + "channel, adults, children, party_type, visitor_type, country, departement, language, stay_length, "
                    + "accommodation, purpose, note, quick, deleted, created_at, updated_at, updated_by) VALUES ";

    private final DataSource dataSource;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    JdbcInteractionBulkWriter(DataSource dataSource, ComptoirProperties properties, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.zone = properties.timeZone();
        this.events = events;
    }

    @Override
    @PreAuthorize(AppRoles.ADMINS)
    public long write(Stream<? extends BulkInteraction> rows) {
        long written;
        try (var batch = new Batch();
                rows) {
            Iterator<? extends BulkInteraction> iterator = rows.iterator();
            while (iterator.hasNext()) {
                batch.add(iterator.next());
            }
            written = batch.finish();
        } catch (SQLException failure) {
            throw new UncategorizedSQLException("bulk write of interactions", null, failure);
        }
        events.publishEvent(new InteractionsWrittenInBulk(written));
        return written;
    }

    /** Collects rows into one INSERT per table, sent every {@value #ROWS_PER_STATEMENT} interactions. */
    private final class Batch implements AutoCloseable {

        private final Connection connection;
        private final Statement statement;
        private final boolean autoCommit;
        private final StringBuilder interactions = new StringBuilder(1 << 20);
        private final StringBuilder interests = new StringBuilder(1 << 16);
        private final StringBuilder questions = new StringBuilder(1 << 16);
        private final StringBuilder outcomes = new StringBuilder(1 << 16);
        private final StringBuilder picks = new StringBuilder(1 << 16);
        private long nextId;
        private int rows;
        private long written;
        private final ExecutorService sender = Executors.newSingleThreadExecutor();
        private Future<?> sending = CompletableFuture.completedFuture(null);

        Batch() throws SQLException {
            connection = dataSource.getConnection();
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            statement = connection.createStatement();
            // every id comes from the database (and the tests check them): checking each child row's parent
            // once more would only slow the start down
            statement.execute("SET SESSION foreign_key_checks = 0");
            // ids given here, so that the join tables' rows can name them; nobody else writes meanwhile
            // (the demo loader runs before the web server takes requests, the command and the benchmarks without one)
            try (var max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction")) {
                max.next();
                nextId = max.getLong(1);
            }
        }

        void add(BulkInteraction row) throws SQLException {
            var id = nextId++;
            var at = row.occurredAt().format(SQL_TIME);
            var entered = LocalDateTime.ofInstant(
                            row.occurredAt().atZone(zone).toInstant().plusSeconds(ENTRY_DELAY_SECONDS), ZoneOffset.UTC)
                    .format(SQL_TIME);
            var counsellor = quoted(row.counsellor());
            start(interactions, INTERACTIONS);
            interactions
                    .append('(')
                    .append(id)
                    .append(",0,'")
                    .append(at)
                    .append("',")
                    .append(row.deskId())
                    .append(',')
                    .append(counsellor)
                    .append(',')
                    .append(quoted(row.channel()))
                    .append(',')
                    .append(row.adults())
                    .append(',')
                    .append(row.children())
                    .append(',')
                    .append(quoted(row.partyType()))
                    .append(',')
                    .append(quoted(row.visitorType()))
                    .append(',')
                    .append(quoted(row.country()))
                    .append(',')
                    .append(quoted(row.departement()))
                    .append(',')
                    .append(quoted(row.language()))
                    .append(',')
                    .append(quoted(row.stay()))
                    .append(',')
                    .append(quoted(row.accommodation()))
                    .append(',')
                    .append(quoted(row.purpose()))
                    .append(',')
                    .append(quoted(row.note()))
                    .append(',')
                    .append(row.quick() ? "TRUE" : "FALSE")
                    .append(",FALSE,'")
                    .append(entered)
                    .append("','")
                    .append(entered)
                    .append("',")
                    .append(counsellor)
                    .append(')');
            pairs(
                    interests,
                    "INSERT INTO interaction_interest (interaction_id, interest_id) VALUES ",
                    id,
                    row.interestIds());
            pairs(
                    questions,
                    "INSERT INTO interaction_question (interaction_id, question_topic_id) VALUES ",
                    id,
                    row.questionIds());
            for (var outcome : row.outcomes()) {
                start(outcomes, "INSERT INTO interaction_outcome (interaction_id, outcome) VALUES ");
                outcomes.append('(')
                        .append(id)
                        .append(",'")
                        .append(outcome.name())
                        .append("')");
            }
            for (int position = 0; position < row.picks().size(); position++) {
                start(picks, "INSERT INTO interaction_pick (interaction_id, position, attraction_id) VALUES ");
                picks.append('(')
                        .append(id)
                        .append(',')
                        .append(position)
                        .append(',')
                        .append(row.picks().get(position))
                        .append(')');
            }
            if (++rows == ROWS_PER_STATEMENT) {
                flush();
            }
        }

        private void pairs(StringBuilder sql, String insert, long id, List<Long> ids) {
            for (var other : ids) {
                start(sql, insert);
                sql.append('(').append(id).append(',').append(other).append(')');
            }
        }

        private static void start(StringBuilder sql, String insert) {
            sql.append(sql.isEmpty() ? insert : ",");
        }

        /** Every value written comes from the generator's own lists; quoted all the same. */
        private static String quoted(@Nullable Object value) {
            if (value == null) {
                return "NULL";
            }
            return "'" + value.toString().replace("\\", "\\\\").replace("'", "''") + "'";
        }

        /**
         * Hands the statements of the rows collected so far to the sender thread, after the previous
         * ones are done: the next rows are generated while the database writes these.
         */
        private void flush() throws SQLException {
            var sqls = new ArrayList<String>(5);
            // the parent rows first
            for (var sql : List.of(interactions, interests, questions, outcomes, picks)) {
                if (!sql.isEmpty()) {
                    sqls.add(sql.toString());
                    sql.setLength(0);
                }
            }
            awaitSent();
            sending = sender.submit(() -> {
                for (var sql : sqls) {
                    statement.executeUpdate(sql);
                }
                return null;
            });
            written += rows;
            rows = 0;
        }

        private void awaitSent() throws SQLException {
            try {
                sending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException failure) {
                    throw failure;
                }
                throw new SQLException(e.getCause());
            }
        }

        long finish() throws SQLException {
            flush();
            awaitSent();
            connection.commit();
            return written;
        }

        @Override
        public void close() throws SQLException {
            try (connection;
                    statement) {
                try {
                    // a failure on the way: let the statement being sent end before rolling back
                    sending.get();
                } catch (InterruptedException | ExecutionException | CancellationException e) {
                    // reported by finish(), or by the failure that brought us here
                } finally {
                    sender.shutdown();
                }
                connection.rollback();
                // the connection goes back to the application's pool as it came
                statement.execute("SET SESSION foreign_key_checks = 1");
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
