package org.comptoir.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.reference.Country;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.jspecify.annotations.Nullable;

/**
 * Are visitors back? Per market (France, rest of Europe, long-haul), visitors of each year of the period
 * indexed on the reference year (2019 = 100), and the share of Europeans among foreign visitors. A year the
 * period covers only in part (this year, so far) is compared with the same days of the reference year.
 */
final class RecoveryReport {

    private static final List<Market> MARKETS = List.of(Market.FRANCE, Market.EUROPE, Market.LONG_HAUL);

    private RecoveryReport() {}

    static List<ReportSection> sections(ReportScope scope) {
        var text = scope.text();
        var period = scope.period();
        var current = new LinkedHashMap<String, Map<String, Long>>();
        for (var year : TimeBuckets.of(period, true)) {
            current.put(year, new HashMap<>());
        }
        for (var tally : scope.figures().count(AggregateTable.ORIGIN, period, scope.filter(), Dim.YEAR, Dim.COUNTRY)) {
            current.get(tally.key(Dim.YEAR)).merge(tally.key(Dim.COUNTRY), tally.persons(), Long::sum);
        }
        var reference = references(scope, current.keySet().stream().toList());
        var rowHeader = text.t("report.row.year");
        var sections = new ArrayList<ReportSection>();
        sections.add(perMarket(text, current, rowHeader));
        sections.add(index(scope, current, reference, rowHeader));
        sections.add(europeanShare(text, current, rowHeader));
        if (scope.fineRegions()) {
            sections.add(indexBySubregion(scope, current, reference, rowHeader));
        }
        return sections;
    }

    /** For each year, the visitors by country of the same days in the reference year. */
    private static Map<String, Map<String, Long>> references(ReportScope scope, List<String> years) {
        var byRange = new HashMap<List<LocalDate>, Map<String, Long>>();
        var result = new LinkedHashMap<String, Map<String, Long>>();
        for (var year : years) {
            var y = Integer.parseInt(year);
            var from = max(scope.period().from(), LocalDate.of(y, 1, 1)).withYear(scope.referenceYear());
            var to = min(scope.period().to(), LocalDate.of(y, 12, 31)).withYear(scope.referenceYear());
            result.put(
                    year,
                    byRange.computeIfAbsent(
                            List.of(from, to),
                            range -> Sections.sum(
                                    scope.figures()
                                            .count(
                                                    AggregateTable.ORIGIN,
                                                    from,
                                                    to,
                                                    scope.filter(),
                                                    List.of(Dim.COUNTRY)),
                                    t -> t.key(Dim.COUNTRY),
                                    Tally::persons)));
        }
        return result;
    }

    /** The days of the reference year each year of the period is compared with. */
    static List<ReportPeriod> referenceRanges(ReportScope scope) {
        var ranges = new ArrayList<ReportPeriod>();
        for (var year : TimeBuckets.of(scope.period(), true)) {
            var y = Integer.parseInt(year);
            var from = max(scope.period().from(), LocalDate.of(y, 1, 1)).withYear(scope.referenceYear());
            var to = min(scope.period().to(), LocalDate.of(y, 12, 31)).withYear(scope.referenceYear());
            ranges.add(ReportPeriod.custom(from, to));
        }
        return ranges;
    }

