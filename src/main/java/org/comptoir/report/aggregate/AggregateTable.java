package org.comptoir.report.aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The aggregate tables, each described once: its name, its own key columns (after the grain, the period and
 * the three filters every table has: desk, channel, visitor type), its values, how the raw rows give a day's
 * keys and values (the rebuild and the naive computation), what it can be split by, and the keys one
 * interaction counts under (the save-time update). {@link ReportAggregates} and {@link AggregateReads} do
 * what these say; a new dimension or another way of keeping the counts changes this and nothing else.
 * Declared in the order every save writes them (ADR 0014).
 */
public enum AggregateTable {
    ORIGIN(
            "report_origin",
            List.of(Dim.COUNTRY, Dim.DEPARTEMENT),
            Values.VISITS,
            "interaction i",
            List.of(new RawSelect("interaction i", "COALESCE(i.country, ''), COALESCE(i.departement, '')"))) {
        @Override
        List<List<Object>> keys(Counted interaction) {
            return List.of(List.of(interaction.country(), interaction.departement()));
        }

        /** Recovery reads seven years and more by country: 7 rows per key instead of 84; origins a year. */
        @Override
        boolean keepsYears() {
            return true;
        }
    },
    STAY(
            "report_stay",
            List.of(Dim.MARKET, Dim.STAY),
            Values.VISITS,
            "interaction i",
            List.of(new RawSelect("interaction i", Constants.MARKET + ", COALESCE(i.stay_length, '')"))) {
        @Override
        List<List<Object>> keys(Counted interaction) {
            return List.of(List.of(MarketCodes.of(interaction.country()), interaction.stayLength()));
        }
    },
    /** Interests (kind I) and questions (kind Q). */
    TOPIC(
            "report_topic",
            List.of(Dim.KIND, Dim.TOPIC, Dim.MARKET),
            Values.VISITS,
            // interests and questions as rows of their own, each with its interaction's columns: read once
            """
            (SELECT i.*, 'I' AS kind, x.interest_id AS topic_id
               FROM interaction i JOIN interaction_interest x ON x.interaction_id = i.id
             UNION ALL
             SELECT i.*, 'Q' AS kind, q.question_topic_id AS topic_id
               FROM interaction i JOIN interaction_question q ON q.interaction_id = i.id) i""",
            List.of(
                    new RawSelect(
                            "interaction i JOIN interaction_interest x ON x.interaction_id = i.id",
                            "'I', x.interest_id, " + Constants.MARKET),
                    new RawSelect(
                            "interaction i JOIN interaction_question q ON q.interaction_id = i.id",
                            "'Q', q.question_topic_id, " + Constants.MARKET))) {
        @Override
        List<List<Object>> keys(Counted interaction) {
            var market = MarketCodes.of(interaction.country());
            return Stream.concat(
                            interaction.interestIds().stream().map(interest -> List.<Object>of("I", interest, market)),
                            interaction.questionIds().stream().map(question -> List.<Object>of("Q", question, market)))
                    .toList();
        }

        /** The interests of a year, and of the year compared: 1 row per key instead of 12. */
        @Override
        boolean keepsYears() {
            return true;
        }
    },
    STAFF(
            "report_staff",
            List.of(Dim.COUNSELLOR),
            Values.VISITS,
            "interaction i",
            List.of(new RawSelect("interaction i", "i.counsellor"))) {
        @Override
        List<List<Object>> keys(Counted interaction) {
            return List.of(List.of(interaction.counsellor()));
        }
    },
    HOURS(
            "report_hours",
            List.of(Dim.WEEKDAY, Dim.HOUR),
            Values.VISITS,
            "interaction i",
            List.of(new RawSelect("interaction i", "WEEKDAY(i.occurred_at) + 1, HOUR(i.occurred_at)"))) {
        @Override
        List<List<Object>> keys(Counted interaction) {
            return List.of(List.of(interaction.weekday(), interaction.hour()));
        }
    },
    /** A pick is held once with interest 0, and once more per interest of the visitor. */
    PICK(
            "report_pick",
            List.of(Dim.ATTRACTION, Dim.MARKET, Dim.INTEREST),
            Values.PICKS,
            "interaction i JOIN interaction_pick p ON p.interaction_id = i.id",
            List.of(
                    new RawSelect(Constants.PICKS, "p.attraction_id, " + Constants.MARKET + ", 0"),
                    new RawSelect(
                            Constants.PICKS + Constants.PICK_INTERESTS,
                            "p.attraction_id, " + Constants.MARKET + ", x.interest_id"))) {
        @Override
        List<List<Object>> keys(Counted interaction) {
            var market = MarketCodes.of(interaction.country());
            var keys = new ArrayList<List<Object>>();
            for (var attraction : interaction.pickIds()) {
                keys.add(List.of(attraction, market, 0L));
                for (var interest : interaction.interestIds()) {
                    keys.add(List.of(attraction, market, interest));
                }
            }
            return keys;
        }

        @Override
        String aggregateCondition(List<Dim> dims) {
            return dims.contains(Dim.INTEREST) ? " AND interest_id <> 0" : " AND interest_id = 0";
        }

        @Override
        boolean read(List<Dim> dims, List<Object> keys) {
            return dims.contains(Dim.INTEREST) == ((Long) keys.get(2) != 0L);
        }

        /** The suggestions of a year, and of the year compared. */
        @Override
        boolean keepsYears() {
            return true;
        }

        @Override
        public String rawRows(List<Dim> dims) {
            return dims.contains(Dim.INTEREST) ? rawRows + Constants.PICK_INTERESTS : rawRows;
        }
    };

