package org.comptoir.report.aggregate;

import java.time.LocalDate;

/**
 * The grains the aggregates are kept at: a day, a month (its first day). No year grain (ADR 0022): a year is
 * twelve month rows, read as fast, and a third fewer rows to write with every change.
 */
enum Grain {
    D,
    M;

    LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case D -> day;
            case M -> day.withDayOfMonth(1);
        };
    }
}
