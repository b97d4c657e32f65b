package org.comptoir.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.Deadlocks;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 16: a save the database gives up on a real deadlock (error 1213, as Galera's certification conflicts
 * say too) is tried again, whole, and saved once. A second connection builds the cycle: it holds the report
 * outbox's gate for update, lets the save insert its interaction and wait for the gate, then asks for the save's
 * new row. The holder has written more, so MariaDB rolls the save back; its retry waits until the holder is done,
 * then commits. Committed for real, on a desk of its own.
 */
@ComptoirTest
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class SaveRetryTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceListService lists;

    @Autowired
    VisitService visits;

    @Test
    void a_save_that_loses_a_deadlock_is_tried_again_and_saved_once() throws Exception {
        var desk = TestDesks.create(lists, "RETRY", "Reprise", "Retry");
        var deadlocks = Deadlocks.resolved(jdbc);
        InteractionDetails saved;
        try (var threads = Executors.newSingleThreadExecutor();
                var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            // weight: MariaDB rolls back the transaction that wrote less, the save
            try (var insert = holder.prepareStatement(
                    "insert into job_lock (job, locked_until, locked_by) values (?, '2000-01-01', 'retry-test')")) {
                for (int i = 0; i < 300; i++) {
                    insert.setString(1, "retry-test-" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var gate = holder.prepareStatement("select id from report_outbox_gate where id = 1 for update")) {
                gate.executeQuery().close();
            }
            var save = CompletableFuture.supplyAsync(
                    () -> TestUsers.asHistoryWriter(
                            "anna",
                            () -> visits.save(
                                    Interactions.draft()
                                            .occurredAt(LocalDateTime.of(DAY, LocalTime.of(10, 0)))
                                            .deskId(desk)
                                            .channel(Channel.DESK)
                                            .adults(3)
                                            .visitorType(VisitorType.TOURIST)
                                            .country("BE")
                                            .build(),
                                    TestUsers.HISTORY_REASON)),
                    threads);
            Deadlocks.awaitWritten(
                    dataSource,
                    "select count(*) from interaction where desk_id = ?",
                    desk,
                    PATIENCE,
                    "the save never inserted its interaction");
            // the cycle: the holder wants the row the waiting save inserted
            try (var row = holder.prepareStatement("select id from interaction where desk_id = ? for update")) {
                row.setLong(1, desk);
                row.executeQuery().close();
            }
            holder.rollback();
            saved = save.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        assertThat(Deadlocks.resolved(jdbc)).as("deadlocks MariaDB resolved").isGreaterThan(deadlocks);
        assertThat(jdbc.queryForList("select id from interaction where desk_id = ?", Long.class, desk))
                .containsExactly(saved.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from interaction_audit where interaction_id = ?", Integer.class, saved.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from job_lock where locked_by = 'retry-test'", Integer.class))
                .isZero();
    }
}
