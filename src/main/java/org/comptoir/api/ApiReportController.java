package org.comptoir.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportResult;
import org.comptoir.report.ReportService;
import org.comptoir.report.Season;
import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/reports/{kind}}: the six reports with the report view's parameters (its address's names:
 * {@code period=month&month=2026-11&compare=previous}), computed by the report service: the figures the screen
 * and the exports show. Unlike the view, which falls back to its defaults, a wrong parameter is a 400 naming it.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.BASE + "/reports")
class ApiReportController {

    /** As the report view: reports read years, not decades. */
    static final int MAX_YEARS = 15;

    private final ReportService reports;

    ApiReportController(ReportService reports) {
        this.reports = reports;
    }

    /** The report, with the period asked for (it stops at today) and the language it is written in. */
    record ApiReport(String kind, LocalDate from, LocalDate to, String language, ReportResult report) {}

    @GetMapping("/{kind}")
    ApiReport report(
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String season,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Long desk,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable VisitorType visitorType,
            @RequestParam(required = false) @Nullable String compare,
            @RequestParam(required = false) @Nullable Integer ref,
            @RequestParam(defaultValue = "false") boolean fine,
            @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest http) {
        var reportKind = ReportKind.fromSlug(kind)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no report '" + kind + "': origins, recovery, stay, interests, activity or suggestions"));
        var today = reports.today();
        var chosen = period == null ? defaultPeriod(reportKind, today) : period(period, month, season, year, from, to);
        if (chosen.from().plusYears(MAX_YEARS).isBefore(chosen.to().plusDays(1))) {
            throw new ApiControllers.BadParameter("to", "a period of " + MAX_YEARS + " years at most");
        }
        var comparison = compare == null ? defaultComparison(reportKind) : comparison(compare, ref);
        var locale = lang == null ? ApiExceptionHandler.locale(http) : language(lang);
        var request =
                new ReportRequest(reportKind, chosen, new ReportFilter(desk, channel, visitorType), comparison, fine);
        return new ApiReport(
                reportKind.slug(), chosen.from(), chosen.to(), locale.getLanguage(), reports.report(request, locale));
    }

    /** The view's defaults: this month; for recovery, the years since the reference year. */
    private static ReportPeriod defaultPeriod(ReportKind kind, LocalDate today) {
        return kind == ReportKind.RECOVERY
                ? ReportPeriod.years(Comparison.DEFAULT_REFERENCE_YEAR, today.getYear())
                : ReportPeriod.month(YearMonth.from(today));
    }

    private static Comparison defaultComparison(ReportKind kind) {
        return kind == ReportKind.RECOVERY
                ? Comparison.referenceYear(Comparison.DEFAULT_REFERENCE_YEAR)
                : Comparison.none();
    }

    private static ReportPeriod period(
            String period,
            @Nullable String month,
            @Nullable String season,
            @Nullable Integer year,
            @Nullable String from,
            @Nullable String to) {
        return switch (period) {
            case "month" -> ReportPeriod.month(parse("month", required("month", month), YearMonth::parse));
            case "season" ->
                ReportPeriod.season(
                        parse("season", required("season", season), s -> Season.valueOf(s.toUpperCase(Locale.ROOT))),
                        required("year", year));
            case "year" -> ReportPeriod.year(required("year", year));
            case "custom" -> {
                var first = day("from", required("from", from), true);
                var last = day("to", required("to", to), false);
                if (last.isBefore(first)) {
                    throw new ApiControllers.BadParameter("to", "the period ends before it starts");
                }
                yield ReportPeriod.custom(first, last);
            }
            default -> throw new ApiControllers.BadParameter("period", "month, season, year or custom");
        };
    }

    private static Comparison comparison(String compare, @Nullable Integer ref) {
        return switch (compare) {
            case "none" -> Comparison.none();
            case "previous" -> Comparison.previousYear();
            case "reference" -> Comparison.referenceYear(ref == null ? Comparison.DEFAULT_REFERENCE_YEAR : ref);
            default -> throw new ApiControllers.BadParameter("compare", "none, previous or reference");
        };
    }

    private static Locale language(String lang) {
        return switch (lang) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new ApiControllers.BadParameter("lang", "fr or en");
        };
    }

    /** A day, or a year alone: its first day for a start, its last for an end (from=2019&to=2025). */
    private static LocalDate day(String name, String value, boolean start) {
        if (value.matches("\\d{4}")) {
            var year = Integer.parseInt(value);
            return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        return parse(name, value, LocalDate::parse);
    }

    private static <T> T required(String name, @Nullable T value) {
        if (value == null) {
            throw new ApiControllers.BadParameter(name, "needed for this period");
        }
        return value;
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T parse(String name, String value, Parser<T> parser) {
        try {
            return parser.parse(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            throw new ApiControllers.BadParameter(name, "cannot read '" + value + "'");
        }
    }
}
