package org.comptoir.reference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every ISO 3166-1 country, with its French and English names from the JDK's locale data, and the
 * type-ahead that finds one from either name or its code.
 */
@Component
public class Countries {

    private final List<Country> all;
    private final Map<String, Country> byCode;
    private final Map<String, String[]> searchWords;

    Countries() {
        all = Arrays.stream(Locale.getISOCountries())
                .map(code -> {
                    var locale = Locale.of("", code);
                    return new Country(
                            code, locale.getDisplayCountry(Locale.FRENCH), locale.getDisplayCountry(Locale.ENGLISH));
                })
                .sorted(Comparator.comparing(c -> Text.fold(c.nameFr())))
                .toList();
        byCode = all.stream().collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));
        searchWords = all.stream()
                .collect(Collectors.toUnmodifiableMap(
                        Country::code, c -> (Text.fold(c.nameFr()) + " " + Text.fold(c.nameEn())).split(" ")));
    }

    /** All countries, by French name. */
    public List<Country> all() {
        return all;
    }

    public Optional<Country> find(String code) {
        return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * Whether what the person typed designates this country: its ISO code, or the start of a word of
     * its French or English name, ignoring case and accents ("allem", "germ", "de", "royaume", "uk").
     */
    public boolean matches(Country country, String typed) {
        var filter = Text.fold(typed);
        if (filter.isEmpty()) {
            return true;
        }
        if (filter.equalsIgnoreCase(country.code()) || "uk".equals(filter) && "GB".equals(country.code())) {
            return true;
        }
        var words = searchWords.get(country.code());
        var typedWords = filter.split(" ");
        // every typed word must start some word of the names, in order of the first one
        for (var typedWord : typedWords) {
            if (Arrays.stream(words).noneMatch(w -> w.startsWith(typedWord))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The countries in the order a desk wants them: France, then the given most frequent ones, then
     * all the others by name in the given language.
     */
    public List<Country> deskOrder(List<String> mostFrequent, Locale locale) {
        var first = new LinkedHashSet<String>();
        first.add(Country.FRANCE);
        first.addAll(mostFrequent);
        var head = first.stream().map(byCode::get).filter(Objects::nonNull);
        var tail = all.stream()
                .filter(c -> !first.contains(c.code()))
                .sorted(Comparator.comparing(c -> Text.fold(c.name(locale))));
        return Stream.concat(head, tail).toList();
    }
}