    private static ReportSection perMarket(ReportText text, Map<String, Map<String, Long>> current, String rowHeader) {
        var columns = new ArrayList<ReportColumn>();
        MARKETS.forEach(m -> columns.add(new ReportColumn(text.market(m), ReportColumn.Format.COUNT)));
        columns.add(new ReportColumn(text.notGiven(), ReportColumn.Format.COUNT));
        columns.add(new ReportColumn(text.t("report.total"), ReportColumn.Format.COUNT));
        var rows = new ArrayList<ReportRow>();
        current.forEach((year, countries) -> {
            var cells = new ArrayList<@Nullable Number>();
            MARKETS.forEach(m -> cells.add(market(countries, m)));
            cells.add(countries.getOrDefault("", 0L));
            cells.add(Sections.total(countries));
            rows.add(ReportRow.of(year, cells));
        });
        return Sections.section(
                text,
                "report.section.markets-by-year",
                Measure.VISITORS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.LINE,
                        List.of(0, 1, 2),
                        rowHeader,
                        Sections.measureLabel(text, Measure.VISITORS)));
    }

    private static ReportSection index(
            ReportScope scope,
            Map<String, Map<String, Long>> current,
            Map<String, Map<String, Long>> reference,
            String rowHeader) {
        var text = scope.text();
        var columns = new ArrayList<ReportColumn>();
        MARKETS.forEach(m -> columns.add(new ReportColumn(text.market(m), ReportColumn.Format.INDEX)));
        columns.add(new ReportColumn(text.t("report.column.foreign"), ReportColumn.Format.INDEX));
        var rows = new ArrayList<ReportRow>();
        current.forEach((year, countries) -> {
            var base = reference.get(year);
            var cells = new ArrayList<@Nullable Number>();
            MARKETS.forEach(m -> cells.add(Sections.index(market(countries, m), market(base, m))));
            cells.add(Sections.index(foreign(countries), foreign(base)));
            rows.add(ReportRow.of(year, cells));
        });
        return Sections.section(
                text,
                "report.section.index",
                Measure.VISITORS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.LINE,
                        List.of(0, 1, 2),
                        rowHeader,
                        text.t("report.axis.index", String.valueOf(scope.referenceYear()))));
    }

    private static ReportSection europeanShare(
            ReportText text, Map<String, Map<String, Long>> current, String rowHeader) {
        var columns = List.of(
                new ReportColumn(text.t("report.column.foreign"), ReportColumn.Format.COUNT),
                new ReportColumn(text.market(Market.EUROPE), ReportColumn.Format.COUNT),
                new ReportColumn(text.t("report.column.european-share"), ReportColumn.Format.PERCENT));
        var rows = new ArrayList<ReportRow>();
        current.forEach((year, countries) -> {
            var europe = market(countries, Market.EUROPE);
            var foreign = foreign(countries);
            rows.add(ReportRow.of(
                    year, Arrays.<@Nullable Number>asList(foreign, europe, Sections.share(europe, foreign))));
        });
        return Sections.section(
                text,
                "report.section.european-share",
                Measure.VISITORS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(ChartSpec.Type.BAR, List.of(2), rowHeader, text.t("report.column.european-share")));
    }

    private static ReportSection indexBySubregion(
            ReportScope scope,
            Map<String, Map<String, Long>> current,
            Map<String, Map<String, Long>> reference,
            String rowHeader) {
        var text = scope.text();
        var regions = Arrays.stream(WorldRegion.values())
                .filter(r -> reference.values().stream().anyMatch(base -> region(base, r) > 0))
                .toList();
        var columns = regions.stream()
                .map(r -> new ReportColumn(text.region(r), ReportColumn.Format.INDEX))
                .toList();
        var rows = new ArrayList<ReportRow>();
        current.forEach((year, countries) -> {
            var cells = new ArrayList<@Nullable Number>();
            regions.forEach(r -> cells.add(Sections.index(region(countries, r), region(reference.get(year), r))));
            rows.add(ReportRow.of(year, cells));
        });
        var series = new ArrayList<Integer>();
        for (int i = 0; i < regions.size(); i++) {
            series.add(i);
        }
        return Sections.section(
                text,
                "report.section.index-by-subregion",
                Measure.VISITORS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.LINE,
                        series,
                        rowHeader,
                        text.t("report.axis.index", String.valueOf(scope.referenceYear()))));
    }

    static long market(Map<String, Long> countries, Market market) {
        return countries.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .filter(e -> WorldRegion.market(e.getKey()) == market)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static long region(Map<String, Long> countries, WorldRegion region) {
        return countries.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty() && !Country.FRANCE.equals(e.getKey()))
                .filter(e -> WorldRegion.of(e.getKey()) == region)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    static long foreign(Map<String, Long> countries) {
        return market(countries, Market.EUROPE) + market(countries, Market.LONG_HAUL);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
