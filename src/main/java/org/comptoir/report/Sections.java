package org.comptoir.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.report.aggregate.Tally;
import org.jspecify.annotations.Nullable;

/** The shapes of table the reports share, and the arithmetic behind their columns. */
final class Sections {

    private Sections() {}

    /** Sums a value of the tallies by a key made from them; keeps the order keys first appear in. */
    static Map<String, Long> sum(List<Tally> tallies, Function<Tally, String> key, ToLongFunction<Tally> value) {
        var sums = new LinkedHashMap<String, Long>();
        for (var tally : tallies) {
            sums.merge(key.apply(tally), value.applyAsLong(tally), Long::sum);
        }
        return sums;
    }

    static long total(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }

    static @Nullable Double change(long current, long compared) {
        return compared == 0 ? null : (current - compared) * 100.0 / compared;
    }

    static @Nullable Double index(long current, long reference) {
        return reference == 0 ? null : current * 100.0 / reference;
    }

    static String measureLabel(ReportText text, Measure measure) {
        return text.t("report.measure." + measure.name());
    }

    static ReportSection section(
            ReportText text,
            String titleKey,
            Measure measure,
            String rowHeader,
            List<ReportColumn> columns,
            List<ReportRow> rows,
            ChartSpec chart) {
        return new ReportSection(
                text.t(titleKey), measure, measureLabel(text, measure), rowHeader, columns, rows, chart);
    }

    /**
     * A ranked table: one row per key, largest first: the value, its share of the total and, when comparing, the
     * value of the compared period and the change. Keys past the {@linkplain Ranking#top top} are summed in one
     * "others" row; a total ends it. Drawn as horizontal bars, keys shown as they are, unless told otherwise.
     */
    static Ranking ranked(String titleKey, Measure measure, String rowHeaderKey) {
        return new Ranking(titleKey, measure, rowHeaderKey);
    }

    /** What a ranked table shows, set step by step; {@link #of} makes the section. */
    static final class Ranking {

        private final String titleKey;
        private final Measure measure;
        private final String rowHeaderKey;
        private ChartSpec.Type chartType = ChartSpec.Type.HORIZONTAL_BAR;
        private Function<String, String> label = key -> key;
        private int limit = Integer.MAX_VALUE;
        private List<String> fixedOrder = List.of();

        private Ranking(String titleKey, Measure measure, String rowHeaderKey) {
            this.titleKey = titleKey;
            this.measure = measure;
            this.rowHeaderKey = rowHeaderKey;
        }

        Ranking chart(ChartSpec.Type type) {
            this.chartType = type;
            return this;
        }

        /** How a key reads in a row. */
        Ranking labels(Function<String, String> label) {
            this.label = label;
            return this;
        }

        /** How many rows at most before the total, the last of them "others" when there are more keys. */
        Ranking top(int limit) {
            this.limit = limit;
            return this;
        }

        /** Keys in this order instead of largest first (when not empty), all of them shown. */
        Ranking inOrder(List<String> fixedOrder) {
            this.fixedOrder = fixedOrder;
            return this;
        }

        ReportSection of(ReportScope scope, Map<String, Long> current, Map<String, Long> compared) {
            return rank(scope, this, current, compared);
        }
    }

    private static ReportSection rank(
            ReportScope scope, Ranking ranking, Map<String, Long> current, Map<String, Long> compared) {
        var text = scope.text();
        var fixedOrder = ranking.fixedOrder;
        var label = ranking.label;
        var measure = ranking.measure;
        var limit = fixedOrder.isEmpty() ? ranking.limit : Integer.MAX_VALUE;
        var keys = new ArrayList<String>();
        if (fixedOrder.isEmpty()) {
            var all = new ArrayList<>(current.keySet());
            compared.keySet().stream().filter(k -> !current.containsKey(k)).forEach(all::add);
            all.sort(Comparator.<String>comparingLong(k -> current.getOrDefault(k, 0L))
                    .reversed()
                    .thenComparing(Comparator.<String>comparingLong(k -> compared.getOrDefault(k, 0L))
                            .reversed())
                    .thenComparing(label));
            keys.addAll(all);
        } else {
            keys.addAll(fixedOrder);
        }
        var shown = keys.size() > limit ? keys.subList(0, limit - 1) : keys;
        var others = keys.size() > limit ? keys.subList(limit - 1, keys.size()) : List.<String>of();
        long total = total(current);
        long comparedTotal = total(compared);
        var rows = new ArrayList<ReportRow>();
        for (var key : shown) {
            rows.add(ReportRow.of(
                    label.apply(key),
                    values(scope, current.getOrDefault(key, 0L), total, compared.getOrDefault(key, 0L))));
        }
        if (!others.isEmpty()) {
            long value =
                    others.stream().mapToLong(k -> current.getOrDefault(k, 0L)).sum();
            long comparedValue =
                    others.stream().mapToLong(k -> compared.getOrDefault(k, 0L)).sum();
            rows.add(ReportRow.of(text.t("report.others", others.size()), values(scope, value, total, comparedValue)));
        }
        rows.add(ReportRow.total(text.t("report.total"), values(scope, total, total, comparedTotal)));
        var columns = new ArrayList<ReportColumn>();
        columns.add(new ReportColumn(measureLabel(text, measure), ReportColumn.Format.COUNT));
        columns.add(new ReportColumn(text.t("report.column.share"), ReportColumn.Format.PERCENT));
        var series = new ArrayList<Integer>(List.of(0));
        if (scope.comparing()) {
            columns.add(new ReportColumn(text.period(scope.compared()), ReportColumn.Format.COUNT));
            columns.add(new ReportColumn(text.t("report.column.change"), ReportColumn.Format.CHANGE));
            series.add(2);
            // the current period's label names the value column when there is another period beside it
            columns.set(0, new ReportColumn(text.period(scope.period()), ReportColumn.Format.COUNT));
        }
        var rowHeader = text.t(ranking.rowHeaderKey);
        return section(
                text,
                ranking.titleKey,
                measure,
                rowHeader,
                columns,
                rows,
                new ChartSpec(ranking.chartType, series, rowHeader, measureLabel(text, measure)));
    }

    private static List<@Nullable Number> values(ReportScope scope, long value, long total, long compared) {
        var values = new ArrayList<@Nullable Number>();
        values.add(value);
        values.add(share(value, total));
        if (scope.comparing()) {
            values.add(compared);
            values.add(change(value, compared));
        }
        return values;
    }

    /**
     * A cross table of shares: for each column key, each row's value as a percentage of that column's base.
     */
    static List<ReportRow> shareRows(
            List<String> rowKeys,
            Function<String, String> rowLabel,
            List<String> columnKeys,
            Map<String, Map<String, Long>> valuesByColumn,
            Map<String, Long> baseByColumn) {
        var rows = new ArrayList<ReportRow>();
        for (var row : rowKeys) {
            var values = new ArrayList<@Nullable Number>();
            for (var column : columnKeys) {
                values.add(share(
                        valuesByColumn.getOrDefault(column, Map.of()).getOrDefault(row, 0L),
                        baseByColumn.getOrDefault(column, 0L)));
            }
            rows.add(ReportRow.of(rowLabel.apply(row), values));
        }
        return rows;
    }
}
