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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.complaint.ComplaintFigures;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.complaint.ComplaintNumbers;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.report.past.PastCountReads;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskOffices;
import org.comptoir.security.OfficeDirectory;
import org.comptoir.security.OfficeScope;
import org.comptoir.survey.SurveyFigures;
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

    /** The aggregates, with the counts imported from before Comptoir added in where they can answer. */
    private final Figures figures;

    private final AggregateReads reads;
    private final PastCountReads past;
    private final ReportText.Sources words;
    private final ComplaintFigures complaints;
    private final SurveyFigures survey;
    private final Clock clock;
    private final ZoneId zone;
    private final OfficeScope scope;
    private final OfficeDirectory offices;
    private final DeskOffices deskOffices;
    private final String officeName;

    ReportService(
            AggregateFigures aggregates,
            AggregateReads reads,
            PastCountReads past,
            ReportText.Sources words,
            ComplaintFigures complaints,
            SurveyFigures survey,
            Clock clock,
            ComptoirProperties properties,
            OfficeScope scope,
            OfficeDirectory offices,
            DeskOffices deskOffices) {
        this.scope = scope;
        this.offices = offices;
        this.deskOffices = deskOffices;
        this.figures = new PastCountFigures(aggregates, past);
        this.reads = reads;
        this.past = past;
        this.words = words;
        this.complaints = complaints;
        this.survey = survey;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.officeName = properties.officeName();
    }

    /** One report, in the reader's language. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public ReportResult report(ReportRequest request, Locale locale) {
        return report(request, locale, figures);
    }

    /**
     * The Qualité Tourisme annual review: one document gathering the year's figures against the year before: the
     * key figures (visitors, contacts, complaints, suggestions, survey answers), where visitors came from, how the
     * desks were used, and the whole listening report. A year not over yet stops at today.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public ReportResult annualReview(int year, Locale locale) {
        var text = text(locale);
        var today = today();
        var request = new ReportRequest(
                ReportKind.LISTENING, ReportPeriod.year(year), ReportFilter.ALL, Comparison.previousYear(), false);
        var listening = report(request, locale, figures);
        var origins = report(request.withKind(ReportKind.ORIGINS), locale, figures);
        var activity = report(request.withKind(ReportKind.ACTIVITY), locale, figures);
        var period = request.period().endingBy(today);
        var before = period.shiftedYears(-1);
        var sections = new ArrayList<ReportSection>();
        sections.add(keyFigures(text, period, before));
        sections.addAll(origins.sections());
        // how the desks were used; who served whom, and at what hour, is for staffing, not for the review
        var staffing = List.of(text.t("report.section.counsellors"), text.t("report.section.hours"));
        activity.sections().stream().filter(s -> !staffing.contains(s.title())).forEach(sections::add);
        sections.addAll(listening.sections());
        var context = new ArrayList<String>();
        context.add(officeName);
        context.addAll(listening.context());
        return new ReportResult(
                ReportKind.LISTENING,
                text.t("report.review.title", String.valueOf(year)),
                context,
                "comptoir-qualite-tourisme-" + year,
                sections);
    }

    /** The year's key figures beside the year before's: every count of the review's first table. */
    private ReportSection keyFigures(ReportText text, ReportPeriod period, ReportPeriod before) {
        // the reader's offices' visitors, complaints and survey answers (decision 0030)
        var held = OfficeFigures.of(figures, reachable(null));
        var origins = held.count(AggregateTable.ORIGIN, period, ReportFilter.ALL, Dim.COUNTRY);
        var originsBefore = held.count(AggregateTable.ORIGIN, before, ReportFilter.ALL, Dim.COUNTRY);
        var desks = reachable(null);
        var complaintsNow = complaints.period(period.from(), period.to(), desks);
        var complaintsBefore = complaints.period(before.from(), before.to(), desks);
        var answers = survey.period(period.from(), period.to(), desks).total().answers();
        var answersBefore =
                survey.period(before.from(), before.to(), desks).total().answers();
        var rows = new ArrayList<ReportRow>();
        rows.add(keyFigure(
                text.t("report.review.visitors"),
                origins.stream().mapToLong(Tally::persons).sum(),
                originsBefore.stream().mapToLong(Tally::persons).sum()));
        rows.add(keyFigure(
                text.t("report.review.contacts"),
                origins.stream().mapToLong(Tally::interactions).sum(),
                originsBefore.stream().mapToLong(Tally::interactions).sum()));
        for (var kind : ComplaintKind.values()) {
            rows.add(keyFigure(
                    text.t("report.review.received." + kind.name()),
                    complaintsNow
                            .byKind()
                            .getOrDefault(kind, ComplaintNumbers.NONE)
                            .received(),
                    complaintsBefore
                            .byKind()
                            .getOrDefault(kind, ComplaintNumbers.NONE)
                            .received()));
        }
        rows.add(keyFigure(text.t("report.review.answers"), answers, answersBefore));
        var columns = List.of(
                new ReportColumn(text.period(period), ReportColumn.Format.COUNT),
                new ReportColumn(text.period(before), ReportColumn.Format.COUNT),
                new ReportColumn(text.t("report.column.change"), ReportColumn.Format.CHANGE));
        return Sections.section(
                text,
                "report.section.key-figures",
                ReportSection.Measure.VISITORS,
                text.t("report.row.figure"),
                columns,
                rows,
                new ChartSpec(ChartSpec.Type.BAR, List.of(), text.t("report.row.figure"), ""));
    }

    private static ReportRow keyFigure(String label, long now, long before) {
        return ReportRow.of(label, Arrays.<@Nullable Number>asList(now, before, Sections.change(now, before)));
    }

    /** The director's home: a month against the same month last year. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Glance glance(YearMonth month, Locale locale) {
        return glance(month, locale, figures);
    }

    /**
     * The network director's home (issue 16): this month's glance of each office, by name, then the network's as a
     * whole (the offices' visitors add up to it). Empty for whoever does not read the network, or when there is one
     * office only.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<OfficeGlance> networkGlance(YearMonth month, Locale locale) {
        var all = offices.allOffices();
        if (!CurrentUser.isNetwork() || all.size() < 2) {
            return List.of();
        }
        var glances = new ArrayList<OfficeGlance>();
        for (var office : all) {
            glances.add(new OfficeGlance(office.id(), office.name(), glance(month, locale, figures, office.id())));
        }
        glances.add(new OfficeGlance(null, null, glance(month, locale, figures, null)));
        return glances;
    }

    /** The first year with interactions or imported counts, for the period pickers (this year when there are none). */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public int firstYear() {
        return Stream.of(reads.firstYear(), past.firstYear())
                .flatMap(Optional::stream)
                .min(Integer::compare)
                .orElseGet(() -> today().getYear());
    }

    /** The counts the reports read (the tests compare them with the raw rows'). */
    Figures figures() {
        return figures;
    }

    /** Office today: where periods stop. */
    @PreAuthorize(MANAGERS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    ReportResult report(ReportRequest request, Locale locale, Figures given) {
        var held = OfficeFigures.of(given, reachable(request.filter().officeId()));
        var figures = readsImported(request.kind()) ? held : held.loggedOnly();
        var text = text(locale);
        var today = today();
        var period = request.period().endingBy(today);
        var compared = comparable(request)
                ? request.comparison().period(period)
                // the listening report always sets a period beside last year's (Qualité Tourisme's review)
                : request.kind() == ReportKind.LISTENING ? period.shiftedYears(-1) : null;
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
            case LISTENING -> ListeningReport.sections(scope, listening(scope));
        };
        return new ReportResult(
                request.kind(),
                text.t(request.kind().titleKey()),
                context(request, scope, today),
                "comptoir-" + request.kind().slug() + "-" + fileSlug(request.period()),
                sections);
    }

    /**
     * The reports that add the counts imported from before Comptoir: those that need no more detail than these
     * have. The others would show their months empty, or dilute their shares: they say which months they lack.
     */
    static boolean readsImported(ReportKind kind) {
        return switch (kind) {
            case ORIGINS, RECOVERY, ACTIVITY -> true;
            case STAY, INTERESTS, SUGGESTIONS, LISTENING -> false;
        };
    }

    /** The complaints and answers of the period and of the one beside it, and the period's newest comments. */
    private ListeningReport.Listening listening(ReportScope scope) {
        var period = scope.period();
        var before = Objects.requireNonNull(scope.compared());
        var deskId = scope.filter().deskId();
        // one desk, or the desks of the office filtered on (the network director's), held to the reader's offices
        var desk = deskId != null
                ? Optional.of(Set.of(deskId))
                : reachable(scope.filter().officeId());
        return new ListeningReport.Listening(
                complaints.period(period.from(), period.to(), desk),
                complaints.period(before.from(), before.to(), desk),
                survey.period(period.from(), period.to(), desk),
                survey.period(before.from(), before.to(), desk),
                survey.comments(period.from(), period.to(), desk, ListeningReport.COMMENTS));
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

    /**
     * The desks a report may count: the reader's offices' (the network director's: every office), narrowed to the
     * office filtered on; empty when that is every desk, so that a single office reads its figures as they are.
     */
    private Optional<Set<Long>> reachable(@Nullable Long officeId) {
        var mine = scope.desks();
        Optional<Set<Long>> desks = mine;
        if (officeId != null) {
            var ofOffice = deskOffices.desksOf(Set.of(officeId));
            desks = Optional.of(
                    mine.map(m -> ofOffice.stream().filter(m::contains).collect(Collectors.toSet()))
                            .orElse(ofOffice));
        }
        if (desks.isPresent()) {
            if (desks.get().containsAll(deskOffices.everyDesk())) {
                return Optional.empty();
            }
        }
        return desks;
    }

    private static boolean severalYears(ReportPeriod period) {
        return period.days() > 366;
    }

    Glance glance(YearMonth month, Locale locale, Figures given) {
        return glance(month, locale, given, null);
    }

    private Glance glance(YearMonth month, Locale locale, Figures given, @Nullable Long officeId) {
        var figures = OfficeFigures.of(given, reachable(officeId));
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
        if (request.kind() == ReportKind.LISTENING && (filter.channel() != null || filter.visitorType() != null)) {
            lines.add(text.t("report.context.listening-filters"));
        }
        lines.addAll(importedNotices(request, scope));
        lines.add(text.t("report.context.computed", text.day(today)));
        return lines;
    }

    /**
     * What the report says of the months imported from before Comptoir that it does not count, or not wholly:
     * "No detail for Jan 2016 – Dec 2019 (imported counts)" where it needs detail they lack; where it adds them,
     * the months a visitor-type filter leaves out, and those the period covers only in part.
     */
    private List<String> importedNotices(ReportRequest request, ReportScope scope) {
        if (request.kind() == ReportKind.LISTENING) {
            return List.of();
        }
        var text = scope.text();
        var deskId = request.filter().deskId();
        var ranges = new ArrayList<ReportPeriod>();
        ranges.add(scope.period());
        if (scope.compared() != null) {
            ranges.add(scope.compared());
        }
        if (request.kind() == ReportKind.RECOVERY) {
            ranges.addAll(RecoveryReport.referenceRanges(scope));
        }
        var touched = new TreeSet<YearMonth>();
        var partial = new TreeSet<YearMonth>();
        for (var range : ranges) {
            var first = PastCountReads.firstWholeMonth(range.from());
            var last = PastCountReads.lastWholeMonth(range.to());
            for (var month : past.months(range.from(), range.to(), deskId)) {
                touched.add(month);
                if (month.isBefore(first) || month.isAfter(last)) {
                    partial.add(month);
                }
            }
        }
        if (touched.isEmpty()) {
            return List.of();
        }
        var notices = new ArrayList<String>();
        if (!readsImported(request.kind())) {
            notices.add(text.t("report.context.imported.no-detail", months(text, touched)));
        } else if (request.filter().visitorType() != null) {
            notices.add(text.t("report.context.imported.no-visitor-type", months(text, touched)));
        } else {
            if (request.kind() == ReportKind.ACTIVITY) {
                notices.add(text.t("report.context.imported.no-hours", months(text, touched)));
            }
            if (!partial.isEmpty()) {
                notices.add(text.t("report.context.imported.partial", months(text, partial)));
            }
        }
        return notices;
    }

    /** "janv. 2016 – déc. 2019, mars 2021": runs of months. */
    private static String months(ReportText text, SortedSet<YearMonth> months) {
        var runs = new ArrayList<String>();
        YearMonth start = null;
        YearMonth end = null;
        for (var month : months) {
            if (end != null && month.equals(end.plusMonths(1))) {
                end = month;
                continue;
            }
            if (start != null) {
                runs.add(run(text, start, end));
            }
            start = month;
            end = month;
        }
        runs.add(run(text, Objects.requireNonNull(start), Objects.requireNonNull(end)));
        return String.join(", ", runs);
    }

    private static String run(ReportText text, YearMonth start, YearMonth end) {
        return start.equals(end)
                ? text.month(start.toString())
                : text.month(start.toString()) + " – " + text.month(end.toString());
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
