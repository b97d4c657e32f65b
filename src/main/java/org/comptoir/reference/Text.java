package org.comptoir.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people type it in a search box: no case, no accents, no punctuation.
 */
public final class Text {

    private Text() {}

    /** "Côte-d'Ivoire" → "cote d ivoire". */
    public static String fold(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                // ligatures that no decomposition splits: "cœur" is typed "coeur"
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
