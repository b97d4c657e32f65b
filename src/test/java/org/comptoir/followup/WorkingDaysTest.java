package org.comptoir.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void adding_working_days_skips_easter_monday_ascension_the_fourteenth_of_july_all_saints_and_christmas() {
        // Friday 3 April 2026 + 1 → Easter Monday 6 April → Tuesday 7
        assertThat(WorkingDays.plus(LocalDate.of(2026, 4, 3), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        // Wednesday 13 May 2026 + 1 → Ascension Thursday 14 → Friday 15
        assertThat(WorkingDays.plus(LocalDate.of(2026, 5, 13), 1)).isEqualTo(LocalDate.of(2026, 5, 15));
        // Monday 13 July 2026 + 1 → Tuesday 14 July → Wednesday 15
        assertThat(WorkingDays.plus(LocalDate.of(2026, 7, 13), 1)).isEqualTo(LocalDate.of(2026, 7, 15));
        // Friday 29 October 2027 + 1 → All Saints' Monday 1 November → Tuesday 2
        assertThat(WorkingDays.plus(LocalDate.of(2027, 10, 29), 1)).isEqualTo(LocalDate.of(2027, 11, 2));
        // Thursday 24 December 2026 + 5: 28, 29, 30, 31 December, then New Year's Day skipped → Monday 4 January
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 24), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void fifteen_working_days_make_about_three_weeks_and_more_across_holidays() {
        // Monday 1 February 2027: three plain weeks
        assertThat(WorkingDays.plus(LocalDate.of(2027, 2, 1), 15)).isEqualTo(LocalDate.of(2027, 2, 22));
        // Thursday 17 April 2025: Easter Monday, 1 May and 8 May fall in between
        assertThat(WorkingDays.plus(LocalDate.of(2025, 4, 17), 15)).isEqualTo(LocalDate.of(2025, 5, 13));
        // Wednesday 8 July 2026: 14 July in between
        assertThat(WorkingDays.plus(LocalDate.of(2026, 7, 8), 15)).isEqualTo(LocalDate.of(2026, 7, 30));
    }

    @Test
    void zero_working_days_is_the_same_day_and_a_negative_number_is_refused() {
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 25), 0)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2026, 12, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
