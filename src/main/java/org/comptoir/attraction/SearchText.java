package org.comptoir.attraction;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comptoir.reference.Text;

/** The folded text the search box compares with: "Puy-de-Dôme" is found by "puy de dome". */
final class SearchText {

    private SearchText() {
    }

    static String of(String... parts) {
        var text = Arrays.stream(parts).filter(Objects::nonNull).map(Text::fold)
                .collect(Collectors.joining(" "));
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
