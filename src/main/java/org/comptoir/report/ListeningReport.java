package org.comptoir.report;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.complaint.ComplaintNumbers;
import org.comptoir.complaint.ComplaintPeriodFigures;
import org.comptoir.complaint.ComplaintSubject;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.ReportColumn.Format;
import org.comptoir.report.ReportSection.Measure;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveyNumbers;
import org.comptoir.survey.SurveyPeriodFigures;
import org.jspecify.annotations.Nullable;

/**
 * "Écoute visiteurs" (Qualité Tourisme): the complaints and suggestions received, by kind, category and subject,
 * how many were answered within their due date and the median time to answer; the satisfaction survey by month,
 * market and desk with its recommend score (NPS); each against the same days of last year; and the period's
 * comments to read. Read from the register and the answers, not from the aggregates.
 */
final class ListeningReport {

    /** The newest comments of the period the report shows; the Satisfaction page lists them all. */
    static final int COMMENTS = 50;

    /** What the report reads: this period's and the compared period's figures, and the period's comments. */
    record Listening(
            ComplaintPeriodFigures complaints,
            ComplaintPeriodFigures complaintsBefore,
            SurveyPeriodFigures survey,
            SurveyPeriodFigures surveyBefore,
            List<SurveyAnswer> comments) {}

    private ListeningReport() {}

    static List<ReportSection> sections(ReportScope scope, Listening figures) {
        var text = scope.text();
        var sections = new ArrayList<ReportSection>();
        var kinds = Arrays.stream(ComplaintKind.values())
                .map(kind -> complaintRow(
                        text.t("complaint.kind." + kind.name()),
                        figures.complaints().byKind().get(kind),
                        figures.complaintsBefore().byKind().get(kind),
                        false))
                .toList();
        sections.add(complaints(
                scope,
                "report.section.complaints",
                "report.row.complaint-kind",
                ChartSpec.Type.BAR,
                kinds,
                figures.complaints().total(),
                figures.complaintsBefore().total()));
        sections.add(complaints(
                scope,
                "report.section.complaint-categories",
                "report.row.complaint-category",
                ChartSpec.Type.HORIZONTAL_BAR,
                Arrays.stream(ComplaintCategory.values())
                        .filter(c -> figures.complaints().byCategory().containsKey(c)
                                || figures.complaintsBefore().byCategory().containsKey(c))
                        .map(c -> complaintRow(
                                text.t("complaint.subject." + c.subject().name()) + " · "
                                        + text.t("complaint.category." + c.name()),
                                figures.complaints().byCategory().get(c),
                                figures.complaintsBefore().byCategory().get(c),
                                false))
                        .toList(),
                figures.complaints().total(),
                figures.complaintsBefore().total()));
        sections.add(complaints(
                scope,
                "report.section.complaint-subjects",
                "report.row.complaint-subject",
                ChartSpec.Type.BAR,
                Arrays.stream(ComplaintSubject.values())
                        .map(s -> complaintRow(
                                text.t("complaint.subject." + s.name()),
                                figures.complaints().bySubject().get(s),
                                figures.complaintsBefore().bySubject().get(s),
                                false))
                        .toList(),
                figures.complaints().total(),
                figures.complaintsBefore().total()));
        sections.add(answerTimes(scope, figures));
        sections.add(satisfactionByMonth(scope, figures));
        sections.add(marketTrend(scope, figures));
        sections.add(satisfaction(
                scope,
                "report.section.satisfaction-markets",
                "report.row.market",
                ChartSpec.Type.BAR,
                marketRows(scope, figures)));
        var desks = new TreeSet<Long>(figures.survey().byDesk().keySet());
        desks.addAll(figures.surveyBefore().byDesk().keySet());
        sections.add(satisfaction(
                scope,
                "report.section.satisfaction-desks",
                "report.row.desk",
                ChartSpec.Type.HORIZONTAL_BAR,
                rows(
                        desks.stream()
                                .sorted(Comparator.comparing((Long id) -> figures.survey()
                                                .byDesk()
                                                .getOrDefault(id, SurveyNumbers.NONE)
                                                .answers())
                                        .reversed()
                                        .thenComparing(id -> id))
                                .toList(),
                        id -> text.desk(String.valueOf(id)),
                        figures.survey().byDesk(),
                        figures.surveyBefore().byDesk(),
                        figures.survey().total(),
                        figures.surveyBefore().total())));
        sections.add(comments(scope, figures.comments()));
        return sections;
    }

