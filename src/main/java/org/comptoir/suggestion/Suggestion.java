package org.comptoir.suggestion;

import java.util.List;
import org.comptoir.attraction.AttractionDetails;

/**
 * An attraction suggested for a visitor, its score (higher first) and the reasons it is there.
 *
 * @param open whether it is open on the visitor's day: a search by name also lists places closed that
 *             day, after the open ones, with their next opening among the reasons
 */
public record Suggestion(AttractionDetails attraction, int score, List<Reason> reasons, boolean open) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
