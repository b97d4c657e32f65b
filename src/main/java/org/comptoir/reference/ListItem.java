package org.comptoir.reference;

import java.util.Locale;

/**
 * An entry of a kept list, as forms and lists show it.
 */
public record ListItem(
        long id, long version, String code, String nameFr, String nameEn, boolean active, int sortOrder) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
