package org.comptoir.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.MarketCodes;
import org.comptoir.report.aggregate.Tally;
import org.jspecify.annotations.Nullable;

/**
 * What counsellors hand out: the attractions picked most, by market and by the visitors' interests. Counts picks.
 */
final class SuggestionsReport {

    private static final int TOP = 20;
    private static final int TOP_CROSSED = 10;
    private static final int TOP_INTERESTS = 6;
    private static final List<Market> MARKETS = List.of(Market.FRANCE, Market.EUROPE, Market.LONG_HAUL);

    private SuggestionsReport() {}

    static List<ReportSection> sections(ReportScope scope) {
        var text = scope.text();
        var byMarket =
                scope.figures().count(AggregateTable.PICK, scope.period(), scope.filter(), Dim.ATTRACTION, Dim.MARKET);
        var current = Sections.sum(byMarket, t -> t.key(Dim.ATTRACTION), Tally::interactions);
        var compared = scope.comparing()
                ? Sections.sum(
                        scope.figures().count(AggregateTable.PICK, scope.compared(), scope.filter(), Dim.ATTRACTION),
                        t -> t.key(Dim.ATTRACTION),
                        Tally::interactions)
                : Map.<String, Long>of();
        var top = current.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(TOP_CROSSED)
                .toList();
        text.knowAttractions(current.keySet());
        text.knowAttractions(compared.keySet());
        var sections = new ArrayList<ReportSection>();
        sections.add(Sections.ranked("report.section.picks", Measure.PICKS, "report.row.attraction")
                .labels(text::attraction)
                .top(TOP)
                .of(scope, current, compared));
        sections.add(byMarket(scope, byMarket, top));
        sections.add(byInterest(scope, top));
        return sections;
    }

    private static ReportSection byMarket(ReportScope scope, List<Tally> byMarket, List<String> top) {
        var text = scope.text();
        var counts = new LinkedHashMap<String, long[]>();
        top.forEach(a -> counts.put(a, new long[MARKETS.size() + 1]));
        for (var t : byMarket) {
            var row = counts.get(t.key(Dim.ATTRACTION));
            if (row != null) {
                var market = t.key(Dim.MARKET);
                row[market.isEmpty() ? MARKETS.size() : MARKETS.indexOf(MarketCodes.market(market))] +=
                        t.interactions();
            }
        }
        var columns = new ArrayList<ReportColumn>();
        MARKETS.forEach(m -> columns.add(new ReportColumn(text.market(m), ReportColumn.Format.COUNT)));
        columns.add(new ReportColumn(text.notGiven(), ReportColumn.Format.COUNT));
        var rows = new ArrayList<ReportRow>();
        counts.forEach((attraction, values) -> {
            var cells = new ArrayList<@Nullable Number>();
            for (var value : values) {
                cells.add(value);
            }
            rows.add(ReportRow.of(text.attraction(attraction), cells));
        });
        var rowHeader = text.t("report.row.attraction");
        return Sections.section(
                text,
                "report.section.picks-by-market",
                Measure.PICKS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.HORIZONTAL_BAR,
                        List.of(0, 1, 2),
                        rowHeader,
                        Sections.measureLabel(text, Measure.PICKS)));
    }

    private static ReportSection byInterest(ReportScope scope, List<String> top) {
        var text = scope.text();
        var tallies = scope.figures()
                .count(AggregateTable.PICK, scope.period(), scope.filter(), Dim.ATTRACTION, Dim.INTEREST);
        var interests = Sections.sum(tallies, t -> t.key(Dim.INTEREST), Tally::interactions).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(TOP_INTERESTS)
                .toList();
        var counts = Sections.sum(tallies, t -> t.key(Dim.ATTRACTION) + "/" + t.key(Dim.INTEREST), Tally::interactions);
        var columns = interests.stream()
                .map(i -> new ReportColumn(text.interest(i), ReportColumn.Format.COUNT))
                .toList();
        var rows = new ArrayList<ReportRow>();
        for (var attraction : top) {
            var cells = new ArrayList<@Nullable Number>();
            interests.forEach(i -> cells.add(counts.getOrDefault(attraction + "/" + i, 0L)));
            rows.add(ReportRow.of(text.attraction(attraction), cells));
        }
        var series = new ArrayList<Integer>();
        for (int i = 0; i < columns.size(); i++) {
            series.add(i);
        }
        var rowHeader = text.t("report.row.attraction");
        return Sections.section(
                text,
                "report.section.picks-by-interest",
                Measure.PICKS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(ChartSpec.Type.HEATMAP, series, rowHeader, Sections.measureLabel(text, Measure.PICKS)));
    }
}
