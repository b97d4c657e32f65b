package org.comptoir.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.Season;
import org.jspecify.annotations.Nullable;

/**
 * The period of a report: a month, a season, a year or any range of days. It hands a period on only when it
 * is valid; a reversed or too long range is said on the field, and what was typed stays.
 */
class ReportPeriodPicker extends Composite<Div> {

    final Select<ReportPeriod.Kind> kind = new Select<>();
    final Select<Month> month = new Select<>();
    final Select<Season> season = new Select<>();
    final Select<Integer> year = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    private final Consumer<ReportPeriod> onChange;
    private List<Integer> years;
    /** Set while the fields are filled from the address, so that they do not send it back. */
    private boolean filling;

    ReportPeriodPicker(List<Integer> years, Consumer<ReportPeriod> onChange) {
        this.onChange = onChange;
        this.years = years;
        var locale = getLocale();
        kind.setLabel(getTranslation("report.ui.period"));
        kind.setItems(ReportPeriod.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.ui.period.kind." + k.name()));
        month.setLabel(getTranslation("report.ui.period.month"));
        month.setItems(Month.values());
        month.setItemLabelGenerator(
                m -> DatePickers.capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
        season.setLabel(getTranslation("report.ui.period.season"));
        season.setItems(Season.values());
        season.setItemLabelGenerator(s -> getTranslation("report.ui.season." + s.name()));
        year.setLabel(getTranslation("report.ui.period.year"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        from.setLabel(getTranslation("report.ui.period.from"));
        to.setLabel(getTranslation("report.ui.period.to"));
        for (var picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setI18n(DatePickers.i18n(locale));
            // the range's rules are ours, said on the field; the picker's own checks would clear what was typed
            picker.setManualValidation(true);
        }

        var root = getContent();
        root.addClassName("report-period");
        root.add(kind, month, season, year, from, to);
        kind.addValueChangeListener(e -> {
            showFields();
            changed();
        });
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(month, season, year, from, to)) {
            field.addValueChangeListener(e -> changed());
        }
    }

    /** Shows a period without handing it back. */
    void setValue(ReportPeriod period) {
        filling = true;
        try {
            offerYears(period.from().getYear(), period.to().getYear());
            kind.setValue(period.kind());
            month.setValue(period.from().getMonth());
            season.setValue(Season.of(period.from().getMonth()));
            year.setValue(
                    period.kind() == ReportPeriod.Kind.SEASON
                            ? Season.startYear(period.from())
                            : period.to().getYear());
            from.setValue(period.from());
            to.setValue(period.to());
            clearErrors();
            showFields();
        } finally {
            filling = false;
        }
    }

    /** An address may name a year before the first one with data: the picker offers it too. */
    private void offerYears(int first, int last) {
        if (!years.contains(first) || !years.contains(last)) {
            years = years(Math.min(first, years.getLast()), Math.max(last, years.getFirst()));
            year.setItems(years);
        }
    }

    /** Says a refusal of the service next to the period. */
    void showError(String message) {
        var field = kind.getValue() == ReportPeriod.Kind.CUSTOM ? to : year;
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showFields() {
        var chosen = kind.getValue();
        month.setVisible(chosen == ReportPeriod.Kind.MONTH);
        season.setVisible(chosen == ReportPeriod.Kind.SEASON);
        year.setVisible(chosen != ReportPeriod.Kind.CUSTOM);
        from.setVisible(chosen == ReportPeriod.Kind.CUSTOM);
        to.setVisible(chosen == ReportPeriod.Kind.CUSTOM);
    }

    private void changed() {
        if (filling) {
            return;
        }
        var period = period();
        if (period != null) {
            onChange.accept(period);
        }
    }

    /** The period on screen, or null with the reason said on the field. */
    @Nullable
    ReportPeriod period() {
        clearErrors();
        var chosen = kind.getValue();
        if (chosen == null) {
            return null;
        }
        return switch (chosen) {
            case MONTH ->
                month.getValue() == null || year.getValue() == null
                        ? null
                        : ReportPeriod.month(YearMonth.of(year.getValue(), month.getValue()));
            case SEASON ->
                season.getValue() == null || year.getValue() == null
                        ? null
                        : ReportPeriod.season(season.getValue(), year.getValue());
            case YEAR -> year.getValue() == null ? null : ReportPeriod.year(year.getValue());
            case CUSTOM -> range();
        };
    }

    private @Nullable ReportPeriod range() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null) {
            return refuse(from, "report.ui.period.required");
        }
        if (end == null) {
            return refuse(to, "report.ui.period.required");
        }
        if (end.isBefore(start)) {
            return refuse(to, "report.ui.period.reversed");
        }
        var period = ReportPeriod.custom(start, end);
        if (!ReportState.reasonable(period)) {
            return refuse(to, "report.ui.period.too-long");
        }
        return period;
    }

    private @Nullable ReportPeriod refuse(DatePicker field, String key) {
        field.setErrorMessage(getTranslation(key, ReportState.MAX_YEARS));
        field.setInvalid(true);
        return null;
    }

    private void clearErrors() {
        from.setInvalid(false);
        to.setInvalid(false);
        year.setInvalid(false);
    }

    /** The years a picker offers: from the first year with data (or the reference year) to this one. */
    static List<Integer> years(int first, int current) {
        return IntStream.rangeClosed(Math.min(first, current), current)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }
}
