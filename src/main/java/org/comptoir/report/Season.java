package org.comptoir.report;

import java.time.LocalDate;
import java.time.Month;

/**
 * The meteorological seasons a tourist office counts in. Winter starts in December: the winter of 2024
 * runs from December 2024 to February 2025.
 */
public enum Season {
    SPRING(Month.MARCH),
    SUMMER(Month.JUNE),
    AUTUMN(Month.SEPTEMBER),
    WINTER(Month.DECEMBER);

    private final Month first;

    Season(Month first) {
        this.first = first;
    }

    public LocalDate start(int year) {
        return LocalDate.of(year, first, 1);
    }

    /** The last day of the season starting in that year. */
    public LocalDate end(int year) {
        return start(year).plusMonths(3).minusDays(1);
    }

    public static Season of(Month month) {
        return switch (month) {
            case MARCH, APRIL, MAY -> SPRING;
            case JUNE, JULY, AUGUST -> SUMMER;
            case SEPTEMBER, OCTOBER, NOVEMBER -> AUTUMN;
            case DECEMBER, JANUARY, FEBRUARY -> WINTER;
        };
    }

    /** The year a season containing this day started in (January 2025 belongs to the winter of 2024). */
    public static int startYear(LocalDate day) {
        return day.getMonthValue() <= 2 ? day.getYear() - 1 : day.getYear();
    }
}
