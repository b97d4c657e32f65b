package org.comptoir.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListItem;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A rebuild counts everything again from the raw rows into fresh tables: it gives what folding the outbox change
 * by change gave, and takes in the changes still pending (the outbox comes back empty). Committed for real, on a
 * desk of its own, in 2022.
 */
@ComptoirTest
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class AggregateRebuildTest {

    private static final LocalDate DAY = LocalDate.of(2022, 9, 5);
    private static final String[] COUNTRIES = {"FR", "DE", "NL", "US", "JP", "IT", "ES"};

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
    void a_rebuild_gives_the_aggregates_folded_change_by_change_and_takes_the_pending_changes_in() {
        var desk = TestDesks.create(lists, "REBUILD", "Recompte", "Rebuild");
        var interests =
                lists.items(ListKind.INTEREST, false).stream().map(ListItem::id).toList();
        var picks = attractions.active().stream()
                .map(AttractionDetails::id)
                .limit(4)
                .toList();
        var saved = new ArrayList<InteractionDetails>();
        for (int i = 0; i < 40; i++) {
            saved.add(save(desk, null, 0, i, interests, picks));
        }
        for (int i = 0; i < 10; i++) {
            var old = saved.get(i * 3);
            saved.set(i * 3, save(desk, old.id(), old.version(), i + 100, interests, picks));
        }
        visits.delete(saved.get(1).id(), saved.get(1).version());
        outbox.foldPending();
        var folded = aggregateRows();

        aggregates.rebuild();

        assertThat(aggregateRows()).isEqualTo(folded).isNotEmpty();

        // changes pending when the rebuild starts are in the raw rows it counts
        var pending = saved.get(5);
        save(desk, pending.id(), pending.version(), 7, interests, picks);
        visits.delete(saved.get(8).id(), saved.get(8).version());
        save(desk, null, 0, 77, interests, picks);
        assertThat(outbox.pendingCount()).isEqualTo(3);

        aggregates.rebuild();

        assertThat(outbox.pendingCount()).isZero();
        for (var kind : ReportKind.values()) {
            var request = new ReportRequest(
                    kind,
                    ReportPeriod.custom(DAY.minusDays(20), DAY.plusDays(60)),
                    new ReportFilter(desk, null, null),
                    Comparison.none(),
                    false);
            assertThat(reports.report(request, Locale.FRENCH))
                    .as(kind.toString())
                    .isEqualTo(RawReports.report(reports, jdbc, request, Locale.FRENCH));
        }
    }

    @Test
    void the_networks_rows_are_the_desks_rows_added_up_whether_folded_rebuilt_or_migrated() throws Exception {
        var desk = TestDesks.create(lists, "NETSUM", "Réseau", "Network");
        var other = TestDesks.create(lists, "NETSUM2", "Réseau 2", "Network 2");
        var interests =
                lists.items(ListKind.INTEREST, false).stream().map(ListItem::id).toList();
        var picks = attractions.active().stream()
                .map(AttractionDetails::id)
                .limit(3)
                .toList();
        for (int i = 0; i < 30; i++) {
            save(i % 2 == 0 ? desk : other, null, 0, i, interests, picks);
        }
        outbox.foldPending();
        assertThat(networkRows()).as("folded").isEqualTo(desksAddedUp()).isNotEmpty();

        aggregates.rebuild();
        var rebuilt = networkRows();
        assertThat(rebuilt).as("rebuilt").isEqualTo(desksAddedUp());

        // a database upgraded to the network's rows: V0029 adds the desks' rows up once
        for (var table : AggregateTable.values()) {
            jdbc.update("DELETE FROM " + table.table + " WHERE desk_id = " + AggregateTable.NETWORK);
        }
        assertThat(networkRows()).isEmpty();
        var migration = new String(
                getClass()
                        .getResourceAsStream("/db/migration/V0029__network_aggregates.sql")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        for (var statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.update(statement);
            }
        }
        assertThat(networkRows()).as("migrated").isEqualTo(rebuilt);
    }

    /** The rows of desk 0 that count something, as text. */
    private List<String> networkRows() {
        var rows = new ArrayList<String>();
        for (var table : AggregateTable.values()) {
            rows.addAll(jdbc.query(
                    "SELECT * FROM " + table.table + " WHERE desk_id = " + AggregateTable.NETWORK + " AND "
                            + table.firstValue() + " <> 0",
                    (rs, n) -> line(table, rs)));
        }
        rows.sort(null);
        return rows;
    }

    /** Every desk's month and year rows added up, as the network's rows would read. */
    private List<String> desksAddedUp() {
        var rows = new ArrayList<String>();
        for (var table : AggregateTable.values()) {
            var values =
                    table.values.columns.stream().map(v -> "SUM(" + v + ")").toList();
            rows.addAll(jdbc.query(
                    "SELECT grain, period, " + AggregateTable.NETWORK + ", channel, visitor_type, "
                            + table.keyColumns() + ", " + String.join(", ", values) + " FROM " + table.table
                            + " WHERE grain IN ('M', 'Y') AND desk_id <> " + AggregateTable.NETWORK
                            + " GROUP BY grain, period, channel, visitor_type, " + table.keyColumns()
                            + " HAVING " + values.getFirst() + " <> 0",
                    (rs, n) -> line(table, rs)));
        }
        rows.sort(null);
        return rows;
    }

    private static String line(AggregateTable table, ResultSet rs) throws SQLException {
        var line = new StringBuilder(table.table);
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            line.append('|').append(rs.getString(c));
        }
        return line.toString();
    }

    private InteractionDetails save(
            long desk, @Nullable Long id, long version, int seed, List<Long> interests, List<Long> picks) {
        var draft = Interactions.draft()
                .id(id)
                .version(version)
                .occurredAt(DAY.plusDays(seed % 40).atTime(9 + seed % 9, seed % 60))
                .deskId(desk)
                .channel(Channel.values()[seed % Channel.values().length])
                .adults(1 + seed % 3)
                .children(seed % 2)
                .visitorType(seed % 4 == 0 ? null : VisitorType.values()[seed % VisitorType.values().length])
                .country(seed % 6 == 0 ? null : COUNTRIES[seed % COUNTRIES.length])
                .stayLength(StayLength.values()[seed % StayLength.values().length])
                .interestIds(Set.copyOf(
                        List.of(interests.get(seed % interests.size()), interests.get((seed / 2) % interests.size()))))
                .pickIds(seed % 3 == 0 ? List.of() : picks.subList(0, 1 + seed % picks.size()))
                .build();
        return TestUsers.asHistoryWriter("bruno", () -> visits.save(draft, TestUsers.HISTORY_REASON));
    }

    /** Every aggregate row that counts something, as text, in a stable order. */
    private List<String> aggregateRows() {
        var rows = new ArrayList<String>();
        for (var table : AggregateTable.values()) {
            rows.addAll(jdbc.query(
                    "SELECT * FROM " + table.table + " WHERE " + table.firstValue() + " <> 0",
                    (rs, n) -> line(table, rs)));
        }
        rows.sort(null);
        return rows;
    }
}
