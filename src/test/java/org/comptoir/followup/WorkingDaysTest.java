package org.comptoir.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Follow-up due dates skip week-ends and the eleven French public holidays. */
class WorkingDaysTest {

    @Test
    void easter_falls_on_the_dates_of_the_calendar() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_eleven_public_holidays_of_2026_are_not_working_days() {
        var holidays = Stream.of(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 6), // Easter Monday
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 8),
                        LocalDate.of(2026, 5, 14), // Ascension
                        LocalDate.of(2026, 5, 25), // Whit Monday
                        LocalDate.of(2026, 7, 14),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 12, 25))
                .toList();
        assertThat(holidays)
                .allSatisfy(day -> assertThat(WorkingDays.isPublicHoliday(day))
                        .as(day.toString())
                        .isTrue());
        var count = LocalDate.of(2026, 1, 1)
                .datesUntil(LocalDate.of(2027, 1, 1))
                .filter(WorkingDays::isPublicHoliday)
                .count();
        assertThat(count).isEqualTo(11);
    }

    @Test
    void a_request_before_a_holiday_weekend_is_due_after_it() {
        // Thursday 24 December 2026 → Friday 25 is Christmas → Monday 28
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Thursday 13 May 2027: Friday 14 is a working day, Ascension was the 6th
        assertThat(WorkingDays.next(LocalDate.of(2027, 5, 13))).isEqualTo(LocalDate.of(2027, 5, 14));
        // Friday 26 March 2027 → Easter Monday 29 March → Tuesday 30
        assertThat(WorkingDays.next(LocalDate.of(2027, Month.MARCH, 26))).isEqualTo(LocalDate.of(2027, 3, 30));
        // an ordinary Friday → Monday
        assertThat(WorkingDays.next(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
