package org.comptoir.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** Every date picker's words in the UI language, in one place. */
public final class DatePickers {

    private DatePickers() {}

    /** Month and day names in the reader's language, weeks from Monday, dates as 27/11/2026, "today", "cancel". */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        var days = Arrays.asList(DayOfWeek.values());
        // the picker counts days from Sunday
        var fromSunday =
                Stream.concat(days.stream().skip(6), days.stream().limit(6)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setToday(I18NProvider.translate(locale, "date-picker.today"))
                .setCancel(I18NProvider.translate(locale, "action.cancel"))
                .setDateFormat("dd/MM/yyyy");
    }

    /** The text with its first letter in capitals ("juillet" → "Juillet"). */
    public static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
