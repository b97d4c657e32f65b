package org.comptoir.reference;

import java.util.Locale;

/**
 * An ISO 3166-1 country, named in French and in English.
 */
public record Country(String code, String nameFr, String nameEn) {

    public static final String FRANCE = "FR";
    /**
     * "Rest of Europe, country not given": a user-assigned ISO 3166-1 code (XA–XZ are left to users), never a
     * country of the desk's list; only imported counts of past years hold it (decision 0025).
     */
    public static final String EUROPE_NOT_GIVEN = "XE";
    /** "Rest of the world, country not given", as {@link #EUROPE_NOT_GIVEN}. */
    public static final String WORLD_NOT_GIVEN = "XW";

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public boolean isFrance() {
        return FRANCE.equals(code);
    }
}
