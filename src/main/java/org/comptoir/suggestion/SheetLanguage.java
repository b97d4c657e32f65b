package org.comptoir.suggestion;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The languages a suggestion sheet speaks. The sheet's own words exist in all six; the attractions'
 * texts exist in French and English only, so every language but French shows the English ones.
 */
public enum SheetLanguage {
    FR(Locale.FRENCH),
    // British English: "18 July 2026", as visitors from Europe write it.
    EN(Locale.UK),
    DE(Locale.GERMAN),
    ES(Locale.of("es", "ES")),
    IT(Locale.ITALIAN),
    NL(Locale.of("nl", "NL"));

    private final Locale locale;

    SheetLanguage(Locale locale) {
        this.locale = locale;
    }

    /** For the sheet's own words, dates and month names. */
    public Locale locale() {
        return locale;
    }

    /** For the attractions' names and descriptions: French or English. */
    public Locale textLocale() {
        return this == FR ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** The ISO 639-1 code: "fr", "nl"... */
    public String code() {
        return locale.getLanguage();
    }

    /** The sheet language for an ISO code such as "de" or "de-AT"; English for any other language. */
    public static SheetLanguage fromCode(@Nullable String code) {
        if (code == null) {
            return EN;
        }
        var language = code.strip().split("[-_]", 2)[0];
        for (var candidate : values()) {
            if (candidate.code().equalsIgnoreCase(language)) {
                return candidate;
            }
        }
        return EN;
    }
}
