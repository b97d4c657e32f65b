package org.comptoir.attraction;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comptoir.reference.Text;

/** The folded text the search box compares with: "Puy-de-Dôme" is found by "puy de dome". */
final class SearchText {

    /** What fits in the list's indexes next to the sort columns (see V0006__attraction_search.sql). */
    static final int MAX_LENGTH = 530;

    private SearchText() {}

    /** The parts folded, each once (the English name is often the French one). */
    static String of(String... parts) {
        var text = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(Text::fold)
                .distinct()
                .collect(Collectors.joining(" "));
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text;
    }
}