    /** Every table is split by these too: its common key columns and the period. */
    private static final Set<Dim> EVERYWHERE = Set.of(Dim.YEAR, Dim.MONTH, Dim.DESK, Dim.CHANNEL);
    /**
     * The desk of the network's rows: every desk's counts added up, kept at the month and the year (ADR 0033), so
     * that the network's year reads one row per key instead of one per desk. Desk ids start at 1.
     */
    public static final int NETWORK = 0;
    /** The key columns every table starts with. */
    static final String COMMON_KEYS = "grain, period, desk_id, channel, visitor_type";
    /** How the raw rows give the common key columns at the day grain. */
    static final String RAW_COMMON_KEYS =
            "'D', DATE(i.occurred_at), i.desk_id, i.channel, COALESCE(i.visitor_type, '')";

    /** What a table counts: interactions and persons, or picks. */
    enum Values {
        VISITS("interactions, persons", "COUNT(*), SUM(i.adults + i.children)"),
        PICKS("picks", "COUNT(*)");

        final List<String> columns;
        final String raw;

        Values(String columns, String raw) {
            this.columns = List.of(columns.split(", "));
            this.raw = raw;
        }

        /** The values one interaction adds (+1) or takes out (-1). */
        long[] of(Counted interaction, int sign) {
            return this == VISITS ? new long[] {sign, (long) sign * interaction.persons()} : new long[] {sign};
        }
    }

    /** One INSERT … SELECT of the rebuild: the raw rows, and the table's own keys and values from them. */
    record RawSelect(String rows, String keys) {}

    /** What the constants' descriptions share (an enum's own static fields are not there yet when they are made). */
    private static final class Constants {
        static final String MARKET = MarketCodes.sql("i.country");
        static final String PICKS = "interaction i JOIN interaction_pick p ON p.interaction_id = i.id";
        static final String PICK_INTERESTS = " JOIN interaction_interest x ON x.interaction_id = i.id";
    }

    final String table;
    final List<Dim> keys;
    final Values values;
    final String rawRows;
    final List<RawSelect> rawSelects;

    AggregateTable(String table, List<Dim> keys, Values values, String rawRows, List<RawSelect> rawSelects) {
        this.table = table;
        this.keys = keys;
        this.values = values;
        this.rawRows = rawRows;
        this.rawSelects = rawSelects;
    }

    /** The table's own key tuples that one interaction counts under, in the order of {@link #keys}. */
    abstract List<List<Object>> keys(Counted interaction);

    /** The table's own key columns, e.g. "country, departement". */
    String keyColumns() {
        return keys.stream().map(Dim::column).collect(Collectors.joining(", "));
    }

    String valueColumns() {
        return String.join(", ", values.columns);
    }

    /** The number of key columns, the common ones included. */
    int keyCount() {
        return COMMON_KEYS.split(",").length + keys.size();
    }

    /** What the aggregate rows read for a count must also satisfy. */
    String aggregateCondition(List<Dim> dims) {
        return "";
    }

    /** Whether the table keeps the year grain besides the day and the month: where a report reads many years. */
    boolean keepsYears() {
        return false;
    }

    /** The grains the table is kept at. */
    List<Grain> grains() {
        return keepsYears() ? List.of(Grain.D, Grain.M, Grain.Y) : List.of(Grain.D, Grain.M);
    }

    /** Whether a count by these dimensions reads the rows of these keys ({@link #aggregateCondition}, in Java). */
    boolean read(List<Dim> dims, List<Object> keys) {
        return true;
    }

    /** A dimension's value as {@link Dim#aggregate} reads it, for one interaction's keys (a change not folded yet). */
    String value(Dim dim, Counted interaction, List<Object> keys) {
        return switch (dim) {
            case YEAR -> String.valueOf(interaction.day().getYear());
            case MONTH -> YearMonth.from(interaction.day()).toString();
            case DESK -> String.valueOf(interaction.deskId());
            case CHANNEL -> interaction.channel();
            default -> String.valueOf(keys.get(this.keys.indexOf(dim)));
        };
    }

    /** The aggregate counts as they are read: the interactions and the persons, or the picks and 0. */
    String aggregateCounts() {
        return values == Values.VISITS ? "SUM(interactions), SUM(persons)" : "SUM(picks), 0";
    }

    /** The column that says whether an aggregate row counts anything. */
    public String firstValue() {
        return values.columns.getFirst();
    }

    /** The raw rows a count by these dimensions is computed from, interactions aliased {@code i}. */
    public String rawRows(List<Dim> dims) {
        return rawRows;
    }

    /** The counts computed from the raw rows, as {@link #aggregateCounts()} reads them. */
    public String rawCounts() {
        return values == Values.VISITS ? values.raw : values.raw + ", 0";
    }

    /** The table's name, for the tests that compare its rows. */
    public String tableName() {
        return table;
    }

    /** Refuses a split the table does not hold. */
    public void check(List<Dim> asked) {
        for (var dim : asked) {
            if (!EVERYWHERE.contains(dim) && !keys.contains(dim)) {
                throw new IllegalArgumentException(table + " cannot be split by " + dim);
            }
        }
    }
}
