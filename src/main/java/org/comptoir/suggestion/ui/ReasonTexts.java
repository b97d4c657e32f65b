package org.comptoir.suggestion.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.suggestion.Reason;
import org.comptoir.suggestion.Suggestion;

/** The reasons of a suggestion in words: "Randonnée + Volcans · famille · 25 min · ouvert aujourd’hui". */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static String describe(Component owner, Suggestion suggestion, LocalDate date, LocalDate today,
                           Function<Long, String> interestNames) {
        return suggestion.reasons().stream().map(reason -> text(owner, reason, date, today, interestNames))
                .collect(Collectors.joining(" · "));
    }

    private static String text(Component owner, Reason reason, LocalDate date, LocalDate today,
                               Function<Long, String> interestNames) {
        return switch (reason.key()) {
            case "suggestion.reason.interests" -> reason.arguments().stream()
                    .map(id -> interestNames.apply((Long) id)).collect(Collectors.joining(" + "));
            case "suggestion.reason.language" -> owner.getTranslation(reason.key(),
                    Locale.forLanguageTag((String) reason.arguments().getFirst()).getDisplayLanguage(com.vaadin.flow.component.UI.getCurrent() == null
                            ? Locale.FRENCH : com.vaadin.flow.component.UI.getCurrent().getLocale()));
            case "suggestion.reason.open" -> owner.getTranslation(date.equals(today) ? "suggestion.reason.open-today"
                    : "suggestion.reason.open-that-day");
            default -> owner.getTranslation(reason.key(), reason.arguments().toArray());
        };
    }
}
