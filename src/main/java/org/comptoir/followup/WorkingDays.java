package org.comptoir.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days of the office, for the default due date of a follow-up: Monday to Friday. */
public final class WorkingDays {

    private WorkingDays() {}

    public static LocalDate next(LocalDate day) {
        var next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
