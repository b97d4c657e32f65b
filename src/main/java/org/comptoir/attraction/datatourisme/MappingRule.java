package org.comptoir.attraction.datatourisme;

import org.comptoir.attraction.AttractionCategory;
import org.jspecify.annotations.Nullable;

/**
 * A source term and what it gives: a category (the highest priority wins when several match) and/or
 * an interest code (all matching interests are added).
 *
 * @param sourceTerm a type or theme identifier ({@code schema:Museum}, {@code :CulturalSite},
 *                   {@code kb:…}), or words found in a theme's label ({@code thermalisme}; a final
 *                   {@code *} matches the start of a word: {@code volcan*})
 */
public record MappingRule(
        long id,
        long version,
        String sourceTerm,
        @Nullable AttractionCategory category,
        @Nullable String interestCode,
        int priority) {

    /** Identifiers contain a colon and no space; anything else is words matched against theme labels. */
    public static boolean isIdentifier(String term) {
        var stripped = term.strip();
        return stripped.contains(":") && stripped.chars().noneMatch(Character::isWhitespace);
    }
}
