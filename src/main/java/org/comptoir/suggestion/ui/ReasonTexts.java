package org.comptoir.suggestion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.suggestion.Reason;
import org.comptoir.suggestion.Suggestion;

/** The reasons of a suggestion in words: "Randonnée + Volcans · famille · 25 min · ouvert aujourd’hui". */
final class ReasonTexts {

    private ReasonTexts() {}

    static String describe(
            Component owner,
            Suggestion suggestion,
            LocalDate date,
            LocalDate today,
            Function<Long, String> interestNames) {
        return suggestion.reasons().stream()
                .map(reason -> text(owner, reason, date, today, interestNames))
                .collect(Collectors.joining(" · "));
    }

    private static String text(
            Component owner, Reason reason, LocalDate date, LocalDate today, Function<Long, String> interestNames) {
        return switch (reason.key()) {
            case "suggestion.reason.interests" ->
                reason.arguments().stream()
                        .map(id -> interestNames.apply((Long) id))
                        .collect(Collectors.joining(" + "));
            case "suggestion.reason.language" ->
                owner.getTranslation(
                        reason.key(),
                        Locale.forLanguageTag((String) reason.arguments().getFirst())
                                .getDisplayLanguage(locale()));
            case "suggestion.reason.open" ->
                owner.getTranslation(
                        date.equals(today) ? "suggestion.reason.open-today" : "suggestion.reason.open-that-day");
            case Reason.CLOSED -> closed(owner, reason, date, today);
            default -> owner.getTranslation(reason.key(), reason.arguments().toArray());
        };
    }

    /** "fermé aujourd’hui · rouvre le 1 avril 2027", or "fermé ce jour-là" when the data gives no reopening. */
    private static String closed(Component owner, Reason reason, LocalDate date, LocalDate today) {
        var closed = owner.getTranslation(
                date.equals(today) ? "suggestion.reason.closed-today" : "suggestion.reason.closed-that-day");
        if (reason.arguments().isEmpty()) {
            return closed;
        }
        return closed + " · "
                + owner.getTranslation("suggestion.reason.reopens", longDate((LocalDate)
                        reason.arguments().getFirst()));
    }

    /** "1 avril 2027", "April 1, 2027". */
    static String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale())
                .format(day);
    }

    private static Locale locale() {
        return UI.getCurrent() == null ? Locale.FRENCH : UI.getCurrent().getLocale();
    }
}
