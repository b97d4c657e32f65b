package org.comptoir.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.comptoir.ViewTest;
import org.junit.jupiter.api.Test;

/** One set of date-picker words for every picker, in French and in English. */
class DatePickersTest extends ViewTest {

    @Test
    void the_pickers_speak_french_with_weeks_from_monday_and_the_day_before_the_month() {
        var i18n = DatePickers.i18n(Locale.FRENCH);

        assertThat(i18n.getMonthNames()).startsWith("Janvier", "Février").endsWith("Décembre");
        assertThat(i18n.getWeekdays()).startsWith("dimanche", "lundi");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
    }

    @Test
    void the_pickers_speak_english_too() {
        var i18n = DatePickers.i18n(Locale.ENGLISH);

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
    }
}
