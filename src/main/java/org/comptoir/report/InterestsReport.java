package org.comptoir.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.MarketCodes;
import org.comptoir.report.aggregate.Tally;

/**
 * What people want and ask: interests and questions, each as the share of the interactions mentioning it,
 * overall (with the comparison), by season and by market. Counts interactions.
 */
final class InterestsReport {

    private static final String INTEREST = "I";
    private static final String QUESTION = "Q";
    private static final int TOP = 20;

    private InterestsReport() {}

    static List<ReportSection> sections(ReportScope scope) {
        var text = scope.text();
        List<Tally> compared = scope.comparing()
                ? scope.figures().count(AggregateTable.TOPIC, scope.compared(), scope.filter(), Dim.KIND, Dim.TOPIC)
                : List.of();
        // by month: summed over the months, the period's own counts (one query fewer over the largest table)
        var bySeason = scope.figures()
                .count(AggregateTable.TOPIC, scope.period(), scope.filter(), Dim.KIND, Dim.TOPIC, Dim.MONTH);
        var byMarket = scope.figures()
                .count(AggregateTable.TOPIC, scope.period(), scope.filter(), Dim.KIND, Dim.TOPIC, Dim.MARKET);
        // the bases of the shares: every interaction of the season, of the market
        var interactionsBySeason = Sections.sum(
                scope.figures().count(AggregateTable.ORIGIN, scope.period(), scope.filter(), Dim.MONTH),
                t -> season(t.key(Dim.MONTH)),
                Tally::interactions);
        var interactionsByMarket = Sections.sum(
                scope.figures().count(AggregateTable.ORIGIN, scope.period(), scope.filter(), Dim.COUNTRY).stream()
                        .filter(t -> !t.key(Dim.COUNTRY).isEmpty())
                        .toList(),
                t -> WorldRegion.market(t.key(Dim.COUNTRY)).name(),
                Tally::interactions);
        var sections = new ArrayList<ReportSection>();
        for (var kind : List.of(INTEREST, QUESTION)) {
            Function<String, String> label = kind.equals(INTEREST) ? text::interest : text::question;
            var now = of(bySeason, kind, t -> t.key(Dim.TOPIC));
            var ranked = Sections.ranked(
                            kind.equals(INTEREST) ? "report.section.interests" : "report.section.questions",
                            Measure.INTERACTIONS,
                            kind.equals(INTEREST) ? "report.row.interest" : "report.row.question")
                    .labels(label)
                    .top(TOP)
                    .of(scope, now, of(compared, kind, t -> t.key(Dim.TOPIC)));
            sections.add(sharesOfInteractions(scope, ranked));
            var order = now.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .limit(TOP)
                    .toList();
            sections.add(cross(
                    scope,
                    kind.equals(INTEREST) ? "report.section.interests-by-season" : "report.section.questions-by-season",
                    kind,
                    order,
                    label,
                    seasonColumns(),
                    s -> text.season(Season.valueOf(s)),
                    pivot(bySeason, kind, t -> season(t.key(Dim.MONTH))),
                    interactionsBySeason));
            sections.add(cross(
                    scope,
                    kind.equals(INTEREST) ? "report.section.interests-by-market" : "report.section.questions-by-market",
                    kind,
                    order,
                    label,
                    List.of(Market.FRANCE.name(), Market.EUROPE.name(), Market.LONG_HAUL.name()),
                    m -> text.market(Market.valueOf(m)),
                    pivot(
                            byMarket.stream()
                                    .filter(t -> !t.key(Dim.MARKET).isEmpty())
                                    .toList(),
                            kind,
                            t -> MarketCodes.market(t.key(Dim.MARKET)).name()),
                    interactionsByMarket));
        }
        return sections;
    }

    /** The ranked table's share column reads "share of the interactions with one", which is what it is. */
    private static ReportSection sharesOfInteractions(ReportScope scope, ReportSection ranked) {
        var columns = new ArrayList<>(ranked.columns());
        columns.set(1, new ReportColumn(scope.text().t("report.column.share-of-topics"), ReportColumn.Format.PERCENT));
        return new ReportSection(
                ranked.title(),
                ranked.measure(),
                ranked.measureLabel(),
                ranked.rowHeader(),
                columns,
                ranked.rows(),
                ranked.chart());
    }

    private static ReportSection cross(
            ReportScope scope,
            String titleKey,
            String kind,
            List<String> rowKeys,
            Function<String, String> rowLabel,
            List<String> columnKeys,
            Function<String, String> columnLabel,
            Map<String, Map<String, Long>> values,
            Map<String, Long> bases) {
        var text = scope.text();
        var rows = Sections.shareRows(rowKeys, rowLabel, columnKeys, values, bases);
        var columns = columnKeys.stream()
                .map(c -> new ReportColumn(columnLabel.apply(c), ReportColumn.Format.PERCENT))
                .toList();
        var series = new ArrayList<Integer>();
        for (int i = 0; i < columns.size(); i++) {
            series.add(i);
        }
        var rowHeader = text.t(kind.equals(INTEREST) ? "report.row.interest" : "report.row.question");
        return Sections.section(
                text,
                titleKey,
                Measure.INTERACTIONS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.HEATMAP, series, rowHeader, text.t("report.column.share-of-interactions")));
    }

    private static List<String> seasonColumns() {
        return Arrays.stream(Season.values()).map(Enum::name).toList();
    }

    private static String season(String yearMonth) {
        return Season.of(YearMonth.parse(yearMonth).getMonth()).name();
    }

    private static Map<String, Long> of(List<Tally> tallies, String kind, Function<Tally, String> key) {
        return Sections.sum(
                tallies.stream().filter(t -> t.key(Dim.KIND).equals(kind)).toList(), key, Tally::interactions);
    }

    /** column → topic → interactions. */
    private static Map<String, Map<String, Long>> pivot(
            List<Tally> tallies, String kind, Function<Tally, String> column) {
        var pivot = new LinkedHashMap<String, Map<String, Long>>();
        tallies.stream()
                .filter(t -> t.key(Dim.KIND).equals(kind))
                .sorted(Comparator.comparing(t -> t.key(Dim.TOPIC)))
                .forEach(t -> pivot.computeIfAbsent(column.apply(t), c -> new LinkedHashMap<>())
                        .merge(t.key(Dim.TOPIC), t.interactions(), Long::sum));
        return pivot;
    }
}
