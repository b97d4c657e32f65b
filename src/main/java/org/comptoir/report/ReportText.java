package org.comptoir.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.Translations;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion;
import org.comptoir.security.DeskDirectory;
import org.springframework.stereotype.Component;

/** The words of one report in the reader's language: labels of every key the counts hold. */
final class ReportText {

    private final Translations translations;
    private final Countries countries;
    private final Departements departements;
    private final ReferenceListService lists;
    private final DeskDirectory desks;
    private final AttractionService attractions;
    private final Locale locale;
    private final Map<String, String> cache = new HashMap<>();

    private ReportText(Sources sources, Locale locale) {
        this.translations = sources.translations;
        this.countries = sources.countries;
        this.departements = sources.departements;
        this.lists = sources.lists;
        this.desks = sources.desks;
        this.attractions = sources.attractions;
        this.locale = Translations.supported(locale);
    }

    /** Where the words come from: one bean, a fresh {@link ReportText} (with its own cache) per report. */
    @Component
    static class Sources {

        private final Translations translations;
        private final Countries countries;
        private final Departements departements;
        private final ReferenceListService lists;
        private final DeskDirectory desks;
        private final AttractionService attractions;

        Sources(
                Translations translations,
                Countries countries,
                Departements departements,
                ReferenceListService lists,
                DeskDirectory desks,
                AttractionService attractions) {
            this.translations = translations;
            this.countries = countries;
            this.departements = departements;
            this.lists = lists;
            this.desks = desks;
            this.attractions = attractions;
        }

        ReportText in(Locale locale) {
            return new ReportText(this, locale);
        }
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    String notGiven() {
        return t("report.not-given");
    }

    /** A country's name; the markets imported without their country (XE, XW) by their region's name. */
    String country(String code) {
        if (code.isEmpty()) {
            return notGiven();
        }
        return countries.find(code).map(c -> c.name(locale)).orElseGet(() -> switch (WorldRegion.of(code)) {
            case EUROPE_NOT_GIVEN, WORLD_NOT_GIVEN -> region(WorldRegion.of(code));
            default -> code;
        });
    }

    String departement(String code) {
        return code.isEmpty()
                ? notGiven()
                : departements.find(code).map(d -> d.label()).orElse(code);
    }

    String market(WorldRegion.Market market) {
        return t("Market." + market.name());
    }

    String region(WorldRegion region) {
        return t("WorldRegion." + region.name());
    }

    /** A label of an enum value of the interaction (stay length, channel…): "" is "not given". */
    String value(String enumName, String code) {
        return code.isEmpty() ? notGiven() : t(enumName + "." + code);
    }

    String interest(String id) {
        return listItem(ListKind.INTEREST, id);
    }

    String question(String id) {
        return listItem(ListKind.QUESTION, id);
    }

    String desk(String id) {
        return cache.computeIfAbsent(
                "desk:" + id,
                k -> desks.find(Long.parseLong(id), locale)
                        .map(DeskDirectory.DeskOption::name)
                        .orElse("#" + id));
    }

    String attraction(String id) {
        return cache.computeIfAbsent(
                "attraction:" + id,
                k -> attractions.names(List.of(Long.parseLong(id)), locale).getOrDefault(Long.parseLong(id), "#" + id));
    }

    /** Looks the names of many attractions up at once, before their rows are labelled. */
    void knowAttractions(Collection<String> ids) {
        var missing = ids.stream()
                .filter(id -> !cache.containsKey("attraction:" + id))
                .map(Long::parseLong)
                .toList();
        attractions.names(missing, locale).forEach((id, name) -> cache.put("attraction:" + id, name));
    }

    String weekday(String isoNumber) {
        return DayOfWeek.of(Integer.parseInt(isoNumber)).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }

    String hour(String hour) {
        return "%02d:00".formatted(Integer.parseInt(hour));
    }

    String month(String yearMonth) {
        var month = YearMonth.parse(yearMonth);
        return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + month.getYear();
    }

    String season(Season season) {
        return t("report.season." + season.name());
    }

    String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** "juillet 2025", "été 2025", "2025", "2019–2025", "3 mars 2025 – 12 mai 2025". */
    String period(ReportPeriod period) {
        var label = naturalPeriod(period);
        var naturalEnd = switch (period.kind()) {
            case MONTH -> YearMonth.from(period.from()).atEndOfMonth();
            case SEASON -> Season.of(period.from().getMonth()).end(Season.startYear(period.from()));
            case YEAR -> period.from().withDayOfYear(1).plusYears(1).minusDays(1);
            case CUSTOM -> period.to();
        };
        // a month, season or year cut at today says up to when it counts
        return period.to().isBefore(naturalEnd) ? t("report.context.until", label, day(period.to())) : label;
    }

    private String naturalPeriod(ReportPeriod period) {
        var from = period.from();
        return switch (period.kind()) {
            case MONTH -> from.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + from.getYear();
            case SEASON ->
                t(
                        "report.season.label",
                        season(Season.of(from.getMonth())),
                        Season.startYear(from) == period.to().getYear()
                                ? String.valueOf(from.getYear())
                                : from.getYear() + "–" + period.to().getYear());
            case YEAR -> String.valueOf(from.getYear());
            case CUSTOM ->
                wholeYears(period)
                        ? from.getYear() + "–" + period.to().getYear()
                        : day(from) + " – " + day(period.to());
        };
    }

    static boolean wholeYears(ReportPeriod period) {
        return period.from().getDayOfYear() == 1
                && period.to().getMonthValue() == 12
                && period.to().getDayOfMonth() == 31;
    }

    private String listItem(ListKind kind, String id) {
        if (!cache.containsKey(kind + ":" + id)) {
            for (var item : lists.items(kind, true)) {
                cache.put(kind + ":" + item.id(), item.name(locale));
            }
        }
        return cache.getOrDefault(kind + ":" + id, "#" + id);
    }
}
