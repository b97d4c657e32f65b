package org.comptoir.survey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.comptoir.reference.WorldRegion.Market;

/**
 * The survey's figures of one period: in all, by month, by desk (id), by market, for the answers that gave no
 * market, and by month and market (the trend of each market).
 */
public record SurveyPeriodFigures(
        LocalDate from,
        LocalDate to,
        SurveyNumbers total,
        SortedMap<YearMonth, SurveyNumbers> byMonth,
        Map<Long, SurveyNumbers> byDesk,
        Map<Market, SurveyNumbers> byMarket,
        SurveyNumbers marketNotGiven,
        SortedMap<YearMonth, Map<Market, SurveyNumbers>> byMonthAndMarket) {

    public SurveyPeriodFigures {
        byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
        byDesk = Map.copyOf(byDesk);
        byMarket = Map.copyOf(byMarket);
        var months = new TreeMap<YearMonth, Map<Market, SurveyNumbers>>();
        byMonthAndMarket.forEach((month, markets) -> months.put(month, Map.copyOf(markets)));
        byMonthAndMarket = Collections.unmodifiableSortedMap(months);
    }
}
