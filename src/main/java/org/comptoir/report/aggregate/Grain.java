package org.comptoir.report.aggregate;

import java.time.LocalDate;

/**
 * The grains the aggregates are kept at: a day, a month (its first day), a year (1 January) where a report reads
 * many years ({@link AggregateTable#keepsYears()}; ADR 0022). The month and the year are also kept for the whole
 * network, without the desk ({@link AggregateTable#NETWORK}; ADR 0033).
 */
enum Grain {
    D,
    M,
    Y;

    /** Whether the network's counts are kept at this grain too (not the day: a few days of all desks are few rows). */
    boolean rolledUp() {
        return this != D;
    }

    /** The period after this one. */
    LocalDate next(LocalDate period) {
        return switch (this) {
            case D -> period.plusDays(1);
            case M -> period.plusMonths(1);
            case Y -> period.plusYears(1);
        };
    }

    LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case D -> day;
            case M -> day.withDayOfMonth(1);
            case Y -> day.withDayOfYear(1);
        };
    }
}
