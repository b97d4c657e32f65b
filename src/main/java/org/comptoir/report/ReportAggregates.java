package org.comptoir.report;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.base.StartupOrder;
import org.comptoir.visit.InteractionChanged;
import org.comptoir.visit.InteractionDetails;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the report aggregates exact: every created, changed or deleted interaction moves the counts of the
 * day, month and year it belongs to, in the transaction that saves it (an edit takes the old version out and
 * puts the new one in). After rows are written straight into the tables (a bulk load), {@link #rebuild()}
 * recomputes everything from the raw rows.
 */
@Component
@Order(StartupOrder.REPORT_AGGREGATES)
public class ReportAggregates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportAggregates.class);

    /** The aggregate tables: key columns, value columns, and how the raw rows give a day's keys and values. */
    private enum Table {
        ORIGIN("report_origin", "country, departement", "interactions, persons",
                "COALESCE(i.country, ''), COALESCE(i.departement, ''), COUNT(*), SUM(i.adults + i.children)",
                Source.ORIGIN.rawRows),
        STAY("report_stay", "market, stay_length", "interactions, persons",
                MarketCodes.sql("i.country") + ", COALESCE(i.stay_length, ''), COUNT(*), SUM(i.adults + i.children)", Source.STAY.rawRows),
        TOPIC("report_topic", "kind, topic_id, market", "interactions, persons",
                "'I', x.interest_id, " + MarketCodes.sql("i.country") + ", COUNT(*), SUM(i.adults + i.children)",
                "interaction i JOIN interaction_interest x ON x.interaction_id = i.id"),
        TOPIC_QUESTION("report_topic", "kind, topic_id, market", "interactions, persons",
                "'Q', q.question_topic_id, " + MarketCodes.sql("i.country") + ", COUNT(*), SUM(i.adults + i.children)",
                "interaction i JOIN interaction_question q ON q.interaction_id = i.id"),
        STAFF("report_staff", "counsellor", "interactions, persons",
                "i.counsellor, COUNT(*), SUM(i.adults + i.children)", Source.STAFF.rawRows),
        HOURS("report_hours", "weekday, hour", "interactions, persons",
                "WEEKDAY(i.occurred_at) + 1, HOUR(i.occurred_at), COUNT(*), SUM(i.adults + i.children)",
                Source.HOURS.rawRows),
        PICK("report_pick", "attraction_id, market, interest_id", "picks",
                "p.attraction_id, " + MarketCodes.sql("i.country") + ", 0, COUNT(*)", Source.PICK.rawRows),
        PICK_INTEREST("report_pick", "attraction_id, market, interest_id", "picks",
                "p.attraction_id, " + MarketCodes.sql("i.country") + ", x.interest_id, COUNT(*)",
                Source.PICK.rawRows + " JOIN interaction_interest x ON x.interaction_id = i.id");

        final String name;
        final String keys;
        final String values;
        final String rawSelect;
        final String rawRows;

        Table(String name, String keys, String values, String rawSelect, String rawRows) {
            this.name = name;
            this.keys = keys;
            this.values = values;
            this.rawSelect = rawSelect;
            this.rawRows = rawRows;
        }

        int keyCount() {
            return 5 + keys.split(",").length;
        }

        String upsert() {
            var columns = "grain, period, desk_id, channel, visitor_type, " + keys + ", " + values;
            var marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
            var updates = Arrays.stream(values.split(",")).map(String::strip).map(v -> v + " = " + v + " + VALUES(" + v + ")")
                    .reduce((a, b) -> a + ", " + b).orElseThrow();
            return "INSERT INTO " + name + " (" + columns + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE " + updates;
        }
    }

    /** Every aggregate table. */
    static final List<String> TABLES = List.of("report_origin", "report_stay", "report_topic", "report_staff",
            "report_hours", "report_pick");

    private final JdbcTemplate jdbc;

    ReportAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the counts in the transaction that changes the interaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InteractionChanged change) {
        var deltas = new Deltas();
        if (change.before() != null) {
            add(deltas, change.before(), -1);
        }
        if (change.after() != null) {
            add(deltas, change.after(), +1);
        }
        deltas.forEach((table, rows) -> {
            var batch = rows.entrySet().stream()
                    .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
                    // always the same order: two desks saving at once lock rows in the same order
                    .sorted(Comparator.comparing(e -> e.getKey().toString()))
                    .map(e -> {
                        var args = new ArrayList<Object>(e.getKey());
                        for (var value : e.getValue()) {
                            args.add(value);
                        }
                        return args.toArray();
                    }).toList();
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(table.upsert(), batch);
            }
        });
    }

    /** Recomputes every aggregate from the raw rows, e.g. after a bulk load. */
    @Transactional
    public void rebuild() {
        var started = System.nanoTime();
        // the groups of millions of rows are counted in memory, not in temporary tables on disk
        jdbc.execute("SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456");
        for (var name : TABLES) {
            jdbc.update("DELETE FROM " + name);
        }
        for (var table : Table.values()) {
            var tableStarted = System.nanoTime();
            jdbc.update("INSERT INTO " + table.name + " (grain, period, desk_id, channel, visitor_type, " + table.keys
                    + ", " + table.values + ") SELECT 'D', DATE(i.occurred_at), i.desk_id, i.channel, "
                    + "COALESCE(i.visitor_type, ''), " + table.rawSelect + " FROM " + table.rawRows
                    + " WHERE i.deleted = false GROUP BY " + positions(table.keyCount()));
            log.debug("Rebuilt the days of {} in {} ms", table, (System.nanoTime() - tableStarted) / 1_000_000);
        }
        // TOPIC_QUESTION and PICK_INTEREST fill the tables of TOPIC and PICK: rolled up with them
        for (var table : List.of(Table.ORIGIN, Table.STAY, Table.TOPIC, Table.STAFF, Table.HOURS, Table.PICK)) {
            rollUp(table, "M", "DATE_FORMAT(period, '%Y-%m-01')", "D");
            rollUp(table, "Y", "MAKEDATE(YEAR(period), 1)", "M");
        }
        log.info("Report aggregates rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** A database that had interactions before the aggregates existed gets them at start. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var aggregated = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM report_origin)", Boolean.class);
        var live = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM interaction WHERE deleted = false)", Boolean.class);
        if (Boolean.FALSE.equals(aggregated) && Boolean.TRUE.equals(live)) {
            rebuild();
        }
    }

    private void rollUp(Table table, String grain, String period, String from) {
        var sums = Arrays.stream(table.values.split(",")).map(String::strip).map(v -> "SUM(" + v + ")")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        jdbc.update("INSERT INTO " + table.name + " (grain, period, desk_id, channel, visitor_type, " + table.keys + ", "
                + table.values + ") SELECT '" + grain + "', " + period + ", desk_id, channel, visitor_type, " + table.keys
                + ", " + sums + " FROM " + table.name + " WHERE grain = '" + from + "' GROUP BY "
                + positions(table.keyCount()));
    }

    private static String positions(int count) {
        var positions = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            positions.add(String.valueOf(i));
        }
        return String.join(", ", positions);
    }

    private static void add(Deltas deltas, InteractionDetails interaction, int sign) {
        var day = interaction.occurredAt().toLocalDate();
        var persons = sign * interaction.persons();
        var country = text(interaction.country());
        var market = MarketCodes.of(interaction.country());
        for (var grain : Grain.values()) {
            var key = List.<Object>of(grain.name(), Date.valueOf(grain.periodOf(day)), interaction.deskId(),
                    interaction.channel().name(), text(interaction.visitorType()));
            deltas.add(Table.ORIGIN, key, List.of(country, text(interaction.departement())), sign, persons);
            deltas.add(Table.STAY, key, List.of(market, text(interaction.stayLength())), sign, persons);
            for (var interest : interaction.interestIds()) {
                deltas.add(Table.TOPIC, key, List.of("I", interest, market), sign, persons);
            }
            for (var question : interaction.questionIds()) {
                deltas.add(Table.TOPIC, key, List.of("Q", question, market), sign, persons);
            }
            deltas.add(Table.STAFF, key, List.of(interaction.counsellor()), sign, persons);
            deltas.add(Table.HOURS, key, List.of(interaction.occurredAt().getDayOfWeek().getValue(),
                    interaction.occurredAt().getHour()), sign, persons);
            for (var attraction : interaction.pickIds()) {
                deltas.add(Table.PICK, key, List.of(attraction, market, 0L), sign);
                for (var interest : interaction.interestIds()) {
                    deltas.add(Table.PICK, key, List.of(attraction, market, interest), sign);
                }
            }
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The changes to write, per table: the full key → the values to add. */
    private static final class Deltas extends java.util.LinkedHashMap<Table, Map<List<Object>, long[]>> {

        void add(Table table, List<Object> common, List<Object> keys, long... values) {
            var key = new ArrayList<Object>(common);
            key.addAll(keys);
            var sums = computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(List.copyOf(key),
                    k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                sums[i] += values[i];
            }
        }
    }
}
