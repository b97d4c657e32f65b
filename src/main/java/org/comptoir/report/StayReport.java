package org.comptoir.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.MarketCodes;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.visit.StayLength;
import org.jspecify.annotations.Nullable;

/**
 * How long visitors stay: the share of each length of stay among the visitors who said, per year of the
 * period (or for the period and the one compared with), passing-through against longer stays, and per market.
 * Counts visitors (persons).
 */
final class StayReport {

    private static final List<String> STAYS =
            Arrays.stream(StayLength.values()).map(Enum::name).toList();
    private static final List<Market> MARKETS = List.of(Market.FRANCE, Market.EUROPE, Market.LONG_HAUL);

    private StayReport() {}

    static List<ReportSection> sections(ReportScope scope) {
        var text = scope.text();
        var byYear = scope.period().to().getYear() > scope.period().from().getYear();
        // column → stay length → visitors; the columns are the years, or the period and the compared one
        var columns = new LinkedHashMap<String, Map<String, Long>>();
        if (byYear) {
            TimeBuckets.of(scope.period(), true).forEach(y -> columns.put(y, new LinkedHashMap<>()));
            for (var t :
                    scope.figures().count(AggregateTable.STAY, scope.period(), scope.filter(), Dim.YEAR, Dim.STAY)) {
                columns.get(t.key(Dim.YEAR)).merge(t.key(Dim.STAY), t.persons(), Long::sum);
            }
        } else {
            if (scope.comparing()) {
                columns.put(text.period(scope.compared()), stays(scope, scope.compared()));
            }
            columns.put(text.period(scope.period()), stays(scope, scope.period()));
        }
        var sections = new ArrayList<ReportSection>();
        sections.add(distribution(text, columns, byYear));
        sections.add(passingThrough(text, columns, byYear));
        sections.add(byMarket(scope));
        return sections;
    }

    private static Map<String, Long> stays(ReportScope scope, ReportPeriod period) {
        return Sections.sum(
                scope.figures().count(AggregateTable.STAY, period, scope.filter(), Dim.STAY),
                t -> t.key(Dim.STAY),
                Tally::persons);
    }

    private static long said(Map<String, Long> stays) {
        return stays.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static ReportSection distribution(ReportText text, Map<String, Map<String, Long>> columns, boolean byYear) {
        var keys = new ArrayList<>(columns.keySet());
        var bases = new LinkedHashMap<String, Long>();
        columns.forEach((column, stays) -> bases.put(column, said(stays)));
        // shares only: how many visitors said is in the next table
        var rows = Sections.shareRows(STAYS, code -> text.value("StayLength", code), keys, columns, bases);
        var reportColumns = keys.stream()
                .map(k -> new ReportColumn(k, ReportColumn.Format.PERCENT))
                .toList();
        var series = new ArrayList<Integer>();
        for (int i = 0; i < keys.size(); i++) {
            series.add(i);
        }
        return Sections.section(
                text,
                "report.section.stay-distribution",
                Measure.VISITORS,
                text.t("report.row.stay"),
                reportColumns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.STACKED_SHARE,
                        series,
                        text.t(byYear ? "report.row.year" : "report.row.period"),
                        text.t("report.column.share")));
    }

    private static ReportSection passingThrough(
            ReportText text, Map<String, Map<String, Long>> columns, boolean byYear) {
        var reportColumns = List.of(
                new ReportColumn(text.t("report.column.short-stay"), ReportColumn.Format.PERCENT),
                new ReportColumn(text.value("StayLength", StayLength.ONE_NIGHT.name()), ReportColumn.Format.PERCENT),
                new ReportColumn(text.t("report.column.long-stay"), ReportColumn.Format.PERCENT),
                new ReportColumn(text.t("report.row.said"), ReportColumn.Format.COUNT),
                new ReportColumn(text.t("report.column.stay-not-given"), ReportColumn.Format.COUNT));
        var rows = new ArrayList<ReportRow>();
        columns.forEach((column, stays) -> {
            var said = said(stays);
            long passing = stays.getOrDefault(StayLength.PASSING_THROUGH.name(), 0L)
                    + stays.getOrDefault(StayLength.DAY_TRIP.name(), 0L);
            long oneNight = stays.getOrDefault(StayLength.ONE_NIGHT.name(), 0L);
            rows.add(ReportRow.of(
                    column,
                    Arrays.<@Nullable Number>asList(
                            Sections.share(passing, said),
                            Sections.share(oneNight, said),
                            Sections.share(said - passing - oneNight, said),
                            said,
                            stays.getOrDefault("", 0L))));
        });
        var rowHeader = text.t(byYear ? "report.row.year" : "report.row.period");
        return Sections.section(
                text,
                "report.section.passing-through",
                Measure.VISITORS,
                rowHeader,
                reportColumns,
                rows,
                new ChartSpec(
                        byYear ? ChartSpec.Type.LINE : ChartSpec.Type.BAR,
                        List.of(0, 1, 2),
                        rowHeader,
                        text.t("report.column.share")));
    }

    private static ReportSection byMarket(ReportScope scope) {
        var text = scope.text();
        var byMarket = new LinkedHashMap<String, Map<String, Long>>();
        MARKETS.forEach(m -> byMarket.put(m.name(), new LinkedHashMap<>()));
        for (var t : scope.figures().count(AggregateTable.STAY, scope.period(), scope.filter(), Dim.MARKET, Dim.STAY)) {
            if (!t.key(Dim.MARKET).isEmpty()) {
                byMarket.get(MarketCodes.market(t.key(Dim.MARKET)).name())
                        .merge(t.key(Dim.STAY), t.persons(), Long::sum);
            }
        }
        var keys = MARKETS.stream().map(Enum::name).toList();
        var bases = new LinkedHashMap<String, Long>();
        byMarket.forEach((market, stays) -> bases.put(market, said(stays)));
        var rows = Sections.shareRows(STAYS, code -> text.value("StayLength", code), keys, byMarket, bases);
        var columns = MARKETS.stream()
                .map(m -> new ReportColumn(text.market(m), ReportColumn.Format.PERCENT))
                .toList();
        return Sections.section(
                text,
                "report.section.stay-by-market",
                Measure.VISITORS,
                text.t("report.row.stay"),
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.STACKED_SHARE,
                        List.of(0, 1, 2),
                        text.t("report.row.region"),
                        text.t("report.column.share")));
    }
}