    // ---- complaints

    private static ReportRow complaintRow(
            String label, @Nullable ComplaintNumbers now, @Nullable ComplaintNumbers before, boolean total) {
        var current = now == null ? ComplaintNumbers.NONE : now;
        var compared = before == null ? ComplaintNumbers.NONE : before;
        return new ReportRow(
                label,
                Arrays.<@Nullable Number>asList(
                        current.received(),
                        current.answered(),
                        current.inTimeShare(),
                        compared.received(),
                        compared.inTimeShare()),
                total);
    }

    private static ReportSection complaints(
            ReportScope scope,
            String titleKey,
            String rowHeaderKey,
            ChartSpec.Type chart,
            List<ReportRow> rows,
            ComplaintNumbers total,
            ComplaintNumbers totalBefore) {
        var text = scope.text();
        var all = new ArrayList<>(rows);
        all.add(complaintRow(text.t("report.total"), total, totalBefore, true));
        var columns = List.of(
                new ReportColumn(text.t("report.column.received"), Format.COUNT),
                new ReportColumn(text.t("report.column.answered"), Format.COUNT),
                new ReportColumn(text.t("report.column.in-time"), Format.PERCENT),
                new ReportColumn(text.t("report.column.received-before"), Format.COUNT),
                new ReportColumn(text.t("report.column.in-time-before"), Format.PERCENT));
        return Sections.section(
                text,
                titleKey,
                Measure.COMPLAINTS,
                text.t(rowHeaderKey),
                columns,
                all,
                new ChartSpec(
                        chart, List.of(0, 3), text.t(rowHeaderKey), Sections.measureLabel(text, Measure.COMPLAINTS)));
    }

    /** This period and the compared one: answered, within the due date, and the median days to answer. */
    private static ReportSection answerTimes(ReportScope scope, Listening figures) {
        var text = scope.text();
        var compared = scope.compared();
        var rows = new ArrayList<ReportRow>();
        rows.add(answerTimeRow(text.period(scope.period()), figures.complaints()));
        if (compared != null) {
            rows.add(answerTimeRow(text.period(compared), figures.complaintsBefore()));
        }
        var columns = List.of(
                new ReportColumn(text.t("report.column.received"), Format.COUNT),
                new ReportColumn(text.t("report.column.answered"), Format.COUNT),
                new ReportColumn(text.t("report.column.late"), Format.COUNT),
                new ReportColumn(text.t("report.column.in-time"), Format.PERCENT),
                new ReportColumn(text.t("report.column.median-days"), Format.DECIMAL));
        return Sections.section(
                text,
                "report.section.complaint-times",
                Measure.COMPLAINTS,
                text.t("report.row.period"),
                columns,
                rows,
                new ChartSpec(
                        ChartSpec.Type.BAR, List.of(3), text.t("report.row.period"), text.t("report.column.in-time")));
    }

    private static ReportRow answerTimeRow(String label, ComplaintPeriodFigures figures) {
        var total = figures.total();
        return ReportRow.of(
                label,
                Arrays.<@Nullable Number>asList(
                        total.received(),
                        total.answered(),
                        total.late(),
                        total.inTimeShare(),
                        figures.medianDaysToAnswer()));
    }

    // ---- satisfaction

