package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.ReportOutbox;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 13, finding 8: two desks saving at once deadlocked on the aggregate rows they both wrote. Since ADR 0022
 * a save writes no aggregate row at all (one outbox row), so two saves of opposite shapes cannot wait for each
 * other there, nor for the applier.
 *
 * <p>Two saves of opposite shapes share two aggregate rows, a topic row and a pick row: a new interaction
 * (an interest and a pick) and an edit that swaps a pick for that interest. A third connection holds those
 * rows and a staff row for update, as a batch of the applier would: both saves still go through at once, the
 * reports count them at once, and folding them once the rows are free keeps the counts exact. Committed for
 * real, on a desk of its own.
 */
@ComptoirTest
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class DeadlockBetweenTwoSavesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    VisitService visits;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    @Autowired
    AggregateFigures aggregates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReportOutbox outbox;

    @Test
    void two_saves_that_touch_the_aggregates_in_opposite_orders_both_succeed_and_stay_exact() throws Exception {
        var desk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK,
                                new ListItemDraft(
                                        null, 0, "LOCK" + System.nanoTime() % 100000, "Verrous", "Locks", 91)))
                .id();
        var interest = lists.items(ListKind.INTEREST, false).stream()
                .map(ListItem::id)
                .findFirst()
                .orElseThrow();
        var attraction = attractions.active().getFirst().id();
        // the edit: a pick, no interest → an interest, no pick; the new one: both
        var edited = save("anna", draft(desk, null, 0, 10, "63", StayLength.TWO_THREE_NIGHTS, null, attraction));
        var newOne = draft(desk, null, 0, 15, "03", StayLength.ONE_NIGHT, interest, attraction);
        var edit = draft(desk, edited.id(), edited.version(), 10, "63", StayLength.TWO_THREE_NIGHTS, interest, null);
        // every aggregate row both saves write exists already: they update rows, nobody inserts beside them
        save("bruno", newOne);
        save("anna", draft(desk, null, 0, 10, "63", StayLength.TWO_THREE_NIGHTS, interest, null));

        outbox.foldPending();

        var failures = new ArrayList<Throwable>();
        try (var threads = Executors.newFixedThreadPool(2);
                var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            for (var table : List.of(AggregateTable.TOPIC, AggregateTable.STAFF, AggregateTable.PICK)) {
                try (var lock = holder.prepareStatement(
                        "SELECT * FROM " + table.tableName() + " WHERE period = ? AND desk_id = ? FOR UPDATE")) {
                    lock.setDate(1, Date.valueOf(DAY));
                    lock.setLong(2, desk);
                    try (var held = lock.executeQuery()) {
                        assertThat(held.next()).as("rows held in " + table).isTrue();
                    }
                }
            }
            var second = CompletableFuture.supplyAsync(() -> save("bruno", newOne), threads);
            var first = CompletableFuture.supplyAsync(
                    () -> TestUsers.as(
                            "director", AppRoles.DIRECTOR, () -> visits.save(edit, TestUsers.HISTORY_REASON)),
                    threads);
            for (var save : List.of(first, second)) {
                try {
                    save.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception failed) {
                    failures.add(failed.getCause() == null ? failed : failed.getCause());
                }
            }
            assertThat(failures)
                    .as("saves that failed or waited for the held rows")
                    .isEmpty();
            assertExact(desk);
            holder.rollback();
        }
        assertThat(outbox.foldPending()).isEqualTo(2);
        assertExact(desk);
    }

    private void assertExact(long desk) {
        var raw = new RawFigures(jdbc);
        var filter = new ReportFilter(desk, null, null);
        for (var source : List.of(
                AggregateTable.ORIGIN,
                AggregateTable.STAY,
                AggregateTable.TOPIC,
                AggregateTable.STAFF,
                AggregateTable.HOURS)) {
            assertThat(sorted(aggregates.count(source, DAY, DAY, filter, List.of())))
                    .as(source.toString())
                    .isEqualTo(sorted(raw.count(source, DAY, DAY, filter, List.of())));
        }
        assertThat(sorted(
                        aggregates.count(AggregateTable.TOPIC, DAY.withDayOfYear(1), DAY, filter, List.of(Dim.TOPIC))))
                .isEqualTo(
                        sorted(raw.count(AggregateTable.TOPIC, DAY.withDayOfYear(1), DAY, filter, List.of(Dim.TOPIC))))
                .hasSize(1)
                .first()
                .extracting(Tally::interactions)
                .isEqualTo(4L);
        assertThat(sorted(aggregates.count(AggregateTable.PICK, DAY, DAY, filter, List.of(Dim.ATTRACTION))))
                .isEqualTo(sorted(raw.count(AggregateTable.PICK, DAY, DAY, filter, List.of(Dim.ATTRACTION))))
                .hasSize(1)
                .first()
                .extracting(Tally::interactions)
                .isEqualTo(2L);
    }

    private InteractionDetails save(String counsellor, InteractionDraft draft) {
        // a day long past: saved as a test history (a reason, as a director would give)
        return TestUsers.asHistoryWriter(counsellor, () -> visits.save(draft, TestUsers.HISTORY_REASON));
    }

    private static InteractionDraft draft(
            long desk,
            @Nullable Long id,
            long version,
            int hour,
            String departement,
            StayLength stay,
            @Nullable Long interest,
            @Nullable Long attraction) {
        return Interactions.draft()
                .id(id)
                .version(version)
                .occurredAt(LocalDateTime.of(DAY, LocalTime.of(hour, 0)))
                .deskId(desk)
                .channel(Channel.DESK)
                .adults(2)
                .visitorType(VisitorType.TOURIST)
                .country("FR")
                .departement(departement)
                .stayLength(stay)
                .interestIds(interest == null ? Set.of() : Set.of(interest))
                .pickIds(attraction == null ? List.of() : List.of(attraction))
                .build();
    }

    private static List<Tally> sorted(List<Tally> tallies) {
        return tallies.stream()
                .sorted(Comparator.comparing(t -> String.join("|", t.keys())))
                .toList();
    }
}
