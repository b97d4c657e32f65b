package org.comptoir.report.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of days into the fewest aggregate rows: whole years (where the table keeps them), then whole
 * months, then days. 3 March to 12 May 2025 is the days 3–31 March, the month of April, the days 1–12 May.
 */
final class PeriodSlices {

    /** Aggregate periods from {@code first} to {@code last} (both included) at one grain. */
    record Slice(Grain grain, LocalDate first, LocalDate last) {

        /** Its periods one by one: each day, each month's first day, or each 1 January. */
        List<LocalDate> periods() {
            var periods = new ArrayList<LocalDate>();
            for (var period = first; !period.isAfter(last); period = grain.next(period)) {
                periods.add(period);
            }
            return periods;
        }
    }

    private PeriodSlices() {}

    /** @param years whether whole years may be read at the year grain (not when splitting by month) */
    static List<Slice> of(LocalDate from, LocalDate to, boolean years) {
        var slices = new ArrayList<Slice>();
        var day = from;
        while (!day.isAfter(to)) {
            Grain grain;
            LocalDate next;
            if (years
                    && day.getDayOfYear() == 1
                    && !day.plusYears(1).minusDays(1).isAfter(to)) {
                grain = Grain.Y;
                next = day.plusYears(1);
            } else if (day.getDayOfMonth() == 1
                    && !day.plusMonths(1).minusDays(1).isAfter(to)) {
                grain = Grain.M;
                next = day.plusMonths(1);
            } else {
                grain = Grain.D;
                next = day.plusDays(1);
            }
            var last = slices.isEmpty() ? null : slices.getLast();
            if (last != null && last.grain() == grain) {
                slices.set(slices.size() - 1, new Slice(grain, last.first(), day));
            } else {
                slices.add(new Slice(grain, day, day));
            }
            day = next;
        }
        return slices;
    }
}
