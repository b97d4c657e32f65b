package org.comptoir.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, and how the director chose them (a month, a season, a year or
 * any range of days).
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        MONTH,
        SEASON,
        YEAR,
        CUSTOM
    }

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod season(Season season, int year) {
        return new ReportPeriod(Kind.SEASON, season.start(year), season.end(year));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whole years, e.g. 2019–2025 for the recovery report. */
    public static ReportPeriod years(int first, int last) {
        return new ReportPeriod(
                first == last ? Kind.YEAR : Kind.CUSTOM, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.CUSTOM, from, to);
    }

    /** The same days some years earlier (negative) or later; 29 February becomes the 28th. */
    public ReportPeriod shiftedYears(int years) {
        var shiftedFrom = from.plusYears(years);
        var shiftedTo = to.plusYears(years);
        if (to.equals(YearMonth.from(to).atEndOfMonth())) {
            shiftedTo = YearMonth.from(shiftedTo).atEndOfMonth();
        }
        return new ReportPeriod(kind, shiftedFrom, shiftedTo);
    }

    /** The same period in another year: the comparison with a reference year such as 2019. */
    public ReportPeriod inYear(int year) {
        return shiftedYears(year - from.getYear());
    }

    /** This period ending on {@code last} at the latest (a report of this year stops at today). */
    public ReportPeriod endingBy(LocalDate last) {
        return to.isAfter(last) && !from.isAfter(last) ? new ReportPeriod(kind, from, last) : this;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
