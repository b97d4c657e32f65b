package org.comptoir.report;

/**
 * What a count can be split by: how the aggregates hold it, and how the raw interaction rows give it (the
 * naive computation the exactness test and the benchmark compare with).
 */
enum Dim {
    YEAR("CAST(YEAR(period) AS CHAR)", "CAST(YEAR(i.occurred_at) AS CHAR)", true),
    MONTH("DATE_FORMAT(period, '%Y-%m')", "DATE_FORMAT(i.occurred_at, '%Y-%m')", false),
    DESK("CAST(desk_id AS CHAR)", "CAST(i.desk_id AS CHAR)", true),
    CHANNEL("channel", "i.channel", true),
    COUNTRY("country", "COALESCE(i.country, '')", true),
    DEPARTEMENT("departement", "COALESCE(i.departement, '')", true),
    STAY("stay_length", "COALESCE(i.stay_length, '')", true),
    KIND("kind", "i.kind", true),
    TOPIC("CAST(topic_id AS CHAR)", "CAST(i.topic_id AS CHAR)", true),
    MARKET("market", MarketCodes.sql("i.country"), true),
    COUNSELLOR("counsellor", "i.counsellor", true),
    WEEKDAY("CAST(weekday AS CHAR)", "CAST(WEEKDAY(i.occurred_at) + 1 AS CHAR)", true),
    HOUR("CAST(hour AS CHAR)", "CAST(HOUR(i.occurred_at) AS CHAR)", true),
    ATTRACTION("CAST(attraction_id AS CHAR)", "CAST(p.attraction_id AS CHAR)", true),
    INTEREST("CAST(interest_id AS CHAR)", "CAST(x.interest_id AS CHAR)", true);

    final String aggregate;
    final String raw;
    /** whether the year grain holds it: all but the month */
    final boolean byYear;

    Dim(String aggregate, String raw, boolean byYear) {
        this.aggregate = aggregate;
        this.raw = raw;
        this.byYear = byYear;
    }
}
