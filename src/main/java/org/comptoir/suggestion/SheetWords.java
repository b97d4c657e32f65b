package org.comptoir.suggestion;

import io.nayuki.qrcodegen.QrCode;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.PriceLevel;
import org.jspecify.annotations.Nullable;

/**
 * The sheet's words in one language ({@code suggestion/sheet*.properties}), and the attraction's facts
 * put into them. Shared by the PDF and the HTML sheet so that both say the same thing.
 */
final class SheetWords {

    static final String BUNDLE = "suggestion.sheet";
    // Without this control, a French lookup on an English JVM would fall back to the English file.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<SheetLanguage, SheetWords> ALL = new EnumMap<>(SheetLanguage.class);

    static {
        for (var language : SheetLanguage.values()) {
            ALL.put(language, new SheetWords(language));
        }
    }

    private final SheetLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;

    private SheetWords(SheetLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    }

    static SheetWords of(SheetLanguage language) {
        return ALL.get(language);
    }

    SheetLanguage language() {
        return language;
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** "Address:", or "Adresse :" in French. */
    String label(String key) {
        return text("label", text(key));
    }

    String date(LocalDate date) {
        return dateFormat.format(date);
    }

    String preparedOn(LocalDate date) {
        return text("prepared-on", date(date));
    }

    String drive(int minutes, boolean estimated) {
        return text(estimated ? "drive.estimated" : "drive.minutes", minutes);
    }

    @Nullable
    String price(@Nullable PriceLevel level) {
        return level == null ? null : text("price." + level.name());
    }

    /** "April–October · closed on Mondays", "all year round", "all year round · only on Saturdays". */
    String opening(Set<Month> monthsOpen, Set<DayOfWeek> closedDays) {
        var parts = new ArrayList<String>();
        if (!monthsOpen.isEmpty()) {
            parts.add(months(monthsOpen));
        }
        if (!closedDays.isEmpty() && closedDays.size() < 7) {
            // Closed most of the week: the open days are the shorter, clearer list.
            if (closedDays.size() >= 4) {
                parts.add(text("opening.only-on", days(EnumSet.complementOf(EnumSet.copyOf(closedDays)))));
            } else {
                parts.add(text("opening.closed-on", days(closedDays)));
            }
        }
        return String.join(" · ", parts);
    }

    /** The open months as compact ranges, in calendar order: "April–October", "November–February, July". */
    String months(Set<Month> open) {
        if (open.size() == 12) {
            return text("opening.all-year");
        }
        var ranges = new ArrayList<String>();
        for (var start : Month.values()) {
            if (!open.contains(start) || open.contains(start.minus(1))) {
                continue;
            }
            var end = start;
            while (open.contains(end.plus(1))) {
                end = end.plus(1);
            }
            ranges.add(end == start ? monthName(start) : monthName(start) + "–" + monthName(end));
        }
        return String.join(", ", ranges);
    }

    private String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
    }

    /** "Mondays and Tuesdays", "le lundi, le mardi et le jeudi": the weekly form differs too much to build. */
    private String days(Set<DayOfWeek> days) {
        var words = days.stream().sorted().map(day -> text("day." + day.name())).toList();
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + text("and") + " " + words.getLast();
    }

    /** The attraction as the sheet shows it, with its QR code when it has a website. */
    SheetPick pick(int number, AttractionDetails a) {
        var locale = language.textLocale();
        var url = url(a.website());
        return new SheetPick(
                number,
                a.name(locale),
                blankToNull(a.description(locale)),
                address(a),
                drive(a.driveMinutes(), a.driveEstimated()),
                opening(a.monthsOpen(), a.closedDays()),
                blankToNull(a.openingNotes(locale)),
                price(a.priceLevel()),
                url == null ? null : shown(url),
                url,
                url == null ? null : qr(url));
    }

    /** The QR code of an address, as the sheet prints them. */
    static QrCode qr(String url) {
        return QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
    }

    List<SheetPick> picks(List<AttractionDetails> attractions) {
        var picks = new ArrayList<SheetPick>(attractions.size());
        for (int i = 0; i < attractions.size(); i++) {
            picks.add(pick(i + 1, attractions.get(i)));
        }
        return picks;
    }

    private static @Nullable String address(AttractionDetails a) {
        var town = String.join(" ", nonBlank(a.postalCode(), a.commune()));
        var parts = nonBlank(a.address(), town);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static List<String> nonBlank(@Nullable String... values) {
        var kept = new ArrayList<String>();
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value.strip());
            }
        }
        return kept;
    }

    /** A full address for the link and QR code; "www.example.fr" gets "https://". */
    static @Nullable String url(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        var trimmed = website.strip();
        return trimmed.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? trimmed : "https://" + trimmed;
    }

    /** The address without its scheme and trailing slash, as people read it. */
    static String shown(String url) {
        var shown = url.replaceFirst("(?i)^https?://", "");
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The text cut to at most {@code max} characters: at the end of a sentence when one ends in the
     * second half, else after a whole word with an ellipsis. Null when too little would remain.
     */
    static @Nullable String shorten(@Nullable String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        if (max < 24) {
            return null;
        }
        var head = text.substring(0, max);
        var sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        if (sentence >= max / 2) {
            return head.substring(0, sentence + 1);
        }
        var space = head.substring(0, max - 1).lastIndexOf(' ');
        var cut = space > 0 ? head.substring(0, space) : head.substring(0, max - 1);
        return cut.replaceAll("[\\s,;:.…–-]+$", "") + "…";
    }
}
