package org.comptoir.report.aggregate;

import java.time.LocalDate;

/**
 * The grains the aggregates are kept at: a day, a month (its first day), a year (1 January) where a report reads
 * many years ({@link AggregateTable#keepsYears()}; ADR 0022).
 */
enum Grain {
    D,
    M,
    Y;

    LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case D -> day;
            case M -> day.withDayOfMonth(1);
            case Y -> day.withDayOfYear(1);
        };
    }
}
