package org.comptoir.reference;

import java.util.Locale;

/**
 * An ISO 3166-1 country, named in French and in English.
 */
public record Country(String code, String nameFr, String nameEn) {

    public static final String FRANCE = "FR";

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public boolean isFrance() {
        return FRANCE.equals(code);
    }
}
