package org.comptoir.report.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.Season;
import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;

/**
 * What a report view shows, and its address: {@code reports/origins?period=month&month=2026-11&compare=previous}.
 * A reload, a bookmark or the back button brings back the same report; what the address gets wrong (an unknown
 * desk, a reversed range) falls back to the default rather than failing.
 */
record ReportState(
        ReportKind kind, ReportPeriod period, ReportFilter filter, Comparison comparison, boolean fineRegions) {

    static final String PERIOD = "period";
    static final String MONTH = "month";
    static final String SEASON = "season";
    static final String YEAR = "year";
    static final String FROM = "from";
    static final String TO = "to";
    static final String DESK = "desk";
    static final String CHANNEL = "channel";
    static final String VISITOR_TYPE = "visitorType";
    static final String COMPARE = "compare";
    static final String REFERENCE = "ref";
    static final String FINE = "fine";
    /** Longer ranges are refused: reports read years, not decades. */
    static final int MAX_YEARS = 15;

    /** Recovery reads the years since the reference year; the other reports this month. */
    static ReportState defaults(ReportKind kind, LocalDate today) {
        if (kind == ReportKind.RECOVERY) {
            return new ReportState(
                    kind,
                    ReportPeriod.years(Comparison.DEFAULT_REFERENCE_YEAR, today.getYear()),
                    ReportFilter.ALL,
                    Comparison.referenceYear(Comparison.DEFAULT_REFERENCE_YEAR),
                    false);
        }
        if (kind == ReportKind.LISTENING) {
            // last month, whole, against the same month last year: what the director reviews each month
            return new ReportState(
                    kind,
                    ReportPeriod.month(YearMonth.from(today).minusMonths(1)),
                    ReportFilter.ALL,
                    Comparison.previousYear(),
                    false);
        }
        return new ReportState(
                kind, ReportPeriod.month(YearMonth.from(today)), ReportFilter.ALL, Comparison.none(), false);
    }

    ReportRequest request() {
        return new ReportRequest(kind, period, filter, comparison, fineRegions);
    }

    ReportState withKind(ReportKind other) {
        return new ReportState(other, period, filter, comparison, fineRegions);
    }

    String route() {
        return ReportView.ROUTE_PREFIX + kind.slug();
    }

    /** The address's query: the period as it was chosen, then only the filters in use. */
    QueryParameters query() {
        var query = new LinkedHashMap<String, String>();
        switch (period.kind()) {
            case MONTH -> {
                query.put(PERIOD, "month");
                query.put(MONTH, YearMonth.from(period.from()).toString());
            }
            case SEASON -> {
                query.put(PERIOD, "season");
                query.put(SEASON, Season.of(period.from().getMonth()).name().toLowerCase(Locale.ROOT));
                query.put(YEAR, String.valueOf(period.from().getYear()));
            }
            case YEAR -> {
                query.put(PERIOD, "year");
                query.put(YEAR, String.valueOf(period.from().getYear()));
            }
            case CUSTOM -> {
                query.put(PERIOD, "custom");
                query.put(FROM, period.from().toString());
                query.put(TO, period.to().toString());
            }
        }
        if (filter.deskId() != null) {
            query.put(DESK, String.valueOf(filter.deskId()));
        }
        if (filter.channel() != null) {
            query.put(CHANNEL, filter.channel().name());
        }
        if (filter.visitorType() != null) {
            query.put(VISITOR_TYPE, filter.visitorType().name());
        }
        switch (comparison.kind()) {
            case NONE -> query.put(COMPARE, "none");
            case PREVIOUS_YEAR -> query.put(COMPARE, "previous");
            case REFERENCE_YEAR -> {
                query.put(COMPARE, "reference");
                query.put(REFERENCE, String.valueOf(comparison.referenceYear()));
            }
        }
        if (fineRegions) {
            query.put(FINE, "true");
        }
        return QueryParameters.simple(query);
    }

    /** The state an address asks for; {@code knownDesk} says which desk ids exist. */
    static ReportState from(ReportKind kind, QueryParameters query, LocalDate today, LongPredicate knownDesk) {
        var defaults = defaults(kind, today);
        var parameters = query.getParameters();
        var period = period(parameters).filter(ReportState::reasonable).orElse(defaults.period());
        var filter = new ReportFilter(
                single(parameters, DESK)
                        .flatMap(ReportState::number)
                        .filter(knownDesk::test)
                        .orElse(null),
                single(parameters, CHANNEL)
                        .flatMap(v -> constant(Channel.class, v))
                        .orElse(null),
                single(parameters, VISITOR_TYPE)
                        .flatMap(v -> constant(VisitorType.class, v))
                        .orElse(null));
        var comparison = comparison(parameters).orElse(defaults.comparison());
        var fine = single(parameters, FINE).map("true"::equals).orElse(false);
        return new ReportState(kind, period, filter, comparison, fine);
    }

    /** Whether a range may be read: at most {@value #MAX_YEARS} years. */
    static boolean reasonable(ReportPeriod period) {
        return !period.from().plusYears(MAX_YEARS).isBefore(period.to().plusDays(1));
    }

    private static Optional<ReportPeriod> period(Map<String, List<String>> parameters) {
        var kind = single(parameters, PERIOD).orElse("");
        try {
            return switch (kind) {
                case "month" -> single(parameters, MONTH).map(YearMonth::parse).map(ReportPeriod::month);
                case "season" ->
                    single(parameters, SEASON)
                            .flatMap(s -> constant(Season.class, s.toUpperCase(Locale.ROOT)))
                            .flatMap(s -> year(parameters, YEAR).map(y -> ReportPeriod.season(s, y)));
                case "year" -> year(parameters, YEAR).map(ReportPeriod::year);
                case "custom" -> {
                    var from = single(parameters, FROM).flatMap(v -> day(v, true));
                    var to = single(parameters, TO).flatMap(v -> day(v, false));
                    yield from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())
                            ? Optional.of(ReportPeriod.custom(from.get(), to.get()))
                            : Optional.empty();
                }
                default -> Optional.empty();
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A day, or a year alone: its first day for a start, its last for an end (from=2019&to=2025). */
    private static Optional<LocalDate> day(String value, boolean start) {
        if (value.matches("\\d{4}")) {
            var year = Integer.parseInt(value);
            return Optional.of(start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
        }
        return Optional.of(LocalDate.parse(value));
    }

    private static Optional<Comparison> comparison(Map<String, List<String>> parameters) {
        return single(parameters, COMPARE).flatMap(kind -> switch (kind) {
            case "none" -> Optional.of(Comparison.none());
            case "previous" -> Optional.of(Comparison.previousYear());
            case "reference" ->
                Optional.of(Comparison.referenceYear(
                        year(parameters, REFERENCE).orElse(Comparison.DEFAULT_REFERENCE_YEAR)));
            default -> Optional.empty();
        });
    }

    private static Optional<Integer> year(Map<String, List<String>> parameters, String name) {
        return single(parameters, name).filter(v -> v.matches("\\d{4}")).map(Integer::valueOf);
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        var values = parameters.get(name);
        return values == null || values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.getFirst().strip());
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
