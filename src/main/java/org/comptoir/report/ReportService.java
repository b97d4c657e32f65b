package org.comptoir.report;

import static org.comptoir.security.AppRoles.MANAGERS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.visit.StayLength;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports directors read, computed from the aggregates kept with every interaction (a few hundred rows
 * per report, whatever the size of the history). A period that reaches past today stops at today, and so
 * does the period it is compared with: this year so far against the same days of last year.
 */
@Service
public class ReportService {

    private static final int TOP_COUNTRIES = 5;

    private final AggregateFigures aggregates;
    private final AggregateReads reads;
    private final ReportText.Sources words;
    private final Clock clock;
    private final ZoneId zone;

    ReportService(
            AggregateFigures aggregates,
            AggregateReads reads,
            ReportText.Sources words,
            Clock clock,
            ComptoirProperties properties) {
        this.aggregates = aggregates;
        this.reads = reads;
        this.words = words;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** One report, in the reader's language. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public ReportResult report(ReportRequest request, Locale locale) {
        return report(request, locale, aggregates);
    }

    /** The director's home: a month against the same month last year. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Glance glance(YearMonth month, Locale locale) {
        return glance(month, locale, aggregates);
    }

    /** The first year with interactions, for the period pickers (this year when there are none). */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public int firstYear() {
        return reads.firstYear().orElseGet(() -> today().getYear());
    }

    /** Office today: where periods stop. */
    @PreAuthorize(MANAGERS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    ReportResult report(ReportRequest request, Locale locale, Figures figures) {
        var text = text(locale);
        var today = today();
        var period = request.period().endingBy(today);
        var compared = comparable(request) ? request.comparison().period(period) : null;
        var scope = new ReportScope(
                figures,
                period,
                request.filter(),
                compared,
                request.comparison().referenceYear(),
                request.fineRegions(),
                text);
        var sections = switch (request.kind()) {
            case ORIGINS -> OriginsReport.sections(scope);
            case RECOVERY -> RecoveryReport.sections(scope);
            case STAY -> StayReport.sections(scope);
            case INTERESTS -> InterestsReport.sections(scope);
            case ACTIVITY -> ActivityReport.sections(scope);
            case SUGGESTIONS -> SuggestionsReport.sections(scope);
        };
        return new ReportResult(
                request.kind(),
                text.t(request.kind().titleKey()),
                context(request, scope, today),
                "comptoir-" + request.kind().slug() + "-" + fileSlug(request.period()),
                sections);
    }

    /**
     * A reference year compares a month, a season or a year with the same days of that year; a period of
     * several years has nothing to set beside it in one year (the recovery report indexes each year instead).
     */
    private static boolean comparable(ReportRequest request) {
        return switch (request.comparison().kind()) {
            case NONE -> false;
            case PREVIOUS_YEAR -> true;
            case REFERENCE_YEAR -> !severalYears(request.period());
        };
    }

    private static boolean severalYears(ReportPeriod period) {
        return period.days() > 366;
    }

    Glance glance(YearMonth month, Locale locale, Figures figures) {
        var text = text(locale);
        var period = ReportPeriod.month(month).endingBy(today());
        var lastYear = period.shiftedYears(-1);
        var reference = period.inYear(Comparison.DEFAULT_REFERENCE_YEAR);
        var now = byCountry(figures, period);
        var before = byCountry(figures, lastYear);
        var top = now.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_COUNTRIES)
                .map(e ->
                        new Glance.Figure(text.country(e.getKey()), e.getValue(), before.getOrDefault(e.getKey(), 0L)))
                .toList();
        var europeNow = RecoveryReport.market(now, Market.EUROPE);
        var europeReference = RecoveryReport.market(byCountry(figures, reference), Market.EUROPE);
        var staysNow = stays(figures, period);
        var staysBefore = stays(figures, lastYear);
        var saidNow = staysNow.values().stream().mapToLong(Long::longValue).sum();
        var saidBefore =
                staysBefore.values().stream().mapToLong(Long::longValue).sum();
        var mix = Arrays.stream(StayLength.values())
                .map(s -> new Glance.Share(
                        text.value("StayLength", s.name()),
                        orZero(Sections.share(staysNow.getOrDefault(s.name(), 0L), saidNow)),
                        orZero(Sections.share(staysBefore.getOrDefault(s.name(), 0L), saidBefore))))
                .toList();
        return new Glance(
                month,
                period,
                Sections.total(now),
                Sections.total(before),
                top,
                Sections.index(europeNow, europeReference),
                Comparison.DEFAULT_REFERENCE_YEAR,
                mix);
    }

    private static Map<String, Long> byCountry(Figures figures, ReportPeriod period) {
        return Sections.sum(
                figures.count(AggregateTable.ORIGIN, period, ReportFilter.ALL, Dim.COUNTRY),
                t -> t.key(Dim.COUNTRY),
                Tally::persons);
    }

    private static Map<String, Long> stays(Figures figures, ReportPeriod period) {
        return Sections.sum(
                figures.count(AggregateTable.STAY, period, ReportFilter.ALL, Dim.STAY).stream()
                        .filter(t -> !t.key(Dim.STAY).isEmpty())
                        .toList(),
                t -> t.key(Dim.STAY),
                Tally::persons);
    }

    private static double orZero(@Nullable Double value) {
        return value == null ? 0 : value;
    }

    private List<String> context(ReportRequest request, ReportScope scope, LocalDate today) {
        var text = scope.text();
        var lines = new ArrayList<String>();
        lines.add(text.t("report.context.period", text.period(scope.period())));
        if (request.kind() == ReportKind.RECOVERY) {
            lines.add(text.t("report.context.index", String.valueOf(scope.referenceYear())));
        } else if (scope.compared() != null) {
            lines.add(text.t("report.context.comparison", text.period(scope.compared())));
        } else if (request.comparison().kind() == Comparison.Kind.REFERENCE_YEAR) {
            lines.add(text.t(
                    "report.context.no-reference",
                    String.valueOf(request.comparison().referenceYear())));
        }
        var filters = new ArrayList<String>();
        var filter = request.filter();
        if (filter.deskId() != null) {
            filters.add(text.desk(String.valueOf(filter.deskId())));
        }
        if (filter.channel() != null) {
            filters.add(text.value("Channel", filter.channel().name()));
        }
        if (filter.visitorType() != null) {
            filters.add(text.value("VisitorType", filter.visitorType().name()));
        }
        lines.add(text.t(
                "report.context.filters",
                filters.isEmpty() ? text.t("report.context.no-filter") : String.join(" · ", filters)));
        lines.add(text.t("report.context.computed", text.day(today)));
        return lines;
    }

    /** "2025-07", "summer-2025", "2025", "2019-2025", "2025-03-03_2025-05-12": ASCII for file names. */
    static String fileSlug(ReportPeriod period) {
        var from = period.from();
        return switch (period.kind()) {
            case MONTH -> YearMonth.from(from).toString();
            case SEASON -> Season.of(from.getMonth()).name().toLowerCase(Locale.ROOT) + "-" + from.getYear();
            case YEAR -> String.valueOf(from.getYear());
            case CUSTOM ->
                ReportText.wholeYears(period)
                        ? from.getYear() + "-" + period.to().getYear()
                        : from + "_" + period.to();
        };
    }

    private ReportText text(Locale locale) {
        return words.in(locale);
    }
}
