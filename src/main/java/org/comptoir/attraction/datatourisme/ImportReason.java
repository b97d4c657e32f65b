package org.comptoir.attraction.datatourisme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a record is refused, or what was noticed about an accepted one: a translation key and its
 * arguments, about one field when {@code field} is set (its label is {@code import.field.<field>}).
 */
public record ImportReason(@Nullable String field, String key, List<String> args) {

    /** Turns keys into words: a view's {@code getTranslation}, or the command line's translator. */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... args);
    }

    public ImportReason {
        args = List.copyOf(args);
    }

    public static ImportReason of(String key, Object... args) {
        return new ImportReason(
                null, key, List.of(args).stream().map(String::valueOf).toList());
    }

    public static ImportReason onField(String field, String key, Object... args) {
        return new ImportReason(
                field, key, List.of(args).stream().map(String::valueOf).toList());
    }

    /** "Latitude : Latitude entre -90 et 90 (et pas 0,0)." */
    public String text(Translator translator) {
        var message = translator.get(key, args.toArray());
        return field == null
                ? message
                : translator.get("import.reason.on-field", translator.get("import.field." + field), message);
    }
}