    private static List<ReportColumn> satisfactionColumns(ReportText text) {
        return List.of(
                new ReportColumn(text.t("report.column.answers"), Format.COUNT),
                new ReportColumn(text.t("report.column.satisfaction"), Format.DECIMAL),
                new ReportColumn(text.t("report.column.welcome"), Format.DECIMAL),
                new ReportColumn(text.t("report.column.usefulness"), Format.DECIMAL),
                new ReportColumn(text.t("report.column.nps"), Format.DECIMAL),
                new ReportColumn(text.t("report.column.answers-before"), Format.COUNT),
                new ReportColumn(text.t("report.column.nps-before"), Format.DECIMAL));
    }

    private static ReportRow satisfactionRow(
            String label, @Nullable SurveyNumbers now, @Nullable SurveyNumbers before, boolean total) {
        var current = now == null ? SurveyNumbers.NONE : now;
        var compared = before == null ? SurveyNumbers.NONE : before;
        return new ReportRow(
                label,
                Arrays.<@Nullable Number>asList(
                        current.answers(),
                        current.satisfaction(),
                        current.welcome(),
                        current.usefulness(),
                        current.nps(),
                        compared.answers(),
                        compared.nps()),
                total);
    }

    private static <K> List<ReportRow> rows(
            List<K> keys,
            Function<K, String> label,
            Map<K, SurveyNumbers> now,
            Map<K, SurveyNumbers> before,
            SurveyNumbers total,
            SurveyNumbers totalBefore) {
        var rows = new ArrayList<ReportRow>();
        for (var key : keys) {
            rows.add(satisfactionRow(label.apply(key), now.get(key), before.get(key), false));
        }
        rows.add(satisfactionRow("", total, totalBefore, true));
        return rows;
    }

    private static List<ReportRow> marketRows(ReportScope scope, Listening figures) {
        var text = scope.text();
        var rows = new ArrayList<ReportRow>();
        for (var market : Market.values()) {
            if (figures.survey().byMarket().containsKey(market)
                    || figures.surveyBefore().byMarket().containsKey(market)) {
                rows.add(satisfactionRow(
                        text.market(market),
                        figures.survey().byMarket().get(market),
                        figures.surveyBefore().byMarket().get(market),
                        false));
            }
        }
        if (figures.survey().marketNotGiven().answers() > 0
                || figures.surveyBefore().marketNotGiven().answers() > 0) {
            rows.add(satisfactionRow(
                    text.notGiven(),
                    figures.survey().marketNotGiven(),
                    figures.surveyBefore().marketNotGiven(),
                    false));
        }
        rows.add(satisfactionRow(
                "", figures.survey().total(), figures.surveyBefore().total(), true));
        return rows;
    }

    private static ReportSection satisfaction(
            ReportScope scope, String titleKey, String rowHeaderKey, ChartSpec.Type chart, List<ReportRow> rows) {
        var text = scope.text();
        var named = rows.stream()
                .map(r -> r.total() ? new ReportRow(text.t("report.total"), r.values(), true) : r)
                .toList();
        return Sections.section(
                text,
                titleKey,
                Measure.ANSWERS,
                text.t(rowHeaderKey),
                satisfactionColumns(text),
                named,
                new ChartSpec(chart, List.of(4, 6), text.t(rowHeaderKey), text.t("report.column.nps")));
    }

    /** Each month of the period, set beside the same month of the compared period. */
    private static ReportSection satisfactionByMonth(ReportScope scope, Listening figures) {
        var text = scope.text();
        var compared = scope.compared();
        var shift = compared == null
                ? 0
                : YearMonth.from(compared.from())
                        .until(YearMonth.from(scope.period().from()), ChronoUnit.MONTHS);
        var rows = new ArrayList<ReportRow>();
        for (var month = YearMonth.from(scope.period().from());
                !month.isAfter(YearMonth.from(scope.period().to()));
                month = month.plusMonths(1)) {
            rows.add(satisfactionRow(
                    text.month(month.toString()),
                    figures.survey().byMonth().get(month),
                    compared == null ? null : figures.surveyBefore().byMonth().get(month.minusMonths(shift)),
                    false));
        }
        rows.add(satisfactionRow(
                text.t("report.total"),
                figures.survey().total(),
                figures.surveyBefore().total(),
                true));
        return Sections.section(
                text,
                "report.section.satisfaction-months",
                Measure.ANSWERS,
                text.t("report.row.month"),
                satisfactionColumns(text),
                rows,
                new ChartSpec(
                        ChartSpec.Type.LINE, List.of(4, 6), text.t("report.row.month"), text.t("report.column.nps")));
    }

