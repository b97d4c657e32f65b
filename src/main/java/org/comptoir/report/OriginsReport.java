package org.comptoir.report;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Where visitors come from: world regions (or M49 sub-regions), foreign countries, French départements, and
 * the markets over the months or years of the period. Counts visitors (persons).
 */
final class OriginsReport {

    static final String NOT_GIVEN = "";
    private static final int TOP = 15;

    private OriginsReport() {}

    static List<ReportSection> sections(ReportScope scope) {
        var text = scope.text();
        var current = scope.figures()
                .count(AggregateTable.ORIGIN, scope.period(), scope.filter(), Dim.COUNTRY, Dim.DEPARTEMENT);
        List<Tally> compared = scope.comparing()
                ? scope.figures()
                        .count(AggregateTable.ORIGIN, scope.compared(), scope.filter(), Dim.COUNTRY, Dim.DEPARTEMENT)
                : List.of();
        var sections = new ArrayList<ReportSection>();
        sections.add(regions(scope, current, compared));
        sections.add(Sections.ranked("report.section.foreign-countries", Measure.VISITORS, "report.row.country")
                .labels(text::country)
                .top(TOP)
                .of(scope, foreign(current), foreign(compared)));
        sections.add(Sections.ranked("report.section.departements", Measure.VISITORS, "report.row.departement")
                .labels(text::departement)
                .top(TOP)
                .of(scope, departements(current), departements(compared)));
        var timeline = timeline(scope);
        if (timeline != null) {
            sections.add(timeline);
        }
        return sections;
    }

    /** The region of a country key as the report groups it: a market, or an M49 sub-region when finer. */
    static String regionKey(String country, boolean fine) {
        if (country.isEmpty()) {
            return NOT_GIVEN;
        }
        if (Country.FRANCE.equals(country)) {
            return Market.FRANCE.name();
        }
        return fine
                ? WorldRegion.of(country).name()
                : WorldRegion.market(country).name();
    }

    static String regionLabel(ReportText text, String key) {
        if (key.isEmpty()) {
            return text.notGiven();
        }
        return WorldRegion.find(key).map(text::region).orElseGet(() -> text.market(Market.valueOf(key)));
    }

    static List<String> regionOrder(boolean fine) {
        var order = new ArrayList<String>();
        order.add(Market.FRANCE.name());
        if (fine) {
            Arrays.stream(WorldRegion.values()).map(Enum::name).forEach(order::add);
        } else {
            order.add(Market.EUROPE.name());
            order.add(Market.LONG_HAUL.name());
        }
        order.add(NOT_GIVEN);
        return order;
    }

    private static ReportSection regions(ReportScope scope, List<Tally> current, List<Tally> compared) {
        var fine = scope.fineRegions();
        var now = Sections.sum(current, t -> regionKey(t.key(Dim.COUNTRY), fine), Tally::persons);
        var before = Sections.sum(compared, t -> regionKey(t.key(Dim.COUNTRY), fine), Tally::persons);
        // every market shown, even at zero; the finer split only shows sub-regions with visitors
        var order = regionOrder(fine).stream()
                .filter(k -> !fine || k.equals(Market.FRANCE.name()) || now.containsKey(k) || before.containsKey(k))
                .toList();
        return Sections.ranked(
                        fine ? "report.section.subregions" : "report.section.regions",
                        Measure.VISITORS,
                        "report.row.region")
                .chart(ChartSpec.Type.BAR)
                .labels(k -> regionLabel(scope.text(), k))
                .inOrder(order)
                .of(scope, now, before);
    }

    private static Map<String, Long> foreign(List<Tally> tallies) {
        return Sections.sum(
                tallies.stream()
                        .filter(t -> !t.key(Dim.COUNTRY).isEmpty() && !Country.FRANCE.equals(t.key(Dim.COUNTRY)))
                        .toList(),
                t -> t.key(Dim.COUNTRY),
                Tally::persons);
    }

    private static Map<String, Long> departements(List<Tally> tallies) {
        return Sections.sum(
                tallies.stream()
                        .filter(t -> Country.FRANCE.equals(t.key(Dim.COUNTRY)))
                        .toList(),
                t -> t.key(Dim.DEPARTEMENT),
                Tally::persons);
    }

    /** The markets by month (a period within two years) or by year; none for a single month. */
    private static @Nullable ReportSection timeline(ReportScope scope) {
        var text = scope.text();
        var period = scope.period();
        var byYear = period.to().getYear() - period.from().getYear() >= 2;
        var dim = byYear ? Dim.YEAR : Dim.MONTH;
        var tallies = scope.figures().count(AggregateTable.ORIGIN, period, scope.filter(), dim, Dim.COUNTRY);
        var buckets = new LinkedHashMap<String, Map<String, Long>>();
        for (var bucket : TimeBuckets.of(period, byYear)) {
            buckets.put(bucket, new LinkedHashMap<>());
        }
        if (buckets.size() < 2) {
            return null;
        }
        for (var tally : tallies) {
            buckets.computeIfAbsent(tally.key(dim), k -> new LinkedHashMap<>())
                    .merge(regionKey(tally.key(Dim.COUNTRY), false), tally.persons(), Long::sum);
        }
        var markets = regionOrder(false);
        var rows = new ArrayList<ReportRow>();
        buckets.forEach((bucket, values) -> {
            var cells = new ArrayList<@Nullable Number>();
            markets.forEach(m -> cells.add(values.getOrDefault(m, 0L)));
            cells.add(Sections.total(values));
            rows.add(ReportRow.of(byYear ? bucket : text.month(bucket), cells));
        });
        var columns = new ArrayList<ReportColumn>();
        markets.forEach(m -> columns.add(new ReportColumn(regionLabel(text, m), ReportColumn.Format.COUNT)));
        columns.add(new ReportColumn(text.t("report.total"), ReportColumn.Format.COUNT));
        var rowHeader = text.t(byYear ? "report.row.year" : "report.row.month");
        return Sections.section(
                text,
                byYear ? "report.section.markets-by-year" : "report.section.markets-by-month",
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
}
