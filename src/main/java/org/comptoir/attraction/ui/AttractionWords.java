package org.comptoir.attraction.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.PriceLevel;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;

/**
 * How the attraction pages say things, in one language: categories, prices, drive times and visit
 * durations, months and closing days in words, languages, labels.
 */
final class AttractionWords {

    /** Labels the office is likely to meet; imports may bring others, shown by their code in words. */
    static final List<String> KNOWN_LABELS = List.of(
            "UNESCO",
            "GRAND_SITE_DE_FRANCE",
            "MONUMENT_HISTORIQUE",
            "MUSEE_DE_FRANCE",
            "PLUS_BEAUX_VILLAGES",
            "QUALITE_TOURISME",
            "TOURISME_HANDICAP",
            "VILLE_ART_HISTOIRE",
            "JARDIN_REMARQUABLE",
            "MAISON_ILLUSTRE",
            "STATION_VERTE",
            "VIGNOBLES_DECOUVERTES",
            "ENTREPRISE_PATRIMOINE_VIVANT",
            "AOP",
            "PARC_NATUREL_REGIONAL");
    /** Languages a visit or a guide is most often offered in (ISO 639-1). */
    static final List<String> COMMON_LANGUAGES = List.of("fr", "en", "de", "es", "it", "nl", "pt", "zh", "ja");

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;

    AttractionWords(Locale locale) {
        this.locale = locale;
    }

    String translate(String key, Object... params) {
        return I18NProvider.translate(locale, key, params);
    }

    String category(AttractionCategory category) {
        return translate("AttractionCategory." + category.name());
    }

    /** "Moins de 10 €"; empty when unknown. */
    String price(@Nullable PriceLevel price) {
        return price == null ? "" : translate("PriceLevel." + price.name());
    }

    /** "€€" in a list; "free" in words, since a lone 0 reads as a mistake. */
    String priceShort(@Nullable PriceLevel price) {
        return price == null ? "" : price == PriceLevel.FREE ? translate("attractions.free") : price.symbol();
    }

    /** "20 min", or "≈ 25 min" when no one gave it and it was estimated from the distance. */
    String drive(AttractionDetails attraction) {
        var minutes = duration(attraction.driveMinutes());
        return attraction.driveEstimated() ? "≈ " + minutes : minutes;
    }

    /**
     * In the list's "today" column: "Ouvert", "Rouvre le 1 mars" (closed that day, short enough for a
     * tablet's column), or "Fermé" when the data gives no reopening.
     */
    String openOn(AttractionDetails attraction, LocalDate day) {
        if (attraction.isOpenOn(day)) {
            return translate("attractions.open");
        }
        return attraction
                .nextOpening(day)
                .map(next -> translate(
                        "attractions.closed-reopens",
                        DateTimeFormatter.ofPattern("d MMM", locale).format(next)))
                .orElseGet(() -> translate("attractions.closed"));
    }

    /** The same in full, for the column's tooltip: "Fermé aujourd’hui · rouvre le 1 mars 2027". */
    String openOnInFull(AttractionDetails attraction, LocalDate day) {
        if (attraction.isOpenOn(day)) {
            return translate("attractions.open-today");
        }
        var reopening = reopening(attraction, day);
        return translate("attractions.closed-today") + (reopening.isEmpty() ? "" : " · " + reopening);
    }

    /** "rouvre le 1 avril 2027"; empty when open that day or when the data gives no reopening. */
    String reopening(AttractionDetails attraction, LocalDate day) {
        if (attraction.isOpenOn(day)) {
            return "";
        }
        return attraction
                .nextOpening(day)
                .map(next -> translate(
                        "attractions.reopens",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)
                                .format(next)))
                .orElse("");
    }

    /** "45 min", "2 h", "1 h 30". */
    String duration(int minutes) {
        if (minutes < 60) {
            return translate("attractions.minutes", minutes);
        }
        return minutes % 60 == 0
                ? translate("attractions.hours", minutes / 60)
                : translate("attractions.hours-minutes", minutes / 60, minutes % 60);
    }

    /** "All year", or the runs of open months: "April – October", "December – March, July". */
    String months(Set<Month> open) {
        if (open.size() == Month.values().length) {
            return translate("attractions.all-year");
        }
        if (open.isEmpty()) {
            return translate("attractions.never-open");
        }
        // start on the run that holds January (so that December – March stays one run and comes first),
        // or else on the first month that opens a run
        var start = Month.JANUARY;
        if (open.contains(start)) {
            while (open.contains(start.minus(1))) {
                start = start.minus(1);
            }
        } else {
            start = Arrays.stream(Month.values())
                    .filter(open::contains)
                    .findFirst()
                    .orElseThrow();
        }
        var runs = new ArrayList<String>();
        Month first = null;
        Month previous = null;
        for (int i = 0; i <= 12; i++) {
            var month = start.plus(i);
            var isOpen = i < 12 && open.contains(month);
            if (isOpen && first == null) {
                first = month;
            } else if (!isOpen && first != null) {
                runs.add(first == previous ? monthName(first) : monthName(first) + " – " + monthName(previous));
                first = null;
            }
            previous = month;
        }
        return capitalized(String.join(", ", runs));
    }

    /** "Open every day", or "Closed on Monday, Tuesday". */
    String closedDays(Set<DayOfWeek> closed) {
        if (closed.isEmpty()) {
            return translate("attractions.open-every-day");
        }
        return translate(
                "attractions.closed-on",
                closed.stream()
                        .sorted()
                        .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                        .collect(Collectors.joining(", ")));
    }

    String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    String monthShort(Month month) {
        return capitalized(month.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }

    String dayShort(DayOfWeek day) {
        return capitalized(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }

    /** "Français", "Anglais". */
    String language(String code) {
        var name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : capitalized(name);
    }

    String languages(Collection<String> codes) {
        return codes.stream()
                .sorted(Comparator.comparingInt(AttractionWords::languageOrder)
                        .thenComparing(Comparator.naturalOrder()))
                .map(this::language)
                .collect(Collectors.joining(", "));
    }

    /** A label's name; one we do not know yet shows its code in words ("STATION_VERTE" → "Station verte"). */
    String label(String code) {
        if (KNOWN_LABELS.contains(code)) {
            return translate("label." + code);
        }
        return capitalized(code.replace('_', ' ').toLowerCase(locale));
    }

    /** A label typed by an admin as its code: "Station verte" → "STATION_VERTE". */
    static String labelCode(String typed) {
        return Text.fold(typed).replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    String day(LocalDate date) {
        return DAY.format(date);
    }

    private static int languageOrder(String code) {
        var index = COMMON_LANGUAGES.indexOf(code);
        return index < 0 ? COMMON_LANGUAGES.size() : index;
    }

    private String capitalized(String text) {
        return DatePickers.capitalized(text, locale);
    }
}
