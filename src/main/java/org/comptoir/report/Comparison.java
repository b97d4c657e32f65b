package org.comptoir.report;

/**
 * What a report compares its period with: nothing, the same period a year earlier, or the same period in a
 * reference year (2019, the last year before Covid, by default).
 */
public record Comparison(Kind kind, int referenceYear) {

    public static final int DEFAULT_REFERENCE_YEAR = 2019;

    public enum Kind {
        NONE,
        PREVIOUS_YEAR,
        REFERENCE_YEAR
    }

    public static Comparison none() {
        return new Comparison(Kind.NONE, DEFAULT_REFERENCE_YEAR);
    }

    public static Comparison previousYear() {
        return new Comparison(Kind.PREVIOUS_YEAR, DEFAULT_REFERENCE_YEAR);
    }

    public static Comparison referenceYear(int year) {
        return new Comparison(Kind.REFERENCE_YEAR, year);
    }

    /** The period compared with, or the period itself when there is no comparison. */
    public ReportPeriod period(ReportPeriod period) {
        return switch (kind) {
            case NONE -> period;
            case PREVIOUS_YEAR -> period.shiftedYears(-1);
            case REFERENCE_YEAR -> period.inYear(referenceYear);
        };
    }
}
