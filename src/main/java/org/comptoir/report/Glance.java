package org.comptoir.report;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The director's home: a month against the same month a year earlier, in the reader's language.
 *
 * @param visitors           persons this month (so far when it is the current month: both months are then
 *                           counted up to the same day)
 * @param visitorsLastYear   persons in the same days a year earlier
 * @param topCountries       the five countries with most visitors this month
 * @param europeanIndex      visitors from Europe outside France, this month against the same month of the
 *                           reference year (= 100); null when the reference month has none
 * @param stayMix            share of each length of stay among visitors who said it, this month and last year
 */
public record Glance(
        YearMonth month,
        ReportPeriod period,
        long visitors,
        long visitorsLastYear,
        List<Figure> topCountries,
        @Nullable Double europeanIndex,
        int referenceYear,
        List<Share> stayMix) {

    public record Figure(String label, long value, long lastYear) {}

    public record Share(String label, double percent, double percentLastYear) {}
}
