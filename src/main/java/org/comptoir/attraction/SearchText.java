package org.comptoir.attraction;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;

/** The folded text the search box compares with: "Puy-de-Dôme" is found by "puy de dome". */
final class SearchText {

    /** What fits in the list's indexes next to the sort columns (see V0006__attraction_search.sql). */
    static final int MAX_LENGTH = 530;

    /** Both descriptions (4,000 characters each at most) fit in the TEXT column of V0020. */
    static final int MAX_DESCRIPTION = 16_000;

    private SearchText() {}

    /** The parts folded, each once (the English name is often the French one). */
    static String of(@Nullable String... parts) {
        return folded(MAX_LENGTH, parts);
    }

    /**
     * The descriptions folded, each once, for the second round of the search (V0020): "œuvres" is
     * found by "oeuvres". Null when there is no description.
     */
    static @Nullable String description(@Nullable String french, @Nullable String english) {
        var text = folded(MAX_DESCRIPTION, french, english);
        return text.isEmpty() ? null : text;
    }

    private static String folded(int maxLength, @Nullable String... parts) {
        var text = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(Text::fold)
                .distinct()
                .collect(Collectors.joining(" "));
        return text.length() > maxLength ? text.substring(0, maxLength).strip() : text;
    }
}
