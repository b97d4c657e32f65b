package org.comptoir.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * When the office is busy: months, weekdays, French school holidays (zone A, approximate dates),
 * opening hours, the days it is closed, and the Covid closures. Figures in docs/decisions/0013-demo-history.md.
 */
final class DemoCalendar {

    /** How open the office is, and how much of the usual activity comes. */
    enum Closure {
        OPEN(1.0),
        /** Spring 2020: the desk is closed, calls and e-mails go on. */
        LOCKDOWN(0.05),
        /** May 2020: the desk reopens to a trickle. */
        REOPENING(0.45),
        /** November 2020 to mid-May 2021: lockdowns, curfews, closed museums and restaurants. */
        NEARLY_CLOSED(0.12);

        final double volume;

        Closure(double volume) {
            this.volume = volume;
        }
    }

    /** January to December: the summer peak, June and September shoulders, quiet winters. */
    private static final double[] MONTH = {0.45, 0.55, 0.6, 0.85, 0.95, 1.15, 2.3, 2.5, 1.2, 0.85, 0.5, 0.6};
    /** Monday to Saturday; Sunday depends on the season. */
    private static final double[] WEEKDAY = {0.85, 0.9, 0.95, 0.95, 1.05, 1.45};

    private static final double SUNDAY_IN_SEASON = 1.2;
    /** A morning only. */
    private static final double SUNDAY_OUT_OF_SEASON = 0.45;

    private static final double SCHOOL_HOLIDAYS = 1.3;
    private static final double CHRISTMAS_HOLIDAYS = 1.15;
    /** Visitors per hour of the day from 9:00: late morning and mid-afternoon peaks. */
    private static final double[] HOUR = {0.55, 0.95, 1.3, 0.85, 0.6, 0.85, 1.2, 1.15, 0.8, 0.5};

    private static final int FIRST_HOUR = 9;

    private static final LocalDate LOCKDOWN_START = LocalDate.of(2020, 3, 17);
    private static final LocalDate REOPENING_START = LocalDate.of(2020, 5, 11);
    private static final LocalDate REOPENED = LocalDate.of(2020, 6, 2);
    private static final LocalDate SECOND_LOCKDOWN_START = LocalDate.of(2020, 10, 30);
    private static final LocalDate REOPENED_2021 = LocalDate.of(2021, 5, 19);
    private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25));

    private DemoCalendar() {}

    /** The office's overall activity that day, all markets together; 0 when closed. */
    static double activity(LocalDate day) {
        if (CLOSED.contains(MonthDay.from(day))) {
            return 0;
        }
        var weekday = day.getDayOfWeek() == DayOfWeek.SUNDAY
                ? inSeason(day) ? SUNDAY_IN_SEASON : SUNDAY_OUT_OF_SEASON
                : WEEKDAY[day.getDayOfWeek().getValue() - 1];
        var holidays = christmasHolidays(day) ? CHRISTMAS_HOLIDAYS : schoolHolidays(day) ? SCHOOL_HOLIDAYS : 1;
        return MONTH[day.getMonthValue() - 1] * weekday * holidays * closure(day).volume;
    }

    static Closure closure(LocalDate day) {
        if (day.isBefore(LOCKDOWN_START) || !day.isBefore(REOPENED_2021)) {
            return Closure.OPEN;
        }
        if (day.isBefore(REOPENING_START)) {
            return Closure.LOCKDOWN;
        }
        if (day.isBefore(REOPENED)) {
            return Closure.REOPENING;
        }
        return day.isBefore(SECOND_LOCKDOWN_START) ? Closure.OPEN : Closure.NEARLY_CLOSED;
    }

    /** April to October: open on Sunday afternoons, the summit desk is open. */
    static boolean inSeason(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() && day.getMonthValue() <= Month.OCTOBER.getValue();
    }

    static boolean summer(LocalDate day) {
        return day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST;
    }

    /**
     * Zone A (Clermont-Ferrand) school holidays, near enough: two weeks from the second Saturday of
     * February and of April, Toussaint from the third Saturday of October, Christmas, and the summer.
     */
    static boolean schoolHolidays(LocalDate day) {
        return christmasHolidays(day)
                || within(day, secondSaturday(day, Month.FEBRUARY), 16)
                || within(day, secondSaturday(day, Month.APRIL), 16)
                || within(
                        day,
                        LocalDate.of(day.getYear(), Month.OCTOBER, 1)
                                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SATURDAY)),
                        16)
                || day.getMonth() == Month.JULY && day.getDayOfMonth() >= 5
                || day.getMonth() == Month.AUGUST;
    }

    private static boolean christmasHolidays(LocalDate day) {
        return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 20
                || day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 4;
    }

    private static LocalDate secondSaturday(LocalDate day, Month month) {
        return LocalDate.of(day.getYear(), month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
    }

    private static boolean within(LocalDate day, LocalDate start, int days) {
        return !day.isBefore(start) && day.isBefore(start.plusDays(days));
    }

    /** 9:00, every day. */
    static int openingSecond() {
        return LocalTime.of(FIRST_HOUR, 0).toSecondOfDay();
    }

    /** 19:00 in July and August, 12:30 on Sundays out of season, 18:00 otherwise. */
    static int closingSecond(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !inSeason(day)) {
            return LocalTime.of(12, 30).toSecondOfDay();
        }
        return LocalTime.of(summer(day) ? 19 : 18, 0).toSecondOfDay();
    }

    /** How busy the hour starting at {@code hour} is, within the day's opening hours. */
    static double hourWeight(int hour) {
        var index = hour - FIRST_HOUR;
        return index < 0 || index >= HOUR.length ? 0 : HOUR[index];
    }
}
