package org.comptoir.visit.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Departement;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.jspecify.annotations.Nullable;

/**
 * The words the history shows for what an interaction holds, in one language: fixed-list labels,
 * interest and question names, desk, country and département names. Retired entries keep their
 * names: the history still shows them.
 */
final class HistoryLabels {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final String NONE = "—";

    private final Locale locale;
    private final Map<Long, ListItem> interests;
    private final Map<Long, ListItem> questions;
    private final Map<Long, String> desks;
    private final Countries countries;
    private final Departements departements;

    HistoryLabels(ReferenceListService lists, Countries countries, Departements departements, Locale locale) {
        this.locale = locale;
        this.interests = byId(lists.items(ListKind.INTEREST, true));
        this.questions = byId(lists.items(ListKind.QUESTION, true));
        this.desks = lists.items(ListKind.DESK, true).stream()
                .collect(Collectors.toMap(ListItem::id, desk -> desk.name(locale)));
        this.countries = countries;
        this.departements = departements;
    }

    Locale locale() {
        return locale;
    }

    String translate(String key, Object... params) {
        return I18NProvider.translate(locale, key, params);
    }

    /** The label of a fixed-list value (translation key {@code <Enum>.<VALUE>}), empty for none. */
    String label(@Nullable Enum<?> value) {
        return value == null ? "" : translate(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    String labels(Collection<? extends Enum<?>> values) {
        return values.stream()
                .sorted(Comparator.comparingInt(Enum::ordinal))
                .map(this::label)
                .collect(Collectors.joining(", "));
    }

    String when(LocalDateTime dateTime) {
        return WHEN.format(dateTime);
    }

    String desk(long id) {
        return desks.getOrDefault(id, String.valueOf(id));
    }

    String country(@Nullable String code) {
        return code == null ? "" : countries.find(code).map(c -> c.name(locale)).orElse(code);
    }

    /** "63 – Puy-de-Dôme", or the bare code of one no longer known. */
    String departement(@Nullable String code) {
        return code == null
                ? ""
                : departements.find(code).map(Departement::label).orElse(code);
    }

    String interests(Collection<Long> ids) {
        return names(interests, ids);
    }

    String questions(Collection<Long> ids) {
        return names(questions, ids);
    }

    String yesNo(boolean value) {
        return translate(value ? "history.yes" : "history.no");
    }

    /** Entry names in the list's own order. */
    private String names(Map<Long, ListItem> entries, Collection<Long> ids) {
        return ids.stream()
                .map(entries::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(ListItem::sortOrder).thenComparingLong(ListItem::id))
                .map(item -> item.name(locale))
                .collect(Collectors.joining(", "));
    }

    private static Map<Long, ListItem> byId(List<ListItem> items) {
        return items.stream().collect(Collectors.toMap(ListItem::id, Function.identity()));
    }
}
