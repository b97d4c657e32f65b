package org.comptoir.survey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.comptoir.reference.WorldRegion.Market;

/**
 * The survey's figures of one period: in all, by month, by desk (id), by market, and for the answers that gave no
 * market.
 */
public record SurveyPeriodFigures(
        LocalDate from,
        LocalDate to,
        SurveyNumbers total,
        SortedMap<YearMonth, SurveyNumbers> byMonth,
        Map<Long, SurveyNumbers> byDesk,
        Map<Market, SurveyNumbers> byMarket,
        SurveyNumbers marketNotGiven) {

    public SurveyPeriodFigures {
        byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
        byDesk = Map.copyOf(byDesk);
        byMarket = Map.copyOf(byMarket);
    }
}
