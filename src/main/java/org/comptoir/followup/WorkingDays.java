package org.comptoir.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Days an office answers its mail: not Saturdays, Sundays or French public holidays (the eleven of the Code
 * du travail, art. L3133-1: fixed ones, and Easter Monday, Ascension and Whit Monday from the date of Easter).
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), // Jour de l'an
            MonthDay.of(5, 1), // Fête du travail
            MonthDay.of(5, 8), // Victoire 1945
            MonthDay.of(7, 14), // Fête nationale
            MonthDay.of(8, 15), // Assomption
            MonthDay.of(11, 1), // Toussaint
            MonthDay.of(11, 11), // Armistice
            MonthDay.of(12, 25)); // Noël

    private WorkingDays() {}

    /** The first working day after {@code day}. */
    public static LocalDate next(LocalDate day) {
        var next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The working day {@code days} working days after {@code day}: a complaint received on a Friday and due
     * within 2 working days is due on Tuesday (on Wednesday when that Monday is Easter Monday).
     */
    public static LocalDate plus(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + days);
        }
        var result = day;
        for (int i = 0; i < days; i++) {
            result = next(result);
        }
        return result;
    }

    /** Whether the office works that day. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(day);
    }

    /** Whether the day is a French public holiday. */
    public static boolean isPublicHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        var easter = easterSunday(day.getYear());
        return day.equals(easter.plusDays(1)) // lundi de Pâques
                || day.equals(easter.plusDays(39)) // Ascension
                || day.equals(easter.plusDays(50)); // lundi de Pentecôte
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
