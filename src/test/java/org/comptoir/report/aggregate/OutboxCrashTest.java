package org.comptoir.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.Comparison;
import org.comptoir.report.RawReports;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The applier crashes half-way through a batch: an exception inside the batch's transaction after some tables
 * were written. Nothing is lost (the changes stay in the outbox, the reports stay exact) and nothing is counted
 * twice (the next run folds each change once, giving what a rebuild from the raw rows gives). Committed for
 * real, on a desk of its own, in 2023.
 */
@ComptoirTest
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class OutboxCrashTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 17);

    @Autowired
    VisitService visits;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    @Autowired
    ReportService reports;

    @Autowired
    ReportOutbox outbox;

    @Autowired
    ReportAggregates aggregates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_batch_that_fails_half_way_leaves_every_change_pending_and_the_next_run_folds_each_once() {
        var desk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK,
                                new ListItemDraft(null, 0, "CRASH" + System.nanoTime() % 100000, "Panne", "Crash", 92)))
                .id();
        outbox.foldPending();
        var interests = lists.items(ListKind.INTEREST, false).stream()
                .map(ListItem::id)
                .limit(2)
                .toList();
        var attraction = attractions.active().getFirst().id();
        var saved = new ArrayList<InteractionDetails>();
        for (int i = 0; i < 12; i++) {
            var hour = 9 + i % 8;
            var country = i % 3 == 0 ? "FR" : i % 3 == 1 ? "DE" : "JP";
            saved.add(TestUsers.asHistoryWriter(
                    "anna",
                    () -> visits.save(
                            Interactions.draft()
                                    .occurredAt(DAY.plusDays(hour % 3).atTime(hour, 0))
                                    .deskId(desk)
                                    .channel(Channel.DESK)
                                    .adults(2)
                                    .visitorType(VisitorType.TOURIST)
                                    .country(country)
                                    .stayLength(StayLength.TWO_THREE_NIGHTS)
                                    .interestIds(Set.copyOf(interests))
                                    .pickIds(List.of(attraction))
                                    .build(),
                            TestUsers.HISTORY_REASON)));
        }
        var edited = saved.get(4);
        visits.save(
                Interactions.draft()
                        .id(edited.id())
                        .version(edited.version())
                        .occurredAt(DAY.plusMonths(1).atTime(10, 0))
                        .deskId(desk)
                        .channel(Channel.PHONE)
                        .adults(3)
                        .country("IT")
                        .interestIds(Set.of(interests.getFirst()))
                        .build(),
                TestUsers.HISTORY_REASON);
        visits.delete(saved.get(7).id(), saved.get(7).version());
        var pending = outbox.pendingCount();
        assertThat(pending).isEqualTo(14);
        var foldedBefore = aggregateRows(desk);
        assertExact(desk);

        assertThatThrownBy(() -> outbox.foldBatch(100, table -> {
                    if (table == AggregateTable.TOPIC) {
                        throw new IllegalStateException("the applier crashes after three tables");
                    }
                }))
                .hasMessageContaining("crashes");

        assertThat(outbox.pendingCount()).as("changes still pending").isEqualTo(pending);
        assertThat(aggregateRows(desk)).as("nothing folded").isEqualTo(foldedBefore);
        assertExact(desk);

        outbox.scheduled(); // the applier's next run, as the schedule starts it

        assertThat(outbox.pendingCount()).isZero();
        assertExact(desk);
        var folded = aggregateRows(desk);
        assertThat(folded).isNotEmpty().isNotEqualTo(foldedBefore);
        aggregates.rebuild();
        assertThat(aggregateRows(desk))
                .as("what a rebuild from the raw rows gives")
                .isEqualTo(folded);
    }

    private void assertExact(long desk) {
        for (var kind : ReportKind.values()) {
            var request = new ReportRequest(
                    kind,
                    ReportPeriod.custom(DAY.minusDays(3), DAY.plusMonths(2)),
                    new ReportFilter(desk, null, null),
                    Comparison.none(),
                    false);
            assertThat(reports.report(request, Locale.ENGLISH))
                    .as(kind.toString())
                    .isEqualTo(RawReports.report(reports, jdbc, request, Locale.ENGLISH));
        }
    }

    /** The desk's aggregate rows that count something, as text. */
    private List<String> aggregateRows(long desk) {
        var rows = new ArrayList<String>();
        for (var table : AggregateTable.values()) {
            rows.addAll(jdbc.query(
                    "SELECT * FROM " + table.table + " WHERE desk_id = ? AND " + table.firstValue()
                            + " <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
                    (rs, n) -> {
                        var line = new StringBuilder(table.table);
                        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                            line.append('|').append(rs.getString(c));
                        }
                        return line.toString();
                    },
                    desk));
        }
        rows.sort(null);
        return rows;
    }
}
