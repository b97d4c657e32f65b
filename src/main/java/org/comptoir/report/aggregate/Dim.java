package org.comptoir.report.aggregate;

import org.jspecify.annotations.Nullable;

/**
 * What a count can be split by: how the aggregates hold it, and how the raw interaction rows give it (the
 * naive computation the exactness test and the benchmark compare with). The tables that hold which:
 * {@link AggregateTable}.
 */
public enum Dim {
    YEAR(null, "CAST(YEAR(period) AS CHAR)", "CAST(YEAR(i.occurred_at) AS CHAR)"),
    MONTH(null, "DATE_FORMAT(period, '%Y-%m')", "DATE_FORMAT(i.occurred_at, '%Y-%m')"),
    DESK("desk_id", "CAST(desk_id AS CHAR)", "CAST(i.desk_id AS CHAR)"),
    CHANNEL("channel", "channel", "i.channel"),
    COUNTRY("country", "country", "COALESCE(i.country, '')"),
    DEPARTEMENT("departement", "departement", "COALESCE(i.departement, '')"),
    STAY("stay_length", "stay_length", "COALESCE(i.stay_length, '')"),
    KIND("kind", "kind", "i.kind"),
    TOPIC("topic_id", "CAST(topic_id AS CHAR)", "CAST(i.topic_id AS CHAR)"),
    MARKET("market", "market", MarketCodes.sql("i.country")),
    COUNSELLOR("counsellor", "counsellor", "i.counsellor"),
    WEEKDAY("weekday", "CAST(weekday AS CHAR)", "CAST(WEEKDAY(i.occurred_at) + 1 AS CHAR)"),
    HOUR("hour", "CAST(hour AS CHAR)", "CAST(HOUR(i.occurred_at) AS CHAR)"),
    ATTRACTION("attraction_id", "CAST(attraction_id AS CHAR)", "CAST(p.attraction_id AS CHAR)"),
    INTEREST("interest_id", "CAST(interest_id AS CHAR)", "CAST(x.interest_id AS CHAR)");

    /** The aggregate tables' column that holds it, when one does (not the year or the month: the period). */
    private final @Nullable String column;
    /** The dimension as text, read from an aggregate table. */
    final String aggregate;
    /** The dimension as text, read from the raw rows of {@link AggregateTable#rawRows(java.util.List)}. */
    final String raw;

    Dim(@Nullable String column, String aggregate, String raw) {
        this.column = column;
        this.aggregate = aggregate;
        this.raw = raw;
    }

    String column() {
        if (column == null) {
            throw new IllegalStateException(this + " is read from the period, not a column");
        }
        return column;
    }

    /** The dimension as text, computed from the raw rows (the naive computation). */
    public String raw() {
        return raw;
    }
}