    /**
     * Each market's trend: month by month of the period, the mean satisfaction and the NPS of France, the rest of
     * Europe and the rest of the world; drawn as lines of the NPS.
     */
    private static ReportSection marketTrend(ReportScope scope, Listening figures) {
        var text = scope.text();
        var markets = Market.values();
        var columns = new ArrayList<ReportColumn>();
        for (var market : markets) {
            columns.add(new ReportColumn(text.t("report.column.nps-of", text.market(market)), Format.DECIMAL));
        }
        for (var market : markets) {
            columns.add(new ReportColumn(text.t("report.column.satisfaction-of", text.market(market)), Format.DECIMAL));
        }
        var rows = new ArrayList<ReportRow>();
        for (var month = YearMonth.from(scope.period().from());
                !month.isAfter(YearMonth.from(scope.period().to()));
                month = month.plusMonths(1)) {
            var ofMonth = figures.survey().byMonthAndMarket().getOrDefault(month, Map.of());
            var values = new ArrayList<@Nullable Number>();
            for (var market : markets) {
                values.add(ofMonth.getOrDefault(market, SurveyNumbers.NONE).nps());
            }
            for (var market : markets) {
                values.add(ofMonth.getOrDefault(market, SurveyNumbers.NONE).satisfaction());
            }
            rows.add(ReportRow.of(text.month(month.toString()), values));
        }
        var totals = new ArrayList<@Nullable Number>();
        for (var market : markets) {
            totals.add(figures.survey()
                    .byMarket()
                    .getOrDefault(market, SurveyNumbers.NONE)
                    .nps());
        }
        for (var market : markets) {
            totals.add(figures.survey()
                    .byMarket()
                    .getOrDefault(market, SurveyNumbers.NONE)
                    .satisfaction());
        }
        rows.add(ReportRow.total(text.t("report.total"), totals));
        var series = new ArrayList<Integer>();
        for (int i = 0; i < markets.length; i++) {
            series.add(i);
        }
        return Sections.section(
                text,
                "report.section.satisfaction-market-trend",
                Measure.ANSWERS,
                text.t("report.row.month"),
                columns,
                rows,
                new ChartSpec(ChartSpec.Type.LINE, series, text.t("report.row.month"), text.t("report.column.nps")));
    }

    /** The newest comments: day, desk and market in the label, the scores beside it; never drawn. */
    private static ReportSection comments(ReportScope scope, List<SurveyAnswer> comments) {
        var text = scope.text();
        var rows = comments.stream()
                .map(answer -> ReportRow.of(
                        text.day(answer.answeredOn())
                                + " · " + text.desk(String.valueOf(answer.deskId()))
                                + " · " + (answer.market() == null ? text.notGiven() : text.market(answer.market()))
                                + " — " + answer.comment(),
                        Arrays.<@Nullable Number>asList(
                                answer.satisfaction(), answer.recommend() == null ? null : answer.recommend())))
                .toList();
        return Sections.section(
                text,
                "report.section.comments",
                Measure.COMMENTS,
                text.t("report.row.comment"),
                List.of(
                        new ReportColumn(text.t("report.column.satisfaction"), Format.COUNT),
                        new ReportColumn(text.t("report.column.recommend"), Format.COUNT)),
                rows,
                new ChartSpec(ChartSpec.Type.BAR, List.of(), text.t("report.row.comment"), ""));
    }
}
