package org.comptoir.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.visit.Channel;
import org.jspecify.annotations.Nullable;

/**
 * When and how the desk is busy, for staffing: interactions by channel, desk, counsellor, hour × weekday and
 * month. Counts interactions; the visitors they served are beside them.
 */
final class ActivityReport {

    private static final int FIRST_HOUR = 8;
    private static final int LAST_HOUR = 19;

    private ActivityReport() {}

    static List<ReportSection> sections(ReportScope scope) {
        var text = scope.text();
        var sections = new ArrayList<ReportSection>();
        var channels = Arrays.stream(Channel.values()).map(Enum::name).toList();
        sections.add(ranked(
                scope,
                "report.section.channels",
                "report.row.channel",
                ChartSpec.Type.BAR,
                Dim.CHANNEL,
                code -> text.value("Channel", code),
                channels));
        sections.add(ranked(
                scope,
                "report.section.desks",
                "report.row.desk",
                ChartSpec.Type.HORIZONTAL_BAR,
                Dim.DESK,
                text::desk,
                List.of()));
        sections.add(ranked(
                scope,
                "report.section.counsellors",
                "report.row.counsellor",
                ChartSpec.Type.HORIZONTAL_BAR,
                Dim.COUNSELLOR,
                name -> name,
                List.of()));
        sections.add(hours(scope));
        if (!scope.period().from().withDayOfMonth(1).equals(scope.period().to().withDayOfMonth(1))) {
            sections.add(months(scope));
        }
        return sections;
    }

    private static ReportSection ranked(
            ReportScope scope,
            String titleKey,
            String rowKey,
            ChartSpec.Type type,
            Dim dim,
            Function<String, String> label,
            List<String> order) {
        var current = Sections.sum(
                scope.figures().count(AggregateTable.STAFF, scope.period(), scope.filter(), dim),
                t -> t.key(dim),
                Tally::interactions);
        var compared = scope.comparing()
                ? Sections.sum(
                        scope.figures().count(AggregateTable.STAFF, scope.compared(), scope.filter(), dim),
                        t -> t.key(dim),
                        Tally::interactions)
                : Map.<String, Long>of();
        if (!order.isEmpty() && (current.containsKey("") || compared.containsKey(""))) {
            // imported counts without a channel (issue 18): "not given", after the channels
            order = Stream.concat(order.stream(), Stream.of("")).toList();
        }
        return Sections.ranked(titleKey, Measure.INTERACTIONS, rowKey)
                .chart(type)
                .labels(label)
                .top(30)
                .inOrder(order)
                .of(scope, current, compared);
    }

    private static ReportSection hours(ReportScope scope) {
        var text = scope.text();
        var counts = new HashMap<String, Long>();
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (var t :
                scope.figures().count(AggregateTable.HOURS, scope.period(), scope.filter(), Dim.HOUR, Dim.WEEKDAY)) {
            counts.merge(t.key(Dim.HOUR) + "/" + t.key(Dim.WEEKDAY), t.interactions(), Long::sum);
            first = Math.min(first, Integer.parseInt(t.key(Dim.HOUR)));
            last = Math.max(last, Integer.parseInt(t.key(Dim.HOUR)));
        }
        var columns = new ArrayList<ReportColumn>();
        for (int day = 1; day <= 7; day++) {
            columns.add(new ReportColumn(text.weekday(String.valueOf(day)), ReportColumn.Format.COUNT));
        }
        columns.add(new ReportColumn(text.t("report.total"), ReportColumn.Format.COUNT));
        var rows = new ArrayList<ReportRow>();
        for (int hour = first; hour <= last; hour++) {
            var cells = new ArrayList<@Nullable Number>();
            long total = 0;
            for (int day = 1; day <= 7; day++) {
                long value = counts.getOrDefault(hour + "/" + day, 0L);
                cells.add(value);
                total += value;
            }
            cells.add(total);
            rows.add(ReportRow.of(text.hour(String.valueOf(hour)), cells));
        }
        var rowHeader = text.t("report.row.hour");
        return Sections.section(
                text,
                "report.section.hours",
                Measure.INTERACTIONS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.HEATMAP,
                        List.of(0, 1, 2, 3, 4, 5, 6),
                        rowHeader,
                        Sections.measureLabel(text, Measure.INTERACTIONS)));
    }

    private static ReportSection months(ReportScope scope) {
        var text = scope.text();
        var byMonth = new LinkedHashMap<String, long[]>();
        TimeBuckets.of(scope.period(), false).forEach(m -> byMonth.put(m, new long[2]));
        for (var t : scope.figures().count(AggregateTable.STAFF, scope.period(), scope.filter(), Dim.MONTH)) {
            var sums = byMonth.get(t.key(Dim.MONTH));
            sums[0] += t.interactions();
            sums[1] += t.persons();
        }
        var rows = new ArrayList<ReportRow>();
        byMonth.forEach((month, sums) -> rows.add(ReportRow.of(text.month(month), List.of(sums[0], sums[1]))));
        var columns = List.of(
                new ReportColumn(Sections.measureLabel(text, Measure.INTERACTIONS), ReportColumn.Format.COUNT),
                new ReportColumn(Sections.measureLabel(text, Measure.VISITORS), ReportColumn.Format.COUNT));
        var rowHeader = text.t("report.row.month");
        return Sections.section(
                text,
                "report.section.months",
                Measure.INTERACTIONS,
                rowHeader,
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.BAR, List.of(0), rowHeader, Sections.measureLabel(text, Measure.INTERACTIONS)));
    }
}
